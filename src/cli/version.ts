/** The package version, from package.json (bundled at build time). */
import packageJson from '../../package.json';

export const VERSION: string = packageJson.version;

/**
 * Where the browser tests find Chromium: FRAMELENS_CHROMIUM, else Debian's package. CI installs it
 * (.ci/run); elsewhere the browser tests are skipped when none is found, and fail under CI.
 */
import { existsSync } from 'node:fs';

export const chromiumPath: string | undefined = [process.env.FRAMELENS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path !== undefined && existsSync(path),
);

if (!chromiumPath && process.env.CI) throw new Error("Chromium not found: .ci/run installs Debian's chromium package");

import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // Lexicons are JSON in lexicons/ and are bundled, so the library needs no file system at run time.
  loader: { '.json': 'json' },
});

import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    // Lexicons are JSON in lexicons/ and are bundled, so the library needs no file system at run time.
    loader: { '.json': 'json' },
  },
  {
    // The command line: Node only, ESM; the worker is its own file, started by the pool.
    entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'es2022',
    platform: 'node',
    loader: { '.json': 'json' },
  },
]);

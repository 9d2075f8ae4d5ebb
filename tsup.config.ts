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
    // The browser build: one minified ES module with its dependencies (wink-nlp and its web model,
    // zod, natural's Jaro-Winkler) bundled in, for a <script type="module"> or a bundler-free page.
    entry: { framelens: 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    noExternal: [/.*/],
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

/**
 * The browser build: the main entry imports no Node built-in, and the ESM bundle analyzes the example
 * article in headless Chromium exactly as Node does. The bundle is built here with tsup's API (the
 * same options as tsup.config.ts) into a temporary folder and served from localhost.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'tsup';
import { describe, expect, it } from 'vitest';
import { chromiumPath as executablePath } from './chromium.js';
import { createAnalyzer } from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every module specifier imported (statically or dynamically) by the source files reachable from `entry`. */
function importedSpecifiers(entry: string): Set<string> {
  const seen = new Set<string>();
  const specifiers = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gu)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier.replace(/\.js$/u, '.ts')));
      else specifiers.add(specifier);
    }
  }
  return specifiers;
}

describe('the browser build', () => {
  it('imports no Node built-in from the main entry', () => {
    const specifiers = importedSpecifiers(join(root, 'src/index.ts'));
    expect(specifiers.size).toBeGreaterThan(2);
    expect([...specifiers].filter((specifier) => isBuiltin(specifier))).toEqual([]);
  });

  it.skipIf(!executablePath)('analyzes the example article in headless Chromium as in Node', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'framelens-browser-'));
    await build({ entry: { framelens: join(root, 'src/index.ts') }, outDir, format: ['esm'], platform: 'browser', target: 'es2022', minify: true, noExternal: [/.*/], loader: { '.json': 'json' }, config: false, silent: true });
    const article = readFileSync(join(root, 'examples/article.txt'), 'utf8');
    const page = `<!doctype html><meta charset="utf-8"><script type="module">
      import { analyze } from './framelens.js';
      const text = await (await fetch('./article.txt')).text();
      const analysis = analyze(text);
      window.result = { attributions: analysis.attributions.map((a) => [a.source?.text ?? null, a.cue?.text ?? null, a.perspective]), dominant: analysis.metrics.dominantPerspective, voiceless: analysis.metrics.voicelessPerspectives };
    </script>`;
    const files: Record<string, [string, string | Buffer]> = {
      '/': ['text/html', page],
      '/framelens.js': ['text/javascript', readFileSync(join(outDir, 'framelens.js'))],
      '/article.txt': ['text/plain; charset=utf-8', article],
    };
    const server = createServer((request, response) => {
      const file = files[request.url ?? ''];
      response.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
      response.end(file?.[1] ?? 'not found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(`http://127.0.0.1:${port}/`);
      await tab.waitForFunction('window.result !== undefined', undefined, { timeout: 30_000 });
      const result = await tab.evaluate<{ attributions: unknown[]; dominant: string; voiceless: string[] }>('window.result');
      expect(errors).toEqual([]);
      const node = createAnalyzer().analyze(article);
      expect(result.attributions).toEqual(node.attributions.map((a) => [a.source?.text ?? null, a.cue?.text ?? null, a.perspective]));
      expect(result.dominant).toBe('russia');
      expect(result.voiceless).toContain('ukraine');
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);
});

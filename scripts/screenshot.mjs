#!/usr/bin/env node
// Renders the HTML report of the example article in headless Chromium and saves docs/report.png
// (the picture in the README). Needs a build (`npm run build`) and Chromium (/usr/bin/chromium or
// FRAMELENS_CHROMIUM).
//
//   npm run build && node scripts/screenshot.mjs

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const executablePath = [process.env.FRAMELENS_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => candidate && existsSync(candidate));
if (!executablePath) {
  console.error('screenshot: Chromium not found (install Debian\'s chromium or set FRAMELENS_CHROMIUM)');
  process.exit(1);
}
const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'analyze', path.join(root, 'examples', 'article.txt'), '--format', 'html'], { encoding: 'utf8', maxBuffer: 1 << 26 });
if (run.status !== 0) {
  console.error(`screenshot: framelens exited ${run.status}: ${run.stderr}`);
  process.exit(1);
}
const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'framelens-shot-')), 'report.html');
writeFileSync(file, run.stdout);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 820, height: 1100 }, deviceScaleFactor: 1 });
await page.goto(pathToFileURL(file).href);
const out = path.join(root, 'docs', 'report.png');
await page.screenshot({ path: out, fullPage: false });
await browser.close();
console.log(`screenshot: wrote ${path.relative(root, out)}`);

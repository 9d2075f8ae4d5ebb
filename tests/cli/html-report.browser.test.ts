/**
 * The HTML report in a real browser: the example article's report rendered in headless Chromium
 * (Debian's, driven by playwright-core), with its highlights, chart and legend, no network request,
 * and no horizontal scrolling on a phone-sized screen. CI installs Chromium (.ci/run); elsewhere the
 * test is skipped when no Chromium is found, and fails under CI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath as executablePath } from '../browser/chromium.js';
import { cli } from './helpers.js';


describe.skipIf(!executablePath)('the HTML report in headless Chromium', () => {
  it('shows the example article with highlights, a chart and a legend, offline and on a phone', async () => {
    const article = join(import.meta.dirname, '../../examples/article.txt');
    const run = await cli(['analyze', article, '--format', 'html']);
    expect(run.code).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), 'framelens-html-')), 'report.html');
    writeFileSync(file, run.stdout);

    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href);
      expect(requests).toEqual([pathToFileURL(file).href]);

      expect(await page.locator('.hl.content').count()).toBeGreaterThan(10);
      expect(await page.locator('.hl.source').count()).toBeGreaterThan(10);
      expect(await page.locator('.hl.cue').count()).toBeGreaterThan(10);
      expect(await page.locator('figure.chart svg rect').count()).toBe(3);
      await expect.poll(() => page.locator('.legend').innerText()).toContain('Ukraine');
      const title = await page.locator('.hl.cue', { hasText: 'claims' }).first().getAttribute('title');
      expect(title).toMatch(/kind: indirect[\s\S]*cue: “claims” \(distancing/u);
      // On a phone there is no hover: a tap focuses the highlight, and the same details show.
      await page.locator('.hl.cue', { hasText: 'claims' }).first().focus();
      const shownOnTap = await page.evaluate<string>("getComputedStyle(document.activeElement, '::after').content");
      expect(shownOnTap).toMatch(/kind: indirect/u);
      // The highlighted text reads as the article: nothing lost or doubled.
      const shown = await page.locator('.text').innerText();
      expect(shown.replace(/\s+/gu, ' ').trim()).toContain('“Naturally, we view this development positively,” said Dmitry Peskov');
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

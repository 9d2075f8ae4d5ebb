#!/usr/bin/env node
// Evaluate framelens attribution extraction against a PolNeAR split.
//
//   npm run eval -- [split dir] [--json] [--limit N] [--errors /tmp/file.txt]
//
// The split dir defaults to ../shared/polnear/dev (relative to the repository root). Article text is read
// at run time only and never written inside the repository. See scripts/eval/metrics.mjs for the exact
// metric definitions.

import { existsSync, realpathSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { goldRelations, listArticles, parseBrat } from './eval/brat.mjs';
import {
  QUOTE_CLASSES,
  ROLES,
  addCounts,
  emptyCounts,
  evaluateArticle,
  fromPrediction,
  quoteRegions,
  summarize,
  tokenize,
} from './eval/metrics.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Usage: npm run eval -- [split dir] [options]

Scores framelens (dist/index.js) against PolNeAR brat annotations (first .ann file per article).
Default split dir: ../shared/polnear/dev relative to the repository root.

Options:
  --json           print machine-readable JSON instead of the table
  --limit N        evaluate only the first N articles (name order)
  --min-confidence X
                   analyzer option minConfidence (0..1; default: the library's)
  --errors FILE    write per-article false positives / negatives (with span text) to FILE,
                   which must be outside the repository (e.g. /tmp/errors.txt)
  -h, --help       show this help

Metrics: tokens are runs of letters/digits; per role the distinct token sets of gold and predicted
spans are matched one to one greedily by Jaccard (overlap: >= 0.5, exact: = 1), micro-averaged.
A relation matches when content Jaccard >= 0.5 and cue and source share a token (or are both absent).`;

/**
 * @param {string[]} argv
 * @returns {{ split: string | null, json: boolean, limit: number | null, minConfidence: number | null, errors: string | null, help: boolean }}
 */
function parseArgs(argv) {
  /** @type {{ split: string | null, json: boolean, limit: number | null, minConfidence: number | null, errors: string | null, help: boolean }} */
  const opts = { split: null, json: false, limit: null, minConfidence: null, errors: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = /** @type {string} */ (argv[i]);
    const value = () => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) fail(`missing value for ${a}`);
      return /** @type {string} */ (v);
    };
    if (a === '--json') opts.json = true;
    else if (a === '-h' || a === '--help') opts.help = true;
    else if (a === '--limit' || a.startsWith('--limit=')) {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) fail('--limit needs a positive integer');
      opts.limit = n;
    } else if (a === '--min-confidence' || a.startsWith('--min-confidence=')) {
      const x = Number(value());
      if (!(x >= 0 && x <= 1)) fail('--min-confidence needs a number from 0 to 1');
      opts.minConfidence = x;
    } else if (a === '--errors' || a.startsWith('--errors=')) opts.errors = value();
    else if (a.startsWith('-')) fail(`unknown option ${a}\n\n${HELP}`);
    else if (opts.split === null) opts.split = a;
    else fail(`unexpected argument ${a}`);
  }
  return opts;
}

/** @param {string} msg @returns {never} */
function fail(msg, code = 2) {
  console.error(`eval: ${msg}`);
  process.exit(code);
}

/**
 * Whether `target` lies inside `dir` (after resolving symlinks of the longest existing ancestor).
 * @param {string} target
 * @param {string} dir
 */
function isInside(target, dir) {
  /** @param {string} p */
  const real = (p) => {
    let cur = path.resolve(p);
    const tail = [];
    while (!existsSync(cur)) {
      tail.unshift(path.basename(cur));
      const parent = path.dirname(cur);
      if (parent === cur) break;
      cur = parent;
    }
    return path.join(realpathSync(cur), ...tail);
  };
  const rel = path.relative(real(dir), real(target));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** @param {number} x */
const f3 = (x) => x.toFixed(3);

/**
 * @param {string} text
 * @param {[number, number][]} fragments
 */
function spanText(text, fragments) {
  if (fragments.length === 0) return '-';
  const offsets = fragments.map(([s, e]) => `${s}-${e}`).join(';');
  const str = fragments.map(([s, e]) => text.slice(s, e)).join(' … ').replace(/\n/g, '⏎');
  return `${offsets} "${str}"`;
}

/**
 * @param {string} text
 * @param {import('./eval/metrics.mjs').RelationSpans} r
 */
function relationText(text, r) {
  return `${r.id} source ${spanText(text, r.source)} | cue ${spanText(text, r.cue)} | content ${spanText(text, r.content)}`;
}

/**
 * Human-readable error lines for one article.
 * @param {string} name
 * @param {string} text
 * @param {import('./eval/metrics.mjs').ArticleResult} result
 */
function errorReport(name, text, result) {
  const { counts, details } = result;
  const lines = [
    `=== ${name} (gold relations ${counts.relation.gold}, predicted ${counts.relation.pred}, matched ${counts.relation.matched})`,
  ];
  for (const role of ROLES) {
    const d = details[role];
    for (const g of d.missed) {
      const q = role === 'content' ? ` ${details.quote.find((x) => x.item === g)?.cls ?? ''}` : '';
      lines.push(`[${role}] FN${q} ${spanText(text, g.fragments)}`);
    }
    for (const p of d.spurious) lines.push(`[${role}] FP ${spanText(text, p.fragments)}`);
    for (const b of d.boundary)
      lines.push(`[${role}] ~${b.score.toFixed(2)} gold ${spanText(text, b.gold.fragments)} | pred ${spanText(text, b.pred.fragments)}`);
  }
  for (const r of details.relation.missed) lines.push(`[relation] FN ${relationText(text, r)}`);
  for (const r of details.relation.spurious) lines.push(`[relation] FP ${relationText(text, r)}`);
  return lines.join('\n');
}

/** @param {import('./eval/metrics.mjs').Summary} s @param {string} splitDir @param {number} failures */
function printTable(s, splitDir, failures) {
  const c = s.counts;
  const out = [];
  out.push(`framelens evaluation on ${path.basename(splitDir)} (${splitDir})`);
  out.push(
    `articles ${c.articles} | gold relations ${c.relation.gold} | predicted ${c.relation.pred}` +
      (c.relation.ignoredGold ? ` | ignored trigger-only gold relations ${c.relation.ignoredGold}` : '') +
      (failures ? ` | analyzer failures ${failures}` : ''),
  );
  out.push('');
  const pad = (/** @type {string | number} */ v, n = 6) => String(v).padStart(n);
  out.push(`${'role'.padEnd(9)}${pad('gold')}${pad('pred')} | exact ${pad('P')}${pad('R')}${pad('F1')} | overlap ${pad('P')}${pad('R')}${pad('F1')}`);
  for (const role of ROLES) {
    const r = s.roles[role];
    out.push(
      `${role.padEnd(9)}${pad(c[role].gold)}${pad(c[role].pred)} | exact ${pad(f3(r.exact.p))}${pad(f3(r.exact.r))}${pad(f3(r.exact.f1))}` +
        ` | overlap ${pad(f3(r.overlap.p))}${pad(f3(r.overlap.r))}${pad(f3(r.overlap.f1))}`,
    );
  }
  out.push(
    `${'relation'.padEnd(9)}${pad(c.relation.gold)}${pad(c.relation.pred)} | matched ${c.relation.matched}` +
      `  P ${f3(s.relation.p)}  R ${f3(s.relation.r)}  F1 ${f3(s.relation.f1)}`,
  );
  out.push('');
  out.push('content recall (overlap) by quotation of the gold content:');
  for (const q of QUOTE_CLASSES) {
    const x = s.quote[q];
    out.push(`  ${q.padEnd(9)} ${f3(x.recall)} (${x.matched}/${x.gold})`);
  }
  out.push(
    `exact F1:   source ${f3(s.roles.source.exact.f1)} cue ${f3(s.roles.cue.exact.f1)} content ${f3(s.roles.content.exact.f1)}`,
  );
  out.push(
    `overlap F1: source ${f3(s.roles.source.overlap.f1)} cue ${f3(s.roles.cue.overlap.f1)} content ${f3(s.roles.content.overlap.f1)} relation ${f3(s.relation.f1)}`,
  );
  console.log(out.join('\n'));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log(HELP);
    return 0;
  }
  const splitDir = path.resolve(opts.split ?? path.join(REPO_ROOT, '..', 'shared', 'polnear', 'dev'));
  if (!existsSync(path.join(splitDir, 'text')) || !existsSync(path.join(splitDir, 'attributions'))) {
    console.log(`eval: PolNeAR split not found at ${splitDir} (expected text/ and attributions/); skipping evaluation.`);
    return 0;
  }
  let errorsPath = null;
  if (opts.errors) {
    errorsPath = path.resolve(opts.errors);
    if (isInside(errorsPath, REPO_ROOT))
      fail(`refusing to write --errors inside the repository (${errorsPath}): it contains article text; use e.g. /tmp/errors.txt`);
    await mkdir(path.dirname(errorsPath), { recursive: true });
  }
  const distEntry = path.join(REPO_ROOT, 'dist', 'index.js');
  if (!existsSync(distEntry)) fail(`${path.relative(process.cwd(), distEntry) || distEntry} not found: run \`npm run build\` first.`, 1);
  const lib = await import(pathToFileURL(distEntry).href);
  if (typeof lib.createAnalyzer !== 'function') fail('dist/index.js does not export createAnalyzer(); run `npm run build`?', 1);

  const t0 = performance.now();
  const analyzer = lib.createAnalyzer(opts.minConfidence === null ? {} : { minConfidence: opts.minConfidence });
  const tReady = performance.now();

  let articles = await listArticles(splitDir);
  if (opts.limit !== null) articles = articles.slice(0, opts.limit);

  const total = emptyCounts();
  /** @type {string[]} */
  const reports = [];
  /** @type {{ name: string, message: string }[]} */
  const failures = [];
  let parseWarnings = 0;
  let noAnnotation = 0;
  let analyzeMs = 0;

  for (const art of articles) {
    if (!art.annPath) {
      noAnnotation++;
      continue;
    }
    const [text, ann] = await Promise.all([readFile(art.textPath, 'utf8'), readFile(art.annPath, 'utf8')]);
    const doc = parseBrat(ann);
    const gold = goldRelations(doc);
    parseWarnings += doc.warnings.length;

    /** @type {import('./eval/metrics.mjs').RelationSpans[]} */
    let pred = [];
    const ta = performance.now();
    try {
      const analysis = analyzer.analyze(text);
      const attrs = Array.isArray(analysis?.attributions) ? analysis.attributions : [];
      pred = attrs.map(fromPrediction);
    } catch (err) {
      failures.push({ name: art.name, message: err instanceof Error ? err.message : String(err) });
    }
    analyzeMs += performance.now() - ta;

    const result = evaluateArticle(text, gold, pred, { tokens: tokenize(text), regions: quoteRegions(text) });
    addCounts(total, result.counts);
    if (errorsPath) reports.push(errorReport(art.name, text, result));
  }
  const elapsed = (performance.now() - t0) / 1000;
  const summary = summarize(total);

  if (errorsPath) {
    await writeFile(errorsPath, reports.join('\n\n') + '\n', 'utf8');
    console.error(`eval: wrote per-article errors to ${errorsPath}`);
  }
  if (noAnnotation) console.error(`eval: ${noAnnotation} article(s) without an .ann file skipped`);
  if (parseWarnings) console.error(`eval: ${parseWarnings} malformed annotation record(s) skipped`);
  for (const f of failures.slice(0, 5)) console.error(`eval: analyze() threw on ${f.name}: ${f.message}`);
  if (failures.length) console.error(`eval: analyze() threw on ${failures.length} article(s); scored as empty predictions`);
  const n = total.articles;
  console.error(
    `eval: ${n} articles in ${elapsed.toFixed(2)} s (${(n / Math.max(elapsed, 1e-9)).toFixed(1)} articles/s; ` +
      `createAnalyzer ${((tReady - t0) / 1000).toFixed(2)} s, analyze ${(analyzeMs / 1000).toFixed(2)} s = ` +
      `${(n / Math.max(analyzeMs / 1000, 1e-9)).toFixed(1)} articles/s)`,
  );

  if (opts.json) {
    console.log(
      JSON.stringify(
        {
          split: splitDir,
          elapsedSeconds: elapsed,
          articlesPerSecond: n / Math.max(elapsed, 1e-9),
          failures,
          ...summary,
        },
        null,
        2,
      ),
    );
  } else {
    printTable(summary, splitDir, failures.length);
  }
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);

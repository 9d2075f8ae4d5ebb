#!/usr/bin/env node
// Benchmark the built library (dist/index.js) against wink-nlp's own tokenize + POS pipeline.
//
//   npm run bench [-- --json] [-- --quick]
//
// Figures (issue 3 item 8, issue 6 items 1-2): throughput of analyze() and of wink-nlp's readDoc with
// only sentence boundaries and POS (reading out value, pos, precedingSpaces, lemma and sentence spans)
// on the same texts in one process, their ratio and framelens's overhead; cold start in a fresh
// process; peak RSS on a 5 MB input; linear cost (8 copies vs 1); hostile inputs within time bounds.
// The bench reports, it does not gate: the exit code is 0 unless the library fails to load.
// Article text is read at run time only and never written anywhere.

import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCorpus, exampleArticle, JOIN, loadArticles, repeatText, utf8Bytes } from './bench/corpus.mjs';
import { HOSTILE_CASES } from './bench/hostile.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(REPO_ROOT, 'dist', 'index.js');
const DIST_URL = pathToFileURL(DIST).href;
const CHILD = path.join(REPO_ROOT, 'scripts', 'bench', 'child.mjs');

const HELP = `Usage: npm run bench -- [--json] [--quick]

Benchmarks the built library (dist/index.js; run \`npm run build\` first) against wink-nlp's own
readDoc with only sentence boundaries and POS, on the example article and a ~1 MB corpus
(../shared/polnear/dev/text when present, else examples/*.txt).

Options:
  --json     print one JSON object on stdout instead of the table
  --quick    fewer repetitions (a smoke check; figures are noisier)
  -h, --help show this help`;

/** Targets of issues 3 and 6. */
const TARGETS = {
  ratio: 0.5,
  ratioAim: 0.7,
  overhead: 0.5,
  coldStartMs: 500,
  peakRssMb: 300,
  linearRatio: 10,
};

const CORPUS_CHARS = 1_000_000;
const RSS_CHARS = 5_000_000;
const LINEAR_CHARS = 50_000;
const LINEAR_COPIES = 8;
const COLD_START_TEXT = 'Officials said on Monday that talks would resume. “We are ready,” the minister said.';

// ---------------------------------------------------------------------------------------------------
// Arguments

/** @param {string[]} argv */
function parseArgs(argv) {
  const opts = { json: false, quick: false, help: false };
  for (const arg of argv) {
    if (arg === '--json') opts.json = true;
    else if (arg === '--quick') opts.quick = true;
    else if (arg === '-h' || arg === '--help') opts.help = true;
    else {
      console.error(`bench: unknown argument ${arg}\n\n${HELP}`);
      process.exit(2);
    }
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
if (opts.help) {
  console.log(HELP);
  process.exit(0);
}

const REPS = opts.quick
  ? { throughput: 2, minThroughput: 1, exampleInner: 10, cold: 1, linearOne: 3, linearEight: 1 }
  : { throughput: 7, minThroughput: 3, exampleInner: 40, cold: 3, linearOne: 7, linearEight: 3 };
/**
 * A workload whose first repetition (framelens + wink) takes longer than this share of the time gets
 * fewer repetitions (down to `minThroughput`), so that a superlinear build still finishes the bench.
 */
const THROUGHPUT_BUDGET_MS = opts.quick ? 20_000 : 90_000;
/** The 5 MB run is stopped after this long and reported with the peak RSS it had reached. */
const RSS_TIMEOUT_MS = opts.quick ? 45_000 : 120_000;

/** Progress goes to stderr so that `--json` output stays one object on stdout. */
/** @param {string} message */
const progress = (message) => {
  if (process.stderr.isTTY || !opts.json) process.stderr.write(`bench: ${message}\n`);
};

// ---------------------------------------------------------------------------------------------------
// Loading

if (!existsSync(DIST)) {
  console.error('bench: dist/index.js is missing; run `npm run build` first.');
  process.exit(1);
}
const distBuiltAt = statSync(DIST).mtime;

/** @type {(options?: object) => { analyze(text: string): any }} */
let createAnalyzer;
try {
  ({ createAnalyzer } = await import(DIST_URL));
  if (typeof createAnalyzer !== 'function') throw new Error('dist/index.js exports no createAnalyzer()');
} catch (error) {
  console.error(`bench: the library failed to load from dist/index.js (run \`npm run build\`?):\n${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
}

/** @type {any} */
let winkNLP;
/** @type {any} */
let model;
try {
  winkNLP = (await import('wink-nlp')).default;
  model = (await import('wink-eng-lite-web-model')).default;
} catch (error) {
  console.error(`bench: wink-nlp or its model failed to load (run \`npm install\`?):\n${String(error)}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------
// Helpers

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? /** @type {number} */ (sorted[middle]) : (/** @type {number} */ (sorted[middle - 1]) + /** @type {number} */ (sorted[middle])) / 2;
}

/** @param {() => void} fn @returns {number} milliseconds */
function timeIt(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** @param {number} x @param {number} [digits] */
const fixed = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));
/** @param {number} x */
const thousands = (x) => Math.round(x).toLocaleString('en-US');
/** @param {boolean} ok */
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

/**
 * @param {string[][]} rows
 * @param {('l' | 'r')[]} align
 */
function table(rows, align) {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => (align[column] === 'r' ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Texts

const example = exampleArticle(REPO_ROOT);
const articleSet = loadArticles(REPO_ROOT);
const corpus = buildCorpus(articleSet.articles, CORPUS_CHARS);
const linearBase = buildCorpus(articleSet.articles, LINEAR_CHARS).text;
const linearEight = repeatText(linearBase, LINEAR_COPIES);

// ---------------------------------------------------------------------------------------------------
// Throughput: framelens analyze() vs wink-nlp sbd + pos, same texts, one process

const analyzer = createAnalyzer();
const bigAnalyzer = createAnalyzer({ maxChars: Math.max(6_000_000, linearEight.length + 1) });
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** framelens on one text; returns its token count. @param {string} text */
function runFramelens(text) {
  return bigAnalyzer.analyze(text).tokens.length;
}

/**
 * wink-nlp's own pipeline reading out the token attributes framelens reads; returns its token count.
 * @param {string} text
 */
function runWink(text) {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value);
  doc.tokens().out(its.pos);
  doc.tokens().out(its.precedingSpaces);
  doc.tokens().out(its.lemma);
  doc.sentences().out(its.span);
  return values.length;
}

/**
 * @typedef {{ id: string, label: string, docs: string[], inner: number }} Workload
 * @typedef {{ tokens: number, ms: number, tokensPerSec: number, samplesMs: number[] }} Side
 * @typedef {{ id: string, label: string, docs: number, chars: number, inner: number, repetitions: number, framelens: Side, wink: Side, ratio: number, overhead: number }} ThroughputResult
 */

/** @type {Workload[]} */
const workloads = [
  { id: 'example', label: `example article (${thousands(example.length)} chars, ×${REPS.exampleInner} per sample)`, docs: [example], inner: REPS.exampleInner },
  { id: 'corpus-articles', label: `corpus, each article separately (${corpus.pieces.length} docs)`, docs: corpus.pieces, inner: 1 },
  { id: 'corpus-document', label: `corpus as one document (${thousands(corpus.text.length)} chars)`, docs: [corpus.text], inner: 1 },
];

/**
 * @param {Workload} workload
 * @param {(text: string) => number} run
 */
function sample(workload, run) {
  let tokens = 0;
  const ms = timeIt(() => {
    for (let round = 0; round < workload.inner; round += 1) for (const doc of workload.docs) tokens += run(doc);
  });
  return { tokens: tokens / workload.inner, ms: ms / workload.inner };
}

progress(`corpus: ${articleSet.source} (${articleSet.articles.length} articles), ${thousands(corpus.text.length)} chars; warming up`);
// The one-document workload runs the same code as the per-article one, which warms it up; only wink
// (cheap) gets an extra warm-up run on it.
for (const workload of workloads) {
  if (workload.id !== 'corpus-document') sample({ ...workload, inner: 1 }, runFramelens);
  sample({ ...workload, inner: 1 }, runWink);
}
runFramelens(linearBase);

/** @type {ThroughputResult[]} */
const throughput = [];
for (const workload of workloads) {
  progress(`throughput: ${workload.id} (up to ${REPS.throughput} repetitions)`);
  /** @type {{ tokens: number, ms: number }[]} */
  const framelensSamples = [];
  /** @type {{ tokens: number, ms: number }[]} */
  const winkSamples = [];
  let reps = REPS.throughput;
  for (let rep = 0; rep < reps; rep += 1) {
    // Alternate which side goes first, so that neither always pays for the other's garbage.
    if (rep % 2 === 0) {
      framelensSamples.push(sample(workload, runFramelens));
      winkSamples.push(sample(workload, runWink));
    } else {
      winkSamples.push(sample(workload, runWink));
      framelensSamples.push(sample(workload, runFramelens));
    }
    if (rep === 0) {
      const firstMs = /** @type {{ ms: number }} */ (framelensSamples[0]).ms + /** @type {{ ms: number }} */ (winkSamples[0]).ms;
      reps = Math.max(REPS.minThroughput, Math.min(REPS.throughput, Math.floor(THROUGHPUT_BUDGET_MS / (firstMs * workload.inner))));
      if (reps < REPS.throughput) progress(`throughput: ${workload.id} is slow (${fixed(firstMs / 1000, 1)} s a repetition): ${reps} repetitions`);
    }
  }
  /** @param {{ tokens: number, ms: number }[]} samples @returns {Side} */
  const side = (samples) => {
    const ms = median(samples.map((entry) => entry.ms));
    const tokens = /** @type {{ tokens: number }} */ (samples[0]).tokens;
    return { tokens, ms, tokensPerSec: (tokens / ms) * 1000, samplesMs: samples.map((entry) => entry.ms) };
  };
  const framelens = side(framelensSamples);
  const wink = side(winkSamples);
  throughput.push({
    id: workload.id,
    label: workload.label,
    docs: workload.docs.length,
    chars: workload.docs.reduce((sum, doc) => sum + doc.length, 0),
    inner: workload.inner,
    repetitions: framelensSamples.length,
    framelens,
    wink,
    ratio: framelens.tokensPerSec / wink.tokensPerSec,
    overhead: framelens.ms / wink.ms - 1,
  });
}

// ---------------------------------------------------------------------------------------------------
// Linear cost: 8 copies vs 1

progress(`linear cost: 1 copy ×${REPS.linearOne}, ${LINEAR_COPIES} copies ×${REPS.linearEight}`);
const linearOneMs = median(Array.from({ length: REPS.linearOne }, () => timeIt(() => runFramelens(linearBase))));
const linearEightMs = median(Array.from({ length: REPS.linearEight }, () => timeIt(() => runFramelens(linearEight))));
const linear = {
  chars: linearBase.length,
  copies: LINEAR_COPIES,
  oneMs: linearOneMs,
  eightMs: linearEightMs,
  ratio: linearEightMs / linearOneMs,
};

// ---------------------------------------------------------------------------------------------------
// Child processes: cold start, peak RSS, hostile inputs

/**
 * Peak resident set of a running process so far (Linux `VmHWM`), in MB, or null where unavailable.
 * @param {number | undefined} pid
 */
function peakRssSoFarMb(pid) {
  if (pid === undefined) return null;
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * @typedef {{ ok: true, value: any, wallMs: number }
 *   | { ok: false, error: string, timedOut: boolean, wallMs: number, peakRssSoFarMb: number | null }} ChildResult
 */

/**
 * Runs node with `args`; resolves with the JSON object its stdout ends with, or an error. A child
 * still running after `timeoutMs` is killed (it is ours, by its pid) and reported as timed out, with
 * the peak RSS it had reached.
 * @param {string[]} args
 * @param {number} timeoutMs
 * @returns {Promise<ChildResult>}
 */
function runChild(args, timeoutMs) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    /** @type {number | null} */
    let peakSoFar = null;
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const poll = setInterval(() => {
      peakSoFar = peakRssSoFarMb(child.pid) ?? peakSoFar;
    }, 250);
    const timer = setTimeout(() => {
      timedOut = true;
      peakSoFar = peakRssSoFarMb(child.pid) ?? peakSoFar;
      child.kill('SIGKILL');
    }, timeoutMs);
    const finish = (/** @type {ChildResult} */ result) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve(result);
    };
    child.on('error', (error) => finish({ ok: false, error: error.message, timedOut: false, wallMs: performance.now() - start, peakRssSoFarMb: peakSoFar }));
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - start;
      if (timedOut) {
        finish({ ok: false, error: `did not finish in ${fixed(timeoutMs / 1000)} s`, timedOut: true, wallMs, peakRssSoFarMb: peakSoFar });
        return;
      }
      if (code !== 0) {
        const tail = stderr.trim().split('\n').slice(-3).join(' | ');
        finish({ ok: false, error: `exit ${code ?? signal}: ${tail}`, timedOut: false, wallMs, peakRssSoFarMb: peakSoFar });
        return;
      }
      const last = stdout.trim().split('\n').at(-1) ?? '';
      try {
        finish({ ok: true, value: JSON.parse(last), wallMs });
      } catch {
        finish({ ok: false, error: `unreadable output: ${last.slice(0, 200)}`, timedOut: false, wallMs, peakRssSoFarMb: peakSoFar });
      }
    });
  });
}

progress(`cold start (${REPS.cold} fresh processes)`);
const coldCode = `
const t0 = performance.now();
const { createAnalyzer } = await import(${JSON.stringify(DIST_URL)});
const analysis = createAnalyzer().analyze(${JSON.stringify(COLD_START_TEXT)});
const t1 = performance.now();
console.log(JSON.stringify({ importAndAnalyzeMs: t1 - t0, sinceProcessStartMs: t1, tokens: analysis.tokens.length }));
`;
/** @type {{ importAndAnalyzeMs: number, sinceProcessStartMs: number, wallMs: number }[]} */
const coldRuns = [];
/** @type {string | null} */
let coldError = null;
for (let run = 0; run < REPS.cold; run += 1) {
  const result = await runChild(['--input-type=module', '-e', coldCode], 60_000);
  if (!result.ok) {
    coldError = result.error;
    break;
  }
  coldRuns.push({ importAndAnalyzeMs: result.value.importAndAnalyzeMs, sinceProcessStartMs: result.value.sinceProcessStartMs, wallMs: result.wallMs });
}
/** @type {{ error?: string, importAndAnalyzeMs?: number, sinceProcessStartMs?: number, spawnWallMs?: number, runs: typeof coldRuns }} */
const coldStart = coldError
  ? { error: coldError, runs: coldRuns }
  : {
      importAndAnalyzeMs: median(coldRuns.map((run) => run.importAndAnalyzeMs)),
      sinceProcessStartMs: median(coldRuns.map((run) => run.sinceProcessStartMs)),
      spawnWallMs: median(coldRuns.map((run) => run.wallMs)),
      runs: coldRuns,
    };

progress(`peak RSS on ${thousands(RSS_CHARS)} chars`);
const rssResult = await runChild([CHILD, 'rss', DIST_URL, REPO_ROOT, String(RSS_CHARS)], RSS_TIMEOUT_MS);
/** @type {{ chars?: number, ms?: number, beforeRssMb?: number, peakRssMb?: number, tokens?: number, attributions?: number, error?: string, peakRssSoFarMb?: number | null }} */
const peakRss = rssResult.ok ? rssResult.value : { error: rssResult.error, peakRssSoFarMb: rssResult.peakRssSoFarMb };

/**
 * @typedef {{ id: string, label: string, boundMs: number, chars?: number, ms?: number, exact?: boolean,
 *   tokens?: number, sentences?: number, attributions?: number, peakRssMb?: number, error?: string, pass: boolean }} HostileResult
 */
/** @type {HostileResult[]} */
const hostile = [];
for (const entry of HOSTILE_CASES) {
  progress(`hostile: ${entry.id}`);
  // The child is killed well past the bound, so that a blow-up is reported instead of hanging the bench.
  const result = await runChild([CHILD, 'hostile', DIST_URL, REPO_ROOT, entry.id], entry.boundMs * 4 + 30_000);
  if (result.ok) {
    const value = result.value;
    hostile.push({ id: entry.id, label: entry.label, boundMs: entry.boundMs, ...value, pass: value.ms <= entry.boundMs });
  } else {
    hostile.push({ id: entry.id, label: entry.label, boundMs: entry.boundMs, error: result.error, pass: false });
  }
}

// ---------------------------------------------------------------------------------------------------
// Browser bundle size (issue 6, item 5): minified and gzip, as size-limit measures it.

const BROWSER_BUNDLE = path.join(REPO_ROOT, 'dist', 'browser', 'framelens.js');
const browserBundle = existsSync(BROWSER_BUNDLE)
  ? (() => {
      const bytes = readFileSync(BROWSER_BUNDLE);
      return { path: path.relative(REPO_ROOT, BROWSER_BUNDLE), minifiedBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    })()
  : null;

// ---------------------------------------------------------------------------------------------------
// Targets

/** @typedef {{ name: string, value: number | null, target: string, pass: boolean }} TargetResult */
/** @type {TargetResult[]} */
const targets = [];
for (const result of throughput) {
  targets.push({ name: `throughput ratio, ${result.id}`, value: result.ratio, target: `>= ${TARGETS.ratio} (aim ${TARGETS.ratioAim})`, pass: result.ratio >= TARGETS.ratio });
}
for (const result of throughput) {
  targets.push({ name: `overhead vs wink, ${result.id}`, value: result.overhead, target: `<= ${TARGETS.overhead}`, pass: result.overhead <= TARGETS.overhead });
}
const coldValue = coldStart.importAndAnalyzeMs ?? null;
targets.push({ name: 'cold start, import + first analyze (ms)', value: coldValue, target: `<= ${TARGETS.coldStartMs}`, pass: coldValue !== null && coldValue <= TARGETS.coldStartMs });
const rssValue = typeof peakRss.peakRssMb === 'number' ? peakRss.peakRssMb : null;
targets.push({ name: `peak RSS on 5 MB (MB)${rssValue === null ? ', did not finish' : ''}`, value: rssValue ?? peakRss.peakRssSoFarMb ?? null, target: `<= ${TARGETS.peakRssMb}`, pass: rssValue !== null && rssValue <= TARGETS.peakRssMb });
targets.push({ name: `linear cost, ${LINEAR_COPIES} copies / 1`, value: linear.ratio, target: `<= ${TARGETS.linearRatio}`, pass: linear.ratio <= TARGETS.linearRatio });
for (const result of hostile) {
  targets.push({ name: `hostile: ${result.id} (ms)`, value: result.ms ?? null, target: `<= ${result.boundMs}`, pass: result.pass });
}

// ---------------------------------------------------------------------------------------------------
// Output

const meta = {
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  quick: opts.quick,
  repetitions: REPS,
  dist: {
    path: path.relative(REPO_ROOT, DIST),
    builtAt: distBuiltAt.toISOString(),
    rebuiltDuringRun: statSync(DIST).mtimeMs !== distBuiltAt.getTime(),
  },
  winkPipe: ['sbd', 'pos'],
  corpus: {
    source: articleSet.source,
    articles: articleSet.articles.length,
    docs: corpus.pieces.length,
    passes: corpus.passes,
    chars: corpus.text.length,
    utf8Bytes: utf8Bytes(corpus.text),
  },
  example: { chars: example.length },
};

if (opts.json) {
  process.stdout.write(
    `${JSON.stringify({ meta, throughput, coldStart, peakRss, linear, hostile, browserBundle, targets, allPass: targets.every((entry) => entry.pass) }, null, 2)}\n`,
  );
} else {
  const out = [];
  out.push(`framelens bench — ${meta.dist.path} built ${meta.dist.builtAt}`);
  if (meta.dist.rebuiltDuringRun) out.push('WARNING: dist/index.js was rebuilt while the bench ran; child-process figures may be of another build');
  out.push(`node ${meta.node}, ${meta.platform}, ${meta.cpus} × ${meta.cpuModel}${opts.quick ? ', QUICK (fewer repetitions)' : ''}`);
  out.push(
    `corpus: ${meta.corpus.source} — ${meta.corpus.articles} articles ×${fixed(meta.corpus.passes, 2)} = ${meta.corpus.docs} docs, ` +
      `${thousands(meta.corpus.chars)} chars (${fixed(meta.corpus.utf8Bytes / 1e6, 2)} MB UTF-8), joined with ${JSON.stringify(JOIN)}`,
  );
  out.push('');
  out.push(`Throughput — median of ${throughput.map((result) => result.repetitions).join(' / ')} repetitions; wink = winkNLP(model, ['sbd','pos']).readDoc + value/pos/precedingSpaces/lemma/sentence spans`);
  out.push(
    table(
      [
        ['workload', 'fl tokens', 'fl ms', 'fl tok/s', 'wink tokens', 'wink ms', 'wink tok/s', 'ratio', 'overhead'],
        ...throughput.map((result) => [
          result.label,
          thousands(result.framelens.tokens),
          fixed(result.framelens.ms, 1),
          thousands(result.framelens.tokensPerSec),
          thousands(result.wink.tokens),
          fixed(result.wink.ms, 1),
          thousands(result.wink.tokensPerSec),
          fixed(result.ratio, 3),
          `${result.overhead >= 0 ? '+' : ''}${fixed(result.overhead * 100, 0)}%`,
        ]),
      ],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  out.push('  (framelens counts no white-space tokens and none in boilerplate paragraphs; wink counts every token it makes)');
  out.push('');
  if (coldStart.importAndAnalyzeMs !== undefined) {
    out.push(
      `Cold start (median of ${coldRuns.length}): import + first analyze ${fixed(coldStart.importAndAnalyzeMs)} ms; ` +
        `since process start ${fixed(coldStart.sinceProcessStartMs ?? NaN)} ms; spawn wall ${fixed(coldStart.spawnWallMs ?? NaN)} ms`,
    );
  } else out.push(`Cold start: ERROR ${coldStart.error}`);
  if (typeof peakRss.peakRssMb === 'number') {
    out.push(
      `Peak RSS on ${thousands(peakRss.chars ?? NaN)} chars: ${fixed(peakRss.peakRssMb)} MB (before analyze: ${fixed(peakRss.beforeRssMb ?? NaN)} MB); ` +
        `analyze ${fixed(peakRss.ms ?? NaN)} ms, ${thousands(peakRss.tokens ?? NaN)} tokens, ${thousands(peakRss.attributions ?? NaN)} attributions`,
    );
  } else {
    const soFar = typeof peakRss.peakRssSoFarMb === 'number' ? `; peak RSS reached before it stopped: ${fixed(peakRss.peakRssSoFarMb)} MB` : '';
    out.push(`Peak RSS on ${thousands(RSS_CHARS)} chars: FAILED, ${peakRss.error}${soFar}`);
  }
  out.push(
    `Linear cost on ${thousands(linear.chars)} chars: 1 copy ${fixed(linear.oneMs, 1)} ms, ${linear.copies} copies ${fixed(linear.eightMs, 1)} ms, ratio ${fixed(linear.ratio, 2)}`,
  );
  out.push(
    browserBundle
      ? `Browser bundle ${browserBundle.path}: ${fixed(browserBundle.minifiedBytes / 1e6, 2)} MB minified, ${fixed(browserBundle.gzipBytes / 1e6, 2)} MB gzip (limits in package.json "size-limit")`
      : 'Browser bundle: not built (npm run build)',
  );
  out.push('');
  out.push('Hostile inputs — one analyze() on a warm analyzer, fresh process each');
  out.push(
    table(
      [
        ['input', 'chars', 'ms', 'bound', '', 'tokens', 'sentences', 'attributions', 'spans exact'],
        ...hostile.map((result) =>
          result.error
            ? [result.label, '', 'ERROR', `${result.boundMs}`, 'FAIL', result.error, '', '', '']
            : [
                result.label,
                thousands(result.chars ?? 0),
                fixed(result.ms ?? NaN),
                `${result.boundMs}`,
                verdict(result.pass),
                thousands(result.tokens ?? 0),
                thousands(result.sentences ?? 0),
                thousands(result.attributions ?? 0),
                result.exact ? 'yes' : 'NO',
              ],
        ),
      ],
      ['l', 'r', 'r', 'r', 'l', 'r', 'r', 'r', 'l'],
    ),
  );
  out.push('');
  out.push('Targets (issues 3 and 6)');
  out.push(
    table(
      [
        ['', 'figure', 'value', 'target'],
        ...targets.map((entry) => [
          verdict(entry.pass),
          entry.name,
          entry.value === null ? 'n/a' : Math.abs(entry.value) < 10 ? fixed(entry.value, 3) : fixed(entry.value),
          entry.target,
        ]),
      ],
      ['l', 'l', 'r', 'l'],
    ),
  );
  out.push(`${targets.filter((entry) => entry.pass).length}/${targets.length} targets met`);
  console.log(out.join('\n'));
}

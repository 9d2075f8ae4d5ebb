#!/usr/bin/env node
// The CLI's speed-up on all cores (issue 5): `framelens analyze <folder> --jobs 1` against `--jobs 2`
// (or --jobs N), wall-clock time of the whole process, best of two runs each, on two corpora: 240
// articles (a short run: each analyzer's warm-up, V8 optimizing the analyzer's code, is most of
// it) and 5,544 (a corpus run: the warm-up is paid once per thread and the speed-up is the steady
// state's). The target (>= 1.4×) is judged on the corpus run.
//
//   npm run build && npm run bench:cli [-- --jobs N] [-- --articles N,M] [-- --json]
//
// The articles come from ../shared/polnear (train, then dev, over again when more are asked for
// than there are) when present, else copies of the example articles; they are written to a
// temporary folder outside the repository and deleted after.
//
// Then the JSON Lines memory bound: about 600 MB of records (over-long lines, invalid lines and a
// few real records) piped through `framelens analyze --jsonl`, its peak RSS sampled from /proc,
// and every record checked to come out as exactly one line.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : fallback;
};
const jobs = Number(option('--jobs', Math.max(2, os.availableParallelism())));
const sizes = String(option('--articles', '240,5544')).split(',').map(Number);
const json = args.includes('--json');
const TARGET = 1.4;

if (!existsSync(cli)) {
  console.error('bench-cli: dist/cli.js not found; run `npm run build` first');
  process.exit(1);
}
if (!(jobs >= 2) || sizes.some((size) => !(size >= 1))) {
  console.error('bench-cli: --jobs needs a number of at least 2 and --articles positive numbers');
  process.exit(2);
}

/** The distinct article texts: PolNeAR's when present, else the examples. */
function distinctArticles() {
  const texts = [];
  for (const split of ['train', 'dev']) {
    const dir = path.join(root, '..', 'shared', 'polnear', split, 'text');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) texts.push(readFileSync(path.join(dir, file), 'utf8'));
  }
  if (texts.length > 0) return { texts, source: 'PolNeAR' };
  return { texts: ['article.txt', 'climate.txt'].map((file) => readFileSync(path.join(root, 'examples', file), 'utf8')), source: 'examples' };
}

function timeRun(dir, jobCount) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, 'analyze', dir, '--jobs', String(jobCount), '--format', 'jsonl'], { maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`framelens exited ${run.status}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Times --jobs 1 against --jobs N on `count` articles. */
function speedup(distinct, count) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'framelens-bench-cli-'));
  try {
    for (let index = 0; index < count; index += 1) writeFileSync(path.join(dir, `${String(index).padStart(5, '0')}.txt`), distinct[index % distinct.length]);
    const one = Math.min(timeRun(dir, 1), timeRun(dir, 1));
    const many = Math.min(timeRun(dir, jobs), timeRun(dir, jobs));
    return { articles: count, secondsOneJob: one, secondsManyJobs: many, speedup: one / many };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { texts, source } = distinctArticles();
const runs = sizes.map((size) => speedup(texts, size));
const judged = runs.reduce((best, run) => (run.articles > best.articles ? run : best));
const memory = await jsonlMemory();
const result = { source, distinctArticles: texts.length, cores: os.availableParallelism(), jobs, runs, target: TARGET, judgedOn: judged.articles, pass: judged.speedup >= TARGET, jsonl: memory };
if (json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`bench-cli: ${source} (${texts.length} distinct articles), ${result.cores} cores`);
  for (const run of runs) {
    const rate = (seconds) => `${seconds.toFixed(2)} s (${(run.articles / seconds).toFixed(1)} articles/s)`;
    console.log(`  ${run.articles} articles: --jobs 1 ${rate(run.secondsOneJob)}, --jobs ${jobs} ${rate(run.secondsManyJobs)}: speed-up ${run.speedup.toFixed(2)}×`);
  }
  console.log(`  speed-up on ${judged.articles} articles ${judged.speedup.toFixed(2)}× (target >= ${TARGET}×): ${result.pass ? 'PASS' : 'FAIL'}`);
  console.log(`  JSON Lines: ${memory.megabytes} MB in ${memory.records} records → ${memory.lines} lines in ${memory.seconds.toFixed(1)} s, peak RSS ${memory.peakRssMb} MB${memory.linux ? '' : ' (RSS not sampled: no /proc)'}`);
}

/** Streams ~600 MB of JSON Lines records through the CLI and samples its peak RSS. */
async function jsonlMemory() {
  const child = spawn(process.execPath, [cli, 'analyze', '--jsonl', '--jobs', '1', '--max-chars', '100000'], { stdio: ['pipe', 'pipe', 'ignore'] });
  let lines = 0;
  child.stdout.on('data', (chunk) => {
    for (const byte of chunk) if (byte === 10) lines += 1;
  });
  let peakKb = 0;
  const linux = existsSync(`/proc/${child.pid}/status`);
  const poll = setInterval(() => {
    try {
      const match = /VmHWM:\s+(\d+)/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // The process has ended.
    }
  }, 50);
  const big = `${JSON.stringify({ id: 'too-long', text: 'x'.repeat(1_000_000) })}\n`;
  const bad = 'not json\n'.repeat(1000);
  const good = `${JSON.stringify({ id: 'ok', text: 'The minister said the talks had failed.' })}\n`;
  const started = process.hrtime.bigint();
  let bytes = 0;
  let records = 0;
  for (let round = 0; round < 600; round += 1) {
    const chunk = big + bad + good;
    bytes += chunk.length;
    records += 1002;
    if (!child.stdin.write(chunk)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  return { megabytes: Math.round(bytes / 1e6), records, lines, allRecordsOnce: lines === records, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRssMb: Math.round(peakKb / 1024), linux };
}

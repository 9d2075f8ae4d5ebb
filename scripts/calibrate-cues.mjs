#!/usr/bin/env node
// Calibrates the cue lexicon on a PolNeAR split (train by default): runs the built library with
// every candidate kept (minConfidence 0) and records, for each cue entry, how many attributions it
// produced and how many of their cues overlap an annotated cue. Counts only: no corpus text is
// written. Run after changing the extractor:
//   npm run build && node scripts/calibrate-cues.mjs [../shared/polnear/train] [--dry-run]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listArticles, parseBrat, goldRelations } from './eval/brat.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const split = args.find((arg) => !arg.startsWith('--')) ?? `${root}../shared/polnear/train`;
if (!existsSync(split)) {
  console.log(`calibrate-cues: ${split} not found; nothing to do.`);
  process.exit(0);
}
if (!existsSync(`${root}dist/index.js`)) {
  console.error('calibrate-cues: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}
const { createAnalyzer } = await import(`${root}dist/index.js`);
const analyzer = createAnalyzer({ minConfidence: 0 });
const counts = new Map();
const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];
for (const article of await listArticles(split)) {
  if (!article.annPath) continue;
  const text = readFileSync(article.textPath, 'utf8');
  const goldCues = goldRelations(parseBrat(readFileSync(article.annPath, 'utf8'))).flatMap((relation) => relation.cue);
  for (const attribution of analyzer.analyze(text).attributions) {
    if (!attribution.cue || !attribution.cueEntry) continue;
    const count = counts.get(attribution.cueEntry) ?? { predicted: 0, matched: 0, strongPredicted: 0, strongMatched: 0 };
    const matched = goldCues.some((cue) => overlaps(cue, [attribution.cue.start, attribution.cue.end]));
    const strong = attribution.pattern !== 'object' && attribution.pattern !== 'noun';
    count.predicted += 1;
    count.matched += matched ? 1 : 0;
    count.strongPredicted += strong ? 1 : 0;
    count.strongMatched += strong && matched ? 1 : 0;
    counts.set(attribution.cueEntry, count);
  }
}
const path = `${root}lexicons/cues.json`;
const lexicon = JSON.parse(readFileSync(path, 'utf8'));
for (const entry of lexicon.entries) {
  const count = counts.get(entry.id);
  if (count) entry.calibration = count;
  else delete entry.calibration;
}
const rows = [...counts].sort((a, b) => b[1].predicted - a[1].predicted);
for (const [id, { predicted, matched }] of rows.slice(0, 25)) console.log(`${id.padEnd(24)} ${String(matched).padStart(5)} / ${String(predicted).padStart(5)}  ${(matched / predicted).toFixed(2)}`);
console.log(`calibrated ${counts.size} entries on ${split}`);
if (!dryRun) writeFileSync(path, `${JSON.stringify(lexicon, null, 2)}\n`);

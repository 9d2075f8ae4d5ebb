// Trains the confidence model (lexicons/confidence-model.json) on a PolNeAR split, train by default:
// a logistic regression over the features framelens reads of each candidate attribution, labelled
// by whether its cue overlaps an annotated cue. Counts and weights only; no corpus text is written.
//   npx tsx scripts/train-confidence.ts [../shared/polnear/train] [--dry-run]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileCues, demandVerbLemmas, speechVerbLemmas } from '../src/attribution/cues.js';
import { extractAttributions } from '../src/attribution/index.js';
import { modelFeatures, PRIOR_FEATURE } from '../src/attribution/model.js';
import { builtinLexicons } from '../src/lexicons/builtin.js';
import { compileBoilerplate } from '../src/text/boilerplate.js';
import { buildTextLayer } from '../src/text/index.js';
import { currentNlp } from '../src/text/nlp.js';
import { goldRelations, listArticles, parseBrat } from './eval/brat.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const split = args.find((arg) => !arg.startsWith('--')) ?? `${root}../shared/polnear/train`;
if (!existsSync(split)) {
  console.log(`train-confidence: ${split} not found; nothing to do.`);
  process.exit(0);
}

/** Passes over the data, learning rate and L2 penalty: set by hand, checked on dev. */
const EPOCHS = 15;
const LEARNING_RATE = 0.05;
const L2 = 1e-4;
/**
 * The weights written are the average of snapshots over the last epochs (every SNAPSHOT_STEPS
 * examples), not the last step's: constant-rate SGD ends wherever the last few examples pushed
 * it, so a small change in the candidates would otherwise move borderline confidences.
 */
const AVERAGED_EPOCHS = 5;
const SNAPSHOT_STEPS = 100;

interface Example {
  features: string[];
  prior: number;
  label: 0 | 1;
}

const lexicons = builtinLexicons();
// The same text layer as the analyzer's (createAnalyzer), so that training sees the candidates it will judge.
const config = { nlp: currentNlp, boilerplate: compileBoilerplate(lexicons.boilerplate.entries), speechLemmas: speechVerbLemmas(lexicons.cues.entries), demandLemmas: demandVerbLemmas(lexicons.cues.entries) };
const cues = compileCues(lexicons.cues.entries);
const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];
const examples: Example[] = [];
for (const article of await listArticles(split)) {
  if (!article.annPath) continue;
  const text = readFileSync(article.textPath, 'utf8');
  const goldCues = goldRelations(parseBrat(readFileSync(article.annPath, 'utf8'))).flatMap((relation) => relation.cue);
  const layer = buildTextLayer(text, config);
  for (const attribution of extractAttributions(layer, text, cues, null, 0)) {
    if (!attribution.cue) continue;
    const cue: [number, number] = [attribution.cue.start, attribution.cue.end];
    examples.push({ features: modelFeatures(attribution.modelInput), prior: attribution.prior, label: goldCues.some((gold) => overlaps(gold, cue)) ? 1 : 0 });
  }
}

// Stochastic gradient descent with a fixed shuffle, so that training is reproducible.
const weights = new Map<string, number>();
const score = (example: Example): number =>
  1 / (1 + Math.exp(-(example.features.reduce((sum, feature) => sum + (weights.get(feature) ?? 0), 0) + (weights.get(PRIOR_FEATURE) ?? 0) * example.prior)));
const sums = new Map<string, number>();
let snapshots = 0;
const takeSnapshot = (): void => {
  for (const [feature, weight] of weights) sums.set(feature, (sums.get(feature) ?? 0) + weight);
  snapshots += 1;
};
for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
  for (let index = examples.length - 1; index > 0; index -= 1) {
    const other = (index * 7919 + epoch) % (index + 1);
    [examples[index], examples[other]] = [examples[other] as Example, examples[index] as Example];
  }
  const averaging = epoch >= EPOCHS - AVERAGED_EPOCHS;
  examples.forEach((example, step) => {
    const gradient = example.label - score(example);
    for (const feature of example.features) weights.set(feature, (weights.get(feature) ?? 0) * (1 - LEARNING_RATE * L2) + LEARNING_RATE * gradient);
    weights.set(PRIOR_FEATURE, (weights.get(PRIOR_FEATURE) ?? 0) + LEARNING_RATE * gradient * example.prior);
    if (averaging && step % SNAPSHOT_STEPS === 0) takeSnapshot();
  });
}
const averaged = new Map([...sums].map(([feature, sum]) => [feature, sum / snapshots]));
const kept = Object.fromEntries(
  [...averaged]
    .filter(([, weight]) => Math.abs(weight) >= 0.005)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([feature, weight]) => [feature, Math.round(weight * 1000) / 1000]),
);
const positives = examples.filter((example) => example.label === 1).length;
console.log(`train-confidence: ${examples.length} candidates (${positives} with an annotated cue), ${Object.keys(kept).length} weights`);
const model = {
  $schema: './schema/confidence-model.schema.json',
  name: 'confidence-model',
  version: '1.0.0',
  description:
    "Weights of framelens's confidence model: a logistic regression over features of a candidate attribution (cue entry, pattern, kind of source, content length, nesting, headline, and the calibrated prior). Trained on the PolNeAR train split by scripts/train-confidence.ts; no corpus text is stored.",
  trainedOn: `PolNeAR train: ${examples.length} candidates, ${positives} positive; ${EPOCHS} epochs, learning rate ${LEARNING_RATE}, L2 ${L2}, weights averaged over the last ${AVERAGED_EPOCHS}`,
  weights: kept,
};
if (!args.includes('--dry-run')) writeFileSync(`${root}lexicons/confidence-model.json`, `${JSON.stringify(model, null, 2)}\n`);

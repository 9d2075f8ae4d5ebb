import type { ConfidenceModelLexicon } from '../lexicons/schemas.js';
import type { AttributionKind, AttributionPattern, Span } from '../types.js';
import { isStrong } from './score.js';

/**
 * The confidence model: a logistic regression over a few facts about an attribution (its cue
 * entry, how it was recognized, what kind of source it has, its length, whether it is nested in
 * another one's content and how, whether it is in the headline)
 * plus the calibrated prior of `score.ts`. Trained on PolNeAR train by
 * `scripts/train-confidence.ts`; the weights are data in `lexicons/confidence-model.json`.
 */
export interface ConfidenceModel {
  weights: ReadonlyMap<string, number>;
}

/** The model of a validated lexicon. */
export function compileModel(lexicon: ConfidenceModelLexicon): ConfidenceModel {
  return { weights: new Map(Object.entries(lexicon.weights)) };
}

/** What the model reads of an attribution. */
export interface ModelInput {
  entry: string | null;
  pattern: AttributionPattern;
  source: Span | null;
  cue: Span | null;
  content: readonly Span[];
  kind: AttributionKind;
  nested: boolean;
  headline: boolean;
  /** Lemma of the source's head noun ("official", "survey"), or null for a name, a pronoun or none. */
  sourceHead: string | null;
  /** Whether the content holds a verb: a clause ("that prices will rise") rather than a noun phrase ("the deal"). */
  contentHasVerb: boolean;
  /** How the content opens: "that", "to", a question word, a quote mark, or "other". */
  contentOpener: string;
}

const MODALS = /^(?:would|could|might|may|should|will|can|must|’d|'d|’ll|'ll)$/iu;
const NEGATIONS = /^(?:not|n[’']t|never|no)$/iu;

const PRONOUN = /^(?:he|she|they|we|i|it|you|who|which|that)$/iu;

/** The kind of a source: a pronoun, a name (capitalized head), a noun phrase, or none. */
function sourceKind(source: Span | null): string {
  if (!source) return 'none';
  if (PRONOUN.test(source.text)) return 'pron';
  const head = source.text.split(',')[0]?.trim().split(/\s+/u).at(-1) ?? '';
  return /^\p{Lu}/u.test(head) ? 'name' : 'noun';
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word.length > 0).length;
}

/** The binary features of an attribution, as strings ("pattern=that-clause"). */
export function modelFeatures(input: ModelInput): string[] {
  const entry = input.entry ?? 'null';
  const source = sourceKind(input.source);
  const cueWords = input.cue ? input.cue.text.split(/\s+/u) : [];
  const last = (cueWords.at(-1) ?? '').toLowerCase();
  const suffix = /ing$/u.test(last) ? 'ing' : /ed$/u.test(last) ? 'ed' : /s$/u.test(last) ? 's' : 'other';
  const contentWords = input.content.reduce((sum, span) => sum + wordCount(span.text), 0);
  const length = contentWords <= 2 ? 'xs' : contentWords <= 5 ? 's' : contentWords <= 15 ? 'm' : 'l';
  return [
    'bias',
    `entry=${entry}`,
    `pattern=${input.pattern}`,
    `src=${source}`,
    `pattern*src=${input.pattern}*${source}`,
    `kind=${input.kind}`,
    `cuelen=${Math.min(cueWords.length, 4)}`,
    `suffix=${suffix}`,
    `contentlen=${length}`,
    `nested*pattern=${input.nested ? 'y' : 'n'}*${input.pattern}`,
    `headline=${input.headline ? 'y' : 'n'}`,
    `entry*strong=${entry}*${isStrong(input.pattern) ? 's' : 'w'}`,
    `srchead=${input.sourceHead ?? source}`,
    `contentverb*pattern=${input.contentHasVerb ? 'y' : 'n'}*${input.pattern}`,
    `opener*pattern=${input.contentOpener}*${input.pattern}`,
    `modal=${cueWords.some((word) => MODALS.test(word)) ? 'y' : 'n'}`,
    `negated=${cueWords.some((word) => NEGATIONS.test(word)) ? 'y' : 'n'}`,
  ];
}

/** The weight of the numeric feature that carries the calibrated prior. */
export const PRIOR_FEATURE = 'prior';

/** The model's probability that the attribution is one annotators mark, 0..1, two decimals. */
export function modelConfidence(model: ConfidenceModel, features: readonly string[], prior: number): number {
  let z = (model.weights.get(PRIOR_FEATURE) ?? 0) * prior;
  for (const feature of features) z += model.weights.get(feature) ?? 0;
  return Math.round(100 / (1 + Math.exp(-z))) / 100;
}

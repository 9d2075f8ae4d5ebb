import type { ConfidenceModelLexicon } from '../lexicons/schemas.js';
import type { AttributionKind, AttributionPattern, Span } from '../types.js';
import { isStrong } from './score.js';
import { isSpaceCode } from '../text/span.js';
import { NEGATORS } from '../text/words.js';

/**
 * The confidence model: a logistic regression over a few facts about an attribution (its cue
 * entry, how it was recognized, what kind of source it has, its length, whether it is nested in
 * another one's content and how, whether it is in the headline)
 * plus the calibrated prior of `score.ts`. Trained on PolNeAR train by
 * `scripts/train-confidence.ts`; the weights are data in `lexicons/confidence-model.json`.
 */
export interface ConfidenceModel {
  /** Every weight by its feature string ("pattern=that-clause", "pattern*src=object*name"). */
  weights: ReadonlyMap<string, number>;
  /**
   * The same weights by family and value, crossed features by their two values: the model is
   * applied without building a feature string per candidate.
   */
  single: ReadonlyMap<string, ReadonlyMap<string, number>>;
  crossed: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, number>>>;
  bias: number;
  prior: number;
}

/** The model of a validated lexicon. */
export function compileModel(lexicon: ConfidenceModelLexicon): ConfidenceModel {
  const weights = new Map(Object.entries(lexicon.weights));
  const single = new Map<string, Map<string, number>>();
  const crossed = new Map<string, Map<string, Map<string, number>>>();
  for (const [feature, weight] of weights) {
    const equals = feature.indexOf('=');
    if (equals < 0) continue;
    const family = feature.slice(0, equals);
    const value = feature.slice(equals + 1);
    if (!family.includes('*')) {
      mapOf(single, family).set(value, weight);
      continue;
    }
    const star = value.indexOf('*');
    if (star >= 0) mapOf(mapOf(crossed, family), value.slice(0, star)).set(value.slice(star + 1), weight);
  }
  return { weights, single, crossed, bias: weights.get(BIAS_FEATURE) ?? 0, prior: weights.get(PRIOR_FEATURE) ?? 0 };
}

function mapOf<Value>(map: Map<string, Map<string, Value>>, key: string): Map<string, Value> {
  let inner = map.get(key);
  if (!inner) map.set(key, (inner = new Map()));
  return inner;
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
const PRONOUN = /^(?:he|she|they|we|i|it|you|who|which|that)$/iu;

/** The kind of a source: a pronoun, a name (capitalized head), a noun phrase, or none. */
function sourceKind(source: Span | null): string {
  if (!source) return 'none';
  if (PRONOUN.test(source.text)) return 'pron';
  const comma = source.text.indexOf(',');
  const head = (comma < 0 ? source.text : source.text.slice(0, comma)).trim();
  let wordStart = head.length;
  while (wordStart > 0 && !isSpaceCode(head.charCodeAt(wordStart - 1))) wordStart -= 1;
  const lastWord = head.slice(wordStart);
  return /^\p{Lu}/u.test(lastWord) ? 'name' : 'noun';
}

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
const SECOND_PERSON = new Set(['you', 'your']);

/** The grammatical person of a pronoun source: the author ("I knew", "we know") speaks for no one quoted. */
function personOf(source: Span | null): string {
  if (!source) return 'none';
  const word = source.text.toLowerCase();
  return FIRST_PERSON.has(word) ? 'first' : SECOND_PERSON.has(word) ? 'second' : 'third';
}

/** The words of a text: runs of characters other than white space (counted without splitting). */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const space = isSpaceCode(text.charCodeAt(index));
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

/** The words of a cue (cues are a few words long). */
function cueWordsOf(cue: Span | null): string[] {
  return cue ? cue.text.split(/\s+/u).filter((word) => word.length > 0) : [];
}

/**
 * Calls `visit` with each feature of an attribution: a family and its value, or a crossed family
 * and its two values. The one definition of the features, for training and for scoring.
 */
export function forEachFeature(input: ModelInput, visit: (family: string, value: string, second?: string) => void): void {
  const entry = input.entry ?? 'null';
  const source = sourceKind(input.source);
  const cueWords = cueWordsOf(input.cue);
  const last = (cueWords.at(-1) ?? '').toLowerCase();
  const suffix = last.endsWith('ing') ? 'ing' : last.endsWith('ed') ? 'ed' : last.endsWith('s') ? 's' : 'other';
  let contentWords = 0;
  for (const span of input.content) contentWords += wordCount(span.text);
  const length = contentWords <= 2 ? 'xs' : contentWords <= 5 ? 's' : contentWords <= 15 ? 'm' : 'l';
  visit('entry', entry);
  visit('pattern', input.pattern);
  visit('src', source);
  visit('pattern*src', input.pattern, source);
  visit('kind', input.kind);
  visit('cuelen', CUE_LENGTHS[Math.min(cueWords.length, 4)] as string);
  visit('suffix', suffix);
  visit('contentlen', length);
  visit('nested*pattern', input.nested ? 'y' : 'n', input.pattern);
  visit('headline', input.headline ? 'y' : 'n');
  visit('entry*strong', entry, isStrong(input.pattern) ? 's' : 'w');
  visit('srchead', input.sourceHead ?? source);
  visit('contentverb*pattern', input.contentHasVerb ? 'y' : 'n', input.pattern);
  visit('opener*pattern', input.contentOpener, input.pattern);
  visit('modal', cueWords.some((word) => MODALS.test(word)) ? 'y' : 'n');
  const person = personOf(input.source);
  visit('person*nested', person, input.nested ? 'y' : 'n');
  visit('negated', cueWords.some((word) => NEGATORS.has(word.toLowerCase().replace('’', "'"))) ? 'y' : 'n');
}

const CUE_LENGTHS = ['0', '1', '2', '3', '4'];

/** The feature that every attribution has. */
const BIAS_FEATURE = 'bias';

/** The binary features of an attribution, as strings ("pattern=that-clause", "pattern*src=object*name"), for training. */
export function modelFeatures(input: ModelInput): string[] {
  const features = [BIAS_FEATURE];
  forEachFeature(input, (family, value, second) => {
    features.push(second === undefined ? `${family}=${value}` : `${family}=${value}*${second}`);
  });
  return features;
}

/** The weight of the numeric feature that carries the calibrated prior. */
export const PRIOR_FEATURE = 'prior';

/** The model's probability that the attribution is one annotators mark, 0..1, two decimals. */
export function modelConfidence(model: ConfidenceModel, input: ModelInput, prior: number): number {
  let z = model.prior * prior + model.bias;
  forEachFeature(input, (family, value, second) => {
    // A value with "*" in it cannot be told apart from a crossed pair in the table: look up its string.
    if (value.includes('*') || (second !== undefined && second.includes('*'))) {
      z += model.weights.get(second === undefined ? `${family}=${value}` : `${family}=${value}*${second}`) ?? 0;
    } else if (second === undefined) z += model.single.get(family)?.get(value) ?? 0;
    else z += model.crossed.get(family)?.get(value)?.get(second) ?? 0;
  });
  return Math.round(100 / (1 + Math.exp(-z))) / 100;
}

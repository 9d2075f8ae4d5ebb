/**
 * The framing lexicons matched over a document once: frames, loaded labels, epistemic markers and
 * tone words. Later steps read these hits by token, so every profile is a filter over one list.
 */
import type { FrameEntry, LabelEntry, MarkerEntry, ToneEntry } from '../lexicons/schemas.js';
import type { Token } from '../types.js';
import { NEGATORS } from '../text/words.js';
import { compileTerms, findTerms, firstWordMasks, termStarts, termText, type TermHit, type TermMatcher, type TermText } from './terms.js';

/** The framing lexicons compiled for matching, built once per analyzer. */
export interface FramingMatchers {
  frames: TermMatcher<FrameEntry>;
  labels: TermMatcher<LabelEntry>;
  markers: TermMatcher<MarkerEntry>;
  tone: TermMatcher<ToneEntry>;
  /** The first words of every term of the four, each with a bit per lexicon (frames, labels, markers, tone). */
  firstWords: ReadonlyMap<string, number>;
}

/** Compiles the framing lexicons. */
export function compileFraming(lexicons: { frames: readonly FrameEntry[]; labels: readonly LabelEntry[]; markers: readonly MarkerEntry[]; tone: readonly ToneEntry[] }): FramingMatchers {
  const frames = compileTerms(lexicons.frames);
  const labels = compileTerms(lexicons.labels);
  const markers = compileTerms(lexicons.markers);
  const tone = compileTerms(lexicons.tone);
  return { frames, labels, markers, tone, firstWords: firstWordMasks([frames, labels, markers, tone]) };
}

/** A tone word with its valence after negation ("not good" is negative). */
export interface ToneHit extends TermHit<ToneEntry> {
  valence: number;
}

/** Every framing hit of a document, in token order within each list. */
export interface FramingHits {
  frames: TermHit<FrameEntry>[];
  labels: TermHit<LabelEntry>[];
  markers: TermHit<MarkerEntry>[];
  tone: ToneHit[];
}

/** How many tokens before a tone word a negator may stand ("not very good"). */
const NEGATION_WINDOW = 3;

/** Punctuation that ends the reach of a negator ("Without question, peace returned"). */
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–']);

/**
 * Whether the tone word at `index` is negated: an odd number of negators shortly before it in its
 * clause ("not good" is negated, "not without hope" is not).
 */
function isNegated(text: TermText, index: number): boolean {
  const { tokens, lowered, lemmas } = text;
  const sentence = (tokens[index] as Token).sentence;
  let negators = 0;
  for (let at = index - 1; at >= Math.max(0, index - NEGATION_WINDOW); at -= 1) {
    if ((tokens[at] as Token).sentence !== sentence || CLAUSE_BREAKS.has(lowered[at] as string)) break;
    if (NEGATORS.has(lowered[at] as string) || NEGATORS.has(lemmas[at] as string)) negators += 1;
  }
  return negators % 2 === 1;
}

/** Matches every framing lexicon over the tokens. */
export function findFramingHits(matchers: FramingMatchers, tokens: readonly Token[]): FramingHits {
  const text = termText(tokens);
  const [frameStarts, labelStarts, markerStarts, toneStarts] = termStarts(text, matchers.firstWords, 4) as [number[], number[], number[], number[]];
  const tone = findTerms(matchers.tone, text, toneStarts).map((hit): ToneHit => ({
    start: hit.start,
    end: hit.end,
    entry: hit.entry,
    valence: isNegated(text, hit.start) ? -hit.entry.valence : hit.entry.valence,
  }));
  return {
    frames: findTerms(matchers.frames, text, frameStarts),
    labels: findTerms(matchers.labels, text, labelStarts),
    markers: findTerms(matchers.markers, text, markerStarts),
    tone,
  };
}

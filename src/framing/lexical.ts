/**
 * The framing lexicons matched over a document once: frames, loaded labels, epistemic markers and
 * tone words. Later steps read these hits by token, so every profile is a filter over one list.
 */
import type { FrameEntry, LabelEntry, MarkerEntry, ToneEntry } from '../lexicons/schemas.js';
import type { Token } from '../types.js';
import { NEGATORS } from '../text/words.js';
import { compileTerms, findTerms, lowerTexts, type TermHit, type TermMatcher } from './terms.js';

/** The framing lexicons compiled for matching, built once per analyzer. */
export interface FramingMatchers {
  frames: TermMatcher<FrameEntry>;
  labels: TermMatcher<LabelEntry>;
  markers: TermMatcher<MarkerEntry>;
  tone: TermMatcher<ToneEntry>;
}

/** Compiles the framing lexicons. */
export function compileFraming(lexicons: { frames: readonly FrameEntry[]; labels: readonly LabelEntry[]; markers: readonly MarkerEntry[]; tone: readonly ToneEntry[] }): FramingMatchers {
  return {
    frames: compileTerms(lexicons.frames),
    labels: compileTerms(lexicons.labels),
    markers: compileTerms(lexicons.markers),
    tone: compileTerms(lexicons.tone),
  };
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

/** Whether a negator stands shortly before token `index` in its sentence. */
function isNegated(tokens: readonly Token[], lowered: readonly string[], index: number): boolean {
  const sentence = (tokens[index] as Token).sentence;
  for (let at = index - 1; at >= Math.max(0, index - NEGATION_WINDOW); at -= 1) {
    if ((tokens[at] as Token).sentence !== sentence) return false;
    if (NEGATORS.has(lowered[at] as string) || NEGATORS.has((tokens[at] as Token).lemma)) return true;
  }
  return false;
}

/** Matches every framing lexicon over the tokens. */
export function findFramingHits(matchers: FramingMatchers, tokens: readonly Token[]): FramingHits {
  const lowered = lowerTexts(tokens);
  const tone = findTerms(matchers.tone, tokens, lowered).map((hit): ToneHit => ({
    ...hit,
    valence: isNegated(tokens, lowered, hit.start) ? -hit.entry.valence : hit.entry.valence,
  }));
  return {
    frames: findTerms(matchers.frames, tokens, lowered),
    labels: findTerms(matchers.labels, tokens, lowered),
    markers: findTerms(matchers.markers, tokens, lowered),
    tone,
  };
}

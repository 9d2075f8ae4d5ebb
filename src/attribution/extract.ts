import type { Sentence } from '../types.js';
import type { CueMatcher } from './cues.js';
import { findCues } from './cues.js';
import type { DocView } from './view.js';

import type { Candidate, SentenceContext } from './candidate.js';
import { fromVerbCue } from './verb.js';
import { fromNounCue } from './noun.js';
import { fromAccordingTo } from './according.js';
import { fromColon, MAX_LABEL_CHARS } from './label.js';
import { fromBylines } from './byline.js';

/** A quick test for the dashes a byline can use, before any token walk. */
const DASH_CHARACTER = /[-‐‒–—―]/u;

/**
 * Default of `AnalyzerOptions.minConfidence`, chosen on PolNeAR dev: near the best F1 for every role,
 * low enough to keep nested attributions with strong evidence ("what Moscow considers …").
 */
export const DEFAULT_MIN_CONFIDENCE = 0.4;

function sameRange(a: { start: number; end: number } | null, b: { start: number; end: number } | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

function sameContent(a: Candidate, b: Candidate): boolean {
  return a.content.length === b.content.length && a.content.every((range, index) => sameRange(range, b.content[index] ?? null));
}

/** Finds the attribution candidates of one sentence. */
export function extractSentence(view: DocView, matcher: CueMatcher, sentence: Sentence, minConfidence: number): Candidate[] {
  const isCueLemma = matcher.isVerbCue;
  const candidates: Candidate[] = [];
  // Tokens already used as a source or cue cannot be the cue of another attribution.
  const taken = new Set<number>();
  const take = (candidate: Candidate): void => {
    // "The White House said in a statement that …": a second cue with the same source and the same
    // content adds nothing; the first one stands.
    if (candidates.some((earlier) => sameRange(earlier.source, candidate.source) && sameContent(earlier, candidate))) return;
    candidates.push(candidate);
    for (const range of [candidate.source, candidate.cue]) if (range) for (let index = range.start; index < range.end; index += 1) taken.add(index);
  };
  // Speaker labels stand at the start: a colon in the first characters, or none at all.
  const colonAt = sentence.text.indexOf(':');
  const label = matcher.colon && colonAt > 0 && colonAt < MAX_LABEL_CHARS ? fromColon(view, matcher.colon, sentence) : null;
  if (label && label.confidence >= minConfidence) take(label);
  // A native substring test spares the token walk in the many sentences without "according".
  if (matcher.accordingTo && /ccording/iu.test(sentence.text)) {
    for (const candidate of fromAccordingTo(view, matcher.accordingTo, sentence)) if (candidate.confidence >= minConfidence) take(candidate);
  }
  if (matcher.dash && DASH_CHARACTER.test(sentence.text)) {
    for (const candidate of fromBylines(view, matcher.dash, sentence)) if (candidate.confidence >= minConfidence) take(candidate);
  }
  const context: SentenceContext = { view, sentence, isCueLemma, taken, found: candidates };
  for (const cue of findCues(view, matcher, sentence.tokens.start, sentence.tokens.end)) {
    if (taken.has(cue.head) || taken.has(cue.start) || taken.has(cue.end - 1)) continue;
    const candidate = cue.form === 'noun' ? fromNounCue(view, cue, sentence, isCueLemma) : fromVerbCue(context, cue);
    if (candidate && candidate.confidence >= minConfidence) take(candidate);
  }
  return candidates;
}

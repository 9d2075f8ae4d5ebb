/** "According to X, …" and "…, according to X." */
import type { CueEntry } from '../lexicons/schemas.js';
import { scoreCandidate } from './score.js';
import type { Sentence, Token } from '../types.js';
import { contentBefore } from './content.js';
import { sourceRight, withModifiers, type TokenRange } from './source.js';
import type { DocView } from './view.js';
import { isComma, isPunct, lower } from './view.js';

import type { Candidate } from './candidate.js';

/**
 * Prepositions whose phrase still tells whose an "according to" source is ("a poll of Indiana
 * voters", "a statement from the ministry", "a count by The Associated Press").
 */
const ACCORDING_MODIFIERS: ReadonlySet<string> = new Set(['of', 'from', 'by', 'for', 'among', 'at', 'in']);

/** "According to X, …" / "…, according to X." */
export function fromAccordingTo(view: DocView, entry: CueEntry, sentence: Sentence): Candidate[] {
  const found: Candidate[] = [];
  const { start: sentenceStart, end: sentenceEnd } = sentence.tokens;
  for (let index = sentenceStart; index + 1 < sentenceEnd; index += 1) {
    // wink-nlp lemmatizes "according" as "accord"; the lemma test spares a lower-casing per token.
    if ((view.tokens[index] as Token).lemma !== 'accord' || lower(view.tokens[index]) !== 'according' || lower(view.tokens[index + 1]) !== 'to' || (view.quoteAt[index] as number) >= 0) continue;
    // The source is the noun phrase after "to" (with its apposition), not the rest of the clause.
    const head = sourceRight(view, index + 2, sentenceEnd) ?? shortPhraseTo(view, index + 2, sentenceEnd);
    if (!head) continue;
    const source = withModifiers(view, head, sentenceEnd, ACCORDING_MODIFIERS);
    const sourceEnd = source.end;
    const content: TokenRange[] = [];
    const before = contentBefore(view, sentenceStart, index);
    if (before) content.push(before);
    if (isComma(view.tokens[sourceEnd])) {
      let end = sentenceEnd;
      while (end > sourceEnd + 1 && isPunct(view.tokens[end - 1]) && !view.closesQuote[end - 1]) end -= 1;
      if (end > sourceEnd + 1) content.push({ start: sourceEnd + 1, end });
    }
    if (content.length === 0) continue;
    found.push({ source, cue: { start: index, end: index + 2 }, content, entry, sentence: sentence.index, confidence: scoreCandidate(entry, true, 'according-to'), pattern: 'according-to' });
  }
  return found;
}

/** Up to the next punctuation, a few words at most: a source the tagger got wrong ("according to police/VERB,"). */
function shortPhraseTo(view: DocView, start: number, sentenceEnd: number): TokenRange | null {
  let end = start;
  while (end < sentenceEnd && end - start < MAX_SHORT_SOURCE && !isPunct(view.tokens[end]) && (view.tokens[end] as Token).pos !== 'AUX') end += 1;
  return end > start && (end >= sentenceEnd || isPunct(view.tokens[end])) ? { start, end } : null;
}

/** The most words `shortPhraseTo` takes. */
const MAX_SHORT_SOURCE = 6;

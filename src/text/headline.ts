import type { Token } from '../types.js';
import type { RawParagraph } from './paragraphs.js';
import { endsWithAny } from './punctuation.js';

/** A headline has at most this many words … */
const MAX_HEADLINE_WORDS = 30;
/** … and at most this many characters. */
const MAX_HEADLINE_CHARS = 250;

const WORD = /[\p{L}\p{N}]+/gu;
/** Sentence punctuation inside a line (a period followed by a space and a capital, …). */
const INNER_SENTENCE_END = /[.!?]["'”’»)]*\s+["'“‘«(]*\p{Lu}/u;

/**
 * Whether the first paragraph of a document is its headline: a short line that either ends
 * without closing punctuation, or is set apart from the body by a blank line and holds one
 * sentence (many sources append a period to their titles).
 */
export function isHeadline(first: RawParagraph, paragraphCount: number): boolean {
  if (paragraphCount < 2) return false;
  const words = first.text.match(WORD)?.length ?? 0;
  if (words === 0 || words > MAX_HEADLINE_WORDS || first.text.length > MAX_HEADLINE_CHARS) {
    return false;
  }
  if (!endsWithAny(first.text, '.!?:;')) return true;
  return first.blankLineAfter && !INNER_SENTENCE_END.test(first.text);
}

/** Whether most words of the sentence `tokens[start, end)` are capitalized: a headline in Title Case. */
export function isTitleCase(tokens: readonly Token[], start: number, end: number): boolean {
  // Headlines are short; a long sentence is never one.
  if (end - start > MAX_HEADLINE_TOKENS) return false;
  let words = 0;
  let lowercase = 0;
  for (let index = start; index < end; index += 1) {
    const text = (tokens[index] as Token).text;
    const code = text.charCodeAt(0);
    const upper = code >= 65 && code <= 90;
    const lower = code >= 97 && code <= 122;
    if (!upper && !lower) {
      if (code < 128 || !/^\p{L}/u.test(text)) continue;
      if (/^\p{Ll}/u.test(text)) lowercase += 1;
    } else if (lower) lowercase += 1;
    words += 1;
  }
  return words >= 4 && lowercase / words <= 1 - TITLE_CASE_SHARE;
}

/** The longest headline, in tokens. */
export const MAX_HEADLINE_TOKENS = 30;

/** Share of capitalized words that makes a sentence Title Case. */
const TITLE_CASE_SHARE = 0.7;

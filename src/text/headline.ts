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

import type { BoilerplateEntry } from '../lexicons/schemas.js';
import type { Span } from '../types.js';
import { endsWithAny } from './punctuation.js';

/** Paragraphs longer than this are article text, whatever phrases they contain. */
const MAX_BOILERPLATE_CHARS = 2000;
/** A heading of an appeal ("Keep Independent Journalism Alive") has at most this many words. */
const MAX_HEADING_WORDS = 8;

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words joined by single spaces, padded with a space on each side. */
function normalizeWords(text: string): string {
  const words = text.toLowerCase().match(WORD);
  return words ? ` ${words.join(' ')} ` : ' ';
}

/** A compiled boilerplate matcher: phrase (normalized) to the id of its entry. */
export type BoilerplateMatcher = ReadonlyArray<readonly [phrase: string, entry: string]>;

/** Compiles boilerplate lexicon entries once per analyzer. */
export function compileBoilerplate(entries: readonly BoilerplateEntry[]): BoilerplateMatcher {
  // Longest phrase first, so the most specific entry wins ("subscribe to our newsletter" over "subscribe to our").
  return entries
    .flatMap((entry) => entry.phrases.map((phrase) => [normalizeWords(phrase), entry.id] as const))
    .sort((a, b) => b[0].length - a[0].length);
}

/** The id of the entry whose phrase the paragraph contains, else `null`. */
function matchParagraph(matcher: BoilerplateMatcher, text: string): string | null {
  if (text.length > MAX_BOILERPLATE_CHARS) return null;
  const words = normalizeWords(text);
  for (const [phrase, entry] of matcher) if (words.includes(phrase)) return entry;
  return null;
}

/** Whether a paragraph looks like a heading: a few words, no sentence punctuation at its end. */
function isShortHeading(text: string): boolean {
  const words = text.match(WORD)?.length ?? 0;
  return words > 0 && words <= MAX_HEADING_WORDS && !endsWithAny(text, '.!?:;,');
}

/**
 * For each paragraph, the id of the boilerplate entry that marks it, or `null`.
 * A paragraph containing a phrase of the lexicon is boilerplate; so is a short heading (other than
 * the first paragraph) that stands right before a boilerplate paragraph (the title of the appeal).
 */
export function detectBoilerplate(
  matcher: BoilerplateMatcher,
  paragraphs: readonly Span[],
): Array<string | null> {
  const marks = paragraphs.map((paragraph) => matchParagraph(matcher, paragraph.text));
  // The first paragraph is left out: a short first line before an appeal is the headline, not its title.
  for (let index = marks.length - 2; index >= 1; index -= 1) {
    const next = marks[index + 1];
    const paragraph = paragraphs[index];
    if (marks[index] === null && next && paragraph && isShortHeading(paragraph.text)) {
      marks[index] = next;
    }
  }
  return marks;
}

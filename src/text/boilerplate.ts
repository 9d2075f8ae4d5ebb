import type { BoilerplateEntry } from '../lexicons/schemas.js';
import type { Span } from '../types.js';
import { endsWithAny } from './punctuation.js';

/** Paragraphs longer than this are article text, whatever phrases they contain. */
const MAX_BOILERPLATE_CHARS = 2000;
/** A heading of an appeal ("Keep Independent Journalism Alive") has at most this many words. */
const MAX_HEADING_WORDS = 8;

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words of a text. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** A phrase of the lexicon, as words, with the id of its entry. */
interface Phrase {
  words: readonly string[];
  entry: string;
}

/** A compiled boilerplate matcher: phrases by their first word, longest first. */
export type BoilerplateMatcher = ReadonlyMap<string, readonly Phrase[]>;

/** Compiles boilerplate lexicon entries once per analyzer. */
export function compileBoilerplate(entries: readonly BoilerplateEntry[]): BoilerplateMatcher {
  const byFirstWord = new Map<string, Phrase[]>();
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      const words = wordsOf(phrase);
      const [first] = words;
      if (first === undefined) continue;
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { words, entry: entry.id }]);
    }
  }
  for (const phrases of byFirstWord.values()) phrases.sort((a, b) => b.words.length - a.words.length);
  return byFirstWord;
}

/** The id of the entry whose phrase the paragraph contains (the longest at the first place), else `null`. */
function matchParagraph(matcher: BoilerplateMatcher, text: string): string | null {
  if (text.length > MAX_BOILERPLATE_CHARS) return null;
  const words = wordsOf(text);
  for (let index = 0; index < words.length; index += 1) {
    const phrases = matcher.get(words[index] as string);
    if (!phrases) continue;
    const found = phrases.find((phrase) => phrase.words.every((word, offset) => words[index + offset] === word));
    if (found) return found.entry;
  }
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

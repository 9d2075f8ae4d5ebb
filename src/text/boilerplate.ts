import type { BoilerplateEntry } from '../lexicons/schemas.js';
import type { Span } from '../types.js';
import { endsWithAny } from './punctuation.js';
import { doubleMarkRole } from './quotes.js';

/** Paragraphs longer than this are article text, whatever phrases they contain. */
const MAX_BOILERPLATE_CHARS = 2000;
/** A heading of an appeal ("Keep Independent Journalism Alive") has at most this many words. */
const MAX_HEADING_WORDS = 8;

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words of a text. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** A compiled boilerplate matcher: one regular expression of every phrase, and the entry of each. */
export interface BoilerplateMatcher {
  /** Any phrase, words separated by anything but letters and digits, longest first. */
  pattern: RegExp;
  /** Entry id by phrase (its words joined by single spaces). */
  entries: ReadonlyMap<string, string>;
  /** Phrases that a report may mention too ("an advertisement", "become a member of NATO"): they mark only an appeal. */
  mentionable: ReadonlySet<string>;
  /** Entries of the `links` category: a heading over a list of links ("Related Topics"). */
  linkHeadings: ReadonlySet<string>;
  /** Entries of the `credits` category: they mark a paragraph only when they open it ("Reporting by …"). */
  openingOnly: ReadonlySet<string>;
}

/** Categories whose phrases never occur in reports: a cookie notice marks its paragraph whatever it says. */
const APPEAL_ONLY_CATEGORIES = new Set(['cookie']);

/** What may stand between the words of a phrase: anything but ASCII letters and digits. */
const SEPARATOR = '[^a-z0-9]+';

/** Escapes a word for use inside a regular expression. */
function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Compiles boilerplate lexicon entries once per analyzer. The expression is linear: literal
 * words joined by one character class, with no nested repetition.
 */
export function compileBoilerplate(entries: readonly BoilerplateEntry[]): BoilerplateMatcher {
  const byPhrase = new Map<string, string>();
  const mentionable = new Set<string>();
  const linkHeadings = new Set<string>();
  const openingOnly = new Set<string>();
  for (const entry of entries) {
    if (entry.category === 'links') linkHeadings.add(entry.id);
    if (entry.category === 'credits') openingOnly.add(entry.id);
    for (const phrase of entry.phrases) {
      const words = wordsOf(phrase);
      const key = words.join(' ');
      if (words.length === 0 || byPhrase.has(key)) continue;
      byPhrase.set(key, entry.id);
      if (!APPEAL_ONLY_CATEGORIES.has(entry.category)) mentionable.add(key);
    }
  }
  const alternatives = [...byPhrase.keys()]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(' ').map(escapeRegExp).join(SEPARATOR));
  // Matched against lower-cased text, with ASCII classes: a case-insensitive Unicode expression of
  // this size takes a quarter of a second to compile. Phrases are English, so ASCII word edges do.
  const pattern = new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|') || '(?!)'})(?![a-z0-9])`);
  return { pattern, entries: byPhrase, mentionable, linkHeadings, openingOnly };
}

/** Words by which an appeal addresses the reader, or the publisher speaks of itself. */
const READER_WORDS = new Set(['you', 'your', 'yours', 'we', 'us', 'our', 'please']);

/**
 * Whether a paragraph reads as an appeal rather than as a report that mentions one: it is no longer
 * than a heading ("Advertisement", "Read the rest here."), a sentence of it opens with an appeal's
 * imperative ("Start a free trial …"), or it speaks to the reader ("please consider making a
 * donation", "Support us"). "The campaign stopped using the image in an advertisement" and
 * "donors chip in online" are article text.
 */
function readsAsAppeal(text: string, matcher: BoilerplateMatcher): boolean {
  const words = wordsOf(text);
  return words.length <= MAX_HEADING_WORDS || opensWithImperative(text, matcher) || words.some((word) => READER_WORDS.has(word));
}

/** Words after an imperative opener in an appeal ("Start a free trial", "Get unlimited access", "Subscribe now"). */
const APPEAL_OBJECTS = new Set(['a', 'an', 'the', 'this', 'our', 'your', 'us', 'now', 'today', 'unlimited', 'full', 'free', 'up', 'in', 'to', 'access', 'more', 'here', 'reading', 'independent']);

/**
 * Whether a sentence of the paragraph opens with an imperative that addresses the reader ("Get
 * unlimited access …", "… subscribers. Start a free trial to read on."): an opener, a space, then an
 * object of the appeal ("Start-up companies", "Share prices fell" and "Help arrived" are no
 * appeals), in a sentence that reports nobody's words ("Give the process time, Stoltenberg said.").
 */
function opensWithImperative(text: string, matcher: BoilerplateMatcher): boolean {
  // A paragraph that reports someone's words anywhere ("That, the mayor said, was the only way") is a report.
  if (REPORTED.test(text)) return false;
  // Quotation marks opened before a sentence and not yet closed: the sentence is someone's words.
  let open = 0;
  for (const sentence of text.split(SENTENCE_END)) {
    const quoted = open > 0;
    open = openAfter(sentence, open);
    const match = SENTENCE_OPENING.exec(sentence);
    if (quoted || match === null || !IMPERATIVE_OPENERS.has((match[1] as string).toLowerCase()) || !APPEAL_OBJECTS.has((match[2] as string).toLowerCase())) continue;
    // The appeal's phrase stands in the imperative's own sentence ("Start a free trial …"): "…
    // unlimited access to three bases. Read the full agreement below." is a report with a pointer.
    if (matcher.pattern.test(sentence.toLowerCase())) return true;
  }
  return false;
}

/** How many double quotations are open after `sentence`, given `open` before it (a straight mark closes one that is open, else opens one). */
function openAfter(sentence: string, open: number): number {
  let count = open;
  for (const char of sentence) {
    const role = doubleMarkRole(char);
    if (role === 'open' || (role === 'either' && count === 0)) count += 1;
    else if (role !== undefined && count > 0) count -= 1;
  }
  return count;
}

/** Where a sentence ends inside a paragraph: sentence punctuation and a space. */
const SENTENCE_END = /[.!?]\s+/u;
/** The first two words of a sentence. */
const SENTENCE_OPENING = /^([A-Za-z]+) ([A-Za-z]+)/u;
/** A reporting clause after a comma: the paragraph reports someone's words (", Stoltenberg said"). */
const REPORTED = /,[^,]*\b(?:said|says|told|tells|added|wrote|urged|warned|argued|insisted|stressed|explained|claimed|suggested|declared)\b/u;

/** Verbs an appeal opens with, in the imperative ("Get unlimited access …", "Become a member …"). */
const IMPERATIVE_OPENERS = new Set(['get', 'subscribe', 'sign', 'start', 'try', 'join', 'become', 'support', 'donate', 'click', 'read', 'follow', 'share', 'enter', 'register', 'log', 'upgrade', 'unlock', 'give', 'help', 'chip', 'continue']);

/** The id of the entry whose phrase the paragraph contains (the first, longest there), else `null`. */
function matchParagraph(matcher: BoilerplateMatcher, text: string): string | null {
  if (text.length > MAX_BOILERPLATE_CHARS) return null;
  const found = matcher.pattern.exec(text.toLowerCase());
  if (!found) return null;
  const phrase = wordsOf(found[0]).join(' ');
  const entry = matcher.entries.get(phrase) ?? null;
  // "Reporting by …", "Copyright 2024 …": a credit opens its paragraph ("according to reporting by
  // the Times" is article text). Only punctuation and spaces may come first ("(Reporting by …").
  if (entry !== null && matcher.openingOnly.has(entry)) return /[\p{L}\p{N}]/u.test(text.slice(0, found.index)) ? null : entry;
  // A cookie notice is never article text; "an advertisement" or "become a member" may be.
  if (matcher.mentionable.has(phrase) && !readsAsAppeal(text, matcher)) return null;
  return matcher.entries.get(phrase) ?? null;
}

/** A link's title under a links heading has at most this many words. */
const MAX_LINK_WORDS = 16;

/** Whether a paragraph is a links heading: a few words, perhaps a colon ("Related Topics", "More on this story:"). */
function isLinksHeading(text: string): boolean {
  return isShortHeading(text.trimEnd().replace(/:$/u, ''));
}

/** Whether a paragraph reads as a link's title: a line of at most `MAX_LINK_WORDS` words without sentence punctuation at its end. */
function isLinkLine(text: string): boolean {
  const words = text.match(WORD)?.length ?? 0;
  return words > 0 && words <= MAX_LINK_WORDS && !endsWithAny(text, '.!?:;,');
}

/** Marks the lines under each links heading, up to the first paragraph that is no link's title. */
function markLinkLists(matcher: BoilerplateMatcher, paragraphs: readonly Span[], marks: Array<string | null>): void {
  for (let index = 0; index < marks.length; index += 1) {
    const entry = marks[index];
    if (entry === null || entry === undefined || !matcher.linkHeadings.has(entry)) continue;
    while (index + 1 < marks.length && marks[index + 1] === null && isLinkLine((paragraphs[index + 1] as Span).text)) {
      index += 1;
      marks[index] = entry;
    }
  }
}

/** Whether a paragraph looks like a heading: a few words, no sentence punctuation at its end. */
function isShortHeading(text: string): boolean {
  const words = text.match(WORD)?.length ?? 0;
  return words > 0 && words <= MAX_HEADING_WORDS && !endsWithAny(text, '.!?:;,');
}

/**
 * For each paragraph, the id of the boilerplate entry that marks it, or `null`.
 * A paragraph containing a phrase of the lexicon is boilerplate when it reads as an appeal (see
 * `readsAsAppeal`; a cookie notice always is); so is a short heading (other than
 * the first paragraph) that stands right before a boilerplate paragraph (the title of the appeal).
 */
export function detectBoilerplate(
  matcher: BoilerplateMatcher,
  paragraphs: readonly Span[],
): Array<string | null> {
  const matched = paragraphs.map((paragraph) => matchParagraph(matcher, paragraph.text));
  // A links phrase marks only a heading ("Related Topics", not "the most read story of the year …").
  matched.forEach((entry, index) => {
    if (entry !== null && matcher.linkHeadings.has(entry) && !isLinksHeading((paragraphs[index] as Span).text)) matched[index] = null;
  });
  const marks = [...matched];
  markLinkLists(matcher, paragraphs, marks);
  // The first paragraph is left out: a short first line before an appeal is the headline, not its title.
  for (let index = marks.length - 2; index >= 1; index -= 1) {
    // Only a paragraph that matched a phrase gives its heading away: headings do not cascade.
    const next = matched[index + 1];
    const paragraph = paragraphs[index];
    if (marks[index] === null && next && paragraph && isShortHeading(paragraph.text)) {
      marks[index] = next;
    }
  }
  return marks;
}

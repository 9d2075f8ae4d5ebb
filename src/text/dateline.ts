/**
 * Datelines: "WASHINGTON (AP) —", "KYIV, Ukraine (Reuters) -", "LONDON, Jan 5 (Reuters) -",
 * "BRUSSELS — " open a news paragraph with where (and when) the story was filed and who filed it;
 * they are neither a participant nor part of what anyone says.
 */
import type { Token } from '../types.js';
import { MONTHS } from './words.js';

/** The most tokens of a dateline before its dash ("LONDON , Jan 5 ( Reuters )"). */
const MAX_DATELINE_TOKENS = 12;
const DASHES = new Set(['—', '–', '-', '--']);
/** A word in capitals ("WASHINGTON", "KYIV"). */
const CAPITALS = /^\p{Lu}{2,}$/u;
/** An abbreviation in capitals that opens a place's name ("ST. JOSEPH", "FT. WORTH", "MT. VERNON"). */
const CAPITAL_ABBREVIATION = /^(?:ST|FT|MT|PT)\.$/u;
/** An abbreviated place in a dateline ("D.C.", "N.Y."). */
const ABBREVIATED_PLACE = /^(?:\p{Lu}\.)+$/u;
/** The fewest letters of the longest word in capitals of a dateline whose long dash is glued ("KYIV—The …"; not "US, EU—China …"); one word of exactly this many may be an acronym ("NATO—Russia talks"). */
const MIN_GLUED_DATELINE = 4;

/**
 * One past the dash of a dateline that opens a paragraph at `index`, or -1 when none starts there:
 * a word in capitals, then only capitals, or names, a date and a parenthesized agency or a comma,
 * then a dash before a capitalized word or a quotation (see `isDatelineDash`); an unmarked dateline
 * also needs no second dash in the sentence. ("EU-China talks", "US-led forces" glue their hyphen;
 * "NATO — which has 32 members —" is an aside.)
 */
export function datelineEnd(input: string, tokens: readonly Token[], index: number): number {
  const first = tokens[index] as Token;
  // (Most tokens are no name: one test spares the rest.)
  if (first.pos !== 'PROPN') return -1;
  const colon = colonDatelineEnd(input, tokens, index);
  if (colon > 0) return colon;
  // ("ST. JOSEPH, Mo. (AP) —", "FT. WORTH, Texas —": an abbreviation in capitals before a word in capitals.)
  const abbreviated = CAPITAL_ABBREVIATION.test(first.text) && CAPITALS.test(tokens[index + 1]?.text ?? '');
  if (!CAPITALS.test(first.text) && !abbreviated) return -1;
  // It opens a paragraph ("NATO — the alliance — said" inside one is no dateline).
  const previous = tokens[index - 1];
  if (previous !== undefined && !hasLineBreak(input, previous.end, first.start)) return -1;
  // Beyond the capitals, a dateline shows its kind: a parenthesized agency or a comma before a place or date.
  let marked = false;
  let capitalsOnly = true;
  // The longest word in capitals ("YORK" of "NEW YORK") and how many there are: see `isDatelineDash`.
  let longestCapitals = first.text.length;
  let capitalWords = 1;
  for (let at = index + 1; at < Math.min(tokens.length, index + MAX_DATELINE_TOKENS); at += 1) {
    const token = tokens[at] as Token;
    if (token.sentence !== first.sentence) return -1;
    if (DASHES.has(token.text)) {
      // "UK Prime Minister Keir Starmer — Labour’s leader —", "OPEC — Saudi Arabia in particular —": an
      // aside between dashes, unless an agency or a place marks the dateline ("WASHINGTON (AP) — The
      // court on Monday — in a 6-3 ruling — …").
      if (!(marked || capitalsOnly) || !isDatelineDash(tokens, at, marked && !capitalsOnly, longestCapitals, capitalWords) || (!marked && hasLaterDash(tokens, at))) return -1;
      return at + 1;
    }
    if (!isDatelineWord(token)) return -1;
    if (token.text === '(' || token.text === ',') marked = true;
    // (Only words count: "NATO, EU" is capitals only; "KYIV, Ukraine" and "LONDON, Jan. 5" are not.)
    if (/[\p{L}\p{N}]/u.test(token.text) && !CAPITALS.test(token.text) && !ABBREVIATED_PLACE.test(token.text)) capitalsOnly = false;
    if (CAPITALS.test(token.text)) {
      longestCapitals = Math.max(longestCapitals, token.text.length);
      capitalWords += 1;
    }
  }
  return -1;
}

/** The most words in capitals of a dateline that ends in a colon ("NEW DELHI:"). */
const MAX_COLON_DATELINE_WORDS = 3;
/** The lines with words before a colon dateline, at most: the headline. */
const MAX_LINES_BEFORE_DATELINE = 1;

/**
 * "JAIPUR: Union Home Minister … on Sunday hit out at …": words in capitals and a colon opening one
 * of the first paragraphs, before a capitalized word, is a dateline (Indian and some Asian wires),
 * unless another paragraph opens with the same label, as a transcript's speakers do ("WALLACE: …").
 * One past the colon, or -1.
 */
function colonDatelineEnd(input: string, tokens: readonly Token[], index: number): number {
  let at = index;
  while (at < index + MAX_COLON_DATELINE_WORDS && CAPITALS.test(tokens[at]?.text ?? '') && tokens[at]?.sentence === tokens[index]?.sentence) at += 1;
  const colon = tokens[at];
  const after = tokens[at + 1];
  if (at === index || colon?.text !== ':' || !after || !/^\p{Lu}/u.test(after.text)) return -1;
  const first = tokens[index] as Token;
  const previous = tokens[index - 1];
  if (previous !== undefined && !hasLineBreak(input, previous.end, first.start)) return -1;
  if (linesBefore(input, first.start) > MAX_LINES_BEFORE_DATELINE) return -1;
  const label = input.slice(first.start, colon.end);
  return input.includes(`\n${label}`, colon.end) ? -1 : at + 1;
}

/**
 * How many lines with words stand before `offset` (a paragraph is a line, as in `splitParagraphs`;
 * CRLF and blank lines count as breaks), counted up to one past the limit: the walk back stops there.
 */
function linesBefore(input: string, offset: number): number {
  let count = 0;
  let inLine = false;
  for (let index = offset - 1; index >= 0; index -= 1) {
    const code = input.charCodeAt(index);
    if (code === 10 || code === 13) {
      inLine = false;
    } else if (!inLine && !/\s/u.test(input[index] as string)) {
      inLine = true;
      count += 1;
      if (count > MAX_LINES_BEFORE_DATELINE) return count;
    }
  }
  return count;
}

/** Whether another dash follows `at` in the same sentence (an aside, not a dateline). */
function hasLaterDash(tokens: readonly Token[], at: number): boolean {
  const sentence = (tokens[at] as Token).sentence;
  for (let next = at + 1; next < tokens.length && (tokens[next] as Token).sentence === sentence; next += 1) {
    const text = (tokens[next] as Token).text;
    if (text === '—' || text === '–' || text === '--') return true;
  }
  return false;
}

/** Whether a token may stand inside a dateline: a name, a date, a comma, a period or a parenthesis. */
function isDatelineWord(token: Token): boolean {
  if (token.pos === 'PROPN' || token.pos === 'NUM' || ABBREVIATED_PLACE.test(token.text)) return true;
  if (token.text === ',' || token.text === '(' || token.text === ')' || token.text === '.') return true;
  return MONTHS.has(token.text.toLowerCase().replace(/\.$/u, ''));
}

/**
 * Whether the dash at `at` ends a dateline: before a capitalized word or a quotation, and set apart
 * by spaces, or a long dash glued as the comments below say. `placeMarked`: the dateline has a comma
 * or parenthesis and a word not in capitals (a place, a date: "KYIV, Ukraine", "LONDON, Jan. 5");
 * "ROME, ITALY" and "NATO, EU" are capitals only.
 */
function isDatelineDash(tokens: readonly Token[], at: number, placeMarked: boolean, longestCapitals: number, capitalWords: number): boolean {
  const dash = tokens[at] as Token;
  const before = tokens[at - 1] as Token;
  const after = tokens[at + 1];
  if (after === undefined || !/^[\p{Lu}“"‘']/u.test(after.text)) return false;
  if (before.end < dash.start && dash.end < after.start) return true;
  if (dash.text === '-') return false;
  // Glued: after a closing parenthesis (an agency, "(AP)—"); in a dateline marked by a place or date
  // ("KYIV, Ukraine—…", "LONDON, Jan. 5—…"); else after capitals whose longest word has four letters or
  // more ("US, EU—China" is a compound) and that are two words or five letters ("NEW YORK—US stocks
  // fell", "MIAMI—FBI agents …", "ROME, ITALY—…"), or before a clause's start ("KYIV—The …",
  // "DOHA—Negotiators met …"). A four-letter word in capitals joined to a name is read as an acronym
  // in a compound ("NATO—Russia Council met", "NASA—ESA Mars mission"). Known misses: "ROME—Pope
  // Francis …" stays in the content; "ASEAN—China trade talks" loses "ASEAN—" as a dateline.
  if (before.text === ')') return true;
  if (longestCapitals < MIN_GLUED_DATELINE) return false;
  if (placeMarked) return true;
  if (!CAPITALS.test(before.text) && !ABBREVIATED_PLACE.test(before.text)) return false;
  return capitalWords >= 2 || longestCapitals > MIN_GLUED_DATELINE || opensClause(tokens, at + 1);
}

/** Whether a clause starts at `index`: an article, a pronoun or a quotation, or a word right before its verb ("Negotiators met"). */
function opensClause(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (token.pos === 'DET' || token.pos === 'PRON' || /^[“"‘']$/u.test(token.text)) return true;
  const next = tokens[index + 1];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

/** Whether `input[from, to)` holds a line break: only the white space between two tokens is read. */
function hasLineBreak(input: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (input.charCodeAt(index) === 10) return true;
  return false;
}

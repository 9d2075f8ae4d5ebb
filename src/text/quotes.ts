import type { Quote, QuoteStyle, Span } from '../types.js';
import { isSpaceAt, spanOf, trimmedSpan } from './span.js';

/** How one quote mark may act. */
interface MarkRole {
  style: QuoteStyle;
  /** Marks that open and close alike (straight quotes) are decided by context. */
  role: 'open' | 'close' | 'either';
  /** Single quotes left open are dropped; double quotes and guillemets run to the paragraph end. */
  single: boolean;
}

const MARKS: ReadonlyMap<string, MarkRole> = new Map([
  ['“', { style: 'curly', role: 'open', single: false }],
  ['”', { style: 'curly', role: 'close', single: false }],
  ['"', { style: 'straight', role: 'either', single: false }],
  ['‘', { style: 'single', role: 'open', single: true }],
  ['’', { style: 'single', role: 'close', single: true }],
  ["'", { style: 'single', role: 'either', single: true }],
  ['«', { style: 'guillemets', role: 'open', single: false }],
  ['»', { style: 'guillemets', role: 'close', single: false }],
  ['‹', { style: 'guillemets', role: 'open', single: true }],
  ['›', { style: 'guillemets', role: 'close', single: true }],
]);

/** How “ acts. */
const CURLY_OPENING = MARKS.get('“') as MarkRole;

/** Any quote mark of `MARKS`. */
const QUOTE_MARK = /["'“”‘’«»‹›]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Characters after which a quote mark opens rather than closes. */
const OPENING_CONTEXT = /[\s([{\-–—/:;“‘«‹"']/u;

/** Punctuation an opening-only double mark may follow without a space. */
const GLUED_OPENING_CONTEXT = /[,.;!?]/u;

/** Two straight single quotes standing for a double quote (''so'', the style of some news archives). */
const DOUBLED_SINGLE: MarkRole = { style: 'straight', role: 'either', single: false };
const DOUBLED = "''";

/**
 * How a double quote mark or guillemet may act ("open", "close", or "either" for a straight mark);
 * undefined for any other character, single marks included (they double as apostrophes).
 */
export function doubleMarkRole(char: string): MarkRole['role'] | undefined {
  const mark = MARKS.get(char);
  return mark && !mark.single ? mark.role : undefined;
}

/** How a mark read by `readMarks` may act ('' included). */
function roleOf(char: string): MarkRole | undefined {
  return char === DOUBLED ? DOUBLED_SINGLE : MARKS.get(char);
}

/** A quotation opened and not yet closed while scanning. */
interface OpenMark {
  char: string;
  mark: MarkRole;
  start: number;
  /** Length of the opening mark: 1, or 2 for ''. */
  width: number;
}

/** A quote mark of the text: where it is and what it is ('' counts as one mark of width 2). */
interface MarkAt {
  index: number;
  char: string;
  width: number;
}

/** A quotation found while scanning, before indices and nesting are assigned. */
interface FoundQuote {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  style: QuoteStyle;
  closed: boolean;
}

/** Whether a straight or curly mark of `width` characters at `index` sits where a quotation can open. */
function isOpeningPosition(input: string, index: number, from: number, to: number, width = 1): boolean {
  const before = index > from ? (input[index - 1] as string) : ' ';
  const after = index + width < to ? (input[index + width] as string) : ' ';
  return OPENING_CONTEXT.test(before) && !SPACE.test(after);
}

/** How many later marks of a paragraph are looked at for the close of a single quotation. */
const LOOKAHEAD_MARKS = 8;

/** Whether a later mark may end a plural possessive before any word: "the Democrats’ Senate", "the Yankees’ 2024 season". */
function looksPossessive(input: string, index: number): boolean {
  return input[index - 1] === 's' && input[index + 1] === ' ' && LETTER_OR_DIGIT.test(input[index + 2] ?? '');
}

/** Whether the mark at `index` may end a plural possessive: "students’ union" (s, the mark, a space, a lower-case word). */
function isPluralPossessive(input: string, index: number): boolean {
  return looksPossessive(input, index) && /\p{Ll}/u.test(input[index + 2] as string);
}

/**
 * Whether, after the plural possessive at mark `at`, the next single mark of its kind (`’` or `'`,
 * among the next `LOOKAHEAD_MARKS`) closes a quotation: it stands after a word or punctuation and
 * before white space, punctuation or the paragraph's end. Apostrophes ("don't") and other plural
 * possessives ("the unions' leaders") are passed over; an opening mark (‘, or ' before a word) first
 * means the possessive-looking mark was the close.
 */
function nextSingleCloses(input: string, marks: ReadonlyArray<{ index: number; char: string }>, at: number, char: string, from: number, to: number): boolean {
  for (const later of marks.slice(at + 1, at + 1 + LOOKAHEAD_MARKS)) {
    if (later.char === '‘') return false;
    if (later.char !== char || isApostrophe(input, later.index, from, to) || looksPossessive(input, later.index)) continue;
    const before = input[later.index - 1] ?? ' ';
    const after = later.index + 1 < to ? (input[later.index + 1] as string) : ' ';
    if (/\s/u.test(before)) return false;
    return !LETTER_OR_DIGIT.test(after);
  }
  return false;
}

/** Whether a mark at `index` is an apostrophe (don’t, Putin’s, the ’90s, Jones’) rather than a quote mark. */
function isApostrophe(input: string, index: number, from: number, to: number): boolean {
  const before = index > from ? (input[index - 1] as string) : ' ';
  const after = index + 1 < to ? (input[index + 1] as string) : ' ';
  if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) return true;
  // ’90s, 'tis: an elision mark at a word start followed by a digit.
  return !LETTER_OR_DIGIT.test(before) && /\p{N}/u.test(after);
}

/** Double quotes that close each other when mixed, as scraped and hand-typed text mixes them: “…", "…”, “…“, ''…". */
function isMixableDouble(mark: MarkRole): boolean {
  return !mark.single && mark.style !== 'guillemets';
}

/** The mark that properly closes a quotation opened with a double mark. */
const PROPER_CLOSER: Readonly<Record<string, string>> = { '“': '”', '"': '"', [DOUBLED]: DOUBLED };

/**
 * Whether the mark closes the open quotation `open`. `closingPosition`: the mark stands where
 * only a closing mark can (after a word or punctuation, not before one); `closerFirst(char)`: whether
 * the proper closing mark of a quotation opened with `char` comes before any new opening.
 */
function closes(open: OpenMark, char: string, mark: MarkRole, closingPosition: boolean, closerFirst: (openChar: string) => boolean): boolean {
  if (isMixableDouble(open.mark) && isMixableDouble(mark)) {
    // The proper closing mark closes ("…”" after “, '' after ''), a straight one its own kind.
    if ((mark.role === 'close' && PROPER_CLOSER[open.char] === char) || (mark.role === 'either' && open.char === char)) return true;
    // Any other double mark closes only where nothing can open (“It's unusual,“ said …), and only when
    // the quotation's own closing mark does not come first (“The 55" TV is a bargain,” he said).
    return (mark.role === 'close' || closingPosition) && !closerFirst(open.char);
  }
  if (open.mark.style !== mark.style || open.mark.single !== mark.single) return false;
  return mark.role === 'either' ? open.char === char : mark.role === 'close';
}

/**
 * The quote marks of a paragraph, with each run of straight single quotes read as marks: two as
 * one double mark ('') where one can open or one opened before, an odd one as a single mark, placed
 * first in a closing position ("special case,''' said": the single closes inside the double) and
 * last in an opening one.
 */
function readMarks(input: string, indexes: readonly number[]): MarkAt[] {
  const read: MarkAt[] = [];
  // Whether a '' opened and has not closed yet: only then is a closing '' a double mark; otherwise
  // it is two single marks ('It was 'rubbish'' she said).
  let doubledOpen = false;
  for (let at = 0; at < indexes.length; at += 1) {
    const index = indexes[at] as number;
    const char = input[index] as string;
    if (char !== "'") {
      read.push({ index, char, width: 1 });
      continue;
    }
    let run = 1;
    while (indexes[at + run] === index + run && input[index + run] === "'") run += 1;
    if (run === 1) {
      read.push({ index, char, width: 1 });
      continue;
    }
    at += run - 1;
    let cursor = index;
    const closing = index > 0 && !OPENING_CONTEXT.test(input[index - 1] as string);
    if (run % 2 === 1 && closing) {
      read.push({ index: cursor, char: "'", width: 1 });
      cursor += 1;
    }
    for (let pairs = Math.floor(run / 2); pairs > 0; pairs -= 1, cursor += 2) {
      if (closing && !doubledOpen) {
        read.push({ index: cursor, char: "'", width: 1 }, { index: cursor + 1, char: "'", width: 1 });
        continue;
      }
      read.push({ index: cursor, char: DOUBLED, width: 2 });
      doubledOpen = !closing;
    }
    if (cursor < index + run) read.push({ index: cursor, char: "'", width: 1 });
  }
  return read;
}

/**
 * Scans one paragraph `[from, to)` and returns its quotations, in order of closing. `runsOn`: the next
 * paragraph opens with ‘, so a ‘ left open here is a quotation that runs on (British style), not a stray.
 */
function scanParagraph(input: string, from: number, to: number, indexes: readonly number[], runsOn = false): FoundQuote[] {
  const found: FoundQuote[] = [];
  const stack: OpenMark[] = [];
  const emit = (open: OpenMark, end: number, closingWidth: number): void => {
    const closed = closingWidth > 0;
    const inner = trimmedSpan(input, open.start + open.width, end - closingWidth);
    if (inner.start === inner.end) return;
    // An unclosed mark before nothing but marks ("'''") quotes nothing.
    if (!closed && !LETTER_OR_DIGIT.test(inner.text)) return;
    const outerEnd = closed ? end : inner.end;
    found.push({ start: open.start, end: outerEnd, innerStart: inner.start, innerEnd: inner.end, style: open.mark.style, closed });
  };
  // Jump from quote mark to quote mark: most characters are none. The offsets of all marks are
  // found once per document, so a paragraph without marks costs nothing.
  const marks = readMarks(input, indexes);
  marks.forEach(({ index, char, width }, at) => {
    const closerFirst = (openChar: string): boolean => properCloserFirst(input, marks, at, openChar, from, to);
    const mark = roleOf(char);
    if (!mark) return;
    if (mark.single && isApostrophe(input, index, from, to)) return;
    // "‘the students’ union’", "'The unions' demands are fair,' he said": a plural possessive inside a
    // single-quoted phrase, when the next single mark closes it; not when a new quotation opens first
    // ("as ‘thugs and criminals’ and said he would ‘not tolerate’ it").
    if ((char === '’' || char === "'") && isPluralPossessive(input, index) && nextSingleCloses(input, marks, at, char, from, to)) return;
    // (“ and « open even glued to the punctuation before them: 'Ryan said,“Look, …'.)
    const opening = isOpeningPosition(input, index, from, to, width) || (mark.role === 'open' && !mark.single && GLUED_OPENING_CONTEXT.test(input[index - 1] ?? '') && !SPACE.test(input[index + 1] ?? ' '));
    const openAt = findOpen(stack, char, mark, !opening && !isSpaceAt(input, index - 1), closerFirst);
    const canClose = openAt >= 0 && !(mark.role === 'either' && opening && mark.single);
    if (canClose) {
      // Marks opened inside and never closed are stray: drop them.
      const open = stack[openAt] as OpenMark;
      stack.length = openAt;
      emit(open, index + width, width);
      return;
    }
    if (mark.role === 'close') {
      // ”…” (a closing mark typed for an opening one): where a quotation can open, nothing is open to
      // close and another ” closes it later, it opens one, as “ would.
      if (char === '”' && opening && properCloserFirst(input, marks, at, '“', from, to)) stack.push({ char: '“', mark: CURLY_OPENING, start: index, width });
      return;
    }
    if (!opening) return;
    if (!mark.single) {
      const outerAt = findUnclosed(stack, (open) => !open.mark.single && (isMixableDouble(mark) ? isMixableDouble(open.mark) : open.mark.style === mark.style));
      const outer = stack[outerAt];
      // A double quote of its own kind, or one never closed, ends there ("quagmire. “It is over,” …);
      // one of another kind that closes first holds this one (“He called it "fake news" today,”); a
      // mark that will never close inside one that will is a stray (“I was "shocked,” she said).
      // An outer quotation never closed holds one that closes mid-sentence ("We called it "the plan" and …).
      const afterSentence = /[.!?]\s*$/u.test(input.slice(Math.max(from, index - 3), index));
      if (outer && (outer.char === char || !isMixableDouble(mark) || (!closerFirst(outer.char) && (afterSentence || !closerFirst(char))))) {
        stack.length = outerAt;
        emit(outer, index, 0);
      } else if (outer && !closerFirst(char)) {
        return;
      }
    }
    stack.push({ char, mark, start: index, width });
  });
  const unclosed = stack.find((open) => !open.mark.single) ?? (runsOn ? stack.find((open) => open.char === '‘') : undefined);
  if (unclosed) emit(unclosed, to, 0);
  return found;
}

/** How many later double marks of a paragraph are looked at for a quotation's closing mark. */
const CLOSER_LOOKAHEAD = 32;
/** How many later marks of any kind (apostrophes included) that look-ahead reads at most. */
const MAX_MARKS_SCANNED = 256;

/**
 * Whether, after the mark at `at`, the proper closing mark of a quotation opened with `openChar`
 * (” for “, a closing " for ", '' for '') comes before any new quotation of the same kind opens
 * (a nested one of another kind is passed over).
 */
function properCloserFirst(input: string, marks: readonly MarkAt[], at: number, openChar: string, from: number, to: number): boolean {
  const proper = PROPER_CLOSER[openChar];
  if (proper === undefined) return false;
  // A nested quotation of another kind is skipped up to its own closing mark; single marks and
  // apostrophes do not count toward the look-ahead (but bound the scan).
  let inner: string | undefined;
  let seen = 0;
  const last = Math.min(marks.length, at + 1 + MAX_MARKS_SCANNED);
  for (let next = at + 1; next < last && seen < CLOSER_LOOKAHEAD; next += 1) {
    const { index, char, width } = marks[next] as MarkAt;
    const role = roleOf(char);
    if (!role || !isMixableDouble(role)) continue;
    seen += 1;
    const opening = isOpeningPosition(input, index, from, to, width);
    const opensQuotation = opening && role.role !== 'close';
    if (inner !== undefined) {
      if (char === inner && (role.role === 'close' || !opening)) inner = undefined;
      else if (opensQuotation) return false;
      continue;
    }
    if (char === proper && (role.role === 'close' || !opening)) return true;
    if (opensQuotation) {
      if (char === openChar) return false;
      inner = PROPER_CLOSER[char];
    }
  }
  return false;
}

/**
 * How deep in the stack of open quotations a mark looks for the one it closes. Single marks left
 * open pile up in a paragraph of apostrophe-like marks; a bounded search keeps the scan linear.
 */
const MAX_STACK_SEARCH = 32;

/** Index of the innermost open quotation (within reach) that satisfies `test`, or -1. */
function findUnclosed(stack: readonly OpenMark[], test: (open: OpenMark) => boolean): number {
  for (let at = stack.length - 1; at >= Math.max(0, stack.length - MAX_STACK_SEARCH); at -= 1) {
    if (test(stack[at] as OpenMark)) return at;
  }
  return -1;
}

/** Index in the stack of the innermost open quotation the mark can close, or -1. */
function findOpen(stack: readonly OpenMark[], char: string, mark: MarkRole, closingPosition: boolean, closerFirst: (openChar: string) => boolean): number {
  return findUnclosed(stack, (open) => closes(open, char, mark, closingPosition, closerFirst));
}

/** The offsets of a quotation's opening mark: one, or two for ''. */
export function openingMarkOffsets(input: string, quote: Quote): number[] {
  return quote.style === 'straight' && input.startsWith(DOUBLED, quote.start) ? [quote.start, quote.start + 1] : [quote.start];
}

/** The offsets of a closed quotation's closing mark: one, or two for ''. */
export function closingMarkOffsets(input: string, quote: Quote): number[] {
  if (!quote.closed) return [];
  return quote.style !== 'single' && input.startsWith(DOUBLED, quote.end - 2) ? [quote.end - 2, quote.end - 1] : [quote.end - 1];
}

/** Whether the paragraph opens with a quote mark that opens a quotation. */
function opensWithQuote(paragraph: Span, quotes: readonly FoundQuote[]): boolean {
  return quotes.some((quote) => quote.start === paragraph.start);
}

/**
 * Finds quotations at character level in each paragraph: “curly”, "straight", ‘single’ (nested or
 * not) and «guillemets». Apostrophes are not quote marks. A quotation left open runs to the end of
 * its paragraph (`closed: false`) and never beyond; when the next paragraph opens with a quote mark,
 * that paragraph's first quotation `continues` it (the news convention for multi-paragraph quotes).
 */
export function findQuotes(input: string, paragraphs: readonly Span[]): Quote[] {
  const marks = [...input.matchAll(QUOTE_MARK)].map((found) => found.index);
  let next = 0;
  const perParagraph = paragraphs.map((paragraph, paragraphIndex) => {
    // Paragraphs come in text order: the marks of each are the next run of `marks`.
    while (next < marks.length && (marks[next] as number) < paragraph.start) next += 1;
    let end = next;
    while (end < marks.length && (marks[end] as number) < paragraph.end) end += 1;
    const inside = marks.slice(next, end);
    next = end;
    const following = paragraphs[paragraphIndex + 1];
    const runsOn = following !== undefined && input[following.start] === '‘';
    return scanParagraph(input, paragraph.start, paragraph.end, inside, runsOn).sort((a, b) => a.start - b.start || b.end - a.end);
  });
  const quotes: Quote[] = [];
  let previousUnclosed: number | null = null;
  perParagraph.forEach((found, paragraphIndex) => {
    const paragraph = paragraphs[paragraphIndex] as Span;
    const continues = previousUnclosed !== null && opensWithQuote(paragraph, found) ? previousUnclosed : null;
    previousUnclosed = null;
    const enclosing: Quote[] = [];
    for (const item of found) {
      while (enclosing.length > 0 && (enclosing.at(-1) as Quote).end <= item.start) enclosing.pop();
      const parent = enclosing.at(-1)?.index ?? null;
      const quote: Quote = {
        index: quotes.length,
        start: item.start,
        end: item.end,
        text: input.slice(item.start, item.end),
        inner: spanOf(input, item.innerStart, item.innerEnd),
        style: item.style,
        parent,
        closed: item.closed,
        continues: parent === null && item.start === paragraph.start ? continues : null,
      };
      quotes.push(quote);
      enclosing.push(quote);
      // Only a quotation left open up to the paragraph end runs on; one cut short by a new opening mark does not.
      if (!item.closed && parent === null && item.end === paragraph.end) previousUnclosed = quote.index;
    }
  });
  return quotes;
}

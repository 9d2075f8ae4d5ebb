import type { Quote, QuoteStyle, Span } from '../types.js';
import { spanOf, trimmedSpan } from './span.js';

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

/** Any quote mark of `MARKS`. */
const QUOTE_MARK = /["'“”‘’«»‹›]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** Characters after which a quote mark opens rather than closes. */
const OPENING_CONTEXT = /[\s([{\-–—/:;“‘«‹"']/u;

/** A quotation opened and not yet closed while scanning. */
interface OpenMark {
  char: string;
  mark: MarkRole;
  start: number;
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

/** Whether a straight or curly mark at `index` sits where a quotation can open. */
function isOpeningPosition(input: string, index: number, from: number, to: number): boolean {
  const before = index > from ? (input[index - 1] as string) : ' ';
  const after = index + 1 < to ? (input[index + 1] as string) : ' ';
  return OPENING_CONTEXT.test(before) && !SPACE.test(after);
}

/** How many later marks of a paragraph are looked at for the close of a single quotation. */
const LOOKAHEAD_MARKS = 8;

/** Whether ’ at `index` ends a plural possessive: "students’ union" (s, the mark, a space, a lower-case word). */
function isPluralPossessive(input: string, index: number): boolean {
  return input[index - 1] === 's' && input[index + 1] === ' ' && /\p{Ll}/u.test(input[index + 2] ?? '');
}

/** Whether a mark at `index` is an apostrophe (don’t, Putin’s, the ’90s, Jones’) rather than a quote mark. */
function isApostrophe(input: string, index: number, from: number, to: number): boolean {
  const before = index > from ? (input[index - 1] as string) : ' ';
  const after = index + 1 < to ? (input[index + 1] as string) : ' ';
  if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) return true;
  // ’90s, 'tis: an elision mark at a word start followed by a digit.
  return !LETTER_OR_DIGIT.test(before) && /\p{N}/u.test(after);
}

/** Whether the mark closes the open quotation `open`. */
function closes(open: OpenMark, char: string, mark: MarkRole): boolean {
  if (open.mark.style !== mark.style || open.mark.single !== mark.single) return false;
  return mark.role === 'either' ? open.char === char : mark.role === 'close';
}

/** Scans one paragraph `[from, to)` and returns its quotations, in order of closing. */
function scanParagraph(input: string, from: number, to: number, marks: readonly number[]): FoundQuote[] {
  const found: FoundQuote[] = [];
  const stack: OpenMark[] = [];
  const emit = (open: OpenMark, end: number, closed: boolean): void => {
    const innerEnd = closed ? end - 1 : end;
    const inner = trimmedSpan(input, open.start + 1, innerEnd);
    if (inner.start === inner.end) return;
    const outerEnd = closed ? end : inner.end;
    found.push({ start: open.start, end: outerEnd, innerStart: inner.start, innerEnd: inner.end, style: open.mark.style, closed });
  };
  // Jump from quote mark to quote mark: most characters are none. The offsets of all marks are
  // found once per document, so a paragraph without marks costs nothing.
  marks.forEach((index, at) => {
    const char = input[index] as string;
    const mark = MARKS.get(char);
    if (!mark) return;
    if (mark.single && isApostrophe(input, index, from, to)) return;
    // "‘the students’ union’": a plural possessive inside a single-quoted phrase that closes later.
    if (char === '’' && isPluralPossessive(input, index) && marks.slice(at + 1, at + 1 + LOOKAHEAD_MARKS).some((later) => input[later] === '’')) return;
    const openAt = findOpen(stack, char, mark);
    const canClose = openAt >= 0 && !(mark.role === 'either' && isOpeningPosition(input, index, from, to) && mark.single);
    if (canClose && mark.role !== 'open') {
      // Marks opened inside and never closed are stray: drop them.
      const open = stack[openAt] as OpenMark;
      stack.length = openAt;
      emit(open, index + 1, true);
      return;
    }
    if (mark.role === 'close') return;
    if (!isOpeningPosition(input, index, from, to)) return;
    if (!mark.single) {
      // Double quotes do not nest in double quotes: a new opening ends an unclosed one.
      const sameAt = stack.findIndex((open) => open.mark.style === mark.style && !open.mark.single);
      if (sameAt >= 0) {
        const open = stack[sameAt] as OpenMark;
        stack.length = sameAt;
        emit(open, index, false);
      }
    }
    stack.push({ char, mark, start: index });
  });
  const unclosed = stack.find((open) => !open.mark.single);
  if (unclosed) emit(unclosed, to, false);
  return found;
}

/** Index in the stack of the innermost open quotation the mark can close, or -1. */
function findOpen(stack: readonly OpenMark[], char: string, mark: MarkRole): number {
  for (let at = stack.length - 1; at >= 0; at -= 1) {
    if (closes(stack[at] as OpenMark, char, mark)) return at;
  }
  return -1;
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
  const perParagraph = paragraphs.map((paragraph) => {
    // Paragraphs come in text order: the marks of each are the next run of `marks`.
    while (next < marks.length && (marks[next] as number) < paragraph.start) next += 1;
    let end = next;
    while (end < marks.length && (marks[end] as number) < paragraph.end) end += 1;
    const inside = marks.slice(next, end);
    next = end;
    return scanParagraph(input, paragraph.start, paragraph.end, inside).sort((a, b) => a.start - b.start || b.end - a.end);
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

import type { Span } from '../types.js';
import { trimmedSpan } from './span.js';

/** Line breaks of every convention: LF, CRLF, CR, and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/gu;

/** A paragraph before boilerplate detection, with whether a blank line follows it. */
export interface RawParagraph extends Span {
  /** True when one or more empty lines separate it from the next paragraph. */
  blankLineAfter: boolean;
}

/**
 * Splits the input into paragraphs: non-empty lines, trimmed of surrounding white space.
 * News text puts one paragraph on a line; blank lines between them are optional.
 */
export function splitParagraphs(input: string): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  let lineStart = 0;
  let emptyLinesSinceLast = 0;
  const pushLine = (end: number): void => {
    const span = trimmedSpan(input, lineStart, end);
    if (span.start === span.end) {
      emptyLinesSinceLast += 1;
      return;
    }
    const previous = paragraphs.at(-1);
    if (previous) previous.blankLineAfter = emptyLinesSinceLast > 0;
    paragraphs.push({ start: span.start, end: span.end, text: span.text, blankLineAfter: false });
    emptyLinesSinceLast = 0;
  };
  for (const match of input.matchAll(LINE_BREAK)) {
    pushLine(match.index);
    lineStart = match.index + match[0].length;
  }
  pushLine(input.length);
  return paragraphs;
}

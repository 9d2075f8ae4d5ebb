import type { Span, Token } from '../types.js';

/** The span of `input` from `start` to `end` (end exclusive). */
export function spanOf(input: string, start: number, end: number): Span {
  return { start, end, text: input.slice(start, end) };
}

/** Whether a UTF-16 code unit is white space, exactly as `/\s/u` defines it (without a regex per character). */
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether the UTF-16 code unit at `index` is white space. */
export function isSpaceAt(input: string, index: number): boolean {
  return index >= 0 && index < input.length && isSpaceCode(input.charCodeAt(index));
}

/** Whether a word starts with a capital letter: a char-code test, a regex only beyond ASCII. */
export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(text);
}

/** The span from `start` to `end` with white space trimmed from both ends. */
export function trimmedSpan(input: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && isSpaceAt(input, from)) from += 1;
  while (to > from && isSpaceAt(input, to - 1)) to -= 1;
  return spanOf(input, from, to);
}

/** Whether a token is a word: it holds a letter or a digit (an ASCII test first, the Unicode class only beyond it). */
export function isWordToken(token: Span): boolean {
  const code = token.text.charCodeAt(0);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return /[\p{L}\p{N}]/u.test(token.text);
}

/** Token indexes `[start, end)` that a span covers (tokens are in text order). */
export function tokenRange(tokens: readonly Token[], span: Span): { start: number; end: number } {
  return { start: firstEndingAfter(tokens, span.start), end: firstEndingAfter(tokens, span.end - 1) + (span.end > span.start ? 1 : 0) };
}

/** The first token whose end lies beyond `offset`: the token at `offset`, or the next one (binary search). */
export function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as Token).end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

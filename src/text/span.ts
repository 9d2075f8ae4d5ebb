import type { Span } from '../types.js';

/** The span of `input` from `start` to `end` (end exclusive). */
export function spanOf(input: string, start: number, end: number): Span {
  return { start, end, text: input.slice(start, end) };
}

const WHITESPACE = /\s/u;

/** Whether the UTF-16 code unit at `index` is white space. */
export function isSpaceAt(input: string, index: number): boolean {
  const char = input[index];
  return char !== undefined && WHITESPACE.test(char);
}

/** The span from `start` to `end` with white space trimmed from both ends. */
export function trimmedSpan(input: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && isSpaceAt(input, from)) from += 1;
  while (to > from && isSpaceAt(input, to - 1)) to -= 1;
  return spanOf(input, from, to);
}

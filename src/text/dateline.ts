/**
 * Datelines: "WASHINGTON (AP) —", "KYIV, Ukraine (Reuters) -" open a news paragraph with where the
 * story was filed and who filed it; they are neither a participant nor part of what anyone says.
 */
import type { Token } from '../types.js';

/** The most tokens of a dateline before its dash ("KYIV , Ukraine ( Reuters )"). */
const MAX_DATELINE_TOKENS = 10;
const DASHES = new Set(['—', '–', '-', '--']);
/** A word in capitals ("WASHINGTON", "KYIV"). */
const CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * One past the dash of a dateline that opens a paragraph at `index` ("WASHINGTON (AP) —"): a word
 * in capitals, then only names, commas and a parenthesized agency; -1 when none starts there.
 */
export function datelineEnd(input: string, tokens: readonly Token[], index: number): number {
  const first = tokens[index] as Token;
  if (first.pos !== 'PROPN' || !CAPITALS.test(first.text)) return -1;
  // It opens a paragraph ("NATO — the alliance — said" inside one is no dateline).
  const previous = tokens[index - 1];
  if (previous !== undefined && !hasLineBreak(input, previous.end, first.start)) return -1;
  for (let at = index + 1; at < Math.min(tokens.length, index + MAX_DATELINE_TOKENS); at += 1) {
    const token = tokens[at] as Token;
    if (token.sentence !== first.sentence) return -1;
    if (DASHES.has(token.text)) return at + 1;
    if (token.pos !== 'PROPN' && token.text !== ',' && token.text !== '(' && token.text !== ')' && token.text !== '.') return -1;
  }
  return -1;
}

/** Whether `input[from, to)` holds a line break: only the white space between two tokens is read. */
function hasLineBreak(input: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (input.charCodeAt(index) === 10) return true;
  return false;
}

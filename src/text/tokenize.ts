import type { Nlp } from './nlp.js';
import { isSpaceCode } from './span.js';

/**
 * wink-nlp's tokenizer is quadratic in the length of a run without white space. Runs longer than
 * this are cut by inserting spaces into the text given to wink-nlp; offsets are mapped back to the
 * original, so no offset changes.
 */
export const MAX_RUN = 200;

/** A token of one paragraph, with absolute offsets into the input. */
export interface RawToken {
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

/** The tokens of one paragraph and the index (into `tokens`) where each sentence starts. */
export interface TokenizedParagraph {
  tokens: RawToken[];
  sentenceStarts: number[];
}

const WHITESPACE_ONLY = /^\s*$/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}


/** Inserts a space every `MAX_RUN` code units of a run without white space (never inside a surrogate pair). */
export function guardLongRuns(text: string): string {
  let run = 0;
  let needed = false;
  for (let index = 0; index < text.length; index += 1) {
    run = isSpaceCode(text.charCodeAt(index)) ? 0 : run + 1;
    if (run > MAX_RUN) {
      needed = true;
      break;
    }
  }
  if (!needed) return text;
  const parts: string[] = [];
  let pieceStart = 0;
  run = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    run = isSpaceCode(code) ? 0 : run + 1;
    if (run >= MAX_RUN && !isHighSurrogate(code)) {
      parts.push(text.slice(pieceStart, index + 1));
      pieceStart = index + 1;
      run = 0;
    }
  }
  parts.push(text.slice(pieceStart));
  return parts.join(' ');
}

/** Whether `input[from, to)` is all white space. */
function allSpace(input: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (!isSpaceCode(input.charCodeAt(index))) return false;
  return true;
}

/**
 * Where the token `value` starts at or after `cursor`: right after its preceding spaces when they
 * are really there (the normal case, exact for CRLF and emoji), else after whatever white space
 * follows (spaces that the long-run guard inserted), else the next occurrence nearby.
 */
function locate(input: string, value: string, spaces: number, cursor: number, limit: number): number {
  const expected = cursor + spaces;
  if (input.startsWith(value, expected) && allSpace(input, cursor, expected)) return expected;
  let next = cursor;
  while (next < limit && isSpaceCode(input.charCodeAt(next))) next += 1;
  if (input.startsWith(value, next)) return next;
  // A bounded window keeps a token that cannot be found from costing a scan of the whole input.
  const windowEnd = Math.min(limit, cursor + 2 * MAX_RUN + value.length);
  const found = input.slice(cursor, windowEnd).indexOf(value);
  return found >= 0 ? cursor + found : -1;
}

/**
 * Tokenizes `input[from, to)` with wink-nlp and rebuilds each token's offsets in the original
 * input. White-space tokens (wink-nlp returns tabs and line breaks as tokens) are skipped.
 */
export function tokenizeRange(nlp: Nlp, input: string, from: number, to: number): TokenizedParagraph {
  const its = nlp.its;
  const doc = nlp.readDoc(guardLongRuns(input.slice(from, to)));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink-nlp's typings miss `its.lemma`'s signature; at run time it can also give `undefined` ("cannot").
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as Array<string | undefined>;
  const winkIndexToOurs: number[] = [];
  const tokens: RawToken[] = [];
  let cursor = from;
  values.forEach((value, index) => {
    winkIndexToOurs.push(tokens.length);
    if (value.length === 0 || (isSpaceCode(value.charCodeAt(0)) && WHITESPACE_ONLY.test(value))) {
      cursor = Math.min(to, cursor + (spaces[index]?.length ?? 0) + value.length);
      return;
    }
    const start = locate(input, value, spaces[index]?.length ?? 0, cursor, to);
    if (start < 0) return;
    cursor = start + value.length;
    tokens.push({ start, end: cursor, pos: tags[index] ?? 'X', lemma: lemmas[index] ?? value.toLowerCase() });
  });
  winkIndexToOurs.push(tokens.length);
  const sentenceStarts: number[] = [];
  for (const [first] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    const ours = winkIndexToOurs[first] ?? tokens.length;
    if (ours < tokens.length && sentenceStarts.at(-1) !== ours) sentenceStarts.push(ours);
  }
  if (tokens.length > 0 && sentenceStarts[0] !== 0) sentenceStarts.unshift(0);
  return { tokens, sentenceStarts };
}

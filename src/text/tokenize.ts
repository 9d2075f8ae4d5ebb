import type { Token } from '../types.js';
import { forgetNewLexemes, lexemeCount, type Nlp } from './nlp.js';
import { isSpaceCode } from './span.js';

/**
 * wink-nlp's tokenizer is quadratic in the length of a run without white space. Runs longer than
 * this are cut by inserting spaces into the text given to wink-nlp; offsets are mapped back to the
 * original, so no offset changes.
 */
export const MAX_RUN = 200;

/**
 * The tokens of one paragraph, with absolute offsets into the input, and the index (into `tokens`)
 * where each of wink-nlp's sentences starts. A token's `sentence` is -1 until `buildSentences` has
 * repaired the sentences and set it: the tokens are made once, in their final shape.
 */
export interface TokenizedParagraph {
  tokens: Token[];
  sentenceStarts: number[];
}

/** The one copy of `text` kept in `strings`. */
function intern(strings: Map<string, string>, text: string): string {
  const known = strings.get(text);
  if (known !== undefined) return known;
  strings.set(text, text);
  return text;
}

const WHITESPACE_ONLY = /^\s*$/u;
/** The longest word pieces are merged into ("Zieliński"). */
const MAX_MERGED_WORD = 40;
/** A word that opens with a capital outside ASCII ("Šimečka", "Łukasz", "İmamoğlu"). */
const CAPITAL_OUTSIDE_ASCII = /^(?=\p{Lu})[^\x00-\x7F]/u;
/** A letter outside ASCII ("ń", "é", "ß"). */
const NON_ASCII_LETTER = /[^\x00-\x7F]/u;
const LETTERS = /^\p{L}+$/u;

function isLetters(text: string): boolean {
  return LETTERS.test(text);
}

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

/** Line breaks wink-nlp does not read as such (it reads LF). */
const OTHER_LINE_BREAKS = /[\r\u2028\u2029]/gu;

/**
 * The text with every line break as LF, one character for one, so that no offset moves: paragraphs
 * read together must meet at the same kind of break whatever the input used (wink-nlp reads
 * U+2028 inside a sentence and tags the words around it differently).
 */
function asWinkLines(text: string): string {
  return text.replace(OTHER_LINE_BREAKS, '\n');
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
 * Words repeat ("the", "said" thousands of times): `strings` keeps one string per distinct text and
 * lemma across the document, which keeps the memory of long documents down (the tokens of 5 MB of
 * text hold 80 MB instead of 104).
 */
export function tokenizeRange(nlp: Nlp, input: string, from: number, to: number, strings: Map<string, string>): TokenizedParagraph {
  const its = nlp.its;
  const known = lexemeCount();
  const doc = nlp.readDoc(guardLongRuns(asWinkLines(input.slice(from, to))));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink-nlp's typings miss `its.lemma`'s signature; at run time it can also give `undefined` ("cannot").
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as Array<string | undefined>;
  const sentenceSpans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  // Everything is read out of the document: the words it taught wink-nlp can go.
  forgetNewLexemes(known);
  const winkIndexToOurs: number[] = [];
  const tokens: Token[] = [];
  let cursor = from;
  values.forEach((value, index) => {
    winkIndexToOurs.push(tokens.length);
    if (value.length === 0 || (isSpaceCode(value.charCodeAt(0)) && WHITESPACE_ONLY.test(value))) {
      cursor = Math.min(to, cursor + (spaces[index]?.length ?? 0) + value.length);
      return;
    }
    const start = locate(input, value, spaces[index]?.length ?? 0, cursor, to);
    if (start < 0) return;
    const end = start + value.length;
    cursor = end;
    // "Zieliński" comes out of wink-nlp as "Zieli" "ń" "ski": letters glued to letters, one of them
    // outside its Latin set, are one word again.
    const previous = tokens.at(-1);
    // (Up to a word's length: a long run without spaces stays in pieces, and no merge re-slices a long text.)
    if (previous && previous.end === start && end - previous.start <= MAX_MERGED_WORD && isLetters(value) && isLetters(previous.text) && (NON_ASCII_LETTER.test(value) || NON_ASCII_LETTER.test(previous.text))) {
      previous.end = end;
      previous.text = input.slice(previous.start, end);
      previous.lemma = previous.text.toLowerCase();
      // ("Šimečka": wink-nlp tags a lone "Š" as X or DET; the word takes a later piece's tag, a name's first.)
      const tag = tags[index] ?? 'X';
      if (tag === 'PROPN' || previous.pos === 'X' || previous.pos === 'DET' || previous.pos === 'PUNCT') previous.pos = tag === 'X' ? previous.pos : tag;
      // (A capitalized word split at a capital outside ASCII is a name: "Šimečka", "Łukasz".)
      if (CAPITAL_OUTSIDE_ASCII.test(previous.text) && (previous.pos === 'NOUN' || previous.pos === 'X')) previous.pos = 'PROPN';
      return;
    }
    // Built field by field, in the one shape every token has: an object spread costs ten times as much.
    const text = intern(strings, input.slice(start, end));
    const lemma = lemmas[index] ?? value.toLowerCase();
    tokens.push({ start, end, text, pos: tags[index] ?? 'X', lemma: lemma === text ? text : intern(strings, lemma), sentence: -1 });
  });
  winkIndexToOurs.push(tokens.length);
  const sentenceStarts: number[] = [];
  for (const [first] of sentenceSpans) {
    const ours = winkIndexToOurs[first] ?? tokens.length;
    if (ours < tokens.length && sentenceStarts.at(-1) !== ours) sentenceStarts.push(ours);
  }
  if (tokens.length > 0 && sentenceStarts[0] !== 0) sentenceStarts.unshift(0);
  return { tokens, sentenceStarts };
}

/** Characters of consecutive paragraphs given to wink-nlp in one call: fewer calls, bounded memory. */
export const CHUNK_CHARS = 20_000;

/**
 * Tokenizes consecutive paragraphs (in text order, with nothing but line breaks between them) in
 * one wink-nlp call and splits the result back into paragraphs: each paragraph's first token
 * starts a sentence, and no sentence crosses a paragraph boundary.
 */
export function tokenizeParagraphs(nlp: Nlp, input: string, paragraphs: ReadonlyArray<{ start: number; end: number }>, strings: Map<string, string>): TokenizedParagraph[] {
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  if (!first || !last) return [];
  const whole = tokenizeRange(nlp, input, first.start, last.end, strings);
  const starts = new Set(whole.sentenceStarts);
  const result: TokenizedParagraph[] = [];
  let index = 0;
  for (const paragraph of paragraphs) {
    while (index < whole.tokens.length && (whole.tokens[index] as Token).start < paragraph.start) index += 1;
    const from = index;
    while (index < whole.tokens.length && (whole.tokens[index] as Token).start < paragraph.end) index += 1;
    const tokens = whole.tokens.slice(from, index);
    const sentenceStarts: number[] = tokens.length > 0 ? [0] : [];
    for (let at = from + 1; at < index; at += 1) if (starts.has(at)) sentenceStarts.push(at - from);
    result.push({ tokens, sentenceStarts });
  }
  return result;
}

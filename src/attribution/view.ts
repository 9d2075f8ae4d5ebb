import { startsUpper } from '../text/span.js';
import type { Quote, Sentence, Token } from '../types.js';

/** The text layer as the attribution stage reads it: tokens with quick lookups. */
export interface DocView {
  input: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quotes: readonly Quote[];
  /** For each token, the top-level quotation that holds it (marks included), or -1. */
  quoteAt: Int32Array;
  /** For each token, whether it is the opening mark of a quotation. */
  opensQuote: Uint8Array;
  /** For each token, whether it is the closing mark of a closed quotation. */
  closesQuote: Uint8Array;
  /** For each sentence, the index of its first comma token, or -1. */
  firstComma: Int32Array;
  /** For each sentence, the index of its first verb or auxiliary outside quotations, or -1. */
  firstVerb: Int32Array;
}

/** Builds the lookups in one pass over tokens and quotations (both are in text order). */
export function createView(input: string, tokens: readonly Token[], sentences: readonly Sentence[], quotes: readonly Quote[]): DocView {
  const quoteAt = new Int32Array(tokens.length).fill(-1);
  const opensQuote = new Uint8Array(tokens.length);
  const closesQuote = new Uint8Array(tokens.length);
  const topLevel = quotes.filter((quote) => quote.parent === null);
  const starts = new Set(quotes.map((quote) => quote.start));
  const ends = new Set(quotes.filter((quote) => quote.closed).map((quote) => quote.end - 1));
  let at = 0;
  tokens.forEach((token, index) => {
    while (at < topLevel.length && (topLevel[at] as Quote).end <= token.start) at += 1;
    const quote = topLevel[at];
    if (quote && quote.start <= token.start && token.end <= quote.end) quoteAt[index] = quote.index;
    if (token.end - token.start === 1) {
      if (starts.has(token.start)) opensQuote[index] = 1;
      if (ends.has(token.start)) closesQuote[index] = 1;
    }
  });
  // Sentence shapes, found once so that per-cue questions ("is the cue in the opening clause?")
  // cost O(1) however long the sentence.
  const firstComma = new Int32Array(sentences.length).fill(-1);
  const firstVerb = new Int32Array(sentences.length).fill(-1);
  tokens.forEach((token, index) => {
    if (token.text === ',' && firstComma[token.sentence] === -1) firstComma[token.sentence] = index;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && quoteAt[index] === -1 && firstVerb[token.sentence] === -1) firstVerb[token.sentence] = index;
  });
  return { input, tokens, sentences, quotes, quoteAt, opensQuote, closesQuote, firstComma, firstVerb };
}

/** Lower-case text of a token. */
export function lower(token: Token | undefined): string {
  return token ? token.text.toLowerCase() : '';
}

/** Whether the token starts with an upper-case letter. */
export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && startsUpper(token.text);
}

/** Whether a token is punctuation (by tag or by having no letter or digit). */
export function isPunct(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'PUNCT' || !/[\p{L}\p{N}]/u.test(token.text));
}

/**
 * One past the last token before `end` that is not trailing punctuation (a closing quote mark
 * stays), never below `floor`.
 */
export function endBeforePunct(view: DocView, floor: number, end: number): number {
  let at = end;
  while (at > floor && isPunct(view.tokens[at - 1]) && !view.closesQuote[at - 1]) at -= 1;
  return at;
}

/** Whether the token is a comma. */
export function isComma(token: Token | undefined): boolean {
  return token?.text === ',';
}

/** The longest phrase between commas that `parentheticalEnd` reads ("citing classified reports shared by three allies last month"). */
const MAX_PARENTHETICAL = 15;

/**
 * The comma that closes a short phrase set off by the comma at `comma` (", however,", ", for
 * example,", ", citing witnesses,"), within its sentence and outside quotations, or -1. With
 * `verbs` false the phrase holds no verb (an adverbial, not a participle's phrase). The phrase is
 * read from `comma + 1` on, so any token before a phrase may stand for the opening comma (the cue
 * before "despite all that, …", the "if" of "if elected, …").
 */
export function parentheticalEnd(view: DocView, comma: number, verbs: boolean): number {
  const sentence = view.tokens[comma]?.sentence;
  for (let index = comma + 1; index <= comma + MAX_PARENTHETICAL; index += 1) {
    const token = view.tokens[index];
    if (!token || token.sentence !== sentence || (view.quoteAt[index] as number) >= 0) return -1;
    if (isComma(token)) return index > comma + 1 ? index : -1;
    if (!verbs && (token.pos === 'VERB' || token.pos === 'AUX')) return -1;
  }
  return -1;
}

/** Whether the token is a dash used as punctuation. */
export function isDash(token: Token | undefined): boolean {
  return token !== undefined && /^[–—-]+$/u.test(token.text) && token.pos === 'PUNCT';
}

/**
 * The author's own voice: sentences that hold no part of any attribution, with their framing and
 * their scare quotes (a short quotation in the author's own sentence: the “reform”).
 */
import type { AuthorialVoice, Evidence, Quote, Sentence, Token } from '../types.js';
import { isWordToken, spanOf } from '../text/span.js';
import type { FramingHits } from './lexical.js';
import { profileOf } from './profile.js';
import { tokenRange } from '../text/span.js';

/** The longest quotation, in words, read as a scare quote rather than a citation. */
const MAX_SCARE_QUOTE_WORDS = 4;
/** The id scare quotes cite as their evidence entry (a rule, not a lexicon entry). */
export const SCARE_QUOTE_ENTRY = 'scare-quote';

/** Scare quotes: closed quotations of a few words inside authorial sentences. */
function scareQuotes(input: string, tokens: readonly Token[], quotes: readonly Quote[], authorial: Uint8Array): Evidence[] {
  const found: Evidence[] = [];
  for (const quote of quotes) {
    if (!quote.closed || quote.parent !== null) continue;
    const range = tokenRange(tokens, quote.inner);
    if (range.start >= range.end) continue;
    let words = 0;
    for (let index = range.start; index < range.end; index += 1) if (isWordToken(tokens[index] as Token)) words += 1;
    if (words === 0 || words > MAX_SCARE_QUOTE_WORDS || authorial[(tokens[range.start] as Token).sentence] !== 1) continue;
    found.push({ span: spanOf(input, quote.start, quote.end), lexicon: 'markers', entry: SCARE_QUOTE_ENTRY, attribution: null });
  }
  return found;
}

/** The authorial voice, given which sentences hold an attribution. */
export function authorialVoice(input: string, tokens: readonly Token[], sentences: readonly Sentence[], quotes: readonly Quote[], attributed: Uint8Array, hits: FramingHits): AuthorialVoice {
  const authorial = new Uint8Array(sentences.length);
  const indexes: number[] = [];
  sentences.forEach((sentence, index) => {
    if (attributed[index] !== 1) {
      authorial[index] = 1;
      indexes.push(sentence.index);
    }
  });
  let words = 0;
  let authorialWords = 0;
  for (const token of tokens) {
    if (!isWordToken(token)) continue;
    words += 1;
    authorialWords += authorial[token.sentence] as number;
  }
  const select = (token: number): null | undefined => (authorial[(tokens[token] as Token).sentence] === 1 ? null : undefined);
  return {
    share: words === 0 ? 0 : Math.round((authorialWords / words) * 1000) / 1000,
    sentences: indexes,
    framing: profileOf({ input, tokens, evidence: new Map() }, hits, select, scareQuotes(input, tokens, quotes, authorial)),
  };
}

import type { Quote, Sentence, Token } from '../types.js';
import { closingMarkOffsets, openingMarkOffsets } from './quotes.js';
import { retagNames } from './names.js';
import type { TokenizedParagraph } from './tokenize.js';
import { ADDRESSEE_CUES, SUBJECT_PRONOUNS, TITLE_ABBREVIATIONS, WEEKDAYS } from './words.js';

/** A sentence after the quote at its end has at most this many tokens to count as the quote's attribution. */
const MAX_TRAILING_ATTRIBUTION_TOKENS = 10;

/** What sentence repair needs to know beyond tokens. */
export interface SentenceContext {
  input: string;
  quotes: readonly Quote[];
  /** Lemmas of verbs that introduce speech ("say", "ask", …), from the cue lexicon. */
  speechLemmas: ReadonlySet<string>;
  /** Lemmas of verbs of demand and promise ("demand", "vow"): speech verbs only at the end of their clause. */
  demandLemmas: ReadonlySet<string>;
}

/** Quotations by the offsets of their marks: each character of an opening mark, and of a closed one's closing mark. */
interface QuoteMarks {
  opening: ReadonlyMap<number, Quote>;
  closing: ReadonlyMap<number, Quote>;
}

function indexQuoteMarks(input: string, quotes: readonly Quote[]): QuoteMarks {
  const opening = new Map<number, Quote>();
  const closing = new Map<number, Quote>();
  for (const quote of quotes) {
    for (const offset of openingMarkOffsets(input, quote)) opening.set(offset, quote);
    for (const offset of closingMarkOffsets(input, quote)) closing.set(offset, quote);
  }
  return { opening, closing };
}

/** Whether a token is nothing but (part of) a quote mark of `quote` at its offsets in `marks`. */
function isMarkToken(token: Token | undefined, marks: ReadonlyMap<number, Quote>): token is Token {
  if (!token || !marks.has(token.start)) return false;
  for (let offset = token.start; offset < token.end; offset += 1) if (!marks.has(offset)) return false;
  return true;
}

/**
 * Moves each sentence boundary that wink-nlp put on the wrong side of a quote mark: a closing
 * mark that starts the next sentence goes back to its quotation; an opening mark that ends a
 * sentence goes forward to its quotation. A mark may be two tokens ('').
 */
function moveStrayMarks(tokens: readonly Token[], starts: number[], marks: QuoteMarks): number[] {
  const moved = starts.map((start, at) => {
    if (at === 0) return start;
    let next = start;
    while (isMarkToken(tokens[next], marks.closing)) next += 1;
    if (next > start) return next;
    while (next > 0 && isMarkToken(tokens[next - 1], marks.opening)) next -= 1;
    return next;
  });
  return moved.filter((start, at) => start < tokens.length && (at === 0 || start > (moved[at - 1] as number)));
}

/**
 * Whether the sentence `[from, to)` continues the quotation that closed the sentence before it:
 * `“Is this a provocation?” asked the minister.` or `“We will win.” Peskov said.`
 */
function isTrailingAttribution(tokens: readonly Token[], from: number, to: number, context: SentenceContext): boolean {
  const first = tokens[from];
  if (!first) return false;
  const firstChar = context.input[first.start] ?? '';
  if (/\p{Ll}/u.test(firstChar)) return true;
  if (to - from > MAX_TRAILING_ATTRIBUTION_TOKENS) return false;
  for (let index = from; index < to; index += 1) {
    const token = tokens[index] as Token;
    if (token.pos !== 'VERB') continue;
    // (“…” She added that she might … : a verb with a clause of its own opens a new sentence.)
    if (context.speechLemmas.has(token.lemma)) return !opensReportedClause(tokens[index + 1], index + 1 < to);
    // "Vitter demanded.", "demanded Vitter.", "Smith demanded on Tuesday.", "Smith urged reporters.":
    // not "Workers voted to strike." nor "Protesters demanded his resignation.", which have an object.
    if (context.demandLemmas.has(token.lemma) && (index === from || !opensObject(token, tokens[index + 1], index + 1 < to))) return true;
  }
  return false;
}

/** Whether the token after a speech verb opens a reported clause of its own ("that …", "she might …", ": …"). */
function opensReportedClause(token: Token | undefined, inSentence: boolean): boolean {
  if (!token || !inSentence) return false;
  const word = token.text.toLowerCase();
  // (Personal pronouns only: "said it." and "said who." end as an attribution does.)
  return word === 'that' || word === ':' || (SUBJECT_PRONOUNS.has(word) && word !== 'it' && word !== 'who');
}

/**
 * Whether the token after a verb opens its object or infinitive ("to strike", "his resignation",
 * "answers", "30 days of strikes"), not an adjunct ("on Tuesday") or an addressee ("urged reporters").
 */
function opensObject(verb: Token, token: Token | undefined, inSentence: boolean): boolean {
  if (!token || !inSentence || token.pos === 'PUNCT' || token.pos === 'ADP' || WEEKDAYS.has(token.text.toLowerCase())) return false;
  if (token.pos === 'NOUN' || token.pos === 'PROPN') return !ADDRESSEE_CUES.has(verb.lemma);
  return token.text.toLowerCase() === 'to' || ['DET', 'PRON', 'ADJ', 'NUM'].includes(token.pos);
}

/** Merges a sentence into the one before when it is the attribution of the quotation closing that one. */
function mergeTrailingAttributions(tokens: readonly Token[], starts: number[], marks: QuoteMarks, context: SentenceContext): number[] {
  return starts.filter((start, at) => {
    if (at === 0) return true;
    const previousLast = tokens[start - 1];
    const quote = previousLast ? marks.closing.get(previousLast.start) : undefined;
    if (!quote) return true;
    const end = starts[at + 1] ?? tokens.length;
    return !isTrailingAttribution(tokens, start, end, context);
  });
}

/** Punctuation that continues a sentence and never opens one. */
const CONTINUING_PUNCTUATION = new Set([',', ';', ')', ']', '}']);

/**
 * Merges a sentence that starts with a lower-case word (or a comma) into the one before: wink-nlp ends
 * sentences after abbreviations ("Rep. Gwen Moore (D-Wis.) | said Friday."), and a real sentence
 * does not start in lower case (words like "iPhone" aside).
 */
function mergeLowercaseStarts(tokens: readonly Token[], starts: number[], input: string): number[] {
  return starts.filter((start, at) => {
    if (at === 0) return true;
    const first = tokens[start];
    if (!first) return true;
    const word = first.text;
    // "The Rev. | Jesse Jackson said": a title abbreviation and its period do not end a sentence.
    const period = tokens[start - 1];
    const title = tokens[start - 2];
    if (period && title && period.text === '.' && period.start === title.end && TITLE_ABBREVIATIONS.has(title.text.toLowerCase())) return false;
    // "(R-N. | Y.) told", "Thune, R-S. | D., said", "said Schumer, D-N. | Y." at a paragraph's end: a single
    // capital and its period continue an abbreviation.
    const second = tokens[start + 1];
    const closes = second === undefined || /^[.),]/u.test(second.text) || input.slice(first.end, second.start).includes('\n');
    if (/^\p{Lu}\.?$/u.test(word) && closes && /\.$/u.test(input.slice(Math.max(0, first.start - 2), first.start).trim())) return false;
    // "Rep. Ann Cole (D-Md.) | , chair of the committee, said": no sentence starts with a comma.
    if (CONTINUING_PUNCTUATION.has(word)) return false;
    return !/^\p{Ll}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);
  });
}

/**
 * Builds the sentences of the document from wink-nlp's sentences, repaired to respect
 * quotations, and assigns each token its sentence. Sentences of a quotation that spans several
 * sentences are linked to it through `Sentence.quote`.
 */
export function buildSentences(
  paragraphs: Iterable<{ index: number; tokenized: TokenizedParagraph }>,
  context: SentenceContext,
): { sentences: Sentence[]; tokens: Token[] } {
  const marks = indexQuoteMarks(context.input, context.quotes);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const { index: paragraph, tokenized } of paragraphs) {
    const raw = tokenized.tokens;
    const starts = mergeLowercaseStarts(raw, mergeTrailingAttributions(raw, moveStrayMarks(raw, tokenized.sentenceStarts, marks), marks, context), context.input);
    starts.forEach((start, at) => {
      const end = starts[at + 1] ?? raw.length;
      const first = raw[start] as Token;
      const last = raw[end - 1] as Token;
      const sentenceIndex = sentences.length;
      const tokenStart = tokens.length;
      for (let index = start; index < end; index += 1) {
        const token = raw[index] as Token;
        token.sentence = sentenceIndex;
        tokens.push(token);
      }
      sentences.push({
        start: first.start,
        end: last.end,
        text: context.input.slice(first.start, last.end),
        index: sentenceIndex,
        paragraph,
        tokens: { start: tokenStart, end: tokens.length },
        quote: null,
      });
    });
  }
  linkQuotedSentences(sentences, context.quotes);
  retagNames(tokens, sentences, { closesQuote: (token) => isMarkToken(token, marks.closing), isSpeechLemma: (lemma) => context.speechLemmas.has(lemma) || context.demandLemmas.has(lemma) });
  return { sentences, tokens };
}

/** Sets `Sentence.quote` for the sentences of each top-level quotation that spans several sentences. */
function linkQuotedSentences(sentences: Sentence[], quotes: readonly Quote[]): void {
  let first = 0;
  for (const quote of quotes) {
    if (quote.parent !== null) continue;
    while (first < sentences.length && (sentences[first] as Sentence).end <= quote.start) first += 1;
    let last = first;
    while (last < sentences.length && (sentences[last] as Sentence).start < quote.end) last += 1;
    if (last - first < 2) continue;
    for (let index = first; index < last; index += 1) {
      const sentence = sentences[index] as Sentence;
      sentence.quote ??= quote.index;
    }
  }
}

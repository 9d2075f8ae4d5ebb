import type { Analysis, BoilerplateSpan, Paragraph } from '../types.js';
import { detectBoilerplate, type BoilerplateMatcher } from './boilerplate.js';
import { isHeadline } from './headline.js';
import type { Nlp } from './nlp.js';
import { splitParagraphs } from './paragraphs.js';
import { findQuotes } from './quotes.js';
import { buildSentences } from './sentences.js';
import { spanOf } from './span.js';
import { CHUNK_CHARS, tokenizeParagraphs, type TokenizedParagraph } from './tokenize.js';

/** The text layer of an analysis: everything later stages read. */
export type TextLayer = Pick<Analysis, 'headline' | 'paragraphs' | 'sentences' | 'tokens' | 'quotes' | 'boilerplate'>;

/** What the text layer needs from the analyzer, built once per analyzer. */
export interface TextLayerConfig {
  /** The wink-nlp instance to read a document with (`currentNlp`). */
  nlp: () => Nlp;
  boilerplate: BoilerplateMatcher;
  speechLemmas: ReadonlySet<string>;
  /** Lemmas of verbs of demand and promise, which end a quotation only when they end their clause. */
  demandLemmas: ReadonlySet<string>;
}

/**
 * Text → paragraphs (with headline and boilerplate) → quotations → tokens and sentences.
 * Boilerplate paragraphs are kept in `paragraphs` (flagged) and left out of everything else.
 */
export function buildTextLayer(input: string, config: TextLayerConfig): TextLayer {
  const raw = splitParagraphs(input);
  const marks = detectBoilerplate(config.boilerplate, raw);
  const paragraphs: Paragraph[] = raw.map((paragraph, index) => ({
    ...spanOf(input, paragraph.start, paragraph.end),
    index,
    boilerplate: marks[index] !== null,
  }));
  const boilerplate: BoilerplateSpan[] = paragraphs.flatMap((paragraph, index) => {
    const entry = marks[index];
    return entry ? [{ ...spanOf(input, paragraph.start, paragraph.end), entry }] : [];
  });
  const body = paragraphs.filter((paragraph) => !paragraph.boilerplate);
  const first = raw[0];
  const headline = first && body[0]?.index === 0 && isHeadline(first, body.length) ? spanOf(input, first.start, first.end) : null;
  const quotes = findQuotes(input, body);
  const tokenized = tokenizeBody(config.nlp(), input, body);
  const { sentences, tokens } = buildSentences(tokenized, { input, quotes, speechLemmas: config.speechLemmas, demandLemmas: config.demandLemmas });
  return { headline, paragraphs, sentences, tokens, quotes, boilerplate };
}

/**
 * The body's paragraphs tokenized, in order. Consecutive paragraphs go to wink-nlp together, up to
 * CHUNK_CHARS, which saves its cost per call and bounds what one call holds. A generator: each group
 * is turned into sentences before the next is read, so that its arrays die young on long texts.
 */
function* tokenizeBody(nlp: Nlp, input: string, body: readonly Paragraph[]): Generator<{ index: number; tokenized: TokenizedParagraph }> {
  // Words repeat ("the", "said" thousands of times): one string per distinct text and lemma (see tokenizeRange).
  const strings = new Map<string, string>();
  let groupStart = 0;
  for (let at = 1; at <= body.length; at += 1) {
    const previous = body[at - 1] as Paragraph;
    const paragraph = body[at];
    const ends = paragraph === undefined || previous.index + 1 !== paragraph.index || paragraph.end - (body[groupStart] as Paragraph).start > CHUNK_CHARS;
    if (!ends) continue;
    const group = body.slice(groupStart, at);
    const tokenized = tokenizeParagraphs(nlp, input, group, strings);
    for (let index = 0; index < group.length; index += 1) yield { index: (group[index] as Paragraph).index, tokenized: tokenized[index] as TokenizedParagraph };
    groupStart = at;
  }
}

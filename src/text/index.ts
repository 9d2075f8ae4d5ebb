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
  // Paragraphs are tokenized one at a time as sentences are built, so wink-nlp's raw tokens of
  // only one paragraph are alive at once.
  const strings = new Map<string, string>();
  const nlp = config.nlp();
  const tokenized = (function* tokenizeBody() {
    // Consecutive paragraphs go to wink-nlp together, up to CHUNK_CHARS, which saves its cost per call.
    let group: Paragraph[] = [];
    const flush = function* () {
      const parts = tokenizeParagraphs(nlp, input, group, strings);
      for (const [at, paragraph] of group.entries()) yield { index: paragraph.index, tokenized: parts[at] as TokenizedParagraph };
      group = [];
    };
    for (const paragraph of body) {
      const previous = group.at(-1);
      if (previous && (previous.index + 1 !== paragraph.index || paragraph.end - (group[0] as Paragraph).start > CHUNK_CHARS)) yield* flush();
      group.push(paragraph);
    }
    yield* flush();
  })();
  const { sentences, tokens } = buildSentences(tokenized, { input, quotes, speechLemmas: config.speechLemmas });
  return { headline, paragraphs, sentences, tokens, quotes, boilerplate };
}

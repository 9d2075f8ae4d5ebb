import type { Attribution, AttributionKind, Quote, Span, Token } from '../types.js';
import { spanOf } from '../text/span.js';
import type { CueMatcher } from './cues.js';
import { extractSentence, type Candidate } from './extract.js';
import type { TokenRange } from './source.js';
import { createView, type DocView } from './view.js';
import type { TextLayer } from '../text/index.js';

/** Confidence of a quotation attributed to the previous speaker because it has no cue of its own. */
const CONTINUATION_CONFIDENCE = 0.6;
/** A quotation is a continuation when it holds at least this share of its sentences' words. */
const STANDALONE_SHARE = 0.6;

/** An attribution before actors are resolved, with the token ranges later stages need. */
export interface ExtractedAttribution extends Attribution {
  /** Token range of the source mention, for actor resolution. */
  sourceTokens: TokenRange | null;
  /** For a continuing quotation: the id of the attribution it continues. */
  continues: string | null;
}

function isWordToken(token: Token): boolean {
  return /[\p{L}\p{N}]/u.test(token.text);
}

function rangeSpan(view: DocView, range: TokenRange): Span {
  return spanOf(view.input, (view.tokens[range.start] as Token).start, (view.tokens[range.end - 1] as Token).end);
}

/** The span of a content: a whole quotation gives its inner text without trailing , ; : */
function contentSpan(view: DocView, range: TokenRange): Span {
  const quoteIndex = view.quoteAt[range.start] as number;
  const wholeQuote = view.opensQuote[range.start] === 1 && view.closesQuote[range.end - 1] === 1 && view.quoteAt[range.end - 1] === quoteIndex;
  const quote = wholeQuote ? view.quotes[quoteIndex] : undefined;
  if (!quote) return rangeSpan(view, range);
  let end = quote.inner.end;
  while (end > quote.inner.start && /[,;:]/u.test(view.input[end - 1] ?? '')) end -= 1;
  return spanOf(view.input, quote.inner.start, end);
}

/** Direct when every content word is quoted, indirect when none is, mixed otherwise. */
function kindOf(view: DocView, ranges: readonly TokenRange[]): AttributionKind {
  let quoted = 0;
  let words = 0;
  for (const range of ranges) {
    for (let index = range.start; index < range.end; index += 1) {
      if (!isWordToken(view.tokens[index] as Token)) continue;
      words += 1;
      if ((view.quoteAt[index] as number) >= 0) quoted += 1;
    }
  }
  if (quoted === 0) return 'indirect';
  return quoted === words ? 'direct' : 'mixed';
}

/** Token range of a quotation. */
function quoteTokens(view: DocView, quote: Quote, from: number): TokenRange {
  let start = from;
  while (start < view.tokens.length && (view.tokens[start] as Token).end <= quote.start) start += 1;
  let end = start;
  while (end < view.tokens.length && (view.tokens[end] as Token).start < quote.end) end += 1;
  return { start, end };
}

/**
 * Quotations with no cue that stand on their own (most of their sentence) continue the voice of
 * the attribution before them in the same or the previous paragraph.
 */
function continuations(view: DocView, found: readonly Candidate[]): Array<Candidate & { previous: number }> {
  const covered = new Uint8Array(view.tokens.length);
  for (const candidate of found) for (const range of [...candidate.content, ...(candidate.cue ? [candidate.cue] : [])]) covered.fill(1, range.start, range.end);
  const result: Array<Candidate & { previous: number }> = [];
  let from = 0;
  for (const quote of view.quotes) {
    if (quote.parent !== null) continue;
    const range = quoteTokens(view, quote, from);
    from = range.start;
    if (range.end <= range.start || covered.subarray(range.start, range.end).some((value) => value === 1)) continue;
    const first = view.tokens[range.start] as Token;
    const last = view.tokens[range.end - 1] as Token;
    const sentences = view.sentences.slice(first.sentence, last.sentence + 1);
    let total = 0;
    for (const sentence of sentences) for (let index = sentence.tokens.start; index < sentence.tokens.end; index += 1) if (isWordToken(view.tokens[index] as Token)) total += 1;
    let inside = 0;
    for (let index = range.start; index < range.end; index += 1) if (isWordToken(view.tokens[index] as Token)) inside += 1;
    if (total === 0 || inside / total < STANDALONE_SHARE) continue;
    const paragraph = (view.sentences[first.sentence] as { paragraph: number }).paragraph;
    // The voice continued: the latest speaker quoted before, else the latest attribution.
    let previous = -1;
    let previousQuoted = -1;
    found.forEach((candidate, index) => {
      const end = Math.max(...candidate.content.map((item) => item.end));
      const candidateParagraph = (view.sentences[candidate.sentence] as { paragraph: number }).paragraph;
      if (end > range.start || paragraph - candidateParagraph > 1) return;
      previous = index;
      if (candidate.content.some((item) => hasQuotedToken(view, item))) previousQuoted = index;
    });
    if (previousQuoted >= 0) previous = previousQuoted;
    if (previous < 0) continue;
    const earlier = found[previous] as Candidate;
    if ((view.sentences[earlier.sentence] as { paragraph: number }).paragraph === paragraph) {
      // In the same paragraph, the quotation is the second part of the same attribution (as PolNeAR annotates it).
      earlier.content.push(range);
      continue;
    }
    result.push({ source: null, cue: null, content: [range], entry: null, sentence: first.sentence, confidence: CONTINUATION_CONFIDENCE, previous });
  }
  return result;
}

function hasQuotedToken(view: DocView, range: TokenRange): boolean {
  for (let index = range.start; index < range.end; index += 1) if ((view.quoteAt[index] as number) >= 0) return true;
  return false;
}

/** Whether range `inner` lies within range `outer`. */
function within(inner: TokenRange, outer: TokenRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Text layer → attributions: cue-anchored extraction sentence by sentence, continuing
 * quotations, nesting (an attribution whose cue lies in another's content is its child).
 */
export function extractAttributions(layer: TextLayer, input: string, matcher: CueMatcher): ExtractedAttribution[] {
  const view = createView(input, layer.tokens, layer.sentences, layer.quotes);
  const found: Candidate[] = layer.sentences.flatMap((sentence) => extractSentence(view, matcher, sentence));
  const continued = continuations(view, found);
  const all: Array<Candidate & { previous?: number }> = [...found, ...continued];
  const order = all.map((_, index) => index).sort((a, b) => anchor(all[a] as Candidate) - anchor(all[b] as Candidate));
  const idOf = new Map(order.map((index, position) => [index, `a${position + 1}`]));
  return order.map((index) => {
    const candidate = all[index] as Candidate & { previous?: number };
    const parentIndex = candidate.cue ? all.findIndex((other) => other !== candidate && other.content.some((range) => within(candidate.cue as TokenRange, range))) : -1;
    return {
      id: idOf.get(index) as string,
      source: candidate.source ? rangeSpan(view, candidate.source) : null,
      cue: candidate.cue ? rangeSpan(view, candidate.cue) : null,
      content: candidate.content.map((range) => contentSpan(view, range)),
      kind: kindOf(view, candidate.content),
      actor: null,
      perspective: null,
      confidence: candidate.confidence,
      parent: parentIndex >= 0 ? (idOf.get(parentIndex) ?? null) : null,
      cueEntry: candidate.entry?.id ?? null,
      sentence: candidate.sentence,
      sourceTokens: candidate.source,
      continues: candidate.previous !== undefined ? (idOf.get(candidate.previous) ?? null) : null,
    };
  });
}

/** Position that orders attributions: the cue, else the first content token. */
function anchor(candidate: Candidate): number {
  return candidate.cue?.start ?? candidate.content[0]?.start ?? 0;
}

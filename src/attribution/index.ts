import type { Attribution, AttributionKind, Quote, Sentence, Span, Token } from '../types.js';
import { isWordToken, spanOf } from '../text/span.js';
import { QUESTION_WORDS } from '../text/words.js';
import type { CueMatcher } from './cues.js';
import type { Candidate } from './candidate.js';
import { extractSentence } from './extract.js';
import type { TokenRange } from './source.js';
import { createView, isComma, type DocView } from './view.js';
import { modelConfidence, type ConfidenceModel, type ModelInput } from './model.js';
import type { TextLayer } from '../text/index.js';

/** Confidence of a quotation attributed to the previous speaker because it has no cue of its own. */
const CONTINUATION_CONFIDENCE = 0.6;
/** A quotation is a continuation when it holds at least this share of its sentences' words. */
const STANDALONE_SHARE = 0.6;

/** An attribution before actors are resolved. */
export interface ExtractedAttribution extends Attribution {
  /** What the confidence model read of it (for training the model: `modelFeatures(modelInput)`). */
  modelInput: ModelInput;
  /** The calibrated prior confidence, before the model. */
  prior: number;
  /** For a continuing quotation: the id of the attribution it continues. */
  continues: string | null;
}

function rangeSpan(view: DocView, range: TokenRange): Span {
  return spanOf(view.input, (view.tokens[range.start] as Token).start, (view.tokens[range.end - 1] as Token).end);
}

/** The span of a content: a whole quotation gives its inner text without trailing , ; : */
function contentSpan(view: DocView, range: TokenRange): Span {
  const quoteIndex = view.quoteAt[range.start] as number;
  // (A quotation left open runs to its paragraph's end: whole when the range reaches its last token.)
  const open = quoteIndex >= 0 && view.quotes[quoteIndex]?.closed === false && (view.tokens[range.end - 1] as Token).end >= (view.quotes[quoteIndex] as Quote).inner.end;
  const wholeQuote = view.opensQuote[range.start] === 1 && (view.closesQuote[range.end - 1] === 1 || open) && view.quoteAt[range.end - 1] === quoteIndex;
  const quote = wholeQuote ? view.quotes[quoteIndex] : undefined;
  if (!quote) return rangeSpan(view, range);
  let end = quote.inner.end;
  while (end > quote.inner.start && /[,;:]/u.test(view.input[end - 1] ?? '')) end -= 1;
  // A quotation of nothing but punctuation keeps its marks rather than become an empty span.
  return end > quote.inner.start ? spanOf(view.input, quote.inner.start, end) : rangeSpan(view, range);
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
  // Prefix sums of word tokens, so a quotation's share of its sentences costs O(1).
  const wordsBefore = new Int32Array(view.tokens.length + 1);
  view.tokens.forEach((token, index) => {
    wordsBefore[index + 1] = (wordsBefore[index] as number) + (isWordToken(token) ? 1 : 0);
  });
  const words = (start: number, end: number): number => (wordsBefore[end] as number) - (wordsBefore[start] as number);
  const contentEnd = found.map((candidate) => Math.max(...candidate.content.map((item) => item.end)));
  // An attribution whose content holds another's cue ("“A,” Netanyahu told his cabinet, according
  // to a statement") reports that one: the quotation after it continues the inner speaker.
  const cueTokens = new Uint8Array(view.tokens.length);
  for (const candidate of found) if (candidate.cue) cueTokens.fill(1, candidate.cue.start, candidate.cue.end);
  const reportsAnother = found.map((candidate) => candidate.content.some((item) => cueTokens.subarray(item.start, item.end).includes(1)));
  const byEnd = found.map((_, index) => index).sort((a, b) => (contentEnd[a] as number) - (contentEnd[b] as number));
  const paragraphOf = (candidate: Candidate): number => (view.sentences[candidate.sentence] as Sentence).paragraph;
  const result: Array<Candidate & { previous: number }> = [];
  let from = 0;
  let next = 0;
  let previous = -1;
  let previousQuoted = -1;
  for (const quote of view.quotes) {
    if (quote.parent !== null) continue;
    const range = quoteTokens(view, quote, from);
    from = range.start;
    // The voice continued: the latest speaker quoted before, else the latest attribution.
    while (next < byEnd.length && (contentEnd[byEnd[next] as number] as number) <= range.start) {
      const candidate = byEnd[next] as number;
      next += 1;
      // (A cue inside a quotation is speech the speaker reports — "the doctors told us …" — not the voice that goes on.)
      const cue = (found[candidate] as Candidate).cue;
      if (cue && (view.quoteAt[cue.start] as number) >= 0) continue;
      previous = candidate;
      if (!reportsAnother[previous] && (found[previous] as Candidate).content.some((item) => hasQuotedToken(view, item))) previousQuoted = previous;
    }
    if (range.end <= range.start || covered.subarray(range.start, range.end).includes(1)) continue;
    const first = view.tokens[range.start] as Token;
    const last = view.tokens[range.end - 1] as Token;
    const total = words((view.sentences[first.sentence] as Sentence).tokens.start, (view.sentences[last.sentence] as Sentence).tokens.end);
    if (total === 0 || words(range.start, range.end) / total < STANDALONE_SHARE) continue;
    const paragraph = (view.sentences[first.sentence] as Sentence).paragraph;
    const speaker = previousQuoted >= 0 && paragraph - paragraphOf(found[previousQuoted] as Candidate) <= 1 ? previousQuoted : previous;
    const earlier = found[speaker];
    if (!earlier || paragraph - paragraphOf(earlier) > 1) continue;
    if (paragraphOf(earlier) === paragraph) {
      // In the same paragraph, the quotation is the second part of the same attribution (as PolNeAR annotates it).
      earlier.content.push(range);
      continue;
    }
    result.push({ source: null, cue: null, content: [range], entry: null, sentence: first.sentence, confidence: CONTINUATION_CONFIDENCE, pattern: 'continuation', previous: speaker });
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
export function extractAttributions(
  layer: TextLayer,
  input: string,
  matcher: CueMatcher,
  model: ConfidenceModel | null,
  minConfidence: number,
): ExtractedAttribution[] {
  const view = createView(input, layer.tokens, layer.sentences, layer.quotes);
  // Every candidate is kept until the confidence model has judged it (nesting is one of its features).
  const found: Candidate[] = layer.sentences.flatMap((sentence) => extractSentence(view, matcher, sentence));
  const continued = continuations(view, found);
  const all: Array<Candidate & { previous?: number }> = [...found, ...continued];
  const order = all.map((_, index) => index).sort((a, b) => anchor(all[a] as Candidate) - anchor(all[b] as Candidate));
  // Nesting is looked for within a sentence: a cue inside another attribution's content.
  const bySentence = new Map<number, number[]>();
  const positionInSentence = new Map<number, number>();
  for (const index of order) {
    const sentence = (all[index] as Candidate).sentence;
    const list = bySentence.get(sentence) ?? [];
    if (list.length === 0) bySentence.set(sentence, list);
    positionInSentence.set(index, list.length);
    list.push(index);
  }
  const parents = breakCycles(
    all.map((candidate, index) => (candidate.cue ? findParent(all, bySentence.get(candidate.sentence) ?? [], index, positionInSentence.get(index) ?? 0) : -1)),
  );
  const drafts = all.map((candidate, index) => draft(view, candidate, (parents[index] ?? -1) >= 0, model));
  const kept = order.filter((index) => (drafts[index] as Draft).confidence >= minConfidence);
  const idOf = new Map(kept.map((index, position) => [index, `a${position + 1}`]));
  /** The nearest enclosing attribution that was kept. */
  const keptParent = (index: number): string | null => {
    for (let at = parents[index] ?? -1, steps = 0; at >= 0 && steps <= all.length; at = parents[at] ?? -1, steps += 1) {
      const id = idOf.get(at);
      if (id) return id;
    }
    return null;
  };
  return kept.map((index) => {
    const candidate = all[index] as Candidate & { previous?: number };
    const { attribution, modelInput } = drafts[index] as Draft;
    return {
      id: idOf.get(index) as string,
      source: attribution.source,
      cue: attribution.cue,
      content: attribution.content,
      kind: attribution.kind,
      actor: null,
      perspective: null,
      confidence: attribution.confidence,
      parent: keptParent(index),
      cueEntry: attribution.cueEntry,
      pattern: attribution.pattern,
      sentence: attribution.sentence,
      continues: candidate.previous !== undefined ? (idOf.get(candidate.previous) ?? null) : null,
      modelInput,
      prior: candidate.confidence,
    };
  });
}

/** An attribution before ids and parents are settled, with what the model read of it. */
interface Draft {
  attribution: Omit<Attribution, 'id' | 'parent'>;
  modelInput: ModelInput;
  confidence: number;
}

/** The head noun of a source: its last common noun before a preposition or comma ("records | from the 2008 cycle"). */
function headNoun(view: DocView, source: TokenRange): Token | undefined {
  let head: Token | undefined;
  for (let index = source.start; index < source.end; index += 1) {
    const token = view.tokens[index] as Token;
    if (token.pos === 'ADP' || isComma(token)) break;
    if (token.pos === 'NOUN') head = token;
  }
  return head;
}

/** How a content opens, for the confidence model. */
function openerOf(view: DocView, range: TokenRange | undefined): string {
  if (!range) return 'none';
  if (view.opensQuote[range.start] === 1 || (view.quoteAt[range.start] as number) >= 0) return 'quote';
  const word = (view.tokens[range.start] as Token).text.toLowerCase();
  if (word === 'that' || word === 'to') return word;
  return QUESTION_WORDS.has(word) ? 'wh' : 'other';
}

/** Whether a range holds a verb or auxiliary. */
function hasVerb(view: DocView, range: TokenRange): boolean {
  for (let index = range.start; index < range.end; index += 1) {
    const pos = (view.tokens[index] as Token).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** Spans, kind and confidence of a candidate. */
function draft(view: DocView, candidate: Candidate, nested: boolean, model: ConfidenceModel | null): Draft {
  const source = candidate.source ? rangeSpan(view, candidate.source) : null;
  const cue = candidate.cue ? rangeSpan(view, candidate.cue) : null;
  const content = candidate.content.map((range) => contentSpan(view, range));
  const kind = kindOf(view, candidate.content);
  const entry = candidate.entry?.id ?? null;
  const sourceHead = candidate.source ? (headNoun(view, candidate.source)?.lemma ?? null) : null;
  const contentHasVerb = candidate.content.some((range) => hasVerb(view, range));
  const contentOpener = openerOf(view, candidate.content[0]);
  const modelInput: ModelInput = { entry, pattern: candidate.pattern, source, cue, content, kind, nested, headline: candidate.sentence === 0, sourceHead, contentHasVerb, contentOpener };
  // A continuing quotation has no cue to judge: its confidence is fixed.
  const confidence = candidate.pattern === 'continuation' || !model ? candidate.confidence : modelConfidence(model, modelInput, candidate.confidence);
  return {
    attribution: { source, cue, content, kind, actor: null, perspective: null, confidence, cueEntry: entry, pattern: candidate.pattern, sentence: candidate.sentence },
    modelInput,
    confidence,
  };
}

/** How many neighbours in a sentence may hold a nested cue; contents are bounded, so a parent is near. */
const PARENT_WINDOW = 24;

/** The index of the attribution whose content holds this one's cue, among its sentence's neighbours, or -1. */
function findParent(all: readonly Candidate[], sentence: readonly number[], index: number, at: number): number {
  const cue = (all[index] as Candidate).cue as TokenRange;
  const reach = Math.min(PARENT_WINDOW, Math.max(at, sentence.length - at));
  for (let offset = 1; offset <= reach; offset += 1) {
    if (holdsCue(all, sentence[at - offset], cue)) return sentence[at - offset] as number;
    if (holdsCue(all, sentence[at + offset], cue)) return sentence[at + offset] as number;
  }
  return -1;
}

/** Whether the candidate at `other` has a content range that holds `cue`. */
function holdsCue(all: readonly Candidate[], other: number | undefined, cue: TokenRange): boolean {
  if (other === undefined) return false;
  for (const range of (all[other] as Candidate).content) if (within(cue, range)) return true;
  return false;
}

/**
 * Removes the parent links that would close a cycle (two cues each inside the other's content),
 * so that following `parent` always ends. Each chain is walked once: linear overall.
 */
function breakCycles(parents: number[]): number[] {
  const state = new Uint8Array(parents.length); // 0 unvisited, 1 on the current walk, 2 done
  parents.forEach((_, start) => {
    const walk: number[] = [];
    let at = start;
    while (at >= 0 && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      at = parents[at] as number;
    }
    if (at >= 0 && state[at] === 1) parents[walk.at(-1) as number] = -1;
    for (const visited of walk) state[visited] = 2;
  });
  return parents;
}

/** Position that orders attributions: the cue, else the first content token. */
function anchor(candidate: Candidate): number {
  return candidate.cue?.start ?? candidate.content[0]?.start ?? 0;
}

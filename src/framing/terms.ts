/**
 * Term matching for the framing lexicons (frames, markers, labels, tone): every entry's terms
 * compiled into one table keyed by first word, then one left-to-right pass over the tokens.
 */
import type { Token } from '../types.js';

/** A compiled term: its words, and the index of the entry it belongs to. */
interface CompiledTerm {
  words: readonly string[];
  entry: number;
}

/** Terms by first word, longest first, for one lexicon. */
export interface TermMatcher<Entry> {
  entries: readonly Entry[];
  byFirstWord: ReadonlyMap<string, readonly CompiledTerm[]>;
}

/** A lexicon entry found in the text: tokens `[start, end)` and the entry. */
export interface TermHit<Entry> {
  start: number;
  end: number;
  entry: Entry;
}

/**
 * The word sequences a term matches: split on spaces, and also with hyphens as words of their own,
 * because wink-nlp splits most hyphenated words ("so - called") but keeps some whole ("anti-abortion").
 */
function wordSequences(term: string): string[][] {
  const spaced = term.toLowerCase().split(' ');
  const hyphenated = spaced.flatMap((word) => word.split(/(-)/u).filter((part) => part.length > 0));
  return hyphenated.length === spaced.length ? [spaced] : [spaced, hyphenated];
}

/** Compiles entries with `terms` into a matcher. */
export function compileTerms<Entry extends { terms: readonly string[] }>(entries: readonly Entry[]): TermMatcher<Entry> {
  const byFirstWord = new Map<string, CompiledTerm[]>();
  entries.forEach((entry, index) => {
    for (const term of entry.terms) {
      for (const words of wordSequences(term)) {
        const first = words[0] as string;
        const list = byFirstWord.get(first) ?? [];
        list.push({ words, entry: index });
        byFirstWord.set(first, list);
      }
    }
  });
  // Longest first; at equal length the later entry (a user lexicon's, added after the built-in ones).
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length || b.entry - a.entry);
  return { entries, byFirstWord };
}

/**
 * A naive singular for capitalized plurals, which wink-nlp tags as proper nouns and leaves
 * unlemmatized ("Hospitals are full" at a sentence start): "ies" → "y", "ches/shes/xes/sses" lose
 * "es", otherwise a final "s" (not "ss") goes.
 */
function naiveSingular(word: string): string {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/u.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The lemma a term is looked up by: wink-nlp's, or a naive singular for a proper-noun plural. */
function lemmaOf(token: Token, lowered: string): string {
  return token.pos === 'PROPN' && token.lemma === lowered ? naiveSingular(lowered) : token.lemma;
}


/** What terms are matched against, computed once per document and shared by the matchers. */
export interface TermText {
  tokens: readonly Token[];
  /** Lower-case text of each token. */
  lowered: readonly string[];
  /** Lemma of each token (a naive singular for a proper-noun plural). */
  lemmas: readonly string[];
}

/** The lower-case texts and lemmas of the tokens. */
export function termText(tokens: readonly Token[]): TermText {
  const lowered = tokens.map((token) => token.text.toLowerCase());
  const lemmas = tokens.map((token, index) => lemmaOf(token, lowered[index] as string));
  return { tokens, lowered, lemmas };
}

/**
 * The first words of several matchers' terms, each with a bit per matcher whose terms start with it:
 * one lookup per token tells which matchers can match there.
 */
export function firstWordMasks(matchers: ReadonlyArray<TermMatcher<unknown>>): Map<string, number> {
  const masks = new Map<string, number>();
  matchers.forEach((matcher, bit) => {
    for (const word of matcher.byFirstWord.keys()) masks.set(word, (masks.get(word) ?? 0) | (1 << bit));
  });
  return masks;
}

/**
 * For each matcher, the indexes of the tokens whose text or lemma starts one of its terms, in one
 * pass over the tokens: the only places its terms can start.
 */
export function termStarts(text: TermText, masks: ReadonlyMap<string, number>, count: number): number[][] {
  const starts: number[][] = Array.from({ length: count }, () => []);
  const { lowered, lemmas } = text;
  for (let index = 0; index < lowered.length; index += 1) {
    const lemma = lemmas[index] as string;
    const text = lowered[index] as string;
    const mask = (masks.get(text) ?? 0) | (lemma === text ? 0 : (masks.get(lemma) ?? 0));
    if (mask === 0) continue;
    for (let bit = 0; bit < count; bit += 1) if (mask & (1 << bit)) (starts[bit] as number[]).push(index);
  }
  return starts;
}

/**
 * Every term of the matcher in the text, leftmost-longest and without overlaps, trying only the
 * given start positions (ascending); a term never crosses a sentence boundary.
 */
export function findTerms<Entry>(matcher: TermMatcher<Entry>, text: TermText, starts: readonly number[]): TermHit<Entry>[] {
  const hits: TermHit<Entry>[] = [];
  let free = 0;
  for (const index of starts) {
    if (index < free) continue;
    const lowered = text.lowered[index] as string;
    const lemma = text.lemmas[index] as string;
    const byText = longestAt(matcher.byFirstWord.get(lowered), text, index);
    const byLemma = lemma === lowered ? undefined : longestAt(matcher.byFirstWord.get(lemma), text, index);
    const matched = byLemma && (!byText || byLemma.words.length > byText.words.length) ? byLemma : byText;
    if (!matched) continue;
    hits.push({ start: index, end: index + matched.words.length, entry: matcher.entries[matched.entry] as Entry });
    free = index + matched.words.length;
  }
  return hits;
}

/** The longest of `candidates` (sorted longest first) that matches at `index` within its sentence. */
function longestAt(candidates: readonly CompiledTerm[] | undefined, text: TermText, index: number): CompiledTerm | undefined {
  if (!candidates) return undefined;
  const { tokens, lowered, lemmas } = text;
  const sentence = (tokens[index] as Token).sentence;
  for (const candidate of candidates) {
    const { words } = candidate;
    const last = index + words.length - 1;
    if (last >= tokens.length || (tokens[last] as Token).sentence !== sentence) continue;
    let all = true;
    for (let offset = 1; offset < words.length && all; offset += 1) {
      const word = words[offset] as string;
      all = lowered[index + offset] === word || lemmas[index + offset] === word;
    }
    if (all) return candidate;
  }
  return undefined;
}

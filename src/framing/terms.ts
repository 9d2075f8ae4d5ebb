/**
 * Term matching for the framing lexicons (frames, markers, labels, tone): every entry's terms
 * compiled into one table keyed by first word, then one left-to-right pass over the tokens.
 */
import type { Token } from '../types.js';

/**
 * A node of a term trie: the words that may follow, and the entry whose term ends here (the
 * later entry when several terms are the same words), or -1.
 */
interface TermNode {
  next: Map<string, TermNode> | null;
  entry: number;
}

/** One lexicon's terms as a trie keyed by word: a lookup costs the length of the match, not the number of terms. */
export interface TermMatcher<Entry> {
  entries: readonly Entry[];
  /** The trie's root: its children are the first words of the terms. */
  root: TermNode;
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
  const root: TermNode = { next: null, entry: -1 };
  entries.forEach((entry, index) => {
    for (const term of entry.terms) {
      for (const words of wordSequences(term)) {
        let node = root;
        for (const word of words) {
          node.next ??= new Map();
          let child = node.next.get(word);
          if (!child) node.next.set(word, (child = { next: null, entry: -1 }));
          node = child;
        }
        // At equal words the later entry wins (a user lexicon's, added after the built-in ones).
        node.entry = Math.max(node.entry, index);
      }
    }
  });
  return { entries, root };
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
  // Words repeat: one lower-case string per distinct text, not one per token (less garbage on long texts).
  const lowerOf = new Map<string, string>();
  const lowered = tokens.map((token) => {
    let lower = lowerOf.get(token.text);
    if (lower === undefined) lowerOf.set(token.text, (lower = token.text.toLowerCase()));
    return lower;
  });
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
    for (const word of matcher.root.next?.keys() ?? []) masks.set(word, (masks.get(word) ?? 0) | (1 << bit));
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

/** The longest term found below a trie node: its length in words and its entry. */
interface Match {
  length: number;
  entry: number;
}

/**
 * Every term of the matcher in the text, leftmost-longest and without overlaps, trying only the
 * given start positions (ascending); a term never crosses a sentence boundary. A word matches a
 * token by its lower-case text or by its lemma; the first word by the lemma only when that gives a
 * longer term than the text.
 */
export function findTerms<Entry>(matcher: TermMatcher<Entry>, text: TermText, starts: readonly number[]): TermHit<Entry>[] {
  const hits: TermHit<Entry>[] = [];
  const first = matcher.root.next;
  if (!first) return hits;
  let free = 0;
  for (const index of starts) {
    if (index < free) continue;
    const lowered = text.lowered[index] as string;
    const lemma = text.lemmas[index] as string;
    const sentence = (text.tokens[index] as Token).sentence;
    const byText = longestBelow(first.get(lowered), text, index + 1, sentence, 1);
    const byLemma = lemma === lowered ? undefined : longestBelow(first.get(lemma), text, index + 1, sentence, 1);
    const matched = byLemma && (!byText || byLemma.length > byText.length) ? byLemma : byText;
    if (!matched) continue;
    hits.push({ start: index, end: index + matched.length, entry: matcher.entries[matched.entry] as Entry });
    free = index + matched.length;
  }
  return hits;
}

/** Whether match `a` beats `b`: longer, or as long with the later entry. */
function better(a: Match | undefined, b: Match | undefined): boolean {
  return a !== undefined && (b === undefined || a.length > b.length || (a.length === b.length && a.entry > b.entry));
}

/**
 * The longest term ending at `node` or below it, whose next word is matched against the token at
 * `index` (of sentence `sentence`): by its text and, when it differs, by its lemma. `depth` words
 * are matched already. Terms are a few words long, so the two-way branching stays small.
 */
function longestBelow(node: TermNode | undefined, text: TermText, index: number, sentence: number, depth: number): Match | undefined {
  if (!node) return undefined;
  let best: Match | undefined = node.entry >= 0 ? { length: depth, entry: node.entry } : undefined;
  const next = node.next;
  const token = text.tokens[index];
  if (!next || !token || token.sentence !== sentence) return best;
  const lowered = text.lowered[index] as string;
  const lemma = text.lemmas[index] as string;
  const byText = longestBelow(next.get(lowered), text, index + 1, sentence, depth + 1);
  if (better(byText, best)) best = byText;
  if (lemma !== lowered) {
    const byLemma = longestBelow(next.get(lemma), text, index + 1, sentence, depth + 1);
    if (better(byLemma, best)) best = byLemma;
  }
  return best;
}

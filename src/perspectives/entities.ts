/**
 * Entities of a perspective pack, found in the text of a mention: a name ("Moscow", "Vladimir
 * Putin", "U.S.") or a demonym ("Russian officials", "Western leaders").
 */
import type { ActorEntity, ActorLexicon } from '../lexicons/schemas.js';

/** How an entity was found in a mention. */
export type EntityEvidence = 'name' | 'demonym';

/** An entity found in a mention's text. */
export interface EntityMatch {
  entity: ActorEntity;
  by: EntityEvidence;
  /** Character offset of the matched words in the text that was searched. */
  start: number;
  end: number;
  /** The words that matched, as written. */
  text: string;
}

interface CompiledName {
  words: readonly string[];
  entity: ActorEntity;
  by: EntityEvidence;
}

/** A perspective pack compiled for lookups by first word. */
export interface EntityMatcher {
  lexicon: ActorLexicon;
  byFirstWord: ReadonlyMap<string, readonly CompiledName[]>;
}

/**
 * Words of a mention: abbreviations with dots ("U.S."), and runs of letters and digits joined by
 * hyphens or apostrophes ("Ki-moon", "O'Brien"). Linear: no alternative can backtrack into another.
 */
const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** A possessive ending left on a word ("Russia’s"). */
const POSSESSIVE = /[’']s$/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    let word = match[0];
    if (POSSESSIVE.test(word)) word = word.slice(0, -2);
    words.push({ text: word, start, end: start + word.length });
  }
  return words;
}

/** Compiles the names and demonyms of a pack, longest first under each first word. */
export function compileEntities(lexicon: ActorLexicon): EntityMatcher {
  const byFirstWord = new Map<string, CompiledName[]>();
  const add = (term: string, entity: ActorEntity, by: EntityEvidence): void => {
    const words = wordsOf(term).map((word) => word.text);
    const first = words[0];
    if (first === undefined) return;
    const list = byFirstWord.get(first) ?? [];
    list.push({ words, entity, by });
    byFirstWord.set(first, list);
  };
  for (const entity of lexicon.entities) {
    for (const name of entity.names) add(name, entity, 'name');
    for (const demonym of entity.demonyms ?? []) add(demonym, entity, 'demonym');
  }
  // Longest first; at equal length a name before a demonym.
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length || (a.by === 'name' ? -1 : 1) - (b.by === 'name' ? -1 : 1));
  return { lexicon, byFirstWord };
}

/** The leftmost (then longest) entity in `text`, or null. */
export function findEntity(matcher: EntityMatcher, text: string): EntityMatch | null {
  const words = wordsOf(text);
  for (let index = 0; index < words.length; index += 1) {
    for (const candidate of matcher.byFirstWord.get((words[index] as Word).text) ?? []) {
      const last = words[index + candidate.words.length - 1];
      if (!last) continue;
      if (candidate.words.every((word, offset) => words[index + offset]?.text === word)) {
        const start = (words[index] as Word).start;
        return { entity: candidate.entity, by: candidate.by, start, end: last.end, text: text.slice(start, last.end) };
      }
    }
  }
  return null;
}

/** Prepositions that end the head of a description ("envoy | to Ukraine", "director | of …"). */
const HEAD_END = /\s(?:to|of|for|in|on|at|from|with|about|against|over|toward|towards|into)\s/u;

/**
 * The entity a mention points to, reading its head first: the words before the first comma and
 * preposition ("a senior U.S. envoy | to Ukraine"), then the rest of that part, then the next
 * comma-separated part (an apposition).
 */
export function entityOfMention(matcher: EntityMatcher, text: string): EntityMatch | null {
  let offset = 0;
  for (const part of text.split(',')) {
    const headEnd = HEAD_END.exec(part)?.index ?? part.length;
    const found = findEntity(matcher, part.slice(0, headEnd)) ?? findEntity(matcher, part);
    if (found) return { ...found, start: found.start + offset, end: found.end + offset };
    offset += part.length + 1;
  }
  return null;
}

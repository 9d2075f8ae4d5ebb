/**
 * Entities of a perspective pack, found in the text of a mention: a name ("Moscow", "Vladimir
 * Putin", "U.S.") or a demonym ("Russian officials", "Western leaders").
 */
import { titleKey, TITLES } from '../actors/names.js';
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
  /** Position of the entity in the pack: later entities win ties. */
  order: number;
}

/** A perspective pack compiled for lookups by first word. */
export interface EntityMatcher {
  lexicon: ActorLexicon;
  byFirstWord: ReadonlyMap<string, readonly CompiledName[]>;
  /** The label of each perspective by id. */
  perspectiveLabels: ReadonlyMap<string, string>;
  /**
   * Lookups already made, by reading and text: mentions repeat within an article ("Trump" ×100)
   * and across a corpus ("the White House"). Lookups are pure, so the cache changes no result.
   */
  cache: Map<string, EntityMatch | null>;
}

/** Entries the lookup cache holds before it starts afresh: bounds its memory over a long run. */
export const LOOKUP_CACHE_SIZE = 20_000;
/** The longest text the lookup cache keeps. */
export const LOOKUP_CACHE_MAX_TEXT = 120;

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
  const add = (term: string, entity: ActorEntity, by: EntityEvidence, order: number): void => {
    const words = wordsOf(term).map((word) => word.text);
    const first = words[0];
    if (first === undefined) return;
    const list = byFirstWord.get(first) ?? [];
    list.push({ words, entity, by, order });
    byFirstWord.set(first, list);
  };
  lexicon.entities.forEach((entity, order) => {
    for (const name of entity.names) add(name, entity, 'name', order);
    for (const demonym of entity.demonyms ?? []) add(demonym, entity, 'demonym', order);
  });
  // Longest first; at equal length a name before a demonym, then the later entity (a user
  // lexicon's, added after the built-in ones) before the earlier.
  for (const list of byFirstWord.values()) {
    list.sort((a, b) => b.words.length - a.words.length || (a.by === 'name' ? 0 : 1) - (b.by === 'name' ? 0 : 1) || b.order - a.order);
  }
  return { lexicon, byFirstWord, perspectiveLabels: new Map(lexicon.perspectives.map((perspective) => [perspective.id, perspective.label])), cache: new Map() };
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
const HEAD_END = /\s(to|of|for|in|on|at|from|with|about|against|over|toward|towards|into)\s/u;
/**
 * Prepositions after which the rest still says where the described belong ("officials in Kyiv",
 * "diplomats from Russia"); after the others the rest is what the description is about ("an envoy
 * to Ukraine", "an expert on China", "a campaign against Russia").
 */
const BELONGING = new Set(['in', 'from', 'at']);
/**
 * Heads after which "of" or "for" says whom they belong to ("the president of Ukraine", "a
 * spokeswoman for the group"), unlike "a critic of the Kremlin" or "an envoy for Ukraine".
 */
const OFFICES = new Set([
  'president', 'minister', 'government', 'leader', 'leaders', 'head', 'king', 'queen', 'army', 'military', 'people', 'citizens',
  'residents', 'ambassador', 'embassy', 'ministry', 'chief', 'officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson',
  'parliament', 'forces', 'director', 'chairman', 'chairwoman', 'member', 'members', 'secretary', 'staff', 'lawyer', 'lawyers',
]);

/** Whether the rest of a part after its preposition says where the described belong. */
function restBelongs(part: string, preposition: RegExpExecArray): boolean {
  const word = preposition[1] as string;
  if (BELONGING.has(word)) return true;
  if (word !== 'of' && word !== 'for') return false;
  const before = part.slice(0, preposition.index).trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return OFFICES.has(before);
}

/** Whether every word of a text is capitalized: a proper name ("Paris Hilton"), not a description. */
function isProperName(words: readonly Word[]): boolean {
  return words.length > 0 && words.every((word) => /^[\p{Lu}\p{Lt}\p{N}]/u.test(word.text));
}

/**
 * The entity in one comma part of a person's mention. In a proper name only a person entity that is
 * the whole name counts, titles aside: "President Joe Biden" is Joe Biden, but "Hunter Biden" is not,
 * and "Paris Hilton" is no mention of France. A description ("the Kremlin spokesman") counts as is.
 */
function personEntity(matcher: EntityMatcher, part: string): EntityMatch | null | undefined {
  const words = wordsOf(part);
  if (!isProperName(words)) return undefined;
  let first = 0;
  while (first < words.length - 1 && TITLES.has(titleKey((words[first] as Word).text))) first += 1;
  const name = words.slice(first);
  const found = findEntity(matcher, part.slice((name[0] as Word).start));
  const whole = found && found.entity.kind === 'person' && found.start === 0 && found.end === (name.at(-1) as Word).end - (name[0] as Word).start;
  if (whole) return { ...found, start: found.start + (name[0] as Word).start, end: found.end + (name[0] as Word).start };
  return officeHolder(matcher, part, words);
}

/** Offices whose holder speaks for the state named before them ("German Chancellor Friedrich Merz"). */
const STATE_OFFICES = new Set(['president', 'chancellor', 'prime', 'premier', 'minister', 'foreign', 'defence', 'defense', 'interior', 'finance', 'secretary', 'ambassador', 'envoy', 'king', 'queen', 'vice', 'deputy']);

/**
 * "German Chancellor Friedrich Merz", "Philippine Defence Secretary Gilberto Teodoro": a state's
 * demonym or name, then an office, then a name. The holder speaks for that state.
 */
function officeHolder(matcher: EntityMatcher, part: string, words: readonly Word[]): EntityMatch | null {
  const office = words[1];
  if (!office || words.length < 3 || !STATE_OFFICES.has(office.text.toLowerCase())) return null;
  const found = findEntity(matcher, part.slice(0, office.start));
  return found && found.start === (words[0] as Word).start && found.entity.kind !== 'person' ? found : null;
}

/** An entity whose name opens the text (after "the"), prepositions and all. */
function nameOpening(matcher: EntityMatcher, part: string): EntityMatch | null {
  const words = wordsOf(part);
  const first = words[0]?.text.toLowerCase() === 'the' ? words[1] : words[0];
  const found = first ? findEntity(matcher, part) : null;
  return found && found.by === 'name' && found.start === first?.start ? found : null;
}

/**
 * The entity a mention points to, reading its head first: the words before the first comma and
 * preposition ("a senior U.S. envoy | to Ukraine"), then the rest of that part when it says where
 * the described belong ("officials | in Kyiv"), then the next comma-separated part (an apposition).
 * For a person (`person: true`), a proper name counts only as a whole (see `personEntity`).
 */
export function entityOfMention(matcher: EntityMatcher, text: string, person = false): EntityMatch | null {
  let offset = 0;
  for (const part of text.split(',')) {
    const asPerson = person ? personEntity(matcher, part) : undefined;
    const found = asPerson === undefined ? entityOfPart(matcher, part) : asPerson;
    if (found) return { ...found, start: found.start + offset, end: found.end + offset };
    offset += part.length + 1;
  }
  return null;
}

/**
 * The entity of one comma part: a name that opens it is its head, prepositions and all ("The
 * Federation of Energy Producers", "Bank of England"); else the words before its first preposition,
 * then the rest when it says where the described belong.
 */
function entityOfPart(matcher: EntityMatcher, part: string): EntityMatch | null {
  const opening = nameOpening(matcher, part);
  if (opening) return opening;
  const preposition = HEAD_END.exec(part);
  const head = findEntity(matcher, preposition ? part.slice(0, preposition.index) : part);
  return head ?? (preposition && restBelongs(part, preposition) ? findEntity(matcher, part) : null);
}

/** The lower-case names of the lexicon's entities that are one word ("israel", "paris", "nato"). */
export function oneWordEntityNames(lexicon: ActorLexicon): Set<string> {
  const words = new Set<string>();
  for (const entity of lexicon.entities) for (const name of entity.names) if (!/\s/u.test(name.trim())) words.add(name.trim().toLowerCase());
  return words;
}

/**
 * Actors linked to a perspective pack: each actor gets the entity its name, its mentions or its
 * source descriptions point to; actors that name the same entity ("Moscow", "Russia") become one.
 */
import type { ActorEntity } from '../lexicons/schemas.js';
import type { Actor, Span } from '../types.js';
import { TITLES } from '../actors/names.js';
import { entityOfMention, LOOKUP_CACHE_MAX_TEXT, LOOKUP_CACHE_SIZE, type EntityMatch, type EntityMatcher } from './entities.js';

/** An actor with the entity it was linked to. */
export interface LinkedActor {
  actor: Actor;
  entity: ActorEntity | null;
}

/** The linked actors, renumbered, and where each old actor id went. */
export interface LinkResult {
  actors: LinkedActor[];
  /** Old actor id → new actor id. */
  remap: ReadonlyMap<string, string>;
}

/** An entity an actor's own name or mention points to, and whether it is the head of that text. */
interface OwnMatch {
  match: EntityMatch;
  /** The matched words end the text ("Moscow", "the Kremlin"), rather than modify a head ("U.S. officials"). */
  isHead: boolean;
}

/** Trailing characters that end no word: white space and closing punctuation. */
const TRAILING = new Set([' ', '\t', '\n', '\r', '.', ',', ';', ':', '!', '?', ')']);

/** The end of a mention's words, without trailing punctuation or a possessive ending (a loop, no regex: linear). */
function headEnd(text: string): number {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] as string)) end -= 1;
  if (end >= 2 && (text[end - 1] === 's' || text[end - 1] === 'S') && (text[end - 2] === '’' || text[end - 2] === "'")) end -= 2;
  else if (end >= 1 && (text[end - 1] === '’' || text[end - 1] === "'")) end -= 1;
  return end;
}


/** A mention's text without a possessive ending or trailing punctuation. */
function headText(text: string): string {
  return text.slice(0, headEnd(text));
}

/** An entity lookup by text and reading. */
type Lookup = (text: string, person: boolean) => EntityMatch | null;

/** Lookups through the matcher's cache (an actor's mentions repeat: "Trump" ×100). */
function cachedLookup(matcher: EntityMatcher): Lookup {
  const cache = matcher.cache;
  return (text, person) => {
    // A long text (a source with an apposition) is rarely seen twice: it is looked up, not kept.
    if (text.length > LOOKUP_CACHE_MAX_TEXT) return entityOfMention(matcher, text, person);
    const key = `${person ? 'p' : 'o'}${text}`;
    let found = cache.get(key);
    if (found === undefined) {
      found = entityOfMention(matcher, text, person);
      if (cache.size >= LOOKUP_CACHE_SIZE) cache.clear();
      cache.set(key, found);
    }
    return found;
  };
}

/**
 * Whether a person entity can be the actor: when the actor's name has a given name right before
 * its surname, one of its words is a given name of the entity ("Luis Rubio", called "Mr. Rubio"
 * later, is not the pack's "Marco Rubio"; "Hillary Rodham Clinton" is "Hillary Clinton";
 * "Environment Minister Hoffmann" has no given name to disagree).
 */
function givenNamesAgree(actor: Actor, entity: ActorEntity): boolean {
  if (entity.kind !== 'person') return true;
  const words = actor.name.split(/\s+/u);
  const given = words[words.length - 2];
  if (given === undefined || !/^\p{Lu}\p{Ll}/u.test(given) || TITLES.has(given.toLowerCase())) return true;
  const entityGiven = new Set<string>();
  for (const name of [entity.label, ...entity.names]) for (const word of name.split(/\s+/u).slice(0, -1)) entityGiven.add(word.toLowerCase());
  return entityGiven.size === 0 || words.slice(0, -1).some((word) => entityGiven.has(word.toLowerCase()));
}

/** The entity an actor names itself (its canonical name, then its mentions). */
function ownEntity(lookup: Lookup, actor: Actor): OwnMatch | null {
  const person = actor.kind === 'person';
  // Repeated mention texts ("Trump" ×100) cost one lookup each: the lookup is cached.
  for (const text of [actor.name, ...actor.mentions.map((mention) => mention.text)]) {
    // ("North Korea", which the mention finder took for a person's name: a place's or an
    // institution's whole name in the pack is that entity.)
    const whole = person && text === actor.name ? lookup(text, false) : null;
    const match = lookup(text, person) ?? (whole && whole.entity.kind !== 'person' && whole.text === headText(text) ? whole : null);
    if (match && (!person || givenNamesAgree(actor, match.entity))) return { match, isHead: match.end >= headEnd(text) };
  }
  return null;
}

/** Whether an actor is nothing but a singular demonym ("Ukrainian", "American"): an adjective, not a participant. */
function isAdjectivalDemonym(actor: Actor, own: OwnMatch): boolean {
  return own.match.by === 'demonym' && own.match.text === actor.name && !/s$/u.test(actor.name) && actor.mentions.every((mention) => mention.text === actor.name);
}

/**
 * Whether an actor is the entity itself (so that all its names merge): its name is the head of its
 * mention, and a person is not linked to an institution nor the other way round.
 */
function isEntityItself(actor: Actor, own: OwnMatch): boolean {
  if (!own.isHead || own.match.by !== 'name') return false;
  // ("Statistics Canada", "Air Canada": an organization named after its country is of it, not it.)
  // ("The Government of Canada" is the country's, and its government speaks for it.)
  if (actor.kind === 'organization' && own.match.entity.kind === 'place' && own.match.text !== actor.name && !/\sof\s/iu.test(actor.name)) return false;
  // ("North Korea", a name of two words the mention finder took for a person's: the whole name is the
  // entity's, whose kind wins.)
  return (actor.kind === 'person') === (own.match.entity.kind === 'person') || own.match.text === actor.name;
}

/**
 * Links each actor to an entity: its own name or mentions first ("Moscow", "U.S. officials"),
 * else the descriptions in the sources it speaks through ("Keith Kellogg, a senior U.S. envoy").
 * Actors that are one entity merge, in the order of their first mention; ids are renumbered.
 */
export function linkActors(matcher: EntityMatcher, actors: readonly Actor[], sourcesByActor: ReadonlyMap<string, readonly Span[]>): LinkResult {
  const merged = new Map<string, LinkedActor>();
  const linked: LinkedActor[] = [];
  const target = new Map<string, LinkedActor>();
  const lookup = cachedLookup(matcher);
  for (const actor of actors) {
    const own = ownEntity(lookup, actor);
    // "potential Ukrainian membership": a demonym used as an adjective is no actor (a plural one,
    // "Ukrainians", is a group and stays), unless it speaks.
    if (own && isAdjectivalDemonym(actor, own) && !sourcesByActor.has(actor.id)) continue;
    if (own && isEntityItself(actor, own)) {
      const existing = merged.get(own.match.entity.id);
      if (existing) {
        for (const mention of actor.mentions) existing.actor.mentions.push(mention);
        target.set(actor.id, existing);
        continue;
      }
      const entity = own.match.entity;
      const item: LinkedActor = { actor: { ...actor, name: entity.label, kind: entity.kind, mentions: [...actor.mentions], entry: entity.id }, entity };
      merged.set(entity.id, item);
      linked.push(item);
      target.set(actor.id, item);
      continue;
    }
    let entity = own?.match.entity ?? null;
    for (const source of entity ? [] : (sourcesByActor.get(actor.id) ?? [])) {
      entity = lookup(source.text, actor.kind === 'person')?.entity ?? null;
      if (entity && actor.kind === 'person' && !givenNamesAgree(actor, entity)) entity = null;
      if (entity) break;
    }
    const item: LinkedActor = { actor: { ...actor, mentions: [...actor.mentions], entry: entity?.id ?? null }, entity };
    linked.push(item);
    target.set(actor.id, item);
  }
  // Renumber in order of first mention; mentions of merged actors back in text order.
  for (const item of linked) item.actor.mentions.sort((a, b) => a.start - b.start);
  linked.sort((a, b) => (a.actor.mentions[0]?.start ?? 0) - (b.actor.mentions[0]?.start ?? 0));
  const newIds = new Map<LinkedActor, string>();
  linked.forEach((item, index) => {
    newIds.set(item, `p${index + 1}`);
  });
  const remap = new Map<string, string>();
  for (const [oldId, item] of target) remap.set(oldId, newIds.get(item) as string);
  for (const item of linked) item.actor.id = newIds.get(item) as string;
  return { actors: linked, remap };
}

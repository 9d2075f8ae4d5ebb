import type { Gender } from '../lexicons/schemas.js';
import type { Actor, ActorKind, Span, Token } from '../types.js';
import { firstEndingAfter } from '../text/span.js';
import { RELATIVE_PRONOUNS } from '../text/words.js';
import { gendersAgree, givenNameGender, mentionGender, type GivenNames } from './gender.js';
import { affiliationStart, findNameMentions, findRoleDescriptions, NAME_PARTICLES, sourceMention, type Mention } from './mentions.js';
import { acronymOf, isAcronym, NAME_DESCRIPTORS, nameWords, nameWordsWithTitles, PERSONAL_TITLES, sameSurname, titleKey, TITLES } from './names.js';

/** Role words that name the same function ("the Kremlin spokesman" is the "press secretary"). */
const ROLE_CLASSES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'press', 'spokesmen', 'spokespeople']),
  new Set(['minister', 'secretary']),
  new Set(['envoy', 'ambassador', 'representative', 'emissary']),
  new Set(['adviser', 'advisor', 'aide']),
];

/**
 * Titles that a bare description names someone by ("the judge", "the senator"), only bare: "the
 * Vermont senator" or "the Florida senator" may be another one.
 */
const BARE_ROLE_CLASSES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['judge', 'justice']),
  new Set(['senator', 'sen']),
  new Set(['governor', 'gov']),
  new Set(['mayor']),
  new Set(['coach']),
  new Set(['prosecutor']),
  new Set(['commissioner']),
  new Set(['general', 'gen', 'commander']),
  new Set(['president']),
  new Set(['chancellor']),
  new Set(['premier']),
  new Set(['minister']),
  new Set(['ambassador']),
  new Set(['secretary']),
  new Set(['envoy']),
];

/** Titles that make another office of the same word ("Vice President", "Former President", "Deputy Prime Minister"). */
const RANK_QUALIFIERS = new Set(['vice', 'deputy', 'former', 'acting', 'late', 'ex', 'assistant', 'under']);

/** Whether a cluster's titles hold a qualifier the description lacks ("The president" is not "Vice President JD Vance"). */
function hasOtherRank(description: readonly string[], cluster: Cluster): boolean {
  for (const title of cluster.titles) if (RANK_QUALIFIERS.has(title) && !description.includes(title)) return true;
  return false;
}
const QUANTIFIERS = new Set(['the', 'a', 'an', 'various', 'some', 'many', 'several', 'other', 'others', 'most', 'few', 'two', 'three', 'both', 'all']);

/** How a mention is looked up: its name words (names only) and its key ("vladimir putin", "u.s. officials"). */
interface MentionKey {
  words: readonly string[];
  key: string;
  /** The acronym a name is ("ECB": short) or spells out ("European Central Bank": long), else null. */
  acronym: { form: 'short' | 'long'; letters: string } | null;
}

/** An actor while mentions are being merged. */
interface Cluster {
  key: string;
  /** Words in `key`. */
  keyWords: number;
  surname: string;
  kind: ActorKind;
  mentions: Mention[];
  roles: Set<string>;
  /** Title words of its names ("judge"), see `Mention.titles`. */
  titles: Set<string>;
  voiced: boolean;
  /** The mention that names the actor best (a name over a description, a longer name over a shorter), with its rank. */
  best: { mention: Mention; words: number } | null;
  /** Last `RecentActors.find` call that visited this cluster. */
  visited: number;
  /** The gender its mentions have shown (a title, a given name, a pronoun resolved to it), or null: what pronouns agree with. */
  gender: Gender | null;
  /** The gender shown by a title, a full name's given name or a gendered noun, or null: what names agree with. */
  firmGender: Gender | null;
  /** The age the text gives in apposition to one of its names ("Marcus Bell, 31,"), or null. */
  age: number | null;
}

function descriptionKey(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => !QUANTIFIERS.has(word))
    .join(' ')
    .replace(/[’']s?$/u, '');
}

/** Whether a description's role words name a role that an apposition gave the cluster. */
function sharesRole(description: readonly string[], cluster: Cluster): boolean {
  const inClass = (roleClass: ReadonlySet<string>, words: ReadonlySet<string>): boolean => {
    for (const word of words) if (roleClass.has(word)) return true;
    return false;
  };
  const shares = (classes: ReadonlyArray<ReadonlySet<string>>, word: string, withTitles: boolean): boolean =>
    classes.some((roleClass) => roleClass.has(word) && (inClass(roleClass, cluster.roles) || (withTitles && inClass(roleClass, cluster.titles))));
  if (description.some((word) => shares(ROLE_CLASSES, word, false))) return true;
  // ("the judge": an article and the title alone, which a title before the name gives too; "the
  // Iranian ambassador" is not the ambassador "Ambassador Mike Huckabee".)
  const words = description.filter((word) => word !== '');
  return words.length === 2 && words[0] === 'the' && !hasOtherRank(words, cluster) && shares(BARE_ROLE_CLASSES, words[1] as string, true);
}

/** How many recent actors a pronoun, surname or description may point back to. */
const RECENT_WINDOW = 64;
/** History entries scanned per actor of the window, at most. */
const HISTORY_PER_ACTOR = 4;

/**
 * The actors in the order of their latest named mention, most recent last. A pronoun or a
 * description refers to a recent actor, so lookups scan a bounded window from the end: linear in
 * the document, whatever its length.
 */
class RecentActors {
  private readonly history: Cluster[] = [];

  /** Records a named mention of `cluster` (in text order). */
  touch(cluster: Cluster): void {
    if (this.history.at(-1) !== cluster) this.history.push(cluster);
  }

  /** Stamps clusters visited by one `find`, instead of a set allocated per call. */
  private stamp = 0;

  /** The most recent actor that satisfies `accept`, among the last `RECENT_WINDOW` distinct ones. */
  find(accept: (cluster: Cluster) => boolean): Cluster | undefined {
    this.stamp += 1;
    let distinct = 0;
    // Bounded in entries too: two actors alternating would otherwise make every miss a full scan.
    const floor = Math.max(0, this.history.length - RECENT_WINDOW * HISTORY_PER_ACTOR);
    for (let index = this.history.length - 1; index >= floor && distinct < RECENT_WINDOW; index -= 1) {
      const cluster = this.history[index] as Cluster;
      if (cluster.visited === this.stamp) continue;
      cluster.visited = this.stamp;
      distinct += 1;
      if (accept(cluster)) return cluster;
    }
    return undefined;
  }
}

/** The lookups that resolve a mention, kept up to date as mentions are merged in text order. */
interface Index {
  recent: RecentActors;
  /** Clusters by every key one of their mentions gave ("vladimir putin", "putin", "u.s. officials"). */
  byKey: Map<string, Cluster>;
  /** Person and named clusters by surname, the most recent last. */
  bySurname: Map<string, Cluster>;
  /**
   * Clusters by the acronym they were named by ("ecb" for "the ECB"), and by the acronym their full
   * name spells out ("ecb" for "the European Central Bank"): an acronym joins a full name, in either
   * order, never another acronym or full name ("Labor Party" and "Liberal Party" stay two).
   */
  byAcronym: { short: Map<string, Cluster>; long: Map<string, Cluster> };
  /** One-word names of the actors pack's entities, lower case ("israel", "paris", "putin"): no family name written first. */
  entityWords: ReadonlySet<string>;
}

/** A definite age standing for a person ("the 31-year-old", "The 64-year-old"). */
const DEFINITE_AGE = /^the ([\p{L}\p{N}]+)-year-old$/iu;
/** An age in apposition right after a name ("Marcus Bell, 31,"). */
const AGE_AFTER_NAME = /^, (\d{1,3}),/u;

/** The age the text gives a name mention in apposition ("Marcus Bell, 31, …"), or null. */
function ageAfter(input: string, mention: Mention): number | null {
  if (mention.form !== 'name') return null;
  const found = AGE_AFTER_NAME.exec(input.slice(mention.end, mention.end + 6));
  return found ? Number(found[1]) : null;
}


/**
 * Whether a relative pronoun stands before the token at `index`, a comma aside ("which, it said,"):
 * "that" only after a noun ("a finish that he said"; "told the jury that he …" is a that-clause).
 */
function isAfterRelative(tokens: readonly Token[], index: number): boolean {
  let at = index - 1;
  if (tokens[at]?.text === ',') at -= 1;
  const word = tokens[at]?.text.toLowerCase() ?? '';
  if (!RELATIVE_PRONOUNS.has(word)) return false;
  return word !== 'that' || ['NOUN', 'PROPN'].includes(tokens[at - 1]?.pos ?? '');
}

/** How far back from a mention its sentence's verb is looked for (keeps the look bounded). */
const MAX_SUBJECT_REACH = 30;

/** Whether a mention stands before its sentence's first verb: the subject, or inside it ("Popescu’s daughter, Elena, worries"). */
function isSubjectMention(tokens: readonly Token[], mention: Mention | undefined): boolean {
  if (!mention) return false;
  const at = firstEndingAfter(tokens, mention.start);
  const token = tokens[at];
  if (!token) return false;
  for (let index = at - 1; index >= Math.max(0, at - MAX_SUBJECT_REACH); index -= 1) {
    const before = tokens[index] as Token;
    if (before.sentence !== token.sentence) return true;
    if (before.pos === 'VERB' || before.pos === 'AUX') return false;
  }
  return false;
}

/**
 * How many sentences after a speaker's a pronoun may continue that speaker over someone nearer spoken
 * about: the next one only ("… reached her deputy, Ann Lee, by phone. She said …" two sentences after
 * another speaker is Ann Lee).
 */
const SPEAKER_REACH = 1;

/**
 * Whether a pronoun source in `sentence`, resolved to `nearest`, speaks for the last speaker instead:
 * the speaker spoke in the sentence just before (in the speaker's own sentence the pronoun may be
 * someone spoken of: "Flynn said Trump was right when he said …"), agrees with the pronoun, and
 * `nearest` has not spoken and is not the subject of its sentence ("Popescu’s daughter, Elena,
 * worries about him. She thinks …").
 */
function continuesSpeaker(mention: Mention, gender: Gender | null, nearest: Cluster, last: { cluster: Cluster; sentence: number }, sentence: number, tokens: readonly Token[]): boolean {
  if (nearest.voiced || last.cluster === nearest) return false;
  if (sentence <= last.sentence || sentence - last.sentence > SPEAKER_REACH) return false;
  return pronounFits(mention, gender, last.cluster) && !isSubjectMention(tokens, nearest.mentions.at(-1));
}

/** Whether a pronoun may refer to a cluster: a person of its gender for "he" and "she", a group or organization for "they", a non-person for "it". */
function pronounFits(mention: Mention, gender: Gender | null, cluster: Cluster): boolean {
  if (mention.kind === 'person') return cluster.kind === 'person' && gendersAgree(cluster.gender, gender);
  if (mention.kind === 'group') return cluster.kind === 'group' || cluster.kind === 'organization';
  if (mention.text.toLowerCase() === 'it') return cluster.kind === 'organization' || cluster.kind === 'place' || cluster.kind === 'unspecified';
  return true;
}

/** Finds the cluster a mention belongs to, or undefined for a new participant. */
function resolve(mention: Mention, { words, key, acronym }: MentionKey, gender: Gender | null, index: Index, givenNames: GivenNames, speaker?: Cluster): Cluster | undefined {
  const { recent, byKey, bySurname } = index;
  if (mention.form === 'pronoun') {
    // "She" is the nearest person who may be a woman: not "Ion Popescu", whom "he" referred to. A
    // pronoun that speaks in a relative clause is `speaker`, who spoke before it in its sentence, when
    // it agrees (a surname alone, of no kind yet, does: "Schumer said …, which he said …").
    const fits = (cluster: Cluster): boolean => pronounFits(mention, gender, cluster);
    if (speaker && (fits(speaker) || (mention.kind === 'person' && speaker.kind === 'unspecified'))) return speaker;
    return recent.find(fits);
  }
  if (mention.form === 'name') {
    const surname = words.at(-1) ?? key;
    const first = words.length > 1 ? words[0] : undefined;
    // A full name joins an actor known by its surname only when the given names agree: "Luis Rubio"
    // is not "Marco Rubio", whose mentions "Rubio" gave the key "rubio".
    const bySurnameKey = words.length === 1 ? bySurname.get(surname) : byKey.get(surname);
    // ("Mrs. Clinton" is not the Bill Clinton whom "Clinton" last named.)
    const agrees = (cluster: Cluster): boolean =>
      gendersAgree(cluster.firmGender, gender) && (first === undefined || cluster.keyWords === 1 || cluster.key.startsWith(`${first} `));
    const known = byKey.get(key) ?? bySurnameKey;
    if (known && known.kind !== 'group' && agrees(known)) return known;
    // ("House Republicans … House Republicans", "Economists … Economists": a group's same name is the same group.)
    const sameGroup = byKey.get(key);
    if (sameGroup && sameGroup.kind === 'group' && sameGroup.key === key) return sameGroup;
    // "the ECB" after "the European Central Bank", or the other way round.
    const expanded = acronym === null ? undefined : (acronym.form === 'short' ? index.byAcronym.long : index.byAcronym.short).get(acronym.letters);
    if (expanded && expanded.kind !== 'person' && expanded.kind !== 'group') return expanded;
    if (words.length > 1) {
      // "Clinton" seen first, "Hillary Clinton" now: the surname-only actor is the same one.
      const bySurnameOnly = bySurname.get(surname);
      if (bySurnameOnly && bySurnameOnly.keyWords === 1 && gendersAgree(bySurnameOnly.firmGender, gender)) return bySurnameOnly;
    }
    // Spelling variants (Zelensky / Zelenskyy) among recent actors; "Hillary Clinton" is not "Bill Clinton".
    const variant = recent.find((cluster) => cluster.kind !== 'group' && cluster.surname.length > 3 && sameSurname(cluster.surname, surname) && agrees(cluster));
    if (variant || words.length !== 1) return variant;
    // "Marcus Bell …" then "Marcus": a known given name alone names the recent person who bears it;
    // "Liang Haoran …" then "Liang", "Lai Ching-te" then "Lai": a family name written first.
    // ("Israel Katz … Israel said …", "Paris Hilton … Paris will host …": a place's or organization's name
    // names neither a given name nor a family name.)
    if (index.entityWords.has(key)) return undefined;
    return recent.find((cluster) => cluster.kind === 'person' && cluster.keyWords > 1 && (givenNames.has(key) || cluster.keyWords <= 3) && cluster.key.startsWith(`${key} `));
  }
  const known = byKey.get(key);
  if (known) return known;
  // "the agency" after "the National Security Agency": an institution's head word names it again
  // ("An agency in Texas" does not: an indefinite description introduces someone new).
  const definite = !INDEFINITE_OPENERS.has(mention.text.toLowerCase().split(/\s+/u)[0] ?? '');
  if (mention.form === 'description' && definite && INSTITUTION_HEADS.has(key)) {
    const institution = recent.find((cluster) => cluster.kind === 'organization' && cluster.key.endsWith(` ${key}`));
    if (institution) return institution;
  }
  if (mention.form === 'description') {
    // "the 31-year-old" refers back to the nearest person, as "he" or "she" would.
    // ("Marcus Bell, 31, … Judge Tom Price, 64, … The 31-year-old said": the person of that age.)
    const age = DEFINITE_AGE.exec(mention.text);
    if (age) {
      const years = Number(age[1]);
      const person = (cluster: Cluster): boolean => cluster.kind === 'person' && gendersAgree(cluster.gender, gender);
      return recent.find((cluster) => person(cluster) && cluster.age === years) ?? recent.find((cluster) => person(cluster) && cluster.age === null);
    }
    const words = mention.text.toLowerCase().split(/[^\p{L}]+/u);
    // "A spokesperson told reporters …": an indefinite description introduces someone new.
    if (INDEFINITE_OPENERS.has(words[0] ?? '')) return undefined;
    // "The Chief Minister": the person who bears every title word, before anyone who shares one ("Home Minister").
    const titles = mention.titles;
    const titled = titles.length > 1 ? recent.find((cluster) => cluster.kind === 'person' && titles.every((title) => cluster.titles.has(title)) && !hasOtherRank(titles, cluster)) : undefined;
    return titled ?? recent.find((cluster) => cluster.kind === 'person' && sharesRole(words, cluster));
  }
  return undefined;
}

/**
 * The acronym of a name mention: the name itself when it is one ("the ECB"), else the initials of
 * all its words ("National Rifle Association" → "nra": a title word such as "National" counts here).
 */
function acronymKey(text: string): MentionKey['acronym'] {
  const words = nameWordsWithTitles(text);
  if (isAcronym(text)) return words.length === 1 ? { form: 'short', letters: (words[0] as string).replaceAll('.', '') } : null;
  const letters = acronymOf(words);
  return letters === null ? null : { form: 'long', letters };
}

/** Head words by which an institution is named again ("the agency", "the ministry"); "the union" may be another. */
const INSTITUTION_HEADS = new Set(['agency', 'ministry', 'department', 'council', 'commission', 'committee', 'bureau', 'office', 'institute', 'foundation', 'company', 'bank', 'court', 'board', 'authority', 'federation', 'association', 'university', 'college', 'school', 'hospital', 'party', 'church', 'network', 'group']);

/** Words that open an indefinite description, which refers to no one named before. */
const INDEFINITE_OPENERS = new Set(['a', 'an', 'another', 'one']);

/** Whether each of `items` (sorted by start) lies inside one of `spans`, in one sweep. */
function coveredBy(items: readonly Span[], spans: readonly Span[]): boolean[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let next = 0;
  let reach = -1;
  return items.map((item) => {
    while (next < sorted.length && (sorted[next] as Span).start <= item.start) {
      reach = Math.max(reach, (sorted[next] as Span).end);
      next += 1;
    }
    return reach >= item.end;
  });
}

/** The last mention (of `sorted`, by start) that lies within `[start, end)`: binary search, then a short walk. */
function lastWithin(sorted: readonly Mention[], start: number, end: number): Mention | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as Mention).start < start) low = middle + 1;
    else high = middle;
  }
  let last: Mention | undefined;
  for (let index = low; index < sorted.length && (sorted[index] as Mention).end <= end; index += 1) last = sorted[index];
  return last;
}

/** Endings of a name that tell a generation ("Jr.", "III"). */
const GENERATIONAL_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

/**
 * A name without the titles before it ("President Vladimir Putin" → "Vladimir Putin"); for a person,
 * also without a party or office word before it ("Republican Liz Cheney") and without whatever
 * precedes its last title ("European Commission President Ursula von der Leyen" → "Ursula von der
 * Leyen"). A bare title stays.
 */
function withoutTitles(text: string, person: boolean): string {
  const words = text.split(/\s+/u);
  let first = 0;
  // Only before a name: "A State Department official" keeps its words, and so does "Martin Luther
  // King Jr." ("King" is a surname when only a generation follows it).
  const named = (from: number): boolean => {
    const rest = words.slice(from).filter((word) => !GENERATIONAL_SUFFIXES.has(word.toLowerCase()) && !NAME_PARTICLES.has(word));
    // ("Majed al-Ansari": a particle glued to a capitalized name is part of it.)
    return rest.length >= 1 && words.slice(from).every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word) || /^\p{Ll}+-\p{Lu}/u.test(word));
  };
  // ("German MEP Katrin Oberholzer": a descriptor after a nationality opens the name too.)
  if (person) for (let index = words.length - 2; index > 0; index -= 1) if ((PERSONAL_TITLES.has(titleKey(words[index] as string)) || NAME_DESCRIPTORS.has(titleKey(words[index] as string))) && named(index + 1)) {
    first = index + 1;
    break;
  }
  while (first < words.length - 1 && (TITLES.has(titleKey(words[first] as string)) || (person && NAME_DESCRIPTORS.has(titleKey(words[first] as string))))) first += 1;
  return words.slice(first).join(' ');
}

/**
 * The name an actor is shown by, from its best mention, without a possessive ending: a person's
 * without titles; an institution's name without "The" and a leading personal title ("Sen. Elizabeth
 * Warren's office" → "Elizabeth Warren's office") but with its own title words ("National Rifle
 * Association", "State Department"); a description as written ("The country's foreign ministry").
 */
function displayName(mention: Mention, kind: ActorKind): string {
  const text = mention.text.replace(/[’']s?$/u, '');
  // ("The Chief Minister": a description of title words alone is shown as written.)
  if (mention.form === 'description' && mention.titles.length > 0) return text;
  if (mention.form !== 'name' || (kind !== 'organization' && kind !== 'place')) return withoutTitles(text, kind === 'person');
  const words = text.replace(/^[Tt]he\s+/u, '').split(/\s+/u);
  let first = 0;
  // (Only before a person's possessive office: "Sen. Elizabeth Warren's office"; "General Motors" stays.)
  const office = /[’']s\s/u.test(text);
  while (office && first < words.length - 1 && PERSONAL_TITLES.has(titleKey(words[first] as string))) first += 1;
  return words.slice(first).join(' ');
}

/** Actors and, for each attribution, the id of its source's actor. */
export interface ActorResult {
  actors: Actor[];
  attributionActors: Array<string | null>;
}

/**
 * Mentions → actors: names in the text and the sources of attributions are merged by name
 * (surname and spelling variants), pronouns by the nearest compatible actor before them, and
 * descriptions ("the Kremlin spokesman") by the role an apposition gave an actor.
 */
export function resolveActors(input: string, tokens: readonly Token[], sources: ReadonlyArray<Span | null>, givenNames: GivenNames = new Map(), entityWords: ReadonlySet<string> = new Set()): ActorResult {
  const names = findNameMentions(input, tokens, givenNames);
  const fromSources: Mention[] = [];
  // Attributions that share one source span ("X said …, adding …") share one mention.
  const sameSourceAs = new Map<number, number>();
  const firstWithSpan = new Map<string, number>();
  sources.forEach((source, index) => {
    if (!source) return;
    const key = `${source.start}:${source.end}`;
    const first = firstWithSpan.get(key);
    if (first !== undefined) {
      sameSourceAs.set(index, first);
      return;
    }
    firstWithSpan.set(key, index);
    const mention = sourceMention(input, source, index);
    // The head of a name phrase is its last name ("U.S. envoy Keith Kellogg" is Kellogg).
    const named = mention.form === 'name' ? lastWithin(names, mention.start, affiliationStart(mention)) : undefined;
    if (named) {
      named.attribution = index;
      named.roles = mention.roles;
      if (named.kind === 'unspecified') named.kind = mention.kind;
      return;
    }
    // A group or description that contains a name ("various U.S. officials") is its own mention.
    fromSources.push(mention);
  });
  fromSources.sort((a, b) => a.start - b.start);
  const covering = fromSources.filter((mention) => mention.form !== 'pronoun');
  const allDescriptions = findRoleDescriptions(input, tokens);
  const descriptionCovered = coveredBy(allDescriptions, covering);
  const descriptions = allDescriptions.filter((_, index) => !descriptionCovered[index]);
  const nameCovered = coveredBy(names, [...covering, ...descriptions]);
  // A name that is a source is never dropped, even inside a description ("the Kremlin spokesman Dmitry Peskov").
  const mentions = [...names.filter((name, index) => !nameCovered[index] || name.attribution >= 0), ...fromSources, ...descriptions].sort((a, b) => a.start - b.start);
  // Mentions repeat ("Trump" a hundred times): their keys are worked out once per document.
  const keys = new Map<string, MentionKey>();
  const keyOf = (mention: Mention): MentionKey => {
    const institution = mention.kind === 'organization' || mention.kind === 'place';
    const cacheKey = `${mention.form === 'name' ? (institution ? 'i' : 'n') : 'd'}${mention.text}`;
    let found = keys.get(cacheKey);
    if (!found) {
      // An institution's title words are its own ("National Security Council" is not "State Council").
      const words = mention.form !== 'name' ? [] : institution ? nameWordsWithTitles(mention.text) : nameWords(mention.text);
      const key = mention.form === 'name' ? words.join(' ') : descriptionKey(mention.text);
      // The acronym a name is known by ("ECB"), or that it spells out ("European Central Bank").
      const acronym = mention.form !== 'name' ? null : acronymKey(mention.text);
      found = { words, key, acronym };
      keys.set(cacheKey, found);
    }
    return found;
  };
  const clusters: Cluster[] = [];
  const speakers = new Map<number, Cluster>();
  /** The actor of the latest source, and its sentence. */
  let lastSpeaker: { cluster: Cluster; sentence: number } | undefined;
  const index: Index = {
    recent: new RecentActors(),
    byKey: new Map(),
    bySurname: new Map(),
    byAcronym: { short: new Map(), long: new Map() },
    entityWords,
  };
  const clusterOfAttribution = new Map<number, Cluster>();
  for (const mention of mentions) {
    const mentionKey = keyOf(mention);
    const { words, key } = mentionKey;
    const gender = mentionGender(mention, givenNames);
    // ("Taiwan's defence ministry thanked Washington for the sale, which it said …": the pronoun after a
    // relative pronoun speaks for the sentence's earlier speaker; elsewhere it is the nearest actor,
    // "Flynn said Trump was right when he said …".)
    const at = mention.form === 'pronoun' && mention.attribution >= 0 ? firstEndingAfter(tokens, mention.start) : -1;
    const speaker = at >= 0 && isAfterRelative(tokens, at) ? speakers.get((tokens[at] as Token).sentence) : undefined;
    let cluster = resolve(mention, mentionKey, gender, index, givenNames, speaker);
    // "She credited her back line, which held …, Tessa Grant, …. She said …": see `continuesSpeaker`.
    if (at >= 0 && cluster && lastSpeaker && continuesSpeaker(mention, gender, cluster, lastSpeaker, (tokens[at] as Token).sentence, tokens)) cluster = lastSpeaker.cluster;
    if (!cluster && mention.form === 'pronoun') continue;
    if (!cluster) {
      // "Elena" alone: a known given name names a person.
      // (Its gender is weak: it holds for pronouns only, and only for the actor this word opens,
      // since "James" or "Warren" after "Letitia James" or "Elizabeth Warren" is a surname.)
      const given = givenNameGender(mention, givenNames);
      const kind = mention.kind === 'unspecified' && given ? 'person' : mention.kind;
      cluster = { key, keyWords: key.split(' ').length, surname: mention.form === 'name' ? (words.at(-1) ?? '') : '', kind, mentions: [], roles: new Set(), titles: new Set(), voiced: false, best: null, visited: 0, gender: given, firmGender: null, age: null };
      clusters.push(cluster);
    }
    if (mention.form === 'pronoun') cluster.gender ??= gender;
    else if (gender) {
      cluster.firmGender ??= gender;
      cluster.gender = cluster.firmGender;
    }
    if (mention.form !== 'pronoun') {
      // A name beats a description ("Dmitry Peskov", not "the Kremlin spokesman"); a longer name a shorter one.
      const rank = mention.form === 'name' ? 1000 + words.length : mention.text.split(/\s+/u).length;
      if (!cluster.best || rank > cluster.best.words) cluster.best = { mention, words: rank };
    }
    if (mention.form === 'name' && words.length > cluster.keyWords) {
      // "Putin" first, "Vladimir Putin" later: the fuller name becomes the key.
      cluster.key = key;
      cluster.keyWords = words.length;
      cluster.surname = words.at(-1) ?? cluster.surname;
    }
    if (cluster.kind === 'unspecified' && mention.kind !== 'unspecified') cluster.kind = mention.kind;
    cluster.mentions.push(mention);
    cluster.age ??= ageAfter(input, mention);
    for (const role of mention.roles) cluster.roles.add(role);
    for (const title of mention.titles) cluster.titles.add(title);
    if (mention.form !== 'pronoun') {
      index.byKey.set(cluster.key, cluster);
      index.byKey.set(key, cluster);
      // (Only a name refreshes its surname: "the former president" joining Bill Clinton must not make
      // a later "Clinton" his rather than Hillary Clinton's.)
      if (mention.form === 'name' && cluster.surname !== '' && cluster.kind !== 'group') index.bySurname.set(cluster.surname, cluster);
      const acronym = mentionKey.acronym;
      if (acronym !== null && cluster.kind !== 'person' && cluster.kind !== 'group') {
        const byLetters = index.byAcronym[acronym.form];
        if (!byLetters.has(acronym.letters)) byLetters.set(acronym.letters, cluster);
      }
      index.recent.touch(cluster);
    }
    if (mention.attribution >= 0) {
      const sentence = (tokens[firstEndingAfter(tokens, mention.start)] as Token).sentence;
      lastSpeaker = { cluster, sentence };
      cluster.voiced = true;
      clusterOfAttribution.set(mention.attribution, cluster);
      if (mention.form !== 'pronoun') speakers.set(sentence, cluster);
    }
  }
  const actors = clusters.map((cluster, index): Actor => {
    const named = cluster.mentions.filter((mention) => mention.form !== 'pronoun');
    const name = (cluster.best as { mention: Mention }).mention;
    const mentionSpans = cluster.mentions.map(({ start, end, text }) => ({ start, end, text }));
    return {
      id: `p${index + 1}`,
      name: displayName(name, cluster.kind),
      kind: cluster.kind,
      mentions: mentionSpans,
      perspective: null,
      voiceless: !cluster.voiced && named.length >= 2,
      entry: null,
    };
  });
  const idOf = new Map(clusters.map((cluster, index) => [cluster, `p${index + 1}`]));
  const attributionActors = sources.map((_, index) => {
    const cluster = clusterOfAttribution.get(sameSourceAs.get(index) ?? index);
    return cluster ? (idOf.get(cluster) ?? null) : null;
  });
  return { actors, attributionActors };
}

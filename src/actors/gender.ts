/**
 * Gender agreement for pronouns: "she" does not point back to a man. What a mention tells of its
 * bearer's gender comes from a pronoun, a gendered title or noun ("Mrs.", "spokeswoman", "his
 * wife"), or a given name of the names lexicon ("Elena", "Dmitry").
 */
import type { Gender, NameLexicon } from '../lexicons/schemas.js';
import type { Mention } from './mentions.js';
import { NAME_DESCRIPTORS, PERSONAL_TITLES, titleKey, TITLES, trimWord } from './names.js';

/** Given names (lower case) and the gender of their bearers. */
export type GivenNames = ReadonlyMap<string, Gender>;

/** The given names of the names lexicon; a name listed for both genders tells neither. */
export function compileGivenNames(entries: NameLexicon['entries']): GivenNames {
  const names = new Map<string, Gender | null>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const key = name.toLowerCase();
      const known = names.get(key);
      names.set(key, known === undefined || known === entry.gender ? entry.gender : null);
    }
  }
  const agreed = new Map<string, Gender>();
  for (const [name, gender] of names) if (gender) agreed.set(name, gender);
  return agreed;
}

const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);
const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);

/** Titles and nouns that name a woman or a man (a closed class; given names are lexicon data). */
const FEMALE_WORDS = new Set([
  'mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'duchess', 'countess', 'baroness', 'empress', 'sister',
  'woman', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman', 'assemblywoman', 'stateswoman', 'anchorwoman',
  'wife', 'mother', 'daughter', 'widow', 'grandmother', 'granddaughter', 'girlfriend', 'fiancée', 'fiancee', 'aunt', 'niece', 'actress', 'stepmother', 'stepdaughter',
]);
const MALE_WORDS = new Set([
  'mr', 'sir', 'lord', 'king', 'prince', 'duke', 'count', 'baron', 'emperor', 'sheikh', 'brother',
  'man', 'spokesman', 'congressman', 'businessman', 'councilman', 'assemblyman', 'statesman', 'anchorman',
  'husband', 'father', 'son', 'widower', 'grandfather', 'grandson', 'boyfriend', 'fiancé', 'fiance', 'uncle', 'nephew', 'stepfather', 'stepson',
]);

/** Words after which an apposition's words no longer describe its bearer. */
const APPOSITION_ENDS = new Set(['who', 'whose', 'which', 'that', 'with', 'whom', 'and', 'for', 'of', 'to']);

/** The gender a word names, or null. */
function wordGender(word: string): Gender | null {
  if (FEMALE_WORDS.has(word)) return 'female';
  if (MALE_WORDS.has(word)) return 'male';
  return null;
}

/** Lower-case words without punctuation at their ends ("Mrs." → "mrs"). */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => titleKey(trimWord(word)))
    .filter((word) => word.length > 0);
}

/**
 * What a mention tells of its bearer's gender, or null when nothing does:
 * - a pronoun: "she", "his";
 * - a name: a gendered title before it ("Mrs. Clinton", "Sir Keir Starmer"), else its given name,
 *   the first word after its titles, when known ("Hillary Clinton"; a one-word name is left to
 *   `givenNameGender`);
 * - a description: a gendered noun in it or in its apposition ("the spokeswoman", "Lopez, his wife").
 */
export function mentionGender(mention: Mention, givenNames: GivenNames): Gender | null {
  const words = wordsOf(mention.text);
  if (mention.form === 'pronoun') {
    const word = words[0] ?? '';
    return FEMALE_PRONOUNS.has(word) ? 'female' : MALE_PRONOUNS.has(word) ? 'male' : null;
  }
  if (mention.form === 'name') {
    let first = 0;
    while (first < words.length - 1 && TITLES.has(words[first] as string)) {
      const titled = wordGender(words[first] as string);
      if (titled) return titled;
      first += 1;
    }
    // The given name is the first word after the titles, or after the last title inside the name
    // ("Environment Minister Clara Hoffmann"); a middle name tells nothing ("Carlo Maria Viganò").
    for (let index = words.length - 2; index > first; index -= 1) {
      if (PERSONAL_TITLES.has(words[index] as string)) {
        first = index + 1;
        break;
      }
    }
    // "Republican Liz Cheney", "Labour MP Diane Abbott": a party or office word before the given name.
    while (first < words.length - 2 && NAME_DESCRIPTORS.has(words[first] as string)) first += 1;
    if (first < words.length - 1) return givenNames.get(words[first] as string) ?? null;
  } else {
    for (const word of words) {
      const named = wordGender(word);
      if (named) return named;
    }
  }
  // An apposition's head noun, not a relative clause or phrase after it ("Tom Reed, whose daughter …").
  for (const role of mention.roles) {
    if (APPOSITION_ENDS.has(role)) break;
    const named = wordGender(role);
    if (named) return named;
  }
  return null;
}

/**
 * The gender of a one-word name that is a known given name ("Elena"), or null. Its bearer is a
 * person, and pronouns may agree with it; names may not, for it may be a surname ("Warren").
 */
export function givenNameGender(mention: Mention, givenNames: GivenNames): Gender | null {
  // ("The ED and CBI": an acronym in capitals is no given name, "Ed".)
  if (mention.form !== 'name' || /^\p{Lu}{2,}$/u.test(mention.text)) return null;
  return givenNames.get(mention.text.toLowerCase().replace(/[’']s?$/u, '')) ?? null;
}

/** Whether an actor of gender `known` can be referred to by a mention of gender `said`. */
export function gendersAgree(known: Gender | null, said: Gender | null): boolean {
  return known === null || said === null || known === said;
}

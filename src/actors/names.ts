import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { MONTHS, WEEKDAYS } from '../text/words.js';

/** Words that precede a name without being part of who it is. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'gen', 'colonel', 'col', 'lt', 'major', 'maj', 'captain', 'capt', 'admiral', 'adm', 'sergeant', 'sgt',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'judge', 'justice', 'chief', 'chairman', 'chairwoman', 'chair',
  'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal', 'pastor', 'ayatollah',
  'ambassador', 'envoy', 'king', 'queen', 'prince', 'princess', 'pope', 'rev', 'reverend', 'father', 'sheikh', 'former', 'late', 'acting', 'deputy', 'foreign', 'defense', 'defence',
  'national', 'security', 'advisor', 'adviser', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'director', 'attorney', 'state', 'u.s', 'u.n', 'candidate', 'nominee',
  'speaker', 'leader', 'secretary-general', 'chancellor', 'premier', 'commissioner', 'councilman', 'councilwoman', 'councillor', 'cllr', 'alderman',
  'sheriff', 'detective', 'inspector', 'superintendent', 'coach', 'treasurer',
]);

/**
 * Titles that stand right before a person's name ("President", "Minister", "Sen."), unlike the
 * words of `TITLES` that also modify other titles or institutions ("Vice", "Foreign", "State",
 * "Security"): after an institution's name, one of these opens the person's ("European Commission
 * President Ursula von der Leyen").
 */
export const PERSONAL_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'minister', 'secretary', 'general', 'gen', 'colonel', 'col', 'lt', 'major', 'maj', 'captain', 'capt', 'admiral', 'adm', 'sergeant', 'sgt',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'judge', 'justice', 'chairman', 'chairwoman', 'chair',
  'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal', 'pastor', 'ayatollah', 'ambassador', 'envoy', 'king', 'queen', 'prince', 'princess', 'pope', 'rev', 'reverend',
  'sheikh', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'attorney', 'adviser', 'advisor', 'chancellor', 'premier', 'speaker', 'leader',
  'secretary-general', 'commissioner', 'councilman', 'councilwoman', 'councillor', 'cllr', 'alderman', 'sheriff', 'detective', 'inspector', 'superintendent',
  'coach', 'treasurer',
]);

/** Parties and offices written before a name without being titles ("Republican Liz Cheney", "Labour MP Diane Abbott"). */
export const NAME_DESCRIPTORS: ReadonlySet<string> = new Set([
  'republican', 'republicans', 'democrat', 'democratic', 'gop', 'labour', 'tory', 'conservative', 'liberal', 'green', 'independent', 'socialist',
  'mp', 'mep', 'msp', 'ms', 'mla', 'peer', 'lawmaker', 'activist', 'candidate', 'nominee', 'incumbent', 'challenger', 'ceo', 'cfo', 'chief', 'executive',
]);

/** A word as the title sets hold it: lower case, without an abbreviation's period ("Sen." → "sen"). */
export function titleKey(word: string): string {
  return word.toLowerCase().replace(/\.$/u, '');
}

/** Calendar words that wink-nlp tags as proper nouns but that name no one. */
export const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/** Whether a character is a letter or a digit. */
const isWordChar = (char: string): boolean => /[\p{L}\p{N}]/u.test(char);

/** A word without leading punctuation, nor trailing punctuation other than a period ("Jr."); a loop, linear. */
export function trimWord(word: string): string {
  const chars = Array.from(word);
  let start = 0;
  while (start < chars.length && !isWordChar(chars[start] as string)) start += 1;
  let end = chars.length;
  while (end > start && !isWordChar(chars[end - 1] as string) && chars[end - 1] !== '.') end -= 1;
  return chars.slice(start, end).join('');
}

/** Lower-case words of a name, without titles, possessive endings and punctuation. */
export function nameWords(text: string): string[] {
  const words = nameWordsWithTitles(text);
  let first = 0;
  while (first < words.length - 1 && TITLES.has(titleKey(words[first] as string))) first += 1;
  return words.slice(first);
}

/** A name's words, lower-case, without "the", a possessive ending or punctuation, titles kept. */
export function nameWordsWithTitles(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s?$/u, '')
    .split(/[\s,]+/u)
    .map(trimWord)
    .filter((word) => word.length > 0 && word !== 'the');
}

/** Words a name's acronym skips ("Bank of England" is BoE). */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', '&', 'de', 'du', 'des', 'la', 'le', 'el', 'y']);

/**
 * The acronym of a name of two or more words, lower-case, from its name words: "european central
 * bank" → "ecb", "north atlantic treaty organization" → "nato". Null for one word.
 */
export function acronymOf(words: readonly string[]): string | null {
  let acronym = '';
  let count = 0;
  for (const word of words) {
    if (ACRONYM_SKIPS.has(word)) continue;
    const first = /\p{L}/u.exec(word);
    if (!first) return null;
    acronym += first[0];
    count += 1;
  }
  return count >= 2 ? acronym : null;
}

/** Whether a mention's text is an acronym: two to six capitals ("ECB", "NATO", "the RSF"). */
export function isAcronym(text: string): boolean {
  // ("F.T.C.", "the E.P.A.": the letters with periods, as some papers write them; not "U.S." or "U.K.",
  // whose two letters would absorb any "United S…" or "Universal S…".)
  return /^(?:[Tt]he\s+)?(?:\p{Lu}{2,6}|(?:\p{Lu}\.){3,6})$/u.test(text);
}

/** Whether two surnames are spelling variants of one name (Zelensky / Zelenskyy). */
export function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  // Variants share their start and differ little in length; the rest never reaches Jaro-Winkler.
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 2 || a.slice(0, 2) !== b.slice(0, 2)) return false;
  return jaroWinkler(a, b) >= 0.94;
}

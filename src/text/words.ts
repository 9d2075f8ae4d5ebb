import type { Token } from '../types.js';
/**
 * Closed classes of English words the rules share: times, articles, pronouns. Grammar rather than
 * lexicon data (the lexicons in `lexicons/` hold the open classes: cues, boilerplate phrases).
 */

/** Days of the week, lower case. */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Months, lower case, with their common abbreviations. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Parts of the day and spans of time ("Friday afternoon", "last week"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year']);

/** Adverbs of time that stand alone ("said today", "added later"). */
export const TIME_ADVERBS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'later', 'earlier', 'recently', 'again']);

/** Words that modify a time noun ("this month", "late August"). */
export const TIME_MODIFIERS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'early', 'late', 'mid']);

/** The indefinite articles. */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** Possessive determiners ("his plan", "their warnings"). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Personal pronouns that can be the subject of a cue, "who" included. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);

/** Words that open an indirect question ("asked whether …", "why prices rose"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how', 'what', 'who', 'when', 'where', 'which']);

/** Whether a lower-case word belongs to a time expression. */
export function isTimeWord(word: string): boolean {
  return WEEKDAYS.has(word) || MONTHS.has(word) || TIME_NOUNS.has(word) || TIME_ADVERBS.has(word) || TIME_MODIFIERS.has(word);
}

/** Words that negate what follows them ("not good", "never fair", "didn't help"). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'without', 'nor', 'neither', 'hardly', 'barely', 'cannot']);

/** Title abbreviations a period follows inside a sentence ("The Rev. Jesse Jackson", "Gov. Mike Pence"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'maj', 'st', 'fr', 'msgr', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt']);

/**
 * Adjectives and participles that, with their preposition, describe a person by a relation
 * ("people familiar with the matter", "sources close to the talks", "officials briefed on the plan").
 */
export const POSTMODIFYING_ADJECTIVES: ReadonlySet<string> = new Set([
  'familiar', 'close', 'knowledgeable', 'involved', 'opposed', 'loyal', 'sympathetic', 'aligned', 'allied', 'linked', 'connected', 'affiliated',
  'responsible', 'briefed', 'present', 'based', 'surveyed', 'polled', 'interviewed', 'quoted', 'cited',
]);

/**
 * The base forms a word in -ing may come from: its stem, the stem with an "e", the stem without a
 * doubled consonant ("saying" → say, "ruling" → rule, "admitting" → admit). For looking a participle
 * up in a lexicon when wink-nlp tagged it as a noun or adjective and gave no verb lemma.
 */
export function ingBaseForms(word: string): [string, string, string] {
  const stem = word.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)];
}

/** Whether a lower-case word ends in a plural or third-person -s, not in -ss ("advocates", not "press"). */
export function isPluralForm(word: string): boolean {
  return /[^s]s$/u.test(word);
}

/**
 * The base forms a word in -ed may come from: without "d", without "ed", without a doubled
 * consonant, and "-ied" as "-y" ("alleged" → allege, "claimed" → claim, "planned" → plan,
 * "denied" → deny). For a past tense wink-nlp tagged as an adjective.
 */
export function edBaseForms(word: string): [string, string, string, string] {
  const stem = word.slice(0, -2);
  return [word.slice(0, -1), stem, stem.slice(0, -1), `${word.slice(0, -3)}y`];
}

/** Speech verbs that take an addressee before their content ("told reporters that …"). */
export const ADDRESSEE_CUES: ReadonlySet<string> = new Set(['tell', 'warn', 'remind', 'assure', 'inform', 'convince', 'notify', 'ask', 'urge', 'persuade', 'caution', 'promise', 'advise', 'brief', 'reassure']);

/**
 * Whether a token's form can be a past participle: not in -ing nor a present in -s, and in -ed or
 * -en or an inflection of its lemma ("held", "sent", "written"; wink-nlp lemmatizes "based" as itself).
 */
export function isParticipleForm(token: Token | undefined): boolean {
  if (!token || token.pos !== 'VERB') return false;
  const word = token.text.toLowerCase();
  return !/(?:ing|s)$/u.test(word) && (/(?:ed|en)$/u.test(word) || word !== token.lemma);
}

/** Lower-case words inside a name ("Citizens for Trump", "Bank of England", "Center for Strategic and International Studies"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', '&']);

/** A finite verb form: inflected ("said", "declined", "calls"), not a base form or a gerund. */
export function isFiniteVerb(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'VERB' && token.text.toLowerCase() !== token.lemma && !/ing$/iu.test(token.text);
}

/**
 * Words that modify a number ("at least 12 people", "up to 3,000 homes", "around 50 soldiers"). With
 * the number they open a noun phrase, though their first word is tagged as a preposition.
 */
const QUANTITY_MODIFIERS: ReadonlyArray<readonly string[]> = [
  ['at', 'least'], ['at', 'most'], ['up', 'to'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['close', 'to'],
  ['as', 'many', 'as'], ['as', 'much', 'as'], ['as', 'few', 'as'], ['over'], ['under'], ['around'], ['about'], ['nearly'],
  ['almost'], ['roughly'], ['approximately'],
];

/** The length of the quantity modifier at `index` when a number follows it ("at least | 12"), else 0. */
export function quantityModifierLength(tokens: readonly Token[], index: number): number {
  for (const words of QUANTITY_MODIFIERS) {
    if (tokens[index + words.length]?.pos !== 'NUM') continue;
    if (words.every((word, at) => tokens[index + at]?.text.toLowerCase() === word)) return words.length;
  }
  return 0;
}

/** Irregular past tenses of verbs that report or think, with their base form ("found" → "find"), looked up in the cue lexicon: wink-nlp's tagger sometimes reads them as nouns or adjectives. */
export const IRREGULAR_PASTS: ReadonlyMap<string, string> = new Map([
  ['said', 'say'], ['told', 'tell'], ['wrote', 'write'], ['found', 'find'], ['thought', 'think'], ['felt', 'feel'], ['knew', 'know'],
  ['saw', 'see'], ['held', 'hold'], ['heard', 'hear'], ['meant', 'mean'], ['taught', 'teach'], ['spoke', 'speak'], ['understood', 'understand'],
]);

/**
 * Whether the token at `index` is an irregular past tense before "that" that wink-nlp tagged as a
 * noun or an adjective ("A poll released in March 2024 found/NOUN that …"): the clause's verb.
 */
export function isMistaggedPastBeforeThat(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (!token || !previous || (token.pos !== 'NOUN' && token.pos !== 'ADJ') || tokens[index + 1]?.text.toLowerCase() !== 'that') return false;
  // ("the found that …" reads no way at all; after a determiner or an adjective leave it be, and after a
  // number other than a year: "One thought that haunted him" is a noun and its relative clause.)
  const countWord = previous.pos === 'NUM' && !/^\d{4}$/u.test(previous.text);
  return previous.pos !== 'DET' && previous.pos !== 'ADJ' && !countWord && IRREGULAR_PASTS.has(token.text.toLowerCase());
}

/** Participles of permission in the anonymity formula of news ("not authorized to speak", "not allowed to discuss"). */
export const PERMISSIONS_OF_ANONYMITY: ReadonlySet<string> = new Set(['authorized', 'authorised', 'allowed', 'permitted', 'cleared']);

/** Articles, and "one" used as one ("one widely shared reply"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one']);

/** An adverb of degree or manner that may modify a participle used as an adjective ("widely shared", "much criticized"). */
export function isDegreeAdverb(token: Token | undefined): boolean {
  if (!token || token.pos !== 'ADV') return false;
  const word = token.text.toLowerCase();
  return word.endsWith('ly') || word === 'much';
}

/** Nouns of a stretch of time, singular and plural ("hours after …", "Hours later, …"). */
export const DURATION_NOUNS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'moment', 'moments', 'decade', 'decades',
]);

/** Words that open a relative clause ("a banker who …", "the agency that …", "a lawyer whose …"). */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'that']);

/** Relative pronouns that stand for a noun as subject or object ("which it said", "whom he called"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that']);

/** Words that open a free relative or a question rather than a noun phrase ("in what analysts called …"). */
export const FREE_RELATIVE_WORDS: ReadonlySet<string> = new Set(['what', 'whatever', 'which', 'whichever']);

/** Participles that give a name ("a group called …", "a cleric named …"). */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'nicknamed', 'labeled', 'labelled']);

import type { CueEntry } from '../lexicons/schemas.js';
import { ARTICLES, edBaseForms, IRREGULAR_PASTS, isDegreeAdverb, isMistaggedPastBeforeThat, ingBaseForms, isParticipleForm, isPluralForm, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../text/words.js';
import type { Token } from '../types.js';
import { isTitleCase } from '../text/headline.js';
import { isGluedHyphen } from '../text/hyphen.js';
import type { DocView } from './view.js';
import { isCapitalized, isComma, isPunct, lower, parentheticalEnd } from './view.js';

/** The cue lexicon compiled for lookups by lemma, built once per analyzer. */
export interface CueMatcher {
  /** Every lemma that can start a cue, for a quick first test. */
  lemmas: ReadonlySet<string>;
  /** Whether a lemma is a verb cue (made once per analyzer, used per token). */
  isVerbCue: (lemma: string) => boolean;
  verbs: ReadonlyMap<string, CueEntry>;
  /** Adjectives that signal a stance after a copula ("was sure that", "has been critical of"). */
  adjectives: ReadonlyMap<string, CueEntry>;
  nouns: ReadonlyMap<string, CueEntry>;
  /** Multi-word cues by their first lemma, longest first. */
  phrases: ReadonlyMap<string, readonly CueEntry[]>;
  /** The "according to" entry, when the lexicon has one. */
  accordingTo: CueEntry | undefined;
  /** The colon entry, when the lexicon has one. */
  colon: CueEntry | undefined;
  /** The dash entry ("—"), when the lexicon has one: the cue of a byline, whatever the dash's glyph. */
  dash: CueEntry | undefined;
  /** The idioms of each entry, as word lists, by its first lemma. */
  idioms: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
}

/**
 * The lemmas of the verbs that introduce speech ("say", "ask"), for the text layer: a short sentence
 * with one after a quotation is the quotation's attribution, and a capitalized word right before one
 * (or before a verb of demand or promise, `demandVerbLemmas`) is a name.
 */
export function speechVerbLemmas(entries: readonly CueEntry[]): Set<string> {
  return verbLemmas(entries, 'reporting');
}

/**
 * The lemmas of verbs of demand and promise ("demand", "vow"): they end a quotation as "said" does
 * when they end their clause (`“…?” Vitter demanded.`), but open one of their own as often
 * (`“…” Workers voted to strike.`).
 */
export function demandVerbLemmas(entries: readonly CueEntry[]): Set<string> {
  return verbLemmas(entries, 'intention');
}

function verbLemmas(entries: readonly CueEntry[], cueClass: CueEntry['class']): Set<string> {
  return new Set(entries.filter((entry) => entry.pos === 'verb' && entry.class === cueClass).flatMap((entry) => entry.lemmas));
}

/** Compiles cue entries into lookup tables. */
export function compileCues(entries: readonly CueEntry[]): CueMatcher {
  const verbs = new Map<string, CueEntry>();
  const nouns = new Map<string, CueEntry>();
  const adjectives = new Map<string, CueEntry>();
  const phrases = new Map<string, CueEntry[]>();
  let accordingTo: CueEntry | undefined;
  let colon: CueEntry | undefined;
  let dash: CueEntry | undefined;
  for (const entry of entries) {
    const [first] = entry.lemmas;
    if (first === undefined) continue;
    if (entry.pos === 'punctuation') {
      if (first === ':') colon ??= entry;
      else if (first === '—') dash ??= entry;
      continue;
    }
    if (entry.lemmas.length > 1) {
      if (entry.lemmas.join(' ') === 'accord to') accordingTo ??= entry;
      else phrases.set(first, [...(phrases.get(first) ?? []), entry]);
      continue;
    }
    const table = entry.pos === 'noun' ? nouns : entry.pos === 'verb' ? verbs : entry.pos === 'adjective' ? adjectives : undefined;
    if (table && !table.has(first)) table.set(first, entry);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.lemmas.length - a.lemmas.length);
  const lemmas = new Set([...verbs.keys(), ...adjectives.keys(), ...nouns.keys(), ...phrases.keys()]);
  const isVerbCue = (lemma: string): boolean => verbs.has(lemma);
  return { lemmas, isVerbCue, verbs, adjectives, nouns, phrases, accordingTo, colon, dash, idioms: compileIdioms(entries) };
}

/** Each entry's idioms as word lists, by the entry's first lemma. */
function compileIdioms(entries: readonly CueEntry[]): ReadonlyMap<string, ReadonlyArray<readonly string[]>> {
  const idioms = new Map<string, string[][]>();
  for (const entry of entries) {
    const [first] = entry.lemmas;
    if (first === undefined || !entry.idioms) continue;
    const list = idioms.get(first) ?? [];
    for (const idiom of entry.idioms) list.push(idiom.toLowerCase().split(/\s+/u).filter((word) => word.length > 0));
    idioms.set(first, list);
  }
  return idioms;
}

/**
 * Whether the token at `index` is part of one of `idioms` in the text ("Having said that"): some
 * word of the idiom is the token (by text or lemma), and the words around it match the tokens around it.
 */
function inIdiom(view: DocView, index: number, idioms: ReadonlyArray<readonly string[]> | undefined, sentenceStart: number, sentenceEnd: number): boolean {
  if (!idioms) return false;
  const token = view.tokens[index] as Token;
  const word = lower(token);
  for (const idiom of idioms) {
    for (let at = 0; at < idiom.length; at += 1) {
      if (idiom[at] !== word && idiom[at] !== token.lemma) continue;
      const start = index - at;
      if (start < sentenceStart || start + idiom.length > sentenceEnd) continue;
      if (!idiom.every((expected, offset) => lower(view.tokens[start + offset]) === expected)) continue;
      // An idiom opens its clause: "That said, …", "…, to say the least." — not "signs that said …".
      // An idiom that ends in "that" must close its clause too: "Having said that the war was over, …" reports speech.
      const closes = !OPEN_ENDED.has(idiom.at(-1) ?? '') || start + idiom.length >= sentenceEnd || view.tokens[start + idiom.length]?.pos === 'PUNCT';
      if (standsApart(view, start, sentenceStart) && closes) return true;
    }
  }
  return false;
}

/** Last words that leave an idiom open to a reading as speech unless punctuation follows ("Having said that the war was over, …"). */
const OPEN_ENDED = new Set(['that']);

/** Words after which an idiom may open ("But having said that", "And needless to say", "It goes without saying"). */
const IDIOM_OPENERS = new Set(['but', 'and', 'yet', 'so', 'if', 'when', 'it', 'or']);

/**
 * Whether tokens `[start, end)` open the sentence or a clause: after nothing, punctuation or a
 * conjunction. "signs that said the election was stolen" holds "that said" but not the idiom.
 */
function standsApart(view: DocView, start: number, sentenceStart: number): boolean {
  const before = view.tokens[start - 1];
  return start === sentenceStart || (before !== undefined && (before.pos === 'PUNCT' || IDIOM_OPENERS.has(lower(before))));
}

/** A cue found in a sentence. */
export interface CueMatch {
  /** First token of the cue (auxiliaries included). */
  start: number;
  /** One past the last token of the cue. */
  end: number;
  /** The token of the cue's main word. */
  head: number;
  entry: CueEntry;
  form: 'verb' | 'noun' | 'phrase';
}

/** Whether the token's lemma (or lower-cased text) equals `lemma`. */
function hasLemma(token: Token | undefined, lemma: string): boolean {
  return token !== undefined && (token.lemma === lemma || lower(token) === lemma);
}


/**
 * Whether a token that wink-nlp tagged NOUN acts as the verb of its clause
 * ("Moscow claims strategic victory": a proper noun or pronoun subject right before it, and a
 * verb's inflection).
 */
function actsAsVerb(view: DocView, index: number, entry: CueEntry): boolean {
  const token = view.tokens[index] as Token;
  // "DuVernay both documents …", "The ad then references …": an adverb between subject and verb.
  let before = index - 1;
  while (before > index - 3 && (view.tokens[before]?.pos === 'ADV' || SUBJECT_ADVERBS.has(lower(view.tokens[before])))) before -= 1;
  // "Immigration advocates, meanwhile, fear …": an adverb between commas.
  if (isComma(view.tokens[before]) && view.tokens[before - 1]?.pos === 'ADV' && isComma(view.tokens[before - 2])) before -= 3;
  const previous = view.tokens[before];
  const next = view.tokens[index + 1];
  if (!previous || previous.sentence !== token.sentence || !next) return false;
  // "polls show …", "analysts say …": a plural common noun as subject, the verb in its base form.
  // Only for words that are mostly cues: "the tariffs answer …" is a noun phrase more often than not.
  // "Polls show …" (a capitalized plural tagged as a name), "Records from the 2008 cycle show …" (the
  // plural head before a prepositional phrase).
  const plural = isPluralNoun(previous) || pluralHeadBefore(view, before, token.sentence);
  // ("The researchers estimate that …": a that-clause right after the word makes it a verb whatever its ratio.)
  const pluralSubject = plural && lower(token) === token.lemma && ((entry.cueRatio ?? 0) >= PLURAL_SUBJECT_MIN_RATIO || asFollows(view, index, entry) || (lower(next) === 'that' && next.pos === 'SCONJ'));
  // "The union views the strike as …": a common noun, a verb in -s, and the start of an object.
  const nominal = previous.pos === 'NOUN' || (previous.pos === 'ADJ' && view.tokens[index - 2]?.pos === 'DET');
  // "The campaign plans to employ …": an infinitive after the -s form is a verb's complement.
  const infinitive = lower(next) === 'to' && view.tokens[index + 2]?.pos === 'VERB';
  // (A plural noun before a verb in -s is no subject: "new emissions rules that promise …" is a noun
  // phrase; unless a preposition's object, "an email to his supporters notes …".)
  const inPhrase = view.tokens[before - 1]?.pos === 'ADP' || view.tokens[before - 2]?.pos === 'ADP';
  const nounSubject = nominal && (!isPluralNoun(previous) || inPhrase) && /s$/u.test(lower(token)) && lower(token) !== token.lemma && (CLAUSE_OBJECT_STARTS.has(next.pos) || infinitive);
  // "4 in 10 say …", "62 percent say …": a count is a plural subject, the verb in its base form.
  // A number stands for people after "the" or at the start of its clause ("The two say", "Of the workers,
  // 12 claim"), not before a noun after a preposition ("In one tweet, Trump said …"), nor a year ("The 2017 report").
  const proportion = previous.pos === 'NUM' && lower(view.tokens[before - 1]) === 'in' && view.tokens[before - 2]?.pos === 'NUM';
  const standing = previous.pos === 'NUM' && !/^\d{4}$/u.test(previous.text) && (lower(view.tokens[before - 1]) === 'the' || isClauseStart(view, before));
  const counted = proportion || standing || ((lower(previous) === 'percent' || previous.text === '%') && view.tokens[before - 1]?.pos === 'NUM');
  // "Some say …", "Nearly a third say …": a quantifier standing for people is a plural subject too.
  const countSubject = (counted || QUANTIFIER_SUBJECTS.has(lower(previous))) && lower(token) === token.lemma && (entry.cueRatio ?? 0) >= PLURAL_SUBJECT_MIN_RATIO;
  // "the study, which notes that …": a relative pronoun is the subject of its clause.
  // (wink-nlp may tag "which" as a determiner there.)
  const relative = (previous.pos === 'PRON' || previous.pos === 'DET') && (lower(previous) === 'which' || lower(previous) === 'that') && isPluralForm(lower(token)) && next.pos === 'SCONJ';
  // "Lynch notes they were …": a name opening the clause that wink-nlp tagged as a verb or a noun.
  const mistaggedName = (previous.pos === 'VERB' || previous.pos === 'NOUN') && isCapitalized(previous) && isClauseStart(view, before);
  const subjectLike = previous.pos === 'PROPN' || mistaggedName || SUBJECT_PRONOUNS.has(lower(previous)) || pluralSubject || nounSubject || countSubject || relative;
  // "China and Russia support …": two names joined are a plural subject, the verb in its base form.
  const coordinated = previous.pos === 'PROPN' && lower(view.tokens[before - 1]) === 'and' && view.tokens[before - 2]?.pos === 'PROPN' && lower(token) === token.lemma;
  // "-s" of a third person, not of a base form in "-ss" ("White House press secretary").
  const inflected = /(?:[^s]s|ed)$/u.test(lower(token)) || pluralSubject || coordinated || countSubject;
  // "the job that many economists say | is the future": a plural subject's verb before the
  // auxiliary of the clause it reports on.
  const reportsOnRelative = (pluralSubject || countSubject) && next.pos === 'AUX';
  // ("Immigration advocates, meanwhile, fear …": a comma after it ends a subject, unless a quotation
  // follows, or a parenthetical that closes before "that": "Critics charge, however, that …", "…, citing the report, that …".)
  const parenthetical = isComma(next) ? parentheticalEnd(view, index + 1, true) : -1;
  const commaAfter = isComma(next) && view.opensQuote[index + 2] !== 1 && !(parenthetical > 0 && lower(view.tokens[parenthetical + 1]) === 'that');
  return subjectLike && inflected && !commaAfter && (OBJECT_STARTS.has(next.pos) || reportsOnRelative);
}

/** How far "that" may stand after a past tense, past a preposition's phrase ("alleged in a lawsuit filed Monday that"). */
const MAX_THAT_REACH = 8;

/** Whether "that" opens a clause at `index` or past a phrase of no verb or punctuation after it. */
function thatAhead(view: DocView, index: number): boolean {
  for (let at = index; at < index + MAX_THAT_REACH; at += 1) {
    const token = view.tokens[at];
    if (!token || isPunct(token) || token.pos === 'AUX') return false;
    // (A relative "that", tagged as a pronoun or determiner, opens no clause of the cue: "in a lawsuit that was filed".)
    if (lower(token) === 'that') return token.pos === 'SCONJ';
    // ("in a lawsuit filed Monday that …", "in a letter sent Monday that …": a participle after its noun goes on.)
    if (token.pos === 'VERB' && at > index && !(isParticipleForm(token) && view.tokens[at - 1]?.pos === 'NOUN')) return false;
  }
  return false;
}

/** Articles and possessive pronouns: a word after them and their modifiers is a noun. */
const NOUN_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * "in a televised address on Monday", "his widely publicized remarks": a word tagged as a verb after
 * an article or possessive and a participle (with adjectives) is a noun.
 */
function isNounAfterModifier(view: DocView, index: number): boolean {
  const isParticiple = (token: Token | undefined): boolean => isParticipleForm(token);
  // (A participle right before it: after an adjective alone, that adjective may be the mistagged
  // noun and this its verb, "Saturday’s primary showed …".)
  // (Nor before a clause or a name: "The injured said they …" is a subject and its verb.)
  if (!isParticiple(view.tokens[index - 1]) || ['PRON', 'DET', 'PROPN', 'SCONJ'].includes(view.tokens[index + 1]?.pos ?? '')) return false;
  let before = index - 1;
  while (view.tokens[before]?.pos === 'ADJ' || isParticiple(view.tokens[before])) before -= 1;
  const opener = view.tokens[before];
  return opener !== undefined && (NOUN_OPENERS.has(lower(opener)) || /^[’']s$/u.test(opener.text));
}

/**
 * "Immigration advocates fear …", "Labor leaders warn …": a plural in -s right before a verb cue in
 * its base form is that verb's subject, though both are tagged as nouns.
 */
function isSubjectOfNextVerb(view: DocView, matcher: CueMatcher, index: number): boolean {
  const token = view.tokens[index] as Token;
  const next = view.tokens[index + 1];
  if (next === undefined || !isPluralForm(lower(token)) || lower(next) !== next.lemma || !matcher.verbs.has(next.lemma) || next.sentence !== token.sentence) return false;
  // ("The White House disputes | report that …": after a name of two words or "the" and a name, the
  // -s form is the verb and the noun before "that" its object; "Immigration advocates fear that …" is
  // a subject and its verb.)
  const named = view.tokens[index - 1]?.pos === 'PROPN' && ['PROPN', 'DET'].includes(view.tokens[index - 2]?.pos ?? '');
  return !(named && lower(view.tokens[index + 2]) === 'that');
}

/**
 * ", promising to lift regulations", ", promising that …": a form in -ing after a comma, before an
 * infinitive or a that-clause, is a participle whatever wink-nlp tagged it (it tags "promising" as
 * an adjective).
 */
function participleAfterComma(view: DocView, matcher: CueMatcher, index: number): CueEntry | undefined {
  const token = view.tokens[index] as Token;
  if ((token.pos !== 'ADJ' && token.pos !== 'NOUN') || view.tokens[index - 1]?.text !== ',') return undefined;
  const word = lower(token);
  if (!word.endsWith('ing')) return undefined;
  return opensThatOrInfinitive(view, index + 1) ? verbOfIngForm(matcher, word) : undefined;
}

/**
 * "Lee alleged on social media that …", "She alleged that …": a verb in -ed right after a name or a
 * subject pronoun (or an apposition's comma), before a that-clause or a preposition, is a past tense, though wink-nlp tags
 * "alleged" as an adjective (as it is in "the alleged attack").
 */
function pastTenseAfterSubject(view: DocView, matcher: CueMatcher, index: number): CueEntry | undefined {
  const token = view.tokens[index] as Token;
  const previous = view.tokens[index - 1];
  const word = lower(token);
  const next = view.tokens[index + 1];
  if (token.pos !== 'ADJ' || !previous || !next || !word.endsWith('ed')) return undefined;
  const afterSubject = previous.pos === 'PROPN' || (previous.pos === 'PRON' && SUBJECT_PRONOUNS.has(lower(previous)));
  // ("Lee, a Utah Republican, alleged that …", "…, alleged in a lawsuit that …": after an apposition's
  // comma only before a that-clause, perhaps past a preposition's phrase; "the suspect, alleged to be
  // …", "the scheme, alleged in the indictment, …" describe.)
  const afterApposition = isComma(previous) && thatAhead(view, index + 1);
  if (!(afterSubject && (next.pos === 'ADP' || opensThatOrInfinitive(view, index + 1))) && !afterApposition) return undefined;
  for (const base of edBaseForms(word)) {
    const entry = matcher.verbs.get(base);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * "A poll released in March 2024 found that …": an irregular past tense before "that" is the
 * clause's verb, though wink-nlp tagged it as a noun or an adjective.
 */
function irregularPastBeforeThat(view: DocView, matcher: CueMatcher, index: number): CueEntry | undefined {
  if (!isMistaggedPastBeforeThat(view.tokens, index)) return undefined;
  const base = IRREGULAR_PASTS.get(lower(view.tokens[index]));
  return base === undefined ? undefined : matcher.verbs.get(base);
}

/** Whether a that-clause or an infinitive opens at `index` ("that …", "to lift …"). */
function opensThatOrInfinitive(view: DocView, index: number): boolean {
  const word = lower(view.tokens[index]);
  return word === 'that' || (word === 'to' && view.tokens[index + 1]?.pos === 'VERB');
}

/** The verb entry a word in -ing is a form of (see `ingBaseForms`), or undefined. */
function verbOfIngForm(matcher: CueMatcher, word: string): CueEntry | undefined {
  for (const base of ingBaseForms(word)) {
    const entry = matcher.verbs.get(base);
    if (entry) return entry;
  }
  return undefined;
}

/** The most tokens between "with" and the participle of an absolute clause ("with more than 50 Labour MPs | warning"). */
const MAX_WITH_SUBJECT = 6;

/**
 * "…, with more than 50 Labour MPs warning that …": in an absolute clause after "with", a form in -ing
 * right after its plural or quantifier subject and before a that-clause or an infinitive is a
 * participle, though wink-nlp tags "warning" as a noun. ("with a warning that …" has no such subject.)
 */
function participleAfterWithSubject(view: DocView, matcher: CueMatcher, index: number): CueEntry | undefined {
  const token = view.tokens[index] as Token;
  const previous = view.tokens[index - 1];
  // (The subject ends in a plural, "MPs" included, or is a quantifier: "with many warning that …".)
  const plural = previous !== undefined && (previous.pos === 'PROPN' || previous.pos === 'NOUN') && isPluralForm(lower(previous));
  if (token.pos !== 'NOUN' || !lower(token).endsWith('ing') || !previous || !(plural || QUANTIFIER_SUBJECTS.has(lower(previous)))) return undefined;
  if (!opensThatOrInfinitive(view, index + 1)) return undefined;
  let at = index - 2;
  while (at > index - 2 - MAX_WITH_SUBJECT && at >= 0 && lower(view.tokens[at]) !== 'with') at -= 1;
  if (lower(view.tokens[at]) !== 'with') return undefined;
  return verbOfIngForm(matcher, lower(token));
}

/** Quantifiers that stand for people as the subject of a cue ("some say", "a third say", "most believe"). */
const QUANTIFIER_SUBJECTS = new Set(['some', 'many', 'most', 'others', 'few', 'several', 'both', 'all', 'half', 'third', 'quarter', 'majority', 'minority', 'plurality']);

/** Whether a token is a plural noun: a common noun in -s, or a capitalized one wink-nlp tags as a name ("Polls"). */
function isPluralNoun(token: Token): boolean {
  const word = lower(token);
  if (!isPluralForm(word)) return false;
  // ("MPs fear …", "CEOs say …": an acronym's plural.)
  return token.pos === 'NOUN' || (token.pos === 'PROPN' && ((token.lemma === word && word.length > 4) || /^\p{Lu}{2,}s$/u.test(token.text)));
}

/** How far back the plural head of a subject with a prepositional phrase may stand. */
const SUBJECT_HEAD_REACH = 8;
/** Prepositions of a phrase inside a subject ("records from the campaign", "surveys of voters"). */
const SUBJECT_PREPOSITIONS = new Set(['from', 'of', 'by', 'in', 'on', 'for', 'at']);

/** Whether a plural noun heads a subject whose prepositional phrase ends at `last` ("records | from the 2008 cycle"). */
function pluralHeadBefore(view: DocView, last: number, sentence: number): boolean {
  for (let index = last - 1; index > last - SUBJECT_HEAD_REACH; index -= 1) {
    const token = view.tokens[index];
    if (!token || token.sentence !== sentence || token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT' || token.pos === 'SCONJ') return false;
    if (token.pos === 'ADP' && SUBJECT_PREPOSITIONS.has(lower(token))) {
      const head = view.tokens[index - 1];
      if (head !== undefined && head.sentence === sentence && isPluralNoun(head)) return true;
      // ("Records obtained by the Ledger show that …": a participle and its agent after the plural head.)
      const beforeParticiple = view.tokens[index - 2];
      return lower(token) === 'by' && head?.pos === 'VERB' && isParticipleForm(head) && beforeParticiple !== undefined && beforeParticiple.sentence === sentence && isPluralNoun(beforeParticiple);
    }
  }
  return false;
}

/** Whether the token at `index` opens its clause: first of its sentence, or after a comma. */
function isClauseStart(view: DocView, index: number): boolean {
  const previous = view.tokens[index - 1];
  return previous === undefined || previous.sentence !== (view.tokens[index] as Token).sentence || previous.text === ',';
}

/** Words that may stand between a subject and its verb besides adverbs ("both documents"). */
const SUBJECT_ADVERBS = new Set(['both', 'also', 'then', 'now', 'still', 'often']);

/** Whether an "A as B" cue is followed by its "as" within a few words ("Analysts view the merger as risky"). */
function asFollows(view: DocView, index: number, entry: CueEntry): boolean {
  if (entry.complement !== 'as') return false;
  for (let at = index + 2; at <= index + AS_LOOKAHEAD; at += 1) {
    const token = view.tokens[at];
    if (!token || token.sentence !== view.tokens[index]?.sentence || token.pos === 'VERB' || token.pos === 'AUX') return false;
    if (token.lemma === 'as') return true;
  }
  return false;
}

/** How far "as" may follow an "A as B" cue. */
const AS_LOOKAHEAD = 6;

/** Cue ratio a base-form verb after a plural noun needs before a NOUN tag is overridden. */
const PLURAL_SUBJECT_MIN_RATIO = 0.35;

/** Parts of speech that open an object, and nothing else, after a noun-or-verb word. */
const CLAUSE_OBJECT_STARTS = new Set(['DET', 'PRON', 'PROPN', 'SCONJ']);

/** Parts of speech that can open the object or clause after a verb. */
const OBJECT_STARTS = new Set(['DET', 'PRON', 'PROPN', 'SCONJ', 'PART', 'NUM', 'ADJ', 'NOUN', 'ADV', 'PUNCT']);

/** A possessive pronoun or possessive mark ("its first", "’s first"). */
function isPossessiveWord(word: string): boolean {
  return POSSESSIVE_PRONOUNS.has(word) || word === '’s' || word === "'s";
}

/** Ordinal words that modify a noun phrase. */
const ORDINAL_MODIFIERS = new Set(['first', 'second', 'third', 'next', 'last', 'final']);

/** Whether a verb cue is used as an adjective ("the alleged attack", "NATO’s perceived encroachment"). */
function isAdjectival(view: DocView, index: number): boolean {
  // "so-called", "a well-known lawyer", "the long-expected ruling": a participle glued by a hyphen to
  // the word before it is a compound modifier (and "so-called" a distancing marker), not a cue.
  if (isGluedHyphen(view.tokens, index - 1)) return true;
  const previous = view.tokens[index - 1];
  const next = view.tokens[index + 1];
  if (!previous || !next) return false;
  const participleModifier = previous.pos === 'VERB' && /(?:en|ed)$/u.test(lower(previous));
  // ("one widely shared reply", "a much criticized law": an adverb between the article and the participle.)
  // ("in the past described Trump as …" is a verb: only an adverb of degree or manner, in -ly or "much".)
  // ("The two strongly denied …", "Both publicly criticized …": after a number or quantifier standing for people it is a verb.)
  // ("Two widely shared posts claimed …": a bare number before a plural counts the noun, as an article would.)
  const count = view.tokens[index - 2]?.pos === 'NUM' && view.tokens[index - 3]?.pos !== 'DET' && next.pos === 'NOUN' && isPluralForm(lower(next));
  const adverbAfterArticle = isDegreeAdverb(previous) && (ARTICLES.has(lower(view.tokens[index - 2])) || count) && /(?:ed|en)$/u.test(lower(view.tokens[index]));
  // ("the first nominating contest", "the next polling day": an ordinal before it, which wink-nlp may tag as an adverb.)
  // (After an article or possessive only: "The agency first warned residents …" is a verb.)
  const ordinal = ORDINAL_MODIFIERS.has(lower(previous)) && next.pos === 'NOUN' && (view.tokens[index - 2]?.pos === 'DET' || isPossessiveWord(lower(view.tokens[index - 2])));
  // ("Many said Monday …", "those surveyed said Trump …": after a quantifier or a participle, only
  // before a common noun or an adjective is it a modifier, "many alleged crimes".)
  const loose = (QUANTIFIER_SUBJECTS.has(lower(previous)) || participleModifier) && next.pos !== 'NOUN' && next.pos !== 'ADJ';
  if (loose) return false;
  const modifierSlot = previous.pos === 'DET' || previous.pos === 'ADJ' || ordinal || participleModifier || adverbAfterArticle || lower(previous) === '’s' || lower(previous) === "'s";
  return modifierSlot && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
}

/**
 * Whether a capitalized cue word inside a sentence is a first name before a surname ("aide Hope
 * Hicks"): not at the sentence start, not in a Title Case headline, and followed by a capitalized
 * proper noun.
 */
function isFirstName(view: DocView, index: number, sentenceStart: number, titleCase: boolean): boolean {
  if (titleCase || index === sentenceStart || !isCapitalized(view.tokens[index])) return false;
  const previous = view.tokens[index - 1] as Token;
  if (view.opensQuote[index - 1] === 1 || previous.text === ':' || previous.text === '(') return false;
  const next = view.tokens[index + 1];
  return next !== undefined && next.pos === 'PROPN' && isCapitalized(next);
}


/**
 * The verb cue a capitalized word of a Title Case headline stands for ("Rips", "Urges",
 * "Slammed"), after a noun or pronoun subject; undefined otherwise.
 */
function titleCaseVerb(view: DocView, matcher: CueMatcher, index: number): CueEntry | undefined {
  const previous = view.tokens[index - 1] as Token;
  if (!(previous.pos === 'PROPN' || previous.pos === 'NOUN' || previous.pos === 'PRON')) return undefined;
  const word = lower(view.tokens[index]);
  // "Washington Post Hit Piece …", "Drudge Report …": the last word of a publication's name (after a
  // singular name; "Officials Report Progress" has a plural subject).
  // A word a headline verb follows is part of the subject ("Jobs Report Shows …", "Fox News Report Says …").
  if (previous.pos === 'PROPN' && PUBLICATION_NAME_ENDS.has(word) && (!/s$/iu.test(previous.text) || headlineVerbAt(view, matcher, index + 1))) return undefined;
  return headlineVerbEntry(matcher, word);
}

/** The verb cue an inflected headline word stands for ("Rips", "Urges", "Slammed"), if it is mostly a cue. */
function headlineVerbEntry(matcher: CueMatcher, word: string): CueEntry | undefined {
  for (const stem of [word, word.replace(/s$/u, ''), word.replace(/es$/u, ''), word.replace(/ed$/u, ''), word.replace(/d$/u, '')]) {
    const entry = matcher.verbs.get(stem);
    if (entry && (entry.cueRatio ?? 0) >= TITLE_CASE_MIN_RATIO) return entry;
  }
  return undefined;
}

/** Whether the word at `index` of a Title Case headline reads as a cue verb in the third person ("Shows", "Finds", "Says"). */
function headlineVerbAt(view: DocView, matcher: CueMatcher, index: number): boolean {
  const token = view.tokens[index];
  if (!token || token.sentence !== view.tokens[index - 1]?.sentence) return false;
  const word = lower(token);
  return isPluralForm(word) && headlineVerbEntry(matcher, word) !== undefined;
}

/** Words that end the name of a publication or a watchdog and are cue verbs too. */
const PUBLICATION_NAME_ENDS = new Set(['post', 'press', 'report', 'review', 'record', 'watch', 'monitor', 'express', 'observer', 'brands']);

/** Cue ratio a word needs to be read as a verb in a Title Case headline (nouns there look alike). */
const TITLE_CASE_MIN_RATIO = 0.3;

/** Whether an adjective follows a form of "be" (adverbs and negation between): "was n't too sure". */
function followsCopula(view: DocView, index: number, sentenceStart: number): boolean {
  for (let at = index - 1; at >= sentenceStart; at -= 1) {
    const token = view.tokens[at] as Token;
    if (token.pos === 'AUX') return token.lemma === 'be';
    if (token.pos !== 'ADV' && token.pos !== 'PART') return false;
  }
  return false;
}

/** Extends a verb cue left over its auxiliaries, negation and the adverbs between them ("has long framed"). */
function auxiliaryStart(view: DocView, head: number, sentenceStart: number): number {
  let start = head;
  let index = head - 1;
  while (index >= sentenceStart) {
    const token = view.tokens[index] as Token;
    const negation = token.pos === 'PART' && /^(?:not|n[’']t)$/u.test(lower(token));
    if (token.pos === 'AUX' || negation) start = index;
    else if (token.pos !== 'ADV') break;
    index -= 1;
  }
  return start;
}

/** Matches a multi-word cue at `index`, or returns undefined. */
function matchPhrase(view: DocView, matcher: CueMatcher, index: number, end: number): CueEntry | undefined {
  const token = view.tokens[index] as Token;
  // Lexicon lemmas are wink-nlp's own, so the token's lemma is the key.
  const candidates = matcher.phrases.get(token.lemma);
  return candidates?.find((entry) =>
    entry.lemmas.every((lemma, offset) => index + offset < end && hasLemma(view.tokens[index + offset], lemma)),
  );
}

/** Finds the verb, noun and phrase cues of one sentence, outside quotations, in text order. */
export function findCues(view: DocView, matcher: CueMatcher, sentenceStart: number, sentenceEnd: number): CueMatch[] {
  const found: CueMatch[] = [];
  const titleCase = isTitleCase(view.tokens, sentenceStart, sentenceEnd);
  for (let index = sentenceStart; index < sentenceEnd; index += 1) {
    if ((view.quoteAt[index] as number) >= 0) continue;
    const token = view.tokens[index] as Token;
    if (titleCase && index > sentenceStart && (token.pos === 'PROPN' || token.pos === 'NOUN')) {
      // In a Title Case headline wink-nlp tags verbs as proper nouns ("Lawmakers Rip Trump").
      const headlineVerb = titleCaseVerb(view, matcher, index);
      if (headlineVerb) {
        found.push({ start: index, end: index + 1, head: index, entry: headlineVerb, form: 'verb' });
        continue;
      }
    }
    // wink-nlp lemmatizes a participle it tagged as an adjective as itself ("promising").
    const participle = participleAfterComma(view, matcher, index) ?? participleAfterWithSubject(view, matcher, index) ?? pastTenseAfterSubject(view, matcher, index) ?? irregularPastBeforeThat(view, matcher, index);
    if (participle) {
      found.push({ start: index, end: index + 1, head: index, entry: participle, form: 'verb' });
      continue;
    }
    // Most words are no cue at all: one set lookup rules them out.
    if (!matcher.lemmas.has(token.lemma)) continue;
    if (inIdiom(view, index, matcher.idioms.get(token.lemma), sentenceStart, sentenceEnd)) continue;
    const phrase = matchPhrase(view, matcher, index, sentenceEnd);
    if (phrase) {
      const end = index + phrase.lemmas.length;
      const verbal = token.pos === 'VERB' || token.pos === 'AUX';
      found.push({ start: verbal ? auxiliaryStart(view, index, sentenceStart) : index, end, head: index, entry: phrase, form: 'phrase' });
      index = end - 1;
      continue;
    }
    const verb = matcher.verbs.get(token.lemma);
    if (verb && ((token.pos === 'VERB' && !isNounAfterModifier(view, index)) || (token.pos === 'NOUN' && actsAsVerb(view, index, verb) && !isSubjectOfNextVerb(view, matcher, index))) && !isAdjectival(view, index) && !isFirstName(view, index, sentenceStart, titleCase)) {
      found.push({ start: auxiliaryStart(view, index, sentenceStart), end: index + 1, head: index, entry: verb, form: 'verb' });
      continue;
    }
    const adjective = matcher.adjectives.get(token.lemma);
    if (adjective && token.pos === 'ADJ' && followsCopula(view, index, sentenceStart)) {
      found.push({ start: auxiliaryStart(view, index, sentenceStart), end: index + 1, head: index, entry: adjective, form: 'verb' });
      continue;
    }
    const noun = matcher.nouns.get(token.lemma);
    if (noun && token.pos === 'NOUN') found.push({ start: index, end: index + 1, head: index, entry: noun, form: 'noun' });
  }
  return found;
}

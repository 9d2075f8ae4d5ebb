import { isGluedHyphen } from '../text/hyphen.js';
import { MAX_PARTY_LABEL_TOKENS, PARTY_LABEL } from '../text/party-label.js';
import { FREE_RELATIVE_WORDS, INDEFINITE_ARTICLES, isDegreeAdverb, isParticipleForm, isPluralForm, isTimeWord, NAME_JOINERS, NAMING_PARTICIPLES, PERMISSIONS_OF_ANONYMITY, POSSESSIVE_PRONOUNS, POSTMODIFYING_ADJECTIVES, quantityModifierLength, RELATIVE_WORDS, SUBJECT_PRONOUNS, TIME_MODIFIERS } from '../text/words.js';
import type { Token } from '../types.js';
import type { DocView } from './view.js';
import { isCapitalized, isComma, isDash, lower } from './view.js';

/** A source mention, as a token range. */
export interface TokenRange {
  start: number;
  end: number;
}


/** The longest source mention or apposition, in tokens; keeps the left walks bounded. */
const MAX_SOURCE_TOKENS = 40;
const NOMINAL = new Set(['PROPN', 'NOUN', 'NUM', 'PRON']);
const NOUN_PHRASE = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART', 'X', 'SYM']);
/** Pronouns that can be a source: the personal ones, relatives and quantifiers ("many", "others"). */
const SOURCE_PRONOUNS = new Set([...SUBJECT_PRONOUNS, 'which', 'that', 'one', 'someone', 'everyone', 'nobody', 'many', 'most', 'few', 'several', 'some', 'others', 'both', 'all']);
/** Prepositions that may sit inside a source's name or description ("director of the Institute for …"). */
const INNER_ADPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'to', 'by', 'without', 'against', 'within', 'among', 'across', 'inside', 'outside', '&']);
/** Prepositions of a participle's place or medium after a noun ("published in", "posted on", "based at"). */
const PARTICIPLE_PLACE_PREPOSITIONS = new Set(['in', 'on', 'at']);
/** Relative pronouns that open a clause describing the source ("X, who led the study, said"). */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);

/** Whether a token can head a noun phrase a relative clause describes. */
function isNominalHead(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'NOUN' || token.pos === 'PROPN');
}

/** A gerund inside a noun phrase ("senior associate for education organizing at …"). */
function isGerundModifier(view: DocView, index: number): boolean {
  const token = view.tokens[index] as Token;
  const before = view.tokens[index - 1];
  const after = view.tokens[index + 1];
  return /ing$/u.test(lower(token)) && before?.pos === 'NOUN' && (after?.pos === 'ADP' || after?.pos === 'PUNCT');
}

/**
 * Whether a "verb" at `index` follows a determiner or a possessive, past adverbs and adjectives
 * ("Pyongyang's only ally", "its economic lifeline"): wink-nlp mistagged a noun.
 */
function isNounAfterDeterminer(view: DocView, index: number): boolean {
  let before = index - 1;
  while (view.tokens[before]?.pos === 'ADV' || view.tokens[before]?.pos === 'ADJ') before -= 1;
  const token = view.tokens[before];
  return token !== undefined && (token.pos === 'DET' || isPossessiveMarker(token) || POSSESSIVE_PRONOUNS.has(lower(token)));
}

/** Words that open an apposition that still describes the source ("officials, including …"). */
const APPOSITION_OPENERS = new Set(['including', 'among', 'like', 'such']);


/** Whether the token is a possessive ending or an apostrophe. */
export function isPossessiveMarker(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '’s' || token.text === "'s" || token.text === '’' || token.text === "'");
}

/**
 * Whether the token is the apostrophe of a plural possessive ("the teachers' union", "the parents’
 * network"): glued to a word in "s", a word after it, and no quote mark of a quotation.
 */
function isPluralPossessive(view: DocView, index: number): boolean {
  const token = view.tokens[index] as Token;
  const previous = view.tokens[index - 1];
  const next = view.tokens[index + 1];
  if ((token.text !== "'" && token.text !== '’') || view.opensQuote[index] === 1 || view.closesQuote[index] === 1) return false;
  return previous !== undefined && previous.end === token.start && /s$/iu.test(previous.text) && next !== undefined && next.start > token.end && /^\p{L}/u.test(next.text);
}

/** Whether tokens `[from, end)` are a time ("Tuesday", "last week", "May 2019"). */
function isTimeAdjunct(view: DocView, from: number, end: number): boolean {
  if (from >= end) return false;
  for (let index = from; index < end; index += 1) {
    const token = view.tokens[index] as Token;
    if (!isTimeWord(lower(token)) && token.pos !== 'NUM' && !isComma(token)) return false;
  }
  return true;
}

/** Whether the token may be part of a noun phrase naming a source. */
function isNounPhraseToken(token: Token): boolean {
  if (token.pos === 'PRON') return POSSESSIVE_PRONOUNS.has(lower(token)) || SOURCE_PRONOUNS.has(lower(token));
  if (token.pos === 'PART') return isPossessiveMarker(token);
  if (token.pos === 'CCONJ') return lower(token) === 'and' || token.text === '&';
  if (token.pos === 'PUNCT') return token.text === '&';
  // ("in what state media called …": "what" is the object of the cue, no part of its subject.)
  if (token.pos === 'DET' && FREE_RELATIVE_WORDS.has(lower(token))) return false;
  return NOUN_PHRASE.has(token.pos);
}

/**
 * The noun phrase that ends at `end - 1`, walking left no further than `limit`: a subject such as
 * "The Russian leadership", "Western leaders", "Russia", "he". A determiner closes the phrase;
 * a lower-case common noun followed by a capitalized word is a boundary ("a move | Moscow").
 */
export function nounPhraseLeft(view: DocView, end: number, limit: number): TokenRange | null {
  const last = view.tokens[end - 1];
  if (last?.text === ')') {
    // "Mike Pence (R-IN) said": the phrase ends before the parenthetical.
    let open = end - 2;
    while (open > limit && open > end - 10 && view.tokens[open]?.text !== '(') open -= 1;
    const inner = view.tokens[open]?.text === '(' ? nounPhraseLeft(view, open, limit) : null;
    return inner ? { start: inner.start, end } : null;
  }
  if (!last || end - 1 < limit) return null;
  // "the 31-year-old wrote": an age standing for the person.
  const aged = ageStart(view, end, limit);
  if (aged >= 0) {
    const determiner = view.tokens[aged - 1];
    return aged - 1 >= limit && determiner?.pos === 'DET' ? { start: aged - 1, end } : { start: aged, end };
  }
  // wink-nlp tags some nouns before a verb as adjectives ("the union views", "the States average shows").
  const before = view.tokens[end - 2];
  // ("Valdoria’s military said": after a possessive too.)
  const nounLikeAdjective = last.pos === 'ADJ' && before !== undefined && end - 2 >= limit && (before.pos === 'DET' || before.pos === 'PROPN' || before.pos === 'NOUN' || isPossessiveMarker(before));
  // "Some say …", "Many speculated …": a quantifier alone stands for people.
  // ("Most believe" opening a sentence, where wink-nlp reads "Most" as an adverb).
  const quantifier = last.pos === 'DET' || last.pos === 'ADJ' || (last.pos === 'ADV' && end - 1 === limit);
  // ("A few said": the article stays.)
  if (quantifier && SOURCE_PRONOUNS.has(lower(last)) && !NOMINAL.has(before?.pos ?? '')) {
    return before !== undefined && end - 2 >= limit && INDEFINITE_ARTICLES.has(lower(before)) ? { start: end - 2, end } : { start: end - 1, end };
  }
  // "41% blame Democrats": a percentage is a count of people.
  if (last.text === '%' && before?.pos === 'NUM' && end - 2 >= limit) return { start: end - 2, end };
  // "OPEC+ agreed", "G7+": a plus glued to a name is part of it.
  if (last.text === '+' && before?.pos === 'PROPN' && before.end === last.start && end - 2 >= limit) {
    const name = nounPhraseLeft(view, end - 1, limit);
    return name ? { start: name.start, end } : null;
  }
  // "those surveyed said", "those polled believe": "those" and a participle stand for people.
  if (last.pos === 'VERB' && /ed$/u.test(lower(last)) && lower(before) === 'those' && end - 2 >= limit) return { start: end - 2, end };
  // "Lynch notes …": a capitalized word opening the sentence, which wink-nlp tagged as a verb, names the subject.
  if (last.pos === 'VERB' && end - 1 === limit && isCapitalized(last) && view.sentences[last.sentence]?.tokens.start === end - 1) return { start: end - 1, end };
  if (!NOMINAL.has(last.pos) && !nounLikeAdjective) return null;
  if (last.pos === 'PRON') return SOURCE_PRONOUNS.has(lower(last)) ? { start: end - 1, end } : null;
  let start = end - 1;
  const floor = Math.max(limit, end - MAX_SOURCE_TOKENS);
  for (let index = end - 2; index >= floor; index -= 1) {
    if (view.tokens[index]?.text === ')') {
      // A parenthetical inside a name ("Mike Pence (R-IN)"): step over it.
      let open = index - 1;
      while (open > limit && open > index - 8 && view.tokens[open]?.text !== '(') open -= 1;
      if (view.tokens[open]?.text === '(' && open > limit) {
        start = open;
        index = open;
        continue;
      }
      break;
    }
    const token = view.tokens[index] as Token;
    const right = view.tokens[index + 1] as Token;
    if (isGluedHyphen(view.tokens, index) || isModifierCompound(view, index)) {
      // "Holtz-Eakin", "Ban Ki-moon": a hyphen inside a name; "A well-known lawyer", "a French-born
      // economist": a compound modifier.
      start = index;
      continue;
    }
    // "people familiar with the matter", "sources close to the talks", "two people briefed on the
    // plan": an adjective or participle with its preposition after a noun describe that noun.
    if (token.pos === 'ADP' && isPostmodifier(view, index, limit)) {
      start = postmodifierHead(view, index);
      index = start;
      continue;
    }
    // ("signed by more than 2,000 people": a number's modifier inside the phrase.)
    if (right.pos === 'NUM' && index - 1 >= limit && quantityModifierLength(view.tokens, index - 1) === 2) {
      start = index - 1;
      index -= 1;
      continue;
    }
    if (token.pos === 'ADP' && INNER_ADPOSITIONS.has(lower(token))) {
      const before = view.tokens[index - 1];
      // "4 in 10 (say)", "one in five": a proportion, not a year ("in 2016").
      const proportion = lower(token) === 'in' && before?.pos === 'NUM' && right.pos === 'NUM' && !/^\d{4}$/u.test(right.text);
      // "The government on Tuesday announced": a time adjunct, not part of the name; the phrase ends before it.
      if (!proportion && isTimeAdjunct(view, index + 1, end)) return nounPhraseLeft(view, index, limit);
      // "research conducted by the center (found)", "A study published Wednesday in the journal Nature
      // (found)": a participle and its agent or place describe the noun before (a time may come between).
      if (lower(token) === 'by' || PARTICIPLE_PLACE_PREPOSITIONS.has(lower(token))) {
        let participle = index - 1;
        while (participle > limit && isTimeWord(lower(view.tokens[participle]))) participle -= 1;
        // ("Families of hostages held in Gaza (accused)", "troops stationed in Poland": an irregular
        // participle and its place after a plural.)
        if (isParticipleAfterNoun(view, participle, limit) || (lower(token) === 'in' && isParticipleAfterNoun(view, index - 1, limit, true))) {
          start = participle;
          index = participle;
          continue;
        }
      }
      // ("One of the shareholders", "Some of the protesters": a quantifier before "of".)
      // (Only as a subject: "In one of those plans", "support some of the changes" are objects.)
      const beforeQuantifier = view.tokens[index - 2];
      const partitive = lower(token) === 'of' && before !== undefined && (before.pos === 'NUM' || SOURCE_PRONOUNS.has(lower(before))) && !['ADP', 'VERB', 'AUX'].includes(beforeQuantifier?.pos ?? '');
      // ("lawmakers from across the political spectrum": two prepositions after the noun.)
      if (before?.pos === 'ADP' && INNER_ADPOSITIONS.has(lower(before)) && index - 2 >= limit && ['NOUN', 'PROPN'].includes(view.tokens[index - 2]?.pos ?? '')) {
        start = index - 1;
        index -= 1;
        continue;
      }
      if (!before || index - 1 < limit || !(before.pos === 'NOUN' || before.pos === 'PROPN' || proportion || partitive)) break;
      start = index;
      continue;
    }
    // ("she and another reporter said", "Smith and a colleague said": a person, "and", then a determiner's phrase.)
    // (Only when the first person opens the clause: "He met Putin and the Kremlin said" joins no subjects.)
    const left = view.tokens[index - 1];
    const coordinated = lower(token) === 'and' && index - 1 >= limit && (left?.pos === 'PROPN' || (left?.pos === 'PRON' && SOURCE_PRONOUNS.has(lower(left)))) && opensClauseAt(view, index - 1, limit, true);
    if (right.pos === 'DET' && !coordinated) break;
    // ("the camp's only functioning clinic", "a growing number of": a participle in -ing between a
    // determiner's words and its noun modifies the noun.)
    const modifierBefore = view.tokens[index - 1];
    if (token.pos === 'VERB' && right.pos === 'NOUN' && /ing$/u.test(lower(token)) && index - 1 >= limit && modifierBefore !== undefined && (['DET', 'ADJ', 'ADV'].includes(modifierBefore.pos) || isPossessiveMarker(modifierBefore))) {
      // (An adverb before it goes with it: "only functioning".)
      const adverb = modifierBefore.pos === 'ADV';
      start = adverb ? index - 1 : index;
      if (adverb) index -= 1;
      continue;
    }
    // "A widely shared post", "a much criticized law": an adverb and a participle before the noun.
    if (token.pos === 'VERB' && right.pos === 'NOUN' && isParticipleForm(token) && index - 1 >= limit) {
      if (isDegreeAdverb(view.tokens[index - 1])) {
        start = index - 1;
        index -= 1;
        continue;
      }
    }
    // ("Several backbenchers representing rural seats have signalled": a participle in -ing after a
    // plural noun describes it; the phrase goes on to the noun.)
    if (token.pos === 'VERB' && /ing$/u.test(lower(token)) && index - 1 >= limit && view.tokens[index - 1]?.pos === 'NOUN' && isPluralForm(lower(view.tokens[index - 1]))) {
      start = index - 1;
      index -= 1;
      continue;
    }
    // "Hope Hicks": a capitalized word wink-nlp tags as a verb before a name is a first name.
    const firstName = token.pos === 'VERB' && isCapitalized(token) && right.pos === 'PROPN' && isCapitalized(right);
    // ("Corvane’s lead lawyer": a word after a possessive and before its noun modifies the noun, whatever its tag.)
    const modifierAfterPossessive = token.pos === 'VERB' && right.pos === 'NOUN' && isPossessiveMarker(view.tokens[index - 1]);
    if (!isNounPhraseToken(token) && !firstName && !modifierAfterPossessive && !isPluralPossessive(view, index)) break;
    if (token.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(lower(token))) {
      // "he and Mr. Allen said", "she and another reporter said": a pronoun opens a coordinated subject
      // (not an object: "The court upheld it and the lawyers said …").
      if (lower(right) === 'and' && SOURCE_PRONOUNS.has(lower(token)) && opensClauseAt(view, index, limit)) start = index;
      break;
    }
    // "a move | Moscow condemned": an indefinite noun before a name is an object, not part of the name.
    if (token.pos === 'NOUN' && !isCapitalized(token) && isCapitalized(right) && right.pos === 'PROPN' && INDEFINITE_ARTICLES.has(lower(view.tokens[index - 1]))) break;
    start = index;
  }
  // A phrase cannot open with a conjunction, a preposition or a possessive marker, nor with the
  // relative "that" of a clause on the noun before it ("language that | campaigners described as …":
  // a demonstrative would be "those" before a plural, and stands before no name).
  while (start < end - 1) {
    const first = view.tokens[start] as Token;
    const second = view.tokens[start + 1] as Token;
    const relativeThat = lower(first) === 'that' && NOMINAL.has(view.tokens[start - 1]?.pos ?? '') && (second.pos === 'PROPN' || (second.pos === 'NOUN' && isPluralForm(lower(second))));
    if (first.pos === 'CCONJ' || first.pos === 'ADP' || isPossessiveMarker(first) || relativeThat) start += 1;
    else break;
  }
  return { start, end };
}

/**
 * Where "not authorized to speak (on the matter)" ends a noun phrase at `end` after its noun
 * ("Officials | not authorized to speak"): the index of "not", or -1. A few words may follow the
 * verb ("to discuss the talks"); the walk is bounded.
 */
function authorizationStart(view: DocView, end: number, limit: number): number {
  for (let to = end - 2; to >= Math.max(limit + 2, end - 6); to -= 1) {
    if (lower(view.tokens[to]) !== 'to' || !PERMISSIONS_OF_ANONYMITY.has(lower(view.tokens[to - 1]))) continue;
    return lower(view.tokens[to - 2]) === 'not' && to - 3 >= limit ? to - 2 : -1;
  }
  return -1;
}

/** Units of an age used as a noun ("the 31-year-old", "a six-month-old"). */
const AGE_UNITS = new Set(['year', 'month', 'week', 'day']);

/** Where an age used as a noun ends at `end - 1` starts ("31 - year - old"), or -1. */
function ageStart(view: DocView, end: number, limit: number): number {
  const start = end - 5;
  if (start < limit || lower(view.tokens[end - 1]) !== 'old' || !AGE_UNITS.has(lower(view.tokens[end - 3]))) return -1;
  if (!isGluedHyphen(view.tokens, end - 2) || !isGluedHyphen(view.tokens, end - 4)) return -1;
  const count = view.tokens[start] as Token;
  return count.pos === 'NUM' || /^\p{L}+$/u.test(count.text) ? start : -1;
}

/**
 * Whether a past participle stands at `index` right after a noun it describes ("research |
 * conducted", "A memo | written"); with `afterPlural`, only after a plural
 * ("hostages | held", "troops | stationed").
 */
function isParticipleAfterNoun(view: DocView, index: number, limit: number, afterPlural = false): boolean {
  const verb = view.tokens[index];
  const head = view.tokens[index - 1];
  if (verb?.pos !== 'VERB' || index - 1 < limit || (head?.pos !== 'NOUN' && head?.pos !== 'PROPN') || !isParticipleForm(verb) || verb.lemma === 'say') return false;
  return !afterPlural || isPluralForm(lower(head));
}

/**
 * Whether the preposition at `index` follows such an adjective or participle right after a noun.
 * (A list, not any form in -ed: "Markets rallied after …" is a clause.)
 */
function isPostmodifier(view: DocView, index: number, limit: number): boolean {
  const modifier = view.tokens[index - 1];
  const headIndex = postmodifierHead(view, index);
  const head = view.tokens[headIndex];
  if (!modifier || !head || headIndex < limit || (head.pos !== 'NOUN' && head.pos !== 'PRON' && head.pos !== 'PROPN')) return false;
  if (lower(view.tokens[index]) === 'by') return false;
  // "Protesters marching through the streets": a participle in -ing right after the head noun.
  const gerund = modifier.pos === 'VERB' && /ing$/u.test(lower(modifier)) && head.pos !== 'PRON';
  return POSTMODIFYING_ADJECTIVES.has(lower(modifier)) || gerund;
}

/** The head a postmodifier's preposition at `index` describes: the word before the modifier, past a "not" ("Experts | not involved in"). */
function postmodifierHead(view: DocView, index: number): number {
  return lower(view.tokens[index - 2]) === 'not' ? index - 3 : index - 2;
}

/** Whether a verb or auxiliary stands in `[from, to)`. */
function hasVerbBetween(view: DocView, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const pos = (view.tokens[index] as Token).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** The longest relative clause between a subject and its verb ("A senior official who asked not to be named said"). */
const MAX_RELATIVE_TOKENS = 12;

/**
 * A subject with a relative clause and no commas ("A senior official who asked not to be named |
 * said"): the noun phrase and its clause, or null when no "who" or "that" opens one right after a
 * noun within reach.
 */
function restrictiveRelative(view: DocView, end: number, sentenceStart: number): TokenRange | null {
  const last = view.tokens[end - 1];
  // ("told reporters that … and | urged": a coordinator before the cue opens a second predicate, no relative clause.)
  if (!last || last.pos === 'PRON' || last.pos === 'PROPN' || last.pos === 'CCONJ') return null;
  for (let index = end - 2; index > Math.max(sentenceStart, end - MAX_RELATIVE_TOKENS); index -= 1) {
    const token = view.tokens[index] as Token;
    if (isComma(token) || (view.quoteAt[index] as number) >= 0) return null;
    const word = lower(token);
    if (word !== 'who' && word !== 'that') continue;
    const head = view.tokens[index - 1];
    if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
    // "the job that many economists | say": with no verb of its own, the clause is the cue's, not the subject's.
    if (!hasVerbBetween(view, index + 1, end)) return null;
    const phrase = nounPhraseLeft(view, index, sentenceStart);
    return phrase ? { start: phrase.start, end } : null;
  }
  return null;
}

/**
 * The source that ends right before a cue, apposition included: "General Keith Kellogg, a senior
 * U.S. envoy," or "various U.S. officials, including … Kellogg,".
 */
export function sourceLeft(view: DocView, cueStart: number, sentenceStart: number): TokenRange | null {
  // Adverbs, and an emphatic reflexive ("Obama himself said"), stand between a source and its cue;
  // so may a time ("Police had last month charged", "A report published Wednesday said").
  const end = skipTimeBefore(view, skipAdverbsBefore(view, cueStart, sentenceStart), sentenceStart);
  // "NP1, NP2, <cue>": an apposition between commas, or between dashes ("Jason Sims — a teacher — says").
  const mark = isComma(view.tokens[end - 1]) ? isComma : isDash(view.tokens[end - 1]) && !isGluedHyphen(view.tokens, end - 1) ? isDash : null;
  if (!mark) {
    // "Officials not authorized to speak said": the condition of anonymity stays with its noun.
    const condition = authorizationStart(view, end, sentenceStart);
    const head = condition > 0 ? nounPhraseLeft(view, condition, sentenceStart) : null;
    if (head) return { start: head.start, end };
    return restrictiveRelative(view, end, sentenceStart) ?? nounPhraseLeft(view, end, sentenceStart);
  }
  const closingComma = end - 1;
  let openingComma = -1;
  // Verbs inside the commas rule out an apposition, unless it is a relative clause ("X, who led the study, said").
  let sawVerb = false;
  let sawClauseMaterial = false;
  for (let index = closingComma - 1; index >= Math.max(sentenceStart, closingComma - MAX_SOURCE_TOKENS); index -= 1) {
    const token = view.tokens[index] as Token;
    if (mark(token)) {
      openingComma = index;
      break;
    }
    if (RELATIVE_OPENERS.has(lower(token)) && mark(view.tokens[index - 1])) {
      openingComma = index - 1;
      break;
    }
    // "X, a historian who attended the session, said": the verbs seen so far belong to a relative
    // clause on a noun of the apposition, not to a clause of their own.
    if (RELATIVE_WORDS.has(lower(token)) && isNominalHead(view.tokens[index - 1])) {
      sawVerb = false;
      continue;
    }
    // "a policy-focused conservative": a participle glued by a hyphen is part of an adjective.
    // ("Pyongyang's only ally": a noun after a possessive that wink-nlp tagged as a verb.)
    // ("a parent group called Save Our Schools": a naming participle after its noun names it, and a
    // capitalized "verb" inside the sentence is a word of a name.)
    const naming = (NAMING_PARTICIPLES.has(lower(token)) && view.tokens[index - 1]?.pos === 'NOUN') || isCapitalized(token);
    if (token.pos === 'VERB' && (naming || isGerundModifier(view, index) || isGluedHyphen(view.tokens, index - 1) || isNounAfterDeterminer(view, index))) continue;
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !APPOSITION_OPENERS.has(lower(token))) sawVerb = true;
    if (token.pos === 'VERB' && !APPOSITION_OPENERS.has(lower(token)) && mark(view.tokens[index - 1])) {
      // "Trump, speaking to veterans, said": a participle phrase between commas; the source is the name before it.
      if (!/(?:ing|ed)$/u.test(lower(token))) return null;
      return nounPhraseLeft(view, index - 1, sentenceStart);
    }
    // A subordinator ("since 2012") or a title in quotation marks ("his book “Sin Miedo”") may stand
    // in a relative clause; anywhere else either rules the apposition out (checked below).
    if (token.pos === 'SCONJ' || (view.quoteAt[index] as number) >= 0) sawClauseMaterial = true;
  }
  if (sawClauseMaterial && (openingComma < 0 || !RELATIVE_OPENERS.has(lower(view.tokens[openingComma + 1])))) return null;
  // "Gov. John Kasich (R-OH), said": a comma after a subject that opens the sentence.
  if (openingComma < 0 && !sawVerb) return subjectBeforeComma(view, closingComma, sentenceStart);
  if (openingComma < 0 || openingComma === closingComma - 1) return null;
  // "Officials, however, said": an adverb between commas is no apposition.
  if (allAdverbs(view, openingComma + 1, closingComma)) return nounPhraseLeft(view, openingComma, sentenceStart);
  // "The mayor, in an interview with CNN, said": a prepositional adjunct between commas is no
  // apposition; the source is the phrase before it.
  if ((view.tokens[openingComma + 1] as Token).pos === 'ADP' && !APPOSITION_OPENERS.has(lower(view.tokens[openingComma + 1]))) return nounPhraseLeft(view, openingComma, sentenceStart);
  if (sawVerb && !RELATIVE_OPENERS.has(lower(view.tokens[openingComma + 1]))) return null;
  // "Rep. Rosa DeLauro, D-Conn., the top Democrat on the committee, said": the name before the party label.
  const labelled = nameBeforePartyLabel(view, openingComma, sentenceStart);
  if (labelled) return { start: labelled.start, end: closingComma };
  const head = nounPhraseLeft(view, openingComma, sentenceStart);
  if (!head) return null;
  const named = nameBeforeAge(view, head, sentenceStart);
  if (named) return { start: named.start, end: closingComma };
  const headLast = view.tokens[openingComma - 1] as Token;
  // "The chief, Paul Manafort, said": wink-nlp tags some nouns after "the" as adjectives.
  const beforeLast = view.tokens[openingComma - 2];
  const nounLikeAdjective = headLast.pos === 'ADJ' && head.end - head.start >= 2 && beforeLast !== undefined && ['DET', 'NUM', 'PROPN', 'NOUN'].includes(beforeLast.pos);
  if (headLast.pos !== 'PROPN' && headLast.pos !== 'NOUN' && headLast.text !== ')' && !nounLikeAdjective) return null;
  // "Marcus Feld, a portfolio manager at Northgate Capital, which owns …, sees": the relative clause
  // is on the apposition's noun, and the name before the apposition is the source; so it is before
  // two appositions ("Tariq Mansour, the lead negotiator for Zahran, one of the largest exporters, insisted").
  const nameBefore = nameBeforeApposition(view, head, sentenceStart);
  return { start: nameBefore?.start ?? head.start, end: closingComma };
}

/**
 * The name before an apposition that opens with an article ("Marcus Feld, | a portfolio manager …"),
 * or null; not a preposition's object ("In Washington, | the spokesman, …").
 */
function nameBeforeApposition(view: DocView, apposition: TokenRange, sentenceStart: number): TokenRange | null {
  const opener = view.tokens[apposition.start];
  if (!isComma(view.tokens[apposition.start - 1]) || opener?.pos !== 'DET') return null;
  const name = nounPhraseLeft(view, apposition.start - 1, sentenceStart);
  return name && view.tokens[name.end - 1]?.pos === 'PROPN' && opensClauseAt(view, name.start, sentenceStart) ? name : null;
}

/**
 * Whether the phrase of the token at `index` opens its clause: walking left over its name's words, the
 * sentence start, a comma, a conjunction or a subordinator comes first, not a verb or (unless
 * `afterPreposition`, for a phrase inside a source: "a study by Harvard and the University of …") a
 * preposition.
 */
function opensClauseAt(view: DocView, index: number, limit: number, afterPreposition = false): boolean {
  let at = index;
  while (at > limit && (view.tokens[at - 1]?.pos === 'PROPN' || view.tokens[at - 1]?.text === '.')) at -= 1;
  // ("Both The New York Times and …": an article, then "both", "either" or "neither", may open it.)
  if (at > limit && view.tokens[at - 1]?.pos === 'DET') at -= 1;
  if (at > limit && /^(?:both|either|neither)$/iu.test(view.tokens[at - 1]?.text ?? '')) at -= 1;
  const before = view.tokens[at - 1];
  return at <= limit || before === undefined || isComma(before) || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.pos === 'PUNCT' || (afterPreposition && before.pos === 'ADP');
}


/**
 * Where a party label that starts at token `start` ends: the index of the comma (or closing
 * parenthesis) right after it, or -1 when no label starts there.
 */
export function partyLabelEnd(view: DocView, start: number, limit: number): number {
  const first = view.tokens[start];
  if (!first || !/^(?:[DRI]|Ind)$/u.test(first.text)) return -1;
  const labelled = (end: number): boolean => PARTY_LABEL.test(view.input.slice(first.start, (view.tokens[end - 1] as Token).end));
  const last = Math.min(limit, start + MAX_PARTY_LABEL_TOKENS);
  for (let at = start + 1; at < last; at += 1) {
    const token = view.tokens[at] as Token;
    if (isComma(token) || token.text === ')') return labelled(at) ? at : -1;
  }
  // "…, said Sen. Chuck Schumer, D-N.Y.": the label ends the sentence, with or without its own period.
  if (last !== limit) return -1;
  // ("R-Iowa." keeps the sentence's period out when it is a token of its own.)
  if (view.tokens[limit - 1]?.text === '.' && limit - 1 > start + 1 && labelled(limit - 1)) return limit - 1;
  return labelled(limit) ? limit : -1;
}

/** Reflexive pronouns, which after a noun phrase only add emphasis ("the officials themselves"). */
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself', 'yourselves']);

/** Whether the token is a reflexive right after a noun ("Obama himself"), not an object. */
function isEmphaticReflexive(view: DocView, index: number, sentenceStart: number): boolean {
  const before = view.tokens[index - 1];
  return index > sentenceStart && REFLEXIVES.has(lower(view.tokens[index])) && before !== undefined && (before.pos === 'PROPN' || before.pos === 'NOUN');
}

function skipAdverbsBefore(view: DocView, end: number, sentenceStart: number): number {
  let at = end;
  while (at - 1 >= sentenceStart && ((view.tokens[at - 1] as Token).pos === 'ADV' || isEmphaticReflexive(view, at - 1, sentenceStart))) {
    // "Most believe": a quantifier opening the sentence is its subject, not an adverb.
    if (at - 1 === sentenceStart && SOURCE_PRONOUNS.has(lower(view.tokens[at - 1]))) break;
    at -= 1;
  }
  return at;
}

/** Whether a word names a time by itself ("Tuesday", "month", "earlier"), not only modifies one ("last"). */
function isTimeHead(word: string): boolean {
  return isTimeWord(word) && !TIME_MODIFIERS.has(word);
}

/**
 * Where the subject ends before a time that separates it from the cue: "Police had | last month
 * charged", "Trump | earlier Tuesday backed away", "A news report | published Wednesday said" (a
 * participle with its time describes the subject). `end` itself when no time stands there.
 */
function skipTimeBefore(view: DocView, end: number, sentenceStart: number): number {
  let at = end;
  let hasHead = false;
  while (at - 1 > sentenceStart && isTimeWord(lower(view.tokens[at - 1]))) {
    at -= 1;
    if (isTimeHead(lower(view.tokens[at]))) hasHead = true;
  }
  if (!hasHead) return end;
  const before = view.tokens[at - 1] as Token;
  // "The ministry on Tuesday announced": the noun phrase reads a prepositional time itself; after an
  // apposition's comma it stands between the source and its cue ("Linda Park, on Tuesday defended").
  if (before.pos === 'ADP') return isComma(view.tokens[at - 2]) ? at - 1 : end;
  // "The past year has shown": the time is the subject's own head, not between subject and cue.
  if (before.pos === 'DET' || before.pos === 'ADJ' || before.pos === 'NUM') return end;
  if (isParticipleAfterNoun(view, at - 1, sentenceStart)) return at - 1;
  while (at - 1 > sentenceStart && ((view.tokens[at - 1] as Token).pos === 'AUX' || (view.tokens[at - 1] as Token).pos === 'ADV')) at -= 1;
  return at;
}

/** Whether tokens `[from, to)` are all adverbs. */
function allAdverbs(view: DocView, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if ((view.tokens[index] as Token).pos !== 'ADV') return false;
  return from < to;
}

/** The noun phrase before `comma` when it is all that precedes it in the sentence, else null. */
export function subjectBeforeComma(view: DocView, comma: number, sentenceStart: number): TokenRange | null {
  const phrase = nounPhraseLeft(view, comma, sentenceStart);
  // "Yesterday, fearing a backlash, …": a time that opens the sentence is no subject.
  return phrase && phrase.start === sentenceStart && !isTimeAdjunct(view, phrase.start, phrase.end) ? phrase : null;
}

/** "Rep. Rosa DeLauro, D-Conn., …": the name before a party label that ends at `comma`, or null. */
function nameBeforePartyLabel(view: DocView, comma: number, sentenceStart: number): TokenRange | null {
  for (let labelStart = comma - 1; labelStart > Math.max(sentenceStart, comma - MAX_PARTY_LABEL_TOKENS); labelStart -= 1) {
    if (!isComma(view.tokens[labelStart - 1])) continue;
    if (partyLabelEnd(view, labelStart, comma + 1) !== comma) return null;
    const name = nounPhraseLeft(view, labelStart - 1, sentenceStart);
    return name && (view.tokens[name.end - 1] as Token).pos === 'PROPN' ? name : null;
  }
  return null;
}

/**
 * "Marley Anderson, 21, a junior from Las Vegas, said": when the phrase before an apposition is an
 * age between commas, the name before the age; null otherwise.
 */
function nameBeforeAge(view: DocView, head: TokenRange, sentenceStart: number): TokenRange | null {
  if (head.end - head.start !== 1 || (view.tokens[head.start] as Token).pos !== 'NUM' || !isComma(view.tokens[head.start - 1])) return null;
  const name = nounPhraseLeft(view, head.start - 1, sentenceStart);
  return name && (view.tokens[name.end - 1] as Token).pos === 'PROPN' ? name : null;
}

/** The most tokens the modifiers add to a source. */
const MAX_MODIFIER_TOKENS = 12;

/**
 * The source with the prepositional phrases that modify it, for the given prepositions: "a
 * statement from the ministry", "Maria Lopez of the Green Party". Stops at punctuation, a verb or
 * a quotation.
 */
export function withModifiers(view: DocView, source: TokenRange, sentenceEnd: number, prepositions: ReadonlySet<string>): TokenRange {
  let end = source.end;
  const limit = Math.min(sentenceEnd, source.end + MAX_MODIFIER_TOKENS);
  while (end < limit && prepositions.has(lower(view.tokens[end]))) {
    let at = end + 1;
    // ("said Emma Clarke of the parents' network Connect": a plural possessive goes on.)
    // ("of the Center for Strategic and International Studies": "for" and "and" between capitals stay in a name.)
    while (
      at < limit &&
      (!isPunctuation(view.tokens[at] as Token) || isPluralPossessive(view, at)) &&
      (view.quoteAt[at] as number) < 0 &&
      (!['VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ'].includes((view.tokens[at] as Token).pos) || isJoinerInsideName(view, at))
    )
      at += 1;
    if (at === end + 1) break;
    end = at;
  }
  return end === source.end ? source : { start: source.start, end };
}

/**
 * Whether a joiner stands between a capitalized name and a capital ("Center for Strategic and
 * International Studies"); not "in" or "at": "of Wells Fargo | in New York" is a place after the name.
 */
function isJoinerInsideName(view: DocView, index: number): boolean {
  return NAME_JOINERS.has(lower(view.tokens[index])) && view.tokens[index - 1]?.pos === 'PROPN' && isCapitalized(view.tokens[index - 1]) && isCapitalized(view.tokens[index + 1]);
}

/** Whether a token is punctuation (no letter or digit). */
function isPunctuation(token: Token): boolean {
  return token.pos === 'PUNCT' || !/[\p{L}\p{N}]/u.test(token.text);
}

/** Where a relative clause that opens at `opener` ends: before the next comma, quotation or the sentence's closing punctuation. */
export function relativeClauseEnd(view: DocView, opener: number, sentenceEnd: number): number {
  let end = opener + 1;
  while (end < sentenceEnd && !isComma(view.tokens[end]) && (view.quoteAt[end] as number) < 0) end += 1;
  while (end > opener + 1 && isPunctuation(view.tokens[end - 1] as Token)) end -= 1;
  return end;
}

/** Prepositions after an inverted source that still tell who it is ("said Maria Lopez of the Green Party"). */
const INVERTED_MODIFIERS: ReadonlySet<string> = new Set(['of', 'from']);

/**
 * Whether a token is a word of a compound modifier joined by a hyphen whose first word is no name
 * ("well-known", "34-year-old", "French-born"); "the Putin-led government" and "Musk-owned X" keep
 * the name apart, an actor of its own.
 */
function isModifierCompound(view: DocView, index: number): boolean {
  if (isGluedHyphen(view.tokens, index + 1)) return view.tokens[index]?.pos !== 'PROPN';
  return isGluedHyphen(view.tokens, index - 1) && view.tokens[index - 2]?.pos !== 'PROPN';
}

/** Parts of speech that open a noun phrase after an adverb in an apposition ("now a lawyer", "formerly Smith's deputy"). */
const APPOSITION_HEADS = new Set(['DET', 'NOUN', 'PROPN']);

/** Whether a token is a glued hyphen or a word it joins ("a 52-count complaint", "a well-known lawyer"): part of a compound modifier. */
function inHyphenCompound(view: DocView, index: number): boolean {
  return isGluedHyphen(view.tokens, index) || isGluedHyphen(view.tokens, index + 1) || isGluedHyphen(view.tokens, index - 1);
}

/**
 * The source that follows an inverted cue ("said Dmitry Peskov, President Vladimir Putin’s press
 * secretary, during a briefing"), apposition included, or null.
 */
export function sourceRight(view: DocView, cueEnd: number, sentenceEnd: number): TokenRange | null {
  let end = cueEnd;
  // ("said lead author Dr. Sofia Marquez": wink-nlp tags "lead" as a verb before its noun.)
  // ("said the study's lead author, Sofia Marquez", "said acting Attorney General Todd Blanche": at the
  // start or after a possessive, before a role noun or a capitalized title.)
  const modifierVerb = (at: number): boolean => {
    const token = view.tokens[at] as Token;
    const next = view.tokens[at + 1];
    const opens = at === cueEnd || isPossessiveMarker(view.tokens[at - 1]) || view.tokens[at - 1]?.pos === 'NOUN';
    return opens && token.pos === 'VERB' && (lower(token) === token.lemma || /ing$/u.test(lower(token))) && next !== undefined && (next.pos === 'NOUN' || (next.pos === 'PROPN' && isCapitalized(next)));
  };
  while (end < sentenceEnd && (isNounPhraseToken(view.tokens[end] as Token) || isPluralPossessive(view, end) || inHyphenCompound(view, end) || modifierVerb(end)) && (view.quoteAt[end] as number) < 0) {
    if (end > cueEnd && (view.tokens[end] as Token).pos === 'DET' && !isPossessiveMarker(view.tokens[end - 1])) break;
    // "said a party member who supports the plan": the relative clause describes the source.
    if (end > cueEnd && RELATIVE_OPENERS.has(lower(view.tokens[end])) && NOMINAL.has((view.tokens[end - 1] as Token).pos)) {
      return { start: cueEnd, end: relativeClauseEnd(view, end, sentenceEnd) };
    }
    end += 1;
  }
  while (end > cueEnd && !NOMINAL.has((view.tokens[end - 1] as Token).pos)) end -= 1;
  if (end === cueEnd) return null;
  // "said he would …", "said parents still want …": a subject followed by its verb opens the
  // content, it is no inverted source. Neither is a time ("announced this month").
  let next = end;
  while (view.tokens[next]?.pos === 'ADV') next += 1;
  const after = view.tokens[next];
  if (after && (after.pos === 'VERB' || after.pos === 'AUX')) return null;
  if (view.tokens.slice(cueEnd, end).every((token) => isTimeWord(lower(token)))) return null;
  if (!isComma(view.tokens[end])) return withModifiers(view, { start: cueEnd, end }, sentenceEnd, INVERTED_MODIFIERS);
  // "said Rep. Chip Roy, R-Texas, who voted against it": the party label belongs to the name.
  const label = partyLabelEnd(view, end + 1, sentenceEnd);
  if (label > 0) {
    const opener = lower(view.tokens[label + 1]);
    const relative = isComma(view.tokens[label]) && (opener === 'who' || opener === 'whose') && (view.quoteAt[label + 1] as number) < 0;
    return { start: cueEnd, end: relative ? relativeClauseEnd(view, label + 1, sentenceEnd) : label };
  }
  // "said Don Fowler, who led the party in the 1990s": a relative clause right after the name
  // ("which" only after a common noun: "said Smith, which surprised many" is about the quotation).
  const opener = lower(view.tokens[end + 1]);
  const describesName = opener === 'who' || opener === 'whose' || (opener === 'which' && (view.tokens[end - 1] as Token).pos === 'NOUN');
  if (describesName && (view.quoteAt[end + 1] as number) < 0) {
    return { start: cueEnd, end: relativeClauseEnd(view, end + 1, sentenceEnd) };
  }
  // An apposition that runs to the next comma or the sentence end, with no verb.
  let appositionEnd = end + 1;
  // ("a Paris-based economist": a hyphen compound goes on.)
  while (appositionEnd < sentenceEnd && !isComma(view.tokens[appositionEnd]) && ((view.tokens[appositionEnd] as Token).pos !== 'PUNCT' || isGluedHyphen(view.tokens, appositionEnd))) {
    const token = view.tokens[appositionEnd] as Token;
    if (inHyphenCompound(view, appositionEnd)) {
      appositionEnd += 1;
      continue;
    }
    // "said Umm Ahmed, a mother of five who fled her home": a relative clause on the apposition's noun.
    if (RELATIVE_OPENERS.has(lower(token)) && NOMINAL.has((view.tokens[appositionEnd - 1] as Token).pos) && appositionEnd > end + 1) {
      return { start: cueEnd, end: relativeClauseEnd(view, appositionEnd, sentenceEnd) };
    }
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'SCONJ' || (view.quoteAt[appositionEnd] as number) >= 0) {
      return { start: cueEnd, end };
    }
    appositionEnd += 1;
  }
  const first = view.tokens[end + 1];
  // ("according to Eurostat, still above the target": a preposition opens no apposition, nor an
  // adverb unless a noun phrase follows it: "said Ann Cole, now a lawyer in Boston".)
  // (An adjective opens a noun phrase only before its noun: "currently chief economist", not "still optimistic about …".)
  const afterAdverb = view.tokens[end + 2];
  const nounAfterAdjective = afterAdverb?.pos === 'ADJ' && NOMINAL.has(view.tokens[end + 3]?.pos ?? '');
  const adverbial = first?.pos === 'ADV' && !(APPOSITION_HEADS.has(afterAdverb?.pos ?? '') || nounAfterAdjective || lower(afterAdverb) === 'of' || lower(afterAdverb) === 'at');
  if (!first || first.pos === 'ADP' || adverbial || appositionEnd === end + 1) return { start: cueEnd, end };
  while (appositionEnd > end + 1 && !NOMINAL.has((view.tokens[appositionEnd - 1] as Token).pos)) appositionEnd -= 1;
  // (An apposition with no noun left is none: the comma after the name stays out.)
  return { start: cueEnd, end: appositionEnd > end + 1 ? appositionEnd : end };
}

import type { Sentence, Token } from '../types.js';
import { isTitleCase } from './headline.js';
import { isGluedHyphen } from './hyphen.js';
import { IRREGULAR_PASTS, isFiniteVerb } from './words.js';

/**
 * Tags wink-nlp gives names that are also words: "Ted" and "Cook" (verbs), "Lynch", "Hope",
 * "Young", "Judicial Watch", "Ohio Democratic Party".
 */
const WORD_TAGS = new Set(['VERB', 'ADJ', 'ADV']);

/** A capitalized word: an upper-case letter, then lower-case ones ("Lynch", not "NATO" or "I"). */
const CAPITALIZED = /^\p{Lu}\p{Ll}/u;

/** The longest lower-case part after a hyphen that still belongs to a name ("Ki-moon", "Ching-te"). */
const MAX_NAME_SUFFIX = 5;
/** English words that follow a name after a hyphen ("Obama-era", "Musk-owned", "Putin-led"). */
const HYPHEN_WORDS = new Set(['era', 'style', 'led', 'owned', 'backed', 'like', 'based', 'born', 'run', 'made', 'type', 'wide', 'free', 'linked', 'friendly', 'allied', 'aligned', 'appointed', 'controlled', 'funded', 'held', 'esque', 'ism', 'ite', 'ites']);

/**
 * Whether a lower-case word after a hyphen ends a hyphenated given name ("Ki-moon", "Ching-te",
 * "Chun-ying"): short, and no English word ("-era", "-owned", "-led").
 */
export function isGivenNameSuffix(text: string): boolean {
  return /^\p{Ll}+$/u.test(text) && text.length <= MAX_NAME_SUFFIX && !HYPHEN_WORDS.has(text) && !/ed$/u.test(text);
}

/** What the name repair needs besides the tokens. */
export interface NameContext {
  /** Whether a token is (the end of) a closing quote mark. */
  closesQuote: (token: Token) => boolean;
  /** Whether a lemma is a verb that introduces speech ("say", "tell", "vow", …). */
  isSpeechLemma: (lemma: string) => boolean;
}

function isSpeechVerb(token: Token | undefined, context: NameContext): boolean {
  return token !== undefined && token.pos === 'VERB' && context.isSpeechLemma(token.lemma);
}

function isWordTagged(token: Token | undefined): token is Token {
  return token !== undefined && WORD_TAGS.has(token.pos) && CAPITALIZED.test(token.text);
}

/** A capitalized word tagged as a name or as a word that may be one. */
function isCapitalizedName(token: Token | undefined): boolean {
  return token !== undefined && CAPITALIZED.test(token.text) && (token.pos === 'PROPN' || WORD_TAGS.has(token.pos));
}

function isCapitalizedProperNoun(token: Token | undefined): boolean {
  return token !== undefined && token.pos === 'PROPN' && CAPITALIZED.test(token.text);
}

/** Verbs that take a clause, which a name and its verb may follow at a sentence's start ("Remember Trump called …"). */
const CLAUSE_VERBS = new Set(['remember', 'recall', 'imagine', 'suppose', 'assume', 'forget', 'picture', 'expect', 'consider', 'say', 'note', 'notice', 'guess', 'know', 'believe', 'think']);

/** Words that end the names of streets and buildings ("Downing Street", "Lancaster House"). */
const STREET_WORDS = new Set(['street', 'square', 'road', 'avenue', 'lane', 'house', 'hall', 'place', 'park', 'gate']);

/** Whether the capitalized word at `index` (of the sentence `[start, end)`) names someone or something. */
function readsAsName(tokens: readonly Token[], index: number, start: number, end: number, context: NameContext): boolean {
  const token = tokens[index] as Token;
  const previous = index > start ? tokens[index - 1] : undefined;
  const next = index + 1 < end ? tokens[index + 1] : undefined;
  // "Lakhani-Ward", "Holtz-Eakin": a capital glued by a hyphen to a name is the name's second part.
  if (index - 2 >= start && isGluedHyphen(tokens, index - 1) && isCapitalizedProperNoun(tokens[index - 2])) return true;
  // "Sen. Ted Cruz", "Mr. Hedge said", "Judicial Watch": a capital inside a sentence, after a name.
  // ("Loretta E. Lynch": after a middle initial too.)
  if (previous?.pos === 'PROPN' && (CAPITALIZED.test(previous.text) || /^\p{Lu}\.$/u.test(previous.text)) && !/^\p{P}/u.test(previous.text)) return true;
  // "the spokesman, Josh Earnest, said": two capitals in a row inside a sentence are a name (after
  // a word or a comma; a quote mark, a colon or a dash may open a title instead).
  if (previous && isCapitalizedName(next) && (previous.pos !== 'PUNCT' || previous.text === ',') && !context.closesQuote(previous)) return true;
  // "Cook said …", "Lynch announced …": no imperative is followed by a finite verb. "Ted Cruz said
  // …", "Hope Hicks told …": a given name that is also a word, a capitalized name, then a finite verb
  // (not a verb that takes a clause: "Remember Trump called …", "Suppose China invades …"). "Downing
  // Street insisted …": a word in -ing before a street's or building's word and a finite verb
  // ("Leading Republicans said", "Visiting France, Macron said" keep their participles; "When
  // Ukraine applied …" opens with an adverb).
  if (index === start) {
    if (token.pos !== 'VERB') return false;
    const after = index + 2 < end ? tokens[index + 2] : undefined;
    if (/ing$/iu.test(token.text)) return next !== undefined && CAPITALIZED.test(next.text) && STREET_WORDS.has(next.text.toLowerCase()) && isFiniteVerb(after);
    const givenName = next?.pos === 'PROPN' && CAPITALIZED.test(next.text) && isFiniteVerb(after) && !context.isSpeechLemma(token.lemma) && !CLAUSE_VERBS.has(token.lemma);
    return givenName || isFiniteVerb(next) || speechLemmaOfMistagged(next, context) !== undefined;
  }
  if (!previous) return false;
  // `“…,” Lynch said`: right after a closing quote mark and before a speech verb.
  if (context.closesQuote(previous) && isSpeechVerb(next, context)) return true;
  // `“…,” said Young.`, `“…,” said Hope Hicks.`: right after such a verb, at the end of the clause.
  const beforeVerb = index - 2 >= start ? tokens[index - 2] : undefined;
  return isSpeechVerb(previous, context) && beforeVerb !== undefined && context.closesQuote(beforeVerb) && (next === undefined || next.pos === 'PUNCT' || next.pos === 'PROPN');
}

/**
 * The speech verb an irregular past tense is, when wink-nlp tagged it as an adjective after a name it
 * read as a verb ("Cook said …" comes out as "Cook/VERB said/ADJ"), else undefined. (Regular forms in
 * -ed are left alone: after an imperative they are participles, "Stay informed", "Get involved".)
 */
function speechLemmaOfMistagged(token: Token | undefined, context: NameContext): string | undefined {
  if (token === undefined || token.pos !== 'ADJ') return undefined;
  const lemma = IRREGULAR_PASTS.get(token.text.toLowerCase());
  return lemma !== undefined && context.isSpeechLemma(lemma) ? lemma : undefined;
}

/** Whether the token at `index` ends a hyphenated given name: "Chun" "-" "ying" after a capitalized name. */
function isNameEnd(tokens: readonly Token[], index: number): boolean {
  const name = tokens[index - 2] as Token;
  const family = tokens[index - 3] as Token;
  const capitalizedName = (token: Token): boolean => token.pos === 'PROPN' && CAPITALIZED.test(token.text);
  return isGluedHyphen(tokens, index - 1) && capitalizedName(name) && capitalizedName(family) && isGivenNameSuffix((tokens[index] as Token).text);
}

/**
 * Retags as proper nouns the names wink-nlp reads as words, where the sentence around them
 * leaves no other reading: after a capitalized proper noun ("Sen. Ted Cruz"), before another capital
 * inside a sentence ("the spokesman, Josh Earnest, said"), before a finite verb
 * at the start of a sentence ("Cook said"), and in the speaker's slot of a quotation (`“…,” Lynch
 * said`, `“…,” said Young.`). Title Case headlines are left alone: every word there is capitalized.
 */
export function retagNames(tokens: readonly Token[], sentences: readonly Sentence[], context: NameContext): void {
  // Surnames that are also nouns, found after a name ("Linda Park"): the same word as a sentence's
  // subject names the same person ("Park, a Democrat, told …").
  const surnames = new Set<string>();
  const titleCase = sentences.map((sentence) => isTitleCase(tokens, sentence.tokens.start, sentence.tokens.end));
  sentences.forEach((sentence, at) => {
    const { start, end } = sentence.tokens;
    if (titleCase[at]) return;
    for (let index = start; index < end; index += 1) {
      const token = tokens[index] as Token;
      // "Leung Chun-ying": the end of a hyphenated given name, after a name of two words or more.
      if (index - 3 >= start && isNameEnd(tokens, index)) {
        token.pos = 'PROPN';
        continue;
      }
      // "Sky News", "Star Tribune": a capitalized common noun inside a sentence, before a capitalized name.
      if (isNounBeforeName(tokens, index, start, end)) {
        retag(token);
        continue;
      }
      if (isNounAfterName(tokens, index, start)) {
        surnames.add(token.text);
        retag(token);
        continue;
      }
      if (isWordTagged(token) && readsAsName(tokens, index, start, end, context)) {
        retag(token);
        // The verb after the name is a verb again ("Cook said": wink-nlp had "said" as an adjective).
        const verb = index === start ? tokens[index + 1] : undefined;
        const lemma = speechLemmaOfMistagged(verb, context);
        if (verb && lemma !== undefined) {
          verb.pos = 'VERB';
          verb.lemma = lemma;
        }
      }
    }
  });
  if (surnames.size === 0) return;
  // Only where a name stands as a subject, at a sentence's start before a comma or a finite verb
  // ("Park, a Democrat, told …", "Park said …"): "President", "City" or "Office" after a name elsewhere
  // ("Vice President", "New York City") leave the word's other uses alone.
  sentences.forEach((sentence, at) => {
    const { start, end } = sentence.tokens;
    const token = tokens[start] as Token;
    const next = start + 1 < end ? tokens[start + 1] : undefined;
    if (!titleCase[at] && token.pos !== 'PROPN' && surnames.has(token.text) && (next?.text === ',' || isFiniteVerb(next))) retag(token);
  });
}

function retag(token: Token): void {
  token.pos = 'PROPN';
  token.lemma = token.text.toLowerCase();
}

/**
 * Whether a capitalized common noun inside a sentence follows a capitalized name: a surname that is
 * also a word ("Linda Park", "Tim Cook"), or a name's last word ("Trump Tower"), not a title or an
 * organization's word, which the name finder reads by their text.
 */
function isNounAfterName(tokens: readonly Token[], index: number, start: number): boolean {
  const token = tokens[index] as Token;
  const previous = tokens[index - 1];
  return index > start && token.pos === 'NOUN' && CAPITALIZED.test(token.text) && previous !== undefined && previous.pos === 'PROPN' && CAPITALIZED.test(previous.text);
}

/**
 * Whether a capitalized common noun inside a sentence (not after a quote mark, a colon or a dash,
 * which may open a title) stands right before a capitalized name: the name's first word ("told Sky
 * News", "the Justice Department").
 */
function isNounBeforeName(tokens: readonly Token[], index: number, start: number, end: number): boolean {
  const token = tokens[index] as Token;
  const previous = tokens[index - 1];
  if (index === start || token.pos !== 'NOUN' || !CAPITALIZED.test(token.text) || previous === undefined) return false;
  if (previous.pos === 'PUNCT' && previous.text !== ',') return false;
  return index + 1 < end && isCapitalizedProperNoun(tokens[index + 1]);
}

import type { Token } from '../types.js';

/** Tags wink-nlp gives surnames that are also common words ("Lynch", "Hope", "Young", "Cross"). */
const WORD_TAGS = new Set(['VERB', 'ADJ', 'NOUN', 'ADV']);

/** A capitalized word: an upper-case letter, then lower-case ones ("Lynch", not "NATO" or "I"). */
const CAPITALIZED = /^\p{Lu}\p{Ll}/u;

function isSpeechVerb(token: Token | undefined, speechLemmas: ReadonlySet<string>): boolean {
  return token !== undefined && token.pos === 'VERB' && speechLemmas.has(token.lemma);
}

function isNameCandidate(token: Token | undefined): token is Token {
  return token !== undefined && WORD_TAGS.has(token.pos) && CAPITALIZED.test(token.text);
}

/**
 * Retags as proper nouns the surnames that wink-nlp reads as words in the speaker's slot of a
 * quotation: `“…,” Lynch said` and `“…,” said Lynch.`. A capitalized word right after a closing
 * quote mark and right before a speech verb, or right after such a verb and before the end of the
 * clause or a surname (`said Hope Hicks`), names the speaker: it does not start a sentence there, and it is no cue of its own.
 */
export function retagSpeakerNames(tokens: readonly Token[], closesQuote: (token: Token) => boolean, speechLemmas: ReadonlySet<string>): void {
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!isNameCandidate(token)) continue;
    const previous = tokens[index - 1] as Token;
    const next = tokens[index + 1];
    const sameSentence = (other: Token | undefined): boolean => other !== undefined && other.sentence === token.sentence;
    const beforeVerb = closesQuote(previous) && sameSentence(next) && isSpeechVerb(next, speechLemmas);
    const afterVerb =
      isSpeechVerb(previous, speechLemmas) &&
      index >= 2 &&
      closesQuote(tokens[index - 2] as Token) &&
      (!sameSentence(next) || next?.pos === 'PUNCT' || next?.pos === 'PROPN');
    if (beforeVerb || afterVerb) {
      token.pos = 'PROPN';
      token.lemma = token.text.toLowerCase();
    }
  }
}

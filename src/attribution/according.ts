/** "According to X, …" and "…, according to X." */
import type { CueEntry } from '../lexicons/schemas.js';
import { scoreCandidate } from './score.js';
import type { Sentence, Token } from '../types.js';
import { contentBefore } from './content.js';
import { relativeClauseEnd, sourceRight, withModifiers, type TokenRange } from './source.js';
import type { DocView } from './view.js';
import { isTimeWord, SUBJECT_PRONOUNS } from '../text/words.js';
import { isGluedHyphen } from '../text/hyphen.js';
import { endBeforePunct, isComma, isPunct, lower } from './view.js';

import type { Candidate } from './candidate.js';

/**
 * Prepositions whose phrase still tells whose an "according to" source is ("a poll of Indiana
 * voters", "a statement from the ministry", "a count by The Associated Press").
 */
const ACCORDING_MODIFIERS: ReadonlySet<string> = new Set(['of', 'from', 'by', 'for', 'among', 'at', 'in']);

/** "According to X, …" / "…, according to X." */
export function fromAccordingTo(view: DocView, entry: CueEntry, sentence: Sentence): Candidate[] {
  const found: Candidate[] = [];
  const { start: sentenceStart, end: sentenceEnd } = sentence.tokens;
  for (let index = sentenceStart; index + 1 < sentenceEnd; index += 1) {
    // wink-nlp lemmatizes "according" as "accord"; the lemma test spares a lower-casing per token.
    if ((view.tokens[index] as Token).lemma !== 'accord' || lower(view.tokens[index]) !== 'according' || lower(view.tokens[index + 1]) !== 'to' || (view.quoteAt[index] as number) >= 0) continue;
    // The source is the noun phrase after "to" (with its apposition), not the rest of the clause.
    const phrase = sourceRight(view, index + 2, sentenceEnd);
    const head = phrase ?? shortPhraseTo(view, index + 2, sentenceEnd);
    let source = head ? withModifiers(view, head, sentenceEnd, ACCORDING_MODIFIERS) : null;
    // "According to early results of exit polls conducted by Edison Research for the AP, …",
    // "…, according to the most recent data available from the FBI.": a description the noun
    // phrase rules stop short of runs to the comma that closes it, or to the end of the sentence.
    // (The noun-phrase rules are trusted unless the phrase goes on describing; a short guess is not.)
    // (Opening its sentence, the source runs to its comma: "According to the book and the movie, …".)
    const opening = index === sentenceStart;
    if (!source || (!isComma(view.tokens[source.end]) && source.end < lastWord(view, sentenceEnd) && (!phrase || opening || isDescriptionGoingOn(view.tokens[source.end])))) {
      source = phraseToBoundary(view, index, sentenceStart, sentenceEnd) ?? source;
    }
    if (!source) continue;
    // "According to the AP, many superdelegates back Clinton.": an opening source never runs to the
    // sentence's end; what its comma takes for an apposition is the content.
    if (opening && source.end >= lastWord(view, sentenceEnd)) {
      let comma = source.start;
      while (comma < source.end && !isComma(view.tokens[comma])) comma += 1;
      if (comma > source.start && comma < source.end) source = { start: source.start, end: comma };
    }
    // "According to a person familiar with the talks, who spoke on condition of anonymity, …": the
    // relative clause describes the source; the content follows its comma.
    const opener = lower(view.tokens[source.end + 1]);
    if (isComma(view.tokens[source.end]) && (opener === 'who' || opener === 'whose') && (view.quoteAt[source.end + 1] as number) < 0) {
      source = { start: source.start, end: relativeClauseEnd(view, source.end + 1, sentenceEnd) };
    }
    const sourceEnd = source.end;
    const content: TokenRange[] = [];
    // "Kamau, who took 47.9% according to the official count, told …": inside a relative clause, what
    // is attributed is that clause, not the sentence around it.
    const relative = relativeClauseStart(view, index, sentenceStart);
    if (relative >= 0) {
      if (index > relative) found.push({ source, cue: { start: index, end: index + 2 }, content: [{ start: relative, end: index }], entry, sentence: sentence.index, confidence: scoreCandidate(entry, true, 'according-to'), pattern: 'according-to' });
      continue;
    }
    // ("…, but according to the league, the VAR judged …": after a coordinator, only the clause after the source is attributed.)
    const coordinated = view.tokens[index - 1]?.pos === 'CCONJ' && isComma(view.tokens[sourceEnd]);
    const before = coordinated ? null : contentBefore(view, sentenceStart, index);
    if (before) content.push(before);
    // ("…, according to its own figures, and the city has begun …": a clause joined after the source is the author's.)
    if (isComma(view.tokens[sourceEnd]) && !(before && view.tokens[sourceEnd + 1]?.pos === 'CCONJ')) {
      const end = endBeforePunct(view, sourceEnd + 1, sentenceEnd);
      if (end > sourceEnd + 1) content.push({ start: sourceEnd + 1, end });
    }
    if (content.length === 0) continue;
    found.push({ source, cue: { start: index, end: index + 2 }, content, entry, sentence: sentence.index, confidence: scoreCandidate(entry, true, 'according-to'), pattern: 'according-to' });
  }
  return found;
}

/** How far back from "according to" the relative pronoun of its clause may stand. */
const MAX_RELATIVE_REACH = 15;

/** Where the relative clause holding "according to" at `index` starts (its "who" or "which" after a comma), or -1. */
function relativeClauseStart(view: DocView, index: number, sentenceStart: number): number {
  for (let at = index - 1; at > Math.max(sentenceStart, index - MAX_RELATIVE_REACH); at -= 1) {
    const token = view.tokens[at] as Token;
    if (isComma(token) || (view.quoteAt[at] as number) >= 0) return -1;
    if ((lower(token) === 'who' || lower(token) === 'which') && isComma(view.tokens[at - 1])) return at;
  }
  return -1;
}

/** The most tokens of an "according to" source that runs to its clause's boundary. */
const MAX_BOUNDED_SOURCE = 30;

/** One past the sentence's last token that is not closing punctuation. */
function lastWord(view: DocView, sentenceEnd: number): number {
  return endBeforePunct(view, 0, sentenceEnd);
}

/** Whether the token after a noun phrase goes on describing it ("… polls | conducted by …", "… data | available from …"). */
function isDescriptionGoingOn(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'ADJ' || (token.pos === 'VERB' && PARTICIPLE.test(token.text)));
}

/** A past or present participle by its ending ("conducted", "taken", "released", "showing"). */
const PARTICIPLE = /(?:ed|en|wn|ing)$/iu;

/** Words that open a relative clause. */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Parts of speech that open a verb's object: after one, a participle-looking verb is finite ("opposed | the plan"). */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'NOUN', 'ADJ', 'NUM']);

/**
 * Whether the verb at `index` is a participle describing a noun ("a poll released Tuesday", "polls
 * conducted by …", "a just-released poll"), or, once one has (`described`), another joined to it by "and".
 */
function isDescribingParticiple(view: DocView, index: number, described: boolean): boolean {
  const token = view.tokens[index] as Token;
  const before = view.tokens[index - 1];
  const after = view.tokens[index + 1];
  if (!PARTICIPLE.test(token.text) || before === undefined) return false;
  // "a just-released poll": a hyphenated modifier before its noun.
  if (before.text === '-') return true;
  if (described && lower(before) === 'and') return true;
  // "published this month": a time after the participle is no object.
  const object = after !== undefined && OBJECT_OPENERS.has(after.pos) && !isTimeWord(lower(view.tokens[index + 2])) && !isTimeWord(lower(after));
  return (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'ADV') && !object;
}

/**
 * The source after "according to" (at `cue`) up to the comma that ends it, when content follows that
 * comma; or, after a comma, up to the sentence end. Null when the boundary is far, or a quotation or
 * another clause ("according to X, who said …" is read by the other rules) comes first.
 */
function phraseToBoundary(view: DocView, cue: number, sentenceStart: number, sentenceEnd: number): TokenRange | null {
  const start = cue + 2;
  const end = lastWord(view, sentenceEnd);
  const trailing = cue > sentenceStart && isComma(view.tokens[cue - 1]);
  let relative = false;
  // Set once a participle has described the source: one after "and" goes on ("obtained by X and reviewed by Y").
  let described = false;
  for (let index = start; index < Math.min(end, start + MAX_BOUNDED_SOURCE); index += 1) {
    const token = view.tokens[index] as Token;
    if ((view.quoteAt[index] as number) >= 0 || token.text === ';' || token.text === ':') return null;
    // A relative clause describes the source ("an official who spoke on condition of anonymity").
    // ("an account she gave to a newspaper": a subject pronoun after the noun opens one without "that".)
    if (RELATIVES.has(lower(token)) || (SUBJECT_PRONOUNS.has(lower(token)) && view.tokens[index - 1]?.pos === 'NOUN')) relative = true;
    // A finite verb is the clause the source speaks of ("according to Smith the deal | is dead"), not the
    // source: any verb but a participle after a noun ("a poll | released Tuesday"), one with no object
    // after it ("most Americans opposed | the plan"). The first word may be a noun tagged as a verb.
    // ("the recently court-released playbook": a word glued to a hyphen is part of a compound modifier.)
    const compound = isGluedHyphen(view.tokens, index + 1) || isGluedHyphen(view.tokens, index - 1);
    if (!relative && !compound && index > start && (token.pos === 'AUX' || (token.pos === 'VERB' && !isDescribingParticiple(view, index, described)))) return null;
    if (token.pos === 'VERB') described = true;
    if (isComma(token)) return index > start && index + 1 < end ? { start, end: index } : null;
  }
  return trailing && end - start <= MAX_BOUNDED_SOURCE && end > start ? { start, end } : null;
}

/** Up to the next punctuation, a few words at most: a source the tagger got wrong ("according to police/VERB,"). */
function shortPhraseTo(view: DocView, start: number, sentenceEnd: number): TokenRange | null {
  let end = start;
  while (end < sentenceEnd && end - start < MAX_SHORT_SOURCE && !isPunct(view.tokens[end]) && (view.tokens[end] as Token).pos !== 'AUX') end += 1;
  return end > start && (end >= sentenceEnd || isPunct(view.tokens[end])) ? { start, end } : null;
}

/** The most words `shortPhraseTo` takes. */
const MAX_SHORT_SOURCE = 6;

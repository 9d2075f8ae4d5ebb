/** Verb cues: where their content lies (before, after, around the cue), their source, passives and participles. */
import type { CueEntry } from '../lexicons/schemas.js';
import { scoreCandidate } from './score.js';
import type { AttributionPattern, Sentence, Token } from '../types.js';
import { ADDRESSEE_CUES, FREE_RELATIVE_WORDS, INDEFINITE_ARTICLES, ingBaseForms, isFiniteVerb, isMistaggedPastBeforeThat, isParticipleForm, isPluralForm, isTimeWord, NAME_JOINERS, NAMING_PARTICIPLES, PERMISSIONS_OF_ANONYMITY, POSSESSIVE_PRONOUNS, QUESTION_WORDS, quantityModifierLength, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, TIME_MODIFIERS, TIME_NOUNS } from '../text/words.js';
import { contentAfter, contentBefore, contentStart, quoteAfterAdjunct, skipTime, type ContentOpening } from './content.js';
import type { CueMatch } from './cues.js';
import { isGluedHyphen } from '../text/hyphen.js';
import { isPossessiveMarker, sourceLeft, sourceRight, subjectBeforeComma, type TokenRange } from './source.js';
import type { DocView } from './view.js';
import { endBeforePunct, isCapitalized, isComma, isDash, isPunct, lower, parentheticalEnd } from './view.js';

import type { Candidate, SentenceContext } from './candidate.js';
import { beforeMainVerb, quoteAfter } from './clause.js';

const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'when', 'if', 'as', 'because', 'since', 'after', 'before', 'unless']);

/** Whether the sentence opens with a subordinator and the cue comes before its first comma ("While X characterize …,"). */
function inSubordinateClause(view: DocView, sentence: Sentence, cueStart: number): boolean {
  if (!SUBORDINATORS.has(lower(view.tokens[sentence.tokens.start]))) return false;
  const comma = view.firstComma[sentence.index] as number;
  return comma < 0 || comma >= cueStart;
}

/** Whether the token right after the cue begins its content (rather than punctuation or an adjunct). */
function opensComplement(view: DocView, index: number, sentenceEnd: number): boolean {
  const token = view.tokens[index];
  if (!token || index >= sentenceEnd) return false;
  if (view.opensQuote[index] || token.text === ':') return true;
  return !isPunct(token);
}

/** Whether a complement clause without "that" starts here ("maintains it is defending …", "warned they would …"). */
function opensClause(view: DocView, index: number): boolean {
  const subject = view.tokens[index];
  const verb = view.tokens[index + 1];
  if (!subject || !verb || subject.pos !== 'PRON' || !(SUBJECT_PRONOUNS.has(lower(subject)) || lower(subject) === 'this')) return false;
  return verb.pos === 'AUX' || verb.pos === 'VERB';
}

/** The most tokens of a subject noun phrase `opensNounClause` reads ("the gunman", "the two men"). */
const MAX_CLAUSE_SUBJECT = 5;

/** Whether a clause with a noun-phrase subject starts here ("the gunman fled …"): nominal words, then a verb. */
function opensNounClause(view: DocView, index: number): boolean {
  for (let at = index; at < index + MAX_CLAUSE_SUBJECT; at += 1) {
    const token = view.tokens[at];
    if (!token || token.sentence !== view.tokens[index]?.sentence) return false;
    if (at > index && (token.pos === 'VERB' || token.pos === 'AUX')) return true;
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(token.pos)) return false;
  }
  return false;
}

/** Whether the sentence opens with a subordinate clause or prepositional phrase ("When …,", "In 2019,"). */
function opensWithAdjunct(view: DocView, sentenceStart: number): boolean {
  const first = view.tokens[sentenceStart];
  // "Following the reports, …" opens with a participle phrase.
  const participle = first?.pos === 'VERB' && /ing$/u.test(lower(first));
  return first !== undefined && (SUBORDINATORS.has(lower(first)) || first.pos === 'ADP' || first.pos === 'SCONJ' || participle);
}

/** Whether the quotation opening at `index` closes after the sentence end. */
function quoteEndsBeyond(view: DocView, index: number, sentenceEnd: number): boolean {
  const quote = view.quotes[view.quoteAt[index] as number];
  const last = view.tokens[sentenceEnd - 1];
  return quote !== undefined && last !== undefined && quote.end > last.end;
}

/**
 * The rest of a sentence that the cue interrupts: "Lenox was a juggernaut, he said, until it went
 * bankrupt." From after the comma that follows the cue (and its time adjunct) to the sentence end.
 */
function clauseAfter(view: DocView, index: number, sentenceEnd: number): TokenRange | null {
  // Past a time adjunct or a name that ends the inverted source ("said Friday", "said Smith").
  let at = skipTime(view, index, sentenceEnd);
  while (at < sentenceEnd && (view.tokens[at] as Token).pos === 'PROPN') at += 1;
  if (!isComma(view.tokens[at]) || isParticipleClause(view, at + 1)) return null;
  // ("…, the ministry said on Thursday, as Kestria insisted …": a subordinate clause after the comma is the author's.)
  if (AUTHOR_SUBORDINATORS.has(lower(view.tokens[at + 1]))) return null;
  const end = endBeforePunct(view, at + 1, sentenceEnd);
  return end > at + 1 ? { start: at + 1, end } : null;
}

/** Subordinators that open the author's clause after a cue and its comma (time, contrast, circumstance). */
const AUTHOR_SUBORDINATORS = new Set(['as', 'while', 'when', 'whereas', 'although', 'though', 'even', 'despite', 'after', 'before', 'since', 'amid']);

/** Whether a participle in -ing opens a clause of its own at `index`, after a comma (", adding that …", ", citing witnesses"). */
function isParticipleClause(view: DocView, index: number): boolean {
  const token = view.tokens[index];
  return token !== undefined && token.pos === 'VERB' && /ing$/u.test(lower(token)) && isComma(view.tokens[index - 1]);
}

/** The quotation that opens the next sentence (after "X continued:"), as a content range. */
function quoteOpeningNext(view: DocView, sentence: Sentence): TokenRange | null {
  const next = sentence.tokens.end;
  return view.opensQuote[next] === 1 ? quoteAfter(view, next, view.tokens.length) : null;
}

/**
 * "The governor added:" ending its paragraph: the next paragraph, whole, is what was said (a
 * statement, a transcript, a letter set off as a block).
 */
function paragraphAfterColon(view: DocView, sentence: Sentence): TokenRange | null {
  const first = view.sentences[sentence.index + 1];
  if (!first || first.paragraph === sentence.paragraph) return null;
  let last = first;
  for (let index = first.index + 1; view.sentences[index]?.paragraph === first.paragraph; index += 1) last = view.sentences[index] as Sentence;
  return { start: first.tokens.start, end: last.tokens.end };
}

/** Drops a leading adjunct ("on the other hand, …") from a content; null when it is all adjunct. */
function skipLeadingAdjunct(view: DocView, range: TokenRange): TokenRange | null {
  const first = view.tokens[range.start];
  // ("questioned whether the plan is legal": wink-nlp tags "whether" and "if" as prepositions.)
  // ("said at least 12 people were killed": a number's modifier opens the subject.)
  if (!first || first.pos !== 'ADP' || CLAUSE_PREPOSITIONS.has(lower(first)) || quantityModifierLength(view.tokens, range.start) > 0) return range;
  for (let index = range.start + 1; index < range.end; index += 1) {
    const token = view.tokens[index] as Token;
    if (isComma(token)) return index + 1 < range.end ? { start: index + 1, end: range.end } : null;
    // ("said without elaborating.", "said before leaving …": a gerund right after a preposition of time or
    // manner is its object; "balked at accepting …", "responded by pointing …" say what they did.)
    if (index === range.start + 1 && token.pos === 'VERB' && /ing$/u.test(lower(token)) && GERUND_ADJUNCT_PREPOSITIONS.has(lower(first))) continue;
    // ("said before leaving that he would return": the that-clause after the adjunct keeps its "that".)
    if (lower(token) === 'that' && token.pos === 'SCONJ') return { start: index, end: range.end };
    // ("said in a statement investors had been misled": the plural after the phrase's noun is the subject.)
    if (token.pos === 'VERB' || token.pos === 'AUX' || view.opensQuote[index]) {
      return { start: token.pos === 'VERB' || token.pos === 'AUX' ? subjectAfterPhrase(view, range.start, index) : index, end: range.end };
    }
  }
  return null;
}

/** Prepositions whose gerund is an adjunct of time or manner ("without elaborating", "after meeting him"). */
const GERUND_ADJUNCT_PREPOSITIONS = new Set(['without', 'before', 'after', 'while', 'upon', 'since']);

/** Words tagged as prepositions that open a clause, not an adjunct. */
const CLAUSE_PREPOSITIONS = new Set(['whether', 'if']);

/**
 * Where the subject of the verb at `verb` starts, after a leading preposition's phrase that opens at
 * `phraseStart` ("in a statement | investors had …", "in a statement | its forces had …"): a plural,
 * or a determiner or possessive and its nouns, right after the phrase's noun; else the verb itself.
 */
function subjectAfterPhrase(view: DocView, phraseStart: number, verb: number): number {
  // ("in a statement | it had targeted …": a subject pronoun right before the verb.)
  const pronoun = view.tokens[verb - 1];
  if (verb - 1 > phraseStart + 1 && pronoun?.pos === 'PRON' && SUBJECT_PRONOUNS.has(lower(pronoun))) return verb - 1;
  let start = verb;
  while (start - 1 > phraseStart + 1 && ['NOUN', 'ADJ'].includes(view.tokens[start - 1]?.pos ?? '')) start -= 1;
  // "in a statement | at least 12 people died": a number and its modifier open the subject.
  if (start < verb && view.tokens[start - 1]?.pos === 'NUM') {
    for (let modifier = start - 4; modifier < start - 1; modifier += 1) {
      if (modifier > phraseStart + 1 && quantityModifierLength(view.tokens, modifier) === start - 1 - modifier) return modifier;
    }
    if (start - 1 > phraseStart + 1 && ['NOUN', 'PROPN'].includes(view.tokens[start - 2]?.pos ?? '')) return start - 1;
  }
  const opener = view.tokens[start - 1];
  if (opener && (opener.pos === 'DET' || POSSESSIVE_PRONOUNS.has(lower(opener))) && start - 1 > phraseStart + 1 && ['NOUN', 'PROPN'].includes(view.tokens[start - 2]?.pos ?? '')) return start - 1;
  const plural = view.tokens[verb - 1];
  return plural?.pos === 'NOUN' && isPluralForm(lower(plural)) && ['NOUN', 'PROPN'].includes(view.tokens[verb - 2]?.pos ?? '') && verb - 1 > phraseStart + 1 ? verb - 1 : verb;
}

/** Prepositions a cue verb governs ("complained about", "warned against", "called for"). */
const GOVERNED = new Set(['about', 'of', 'for', 'against', 'over']);

/** Media a cue speaks on rather than about ("weighed in on Twitter", "on television"). */
const MEDIA = new Set(['twitter', 'x', 'facebook', 'instagram', 'tiktok', 'youtube', 'television', 'tv', 'radio', 'camera', 'cnn', 'fox', 'msnbc', 'nbc', 'abc', 'cbs', 'npr', 'bbc']);

/** "social media", "social networks", "Truth Social": media of two words ("on social security" is a topic). */
function isTwoWordMedium(view: DocView, index: number): boolean {
  const first = lower(view.tokens[index]);
  const second = lower(view.tokens[index + 1]);
  const medium = (first === 'social' && (second === 'media' || second === 'networks')) || (first === 'truth' && second === 'social');
  // "on social media regulation" is a topic: the medium must end its phrase.
  const after = view.tokens[index + 2];
  return medium && (after === undefined || after.pos === 'PUNCT' || after.pos === 'ADP' || after.pos === 'SCONJ' || after.sentence !== view.tokens[index]?.sentence);
}

/** Whether a clause or a quotation opens right after a medium ("on social media | that …", "on Twitter: “…”"). */
function opensClauseAfterMedium(view: DocView, index: number): boolean {
  // ("complained on X on Sunday that …": past a time.)
  const at = skipTime(view, index, view.tokens.length);
  const token = view.tokens[at];
  return token !== undefined && (lower(token) === 'that' || token.text === ':' || view.opensQuote[at] === 1 || (isComma(token) && view.opensQuote[at + 1] === 1));
}

/** Prepositions a cue verb governs unless it is plain speech ("said on Sunday", "told to reporters"). */
const GOVERNED_UNLESS_SPEECH = new Set(['on', 'to', 'with']);

/** The longest verb chain before a cue ("could not resist pointing out", "went on to discuss"). */
const MAX_CHAIN = 6;

/** Whether the preposition after a cue belongs to it rather than opening an adjunct. */
function isGovernedPreposition(view: DocView, index: number, entry: CueEntry): boolean {
  const token = view.tokens[index];
  const next = view.tokens[index + 1];
  if (!token || !next || token.pos !== 'ADP' || view.quoteAt[index] !== -1) return false;
  const word = lower(token);
  // "said over 100 people were arrested": a number's modifier, not the verb's preposition.
  if (quantityModifierLength(view.tokens, index) > 0) return false;
  if (GOVERNED.has(word)) return true;
  // A phrase ends in its particle ("weigh in | on the picks"); a neutral verb alone speaks "on Sunday", "to reporters".
  if (!GOVERNED_UNLESS_SPEECH.has(word) || (entry.stance === 'neutral' && entry.lemmas.length < 2)) return false;
  // "weighed in on Twitter", "claimed on social media that …": a medium, not a topic. (A cue with a
  // stance keeps "on" when no clause follows the medium: "complained on Twitter about the delays".)
  const medium = MEDIA.has(lower(next)) ? 1 : isTwoWordMedium(view, index + 1) ? 2 : 0;
  if (medium > 0 && (entry.stance === 'neutral' || opensClauseAfterMedium(view, index + 1 + medium))) return false;
  return next.pos !== 'NUM' && !(next.pos === 'PROPN' && /day$/iu.test(next.text));
}

/**
 * Extends a cue left over the verb chain that governs it ("went on to discuss", "could not
 * resist pointing out"), stopping at a token another cue already took.
 */
function chainStart(view: DocView, start: number, sentenceStart: number, taken: ReadonlySet<number>): number {
  let chain = start;
  for (let index = start - 1; index >= Math.max(sentenceStart, start - MAX_CHAIN); index -= 1) {
    const token = view.tokens[index] as Token;
    if (taken.has(index)) break;
    // "Leung Chun-ying said": the end of a hyphenated name is no verb of the chain.
    if (isGluedHyphen(view.tokens, index - 1) && isCapitalized(view.tokens[index - 2])) break;
    // Two main verbs side by side are two clauses ("who asked not to be named | said"), not a chain.
    const right = view.tokens[index + 1] as Token;
    if (token.pos === 'VERB' && right.pos === 'VERB' && /(?:ed|en|wn)$/u.test(lower(token)) && !/ing$/u.test(lower(right))) break;
    // ("the club's south stand | said": a base form right before a finite cue is a noun wink-nlp tagged as a verb, no chain.)
    // (Only after a noun phrase's word, "south stand said", not after a pronoun: "it further wrote".)
    if (token.pos === 'VERB' && index + 1 === start && lower(token) === token.lemma && isFiniteVerb(right) && ['NOUN', 'ADJ', 'DET', 'PROPN', 'ADV'].includes(view.tokens[index - 1]?.pos ?? '')) break;
    // ("Lynch notes they …": a capitalized word opening the sentence before a cue in -s is its subject, a name wink-nlp tagged as a verb.)
    if (token.pos === 'VERB' && index === sentenceStart && index + 1 === start && isCapitalized(token) && /[^s]s$/u.test(lower(right))) break;
    // ("went on to discuss": an infinitive's "to" right before the cue; "who were not authorized to
    // speak publicly | said" is a clause of its own before the cue.)
    const infinitive = token.pos === 'PART' && lower(token) === 'to';
    // ("goes on to openly ridicule": an adverb may split the infinitive.)
    if (infinitive && !(index + 1 === start || (index + 2 === start && view.tokens[index + 1]?.pos === 'ADV'))) break;
    // (An infinitive's own verb is a clause of its own, "not authorized to speak | publicly said",
    // unless it governs the next infinitive of the chain: "to scramble to address".)
    if (token.pos === 'VERB' && lower(view.tokens[index - 1]) === 'to' && lower(view.tokens[index + 1]) !== 'to') break;
    const link = token.pos === 'AUX' || token.pos === 'VERB' || token.pos === 'ADV' || (token.pos === 'PART' && /^(?:to|not|n[’']t)$/u.test(lower(token))) || (token.pos === 'ADP' && /^(?:on|out|up)$/u.test(lower(token)));
    if (!link) break;
    chain = index;
  }
  // The chain must end in a verb or auxiliary on its left, never in a dangling "to" or adverb.
  while (chain < start && !['AUX', 'VERB'].includes((view.tokens[chain] as Token).pos)) chain += 1;
  return chain;
}

/** The subject of the clause a participle hangs on: the source found before it, else the noun phrase before the main verb. */
function clauseSubject(context: SentenceContext, cueStart: number): TokenRange | null {
  const { view, sentence, found } = context;
  // The attributions just before (a bounded look back keeps a sentence of many cues linear).
  const first = Math.max(0, found.length - RECENT_SOURCES);
  for (let index = found.length - 1; index >= first; index -= 1) {
    const earlier = found[index] as Candidate;
    if (earlier.question) continue;
    // "She says people may not like it, but insists …": a cue inside another's content ("like")
    // belongs to a clause within that content, not to the clause the participle continues.
    if (earlier.source && earlier.cue && earlier.cue.start < cueStart && !insideRecentContent(found, first, earlier.cue)) return earlier.source;
  }
  // (After a question opening, the clause starts past it: "Asked whether …, Coles smiles and says …".)
  const sentenceVerb = view.firstVerb[sentence.index] as number;
  const afterQuestion = sentenceVerb >= 0 && sentenceVerb < sentence.tokens.start;
  const verb = afterQuestion ? firstVerbFrom(view, sentence.tokens.start, cueStart) : sentenceVerb;
  // ("…, Coles smiles and says …": wink-nlp may tag the first verb as a noun; the names opening the clause are its subject.)
  if (afterQuestion && verb < 0) return namesAt(view, sentence.tokens.start, cueStart);
  // "Democrats in Congress, fearing the consequences, voted …": the participle is the first verb;
  // the phrase that opens the sentence before its comma is the subject.
  if (verb === cueStart && isComma(view.tokens[cueStart - 1])) {
    const before = subjectBeforeComma(view, cueStart - 1, sentence.tokens.start);
    if (before) return before;
  }
  // "Citing security concerns, officials closed the road", "Yesterday, fearing a backlash, Democrats
  // delayed …": a participle phrase that opens the sentence speaks for the main clause's subject.
  if (verb === cueStart && /ing$/u.test(lower(view.tokens[cueStart]))) return subjectAfterOpening(view, cueStart, sentence.tokens.end);
  if (verb < 0 || verb >= cueStart) return null;
  // "When asked whom she supported, Ms. Sherry smiled and said, …": the first verb is the opening
  // adjunct's; the main clause's comes after its comma.
  const comma = view.firstComma[sentence.index] as number;
  if (comma > verb && comma < cueStart && opensWithAdjunct(view, sentence.tokens.start)) return subjectAfterComma(view, comma, cueStart);
  // An opening adjunct or an apposition may stand before the main verb ("A few days later, Trump
  // reversed himself, telling …", "Rahm Emanuel, his chief of staff, urged …, saying …").
  return unlessRelative(view, sourceLeft(view, verb, sentence.tokens.start));
}

/** The proper nouns that open `[from, to)` ("Coles"), or null. */
function namesAt(view: DocView, from: number, to: number): TokenRange | null {
  let end = from;
  while (end < to && end < from + MAX_OPENING_PHRASE && (view.tokens[end] as Token).pos === 'PROPN') end += 1;
  // ("London’s mayor smiles and says": a possessive name is no subject of its own.)
  return end > from && !isPossessiveMarker(view.tokens[end]) ? { start: from, end } : null;
}

/** The first verb or auxiliary in `[from, to)`, or -1. */
function firstVerbFrom(view: DocView, from: number, to: number): number {
  for (let index = from; index < to; index += 1) {
    const pos = (view.tokens[index] as Token).pos;
    if (pos === 'VERB' || pos === 'AUX') return index;
  }
  return -1;
}

/** A subject, unless it is a lone relative pronoun: the subject of a clause inside the subject, not of the sentence. */
function unlessRelative(view: DocView, subject: TokenRange | null): TokenRange | null {
  return subject && !(subject.end - subject.start === 1 && RELATIVE_PRONOUNS.has(lower(view.tokens[subject.start]))) ? subject : null;
}

/** How far an opening phrase, and the subject after its comma, may run (keeps each look linear). */
const MAX_OPENING_PHRASE = 30;

/** The subject of the main clause after an opening participle phrase: the one after the phrase's comma. */
function subjectAfterOpening(view: DocView, cueStart: number, sentenceEnd: number): TokenRange | null {
  let comma = cueStart + 1;
  const limit = Math.min(sentenceEnd, cueStart + MAX_OPENING_PHRASE);
  while (comma < limit && !(isComma(view.tokens[comma]) && (view.quoteAt[comma] as number) < 0)) comma += 1;
  return comma < limit ? subjectAfterComma(view, comma, sentenceEnd) : null;
}

/** The subject before the first verb after `comma` (and before `end`), read with nothing before the comma. */
function subjectAfterComma(view: DocView, comma: number, end: number): TokenRange | null {
  for (let index = comma + 1; index < Math.min(end, comma + 1 + MAX_OPENING_PHRASE); index += 1) {
    const token = view.tokens[index] as Token;
    if ((view.quoteAt[index] as number) >= 0) continue;
    if (token.pos === 'VERB' || token.pos === 'AUX') return unlessRelative(view, sourceLeft(view, index, comma + 1));
  }
  return null;
}

/** Whether `cue` lies inside the content of one of the candidates `found[first…]`. */
function insideRecentContent(found: readonly Candidate[], first: number, cue: TokenRange): boolean {
  for (let index = first; index < found.length; index += 1) {
    const other = found[index] as Candidate;
    if (other.cue !== cue && other.content.some((range) => range.start <= cue.start && cue.end <= range.end)) return true;
  }
  return false;
}

/** How many earlier attributions of a sentence a participle looks back to for its subject. */
const RECENT_SOURCES = 8;

/** Whether a verb cue is passive with an agent: "is supported by X", "was first reported by X". */
function hasPassiveAgent(view: DocView, cue: TokenRange, head: number): boolean {
  return lower(view.tokens[cue.end]) === 'by' && isPassive(view, cue, head);
}

/** Whether a verb cue is passive: a form of "be" or "get" before a participle ("was accused of"). */
function isPassive(view: DocView, cue: TokenRange, head: number): boolean {
  const verb = view.tokens[head] as Token;
  if (verb.pos !== 'VERB' || !/(?:ed|en|wn|ld|ght|id|ne)$/u.test(lower(verb))) return false;
  let be = false;
  for (let index = cue.start; index < head; index += 1) {
    const token = view.tokens[index] as Token;
    if (token.pos === 'AUX') be = token.lemma === 'be' || token.lemma === 'get';
  }
  return be;
}

/**
 * Cues whose grammatical subject is what is attributed, not who attributes it: an agentless
 * passive ("peacekeepers have been blamed for …") or a raising verb ("it seems", "home equity
 * appears …"). Their subject joins the content and the source stays unnamed.
 */
function subjectIsContent(view: DocView, cue: TokenRange, head: number, entry: CueEntry): boolean {
  const lemma = entry.lemmas[0] ?? '';
  if (RAISING_CUES.has(lemma)) return true;
  if (!isPassive(view, cue, head)) return false;
  const next = lower(view.tokens[cue.end]);
  // "The Times is expected to endorse …", "He is believed to be …": the subject is what is
  // expected; "She was asked to resign": the subject is who was asked (an addressee).
  if (next === 'to') return RAISING_PASSIVES.has(lemma);
  return next !== 'that';
}

/** Verbs whose passive before "to" raises what is attributed into the subject ("is expected to", "is said to"). */
const RAISING_PASSIVES = new Set(['expect', 'believe', 'think', 'say', 'report', 'know', 'consider', 'estimate', 'project', 'predict', 'rumor', 'allege', 'suppose', 'presume', 'understand', 'see', 'feel', 'claim']);

/** Verbs whose subject is the content: "X seems/appears (to be) …". */
const RAISING_CUES = new Set(['seem', 'appear']);

/** "The plan is supported by most economists": the agent after "by" is the source, the subject the content. */
function fromPassive(context: SentenceContext, match: CueMatch, cue: TokenRange): Candidate | null {
  const { view, sentence } = context;
  const by = cue.end;
  let end = by + 1;
  // (The agent ends at a verb, or at "as" and a word in -ing, which wink-nlp may tag as a noun: "as warning".)
  while (end < sentence.tokens.end && !isPunct(view.tokens[end]) && (view.tokens[end] as Token).pos !== 'VERB' && (view.tokens[end] as Token).pos !== 'AUX' && !(end > by + 1 && lower(view.tokens[end - 1]) === 'as' && /ing$/u.test(lower(view.tokens[end])))) end += 1;
  const subject = sourceLeft(view, cue.start, sentence.tokens.start);
  if (end === by + 1 || !subject) return null;
  const quoted = quotedAsSaying(context, match, subject, cue, end);
  if (quoted) return quoted;
  const pattern: AttributionPattern = 'object';
  return {
    source: { start: by + 1, end },
    cue: { start: cue.start, end: by + 1 },
    content: [subject],
    entry: match.entry,
    sentence: sentence.index,
    confidence: scoreCandidate(match.entry, true, pattern),
    pattern,
  };
}

/**
 * "Lavrov was quoted by the Interfax news agency as saying that …": the subject of "was quoted" says
 * what follows the participle; the agency only reported it. One cue from "was quoted" to the
 * participle, as annotators mark "was quoted as saying". `agentEnd` is where the agent's scan stopped.
 */
function quotedAsSaying(context: SentenceContext, match: CueMatch, subject: TokenRange, cue: TokenRange, agentEnd: number): Candidate | null {
  const { view, sentence } = context;
  const participle = view.tokens[agentEnd];
  if (match.entry.lemmas[0] !== 'quote' || lower(view.tokens[agentEnd - 1]) !== 'as' || !participle || !/ing$/u.test(lower(participle))) return null;
  // A governed preposition ends the cue ("as warning of"); the content opens past an addressee ("as
  // telling reporters that …"), a colon or a comma ("as saying: “…”").
  const cueEnd = GOVERNED.has(lower(view.tokens[agentEnd + 1])) ? agentEnd + 2 : agentEnd + 1;
  const takesAddressee = cueEnd === agentEnd + 1 && ingBaseForms(lower(participle)).some((base) => ADDRESSEE_CUES.has(base));
  const opening = contentStart(view, cueEnd, sentence.tokens.end, takesAddressee);
  const mark = view.tokens[opening.start]?.text;
  const start = !opening.colon && (mark === ':' || mark === ',') ? opening.start + 1 : opening.start;
  const content = contentAfter(view, start, sentence.tokens.end, { clausal: opening.that, taken: context.taken, takesAs: false, subordinate: false, isCueLemma: context.isCueLemma });
  if (!content) return null;
  const pattern: AttributionPattern = opening.that ? 'that-clause' : view.opensQuote[start] === 1 ? 'quote-after' : opensClause(view, start) ? 'clause' : 'object';
  return { source: subject, cue: { start: cue.start, end: cueEnd }, content: [content], entry: match.entry, sentence: sentence.index, confidence: scoreCandidate(match.entry, true, pattern), pattern };
}

/** How far an active "quoted X as saying" may stretch between the verb and "as". */
const MAX_QUOTED_OBJECT = 20;

/**
 * After an active form of "quote" ending at `from`: the index of "as" before a form in -ing that ends
 * its object ("quoted | Senior Colonel Wu Dezhi, a spokesperson for the command, | as saying"), or -1.
 */
function quotedObjectEnd(view: DocView, from: number, sentenceEnd: number): number {
  for (let index = from + 1; index < Math.min(sentenceEnd - 1, from + MAX_QUOTED_OBJECT); index += 1) {
    const token = view.tokens[index] as Token;
    if (lower(token) === 'as') return /ing$/u.test(lower(view.tokens[index + 1])) && view.tokens[index + 1]?.pos === 'VERB' ? index : -1;
    if (token.pos === 'VERB' || token.pos === 'AUX' || (view.quoteAt[index] as number) >= 0) return -1;
  }
  return -1;
}

/** The attribution of an active "quoted X as saying …" (see `quotedObjectEnd`): source the object, cue the verb. */
function quotedObjectAsSaying(context: SentenceContext, match: CueMatch, cue: TokenRange, as: number): Candidate | null {
  const { view } = context;
  let end = as;
  while (end > match.end && isComma(view.tokens[end - 1])) end -= 1;
  if (end <= match.end) return null;
  const quoted = quotedAsSaying(context, match, { start: match.end, end }, cue, as + 1);
  return quoted ? { ...quoted, cue: { start: cue.start, end: match.end } } : null;
}

/** What stands around a verb cue: the facts that decide on which side its content lies. */
interface Surroundings {
  /** A participle after a comma (", calling it …"): it shares the clause's subject. */
  participle: boolean;
  /** The source found so far (left of the cue, or the clause's subject for a participle). */
  source: TokenRange | null;
  /** Where the cue and its source begin. */
  anchor: number;
  /** Where the content after the cue would start, and what opens it. */
  opening: ContentOpening;
  /** A that-clause, quotation, colon or subject-and-verb opens the content after the cue. */
  strongAfter: boolean;
  /** Words (not punctuation nor a preposition) follow the cue. */
  complementAfter: boolean;
  /** A closed quotation ends right before the anchor, and is not the title in an opening adjunct. */
  quoteBefore: boolean;
  /** A clause ends with a comma right before the anchor ("…, X said"). */
  clauseBefore: boolean;
  /** “A,” he said, “B.”: the cue interrupts one quotation. */
  interrupted: boolean;
  /** "…, as X put it": "as" before the source attributes what precedes its comma. */
  asClause: boolean;
}

/** Nouns of a text or a recording that carries what a participle after it says ("issued a statement saying"). */
const CARRIERS = new Set([
  'statement', 'letter', 'tweet', 'message', 'memo', 'paper', 'release', 'note', 'email', 'post', 'video', 'ad', 'advertisement',
  'report', 'editorial', 'column', 'ed', 'petition', 'brief', 'filing', 'response', 'announcement', 'notice', 'transcript',
]);
/** How far before a participle cue the verb that issued its carrier may stand. */
const CARRIER_REACH = 10;

/**
 * "issued a statement Tuesday saying …", "has published a letter strongly disputing …": the verb
 * that put out a statement, letter or tweet, and the participle that says what it says, are one
 * cue, as annotators mark it. Returns where the cue then starts, or -1.
 */
function carrierVerbStart(context: SentenceContext, match: CueMatch, cue: TokenRange): number {
  const { view, sentence, taken } = context;
  if (cue.start !== match.head || cue.end !== match.head + 1 || !/ing$/u.test(lower(view.tokens[match.head]))) return -1;
  let carrier = false;
  for (let index = cue.start - 1; index >= Math.max(sentence.tokens.start, cue.start - CARRIER_REACH); index -= 1) {
    const token = view.tokens[index] as Token;
    if (taken.has(index) || (view.quoteAt[index] as number) >= 0) return -1;
    if (token.pos === 'VERB') return carrier ? chainStart(view, index, sentence.tokens.start, taken) : -1;
    if (token.pos === 'AUX' || token.pos === 'SCONJ' || token.pos === 'CCONJ' || (token.pos === 'PUNCT' && token.text !== '-')) return -1;
    if (token.pos === 'NOUN' && CARRIERS.has(token.lemma)) carrier = true;
  }
  return -1;
}

/**
 * "issued a statement Tuesday | saying …", "has published | a letter strongly disputing …": when a
 * cue's content opens with its carrier (a statement, a letter) and a participle that is a cue, the
 * participle ends the cue and the content starts after it. Returns the participle's index, or -1.
 */
function carrierParticiple(context: SentenceContext, cue: TokenRange, content: TokenRange): number {
  const { view } = context;
  // "said in a statement, calling the attack …": after a comma the participle is a cue of its own.
  if (hasCommaBetween(view, cue.end, content.start)) return -1;
  let carrier = false;
  for (let index = cue.start; index < cue.end; index += 1) if (CARRIERS.has((view.tokens[index] as Token).lemma)) carrier = true;
  for (let index = content.start; index < Math.min(content.end - 1, content.start + CARRIER_REACH); index += 1) {
    const token = view.tokens[index] as Token;
    if ((view.quoteAt[index] as number) >= 0 || token.pos === 'AUX' || token.pos === 'SCONJ' || token.pos === 'CCONJ' || (token.pos === 'PUNCT' && token.text !== '-')) return -1;
    if (token.pos === 'VERB') return carrier && /ing$/u.test(lower(token)) && context.isCueLemma(token.lemma) ? index : -1;
    if (token.pos === 'NOUN' && CARRIERS.has(token.lemma)) carrier = true;
  }
  return -1;
}

/** Whether a noun phrase is the object of a verb that is no cue ("issued | a policy paper"). */
function isObjectOfVerb(context: SentenceContext, phrase: TokenRange): boolean {
  const verb = context.view.tokens[phrase.start - 1];
  return verb !== undefined && verb.pos === 'VERB' && !context.isCueLemma(verb.lemma) && verb.sentence === context.sentence.index;
}

/** Reads what surrounds a verb cue. */
function surroundings(context: SentenceContext, match: CueMatch, cue: TokenRange): Surroundings {
  const { view, sentence } = context;
  const { start: sentenceStart, end: sentenceEnd } = sentence.tokens;
  const ing = cue.start === match.head && /ing$/u.test(lower(view.tokens[match.head]));
  const participle = ing && isComma(view.tokens[cue.start - 1]);
  let source = participle ? clauseSubject(context, cue.start) : sourceLeft(view, cue.start, sentenceStart);
  // "The mayor unleashed a series of tweets saying …": a participle after the object of a verb
  // that is no cue speaks for the clause's subject, not for the object.
  if (ing && !participle && source && isObjectOfVerb(context, source)) source = clauseSubject(context, cue.start) ?? source;
  const anchor = participle || !source ? cue.start : source.start;
  // (After a governed preposition the object is the content, no addressee: "warned of further strikes".)
  const governed = cue.end > match.end && view.tokens[cue.end - 1]?.pos === 'ADP';
  const lemma = match.entry.lemmas[0] ?? '';
  const opening = contentStart(view, cue.end, sentenceEnd, !governed && ADDRESSEE_CUES.has(lemma) && !isThingAsked(view, lemma, cue.end, sentenceEnd));
  const strongAfter = opening.that || view.opensQuote[opening.start] === 1 || opening.colon || opensClause(view, opening.start);
  // (", adding that …" after the cue's comma is a clause of its own, no complement of the cue.)
  // (", and only short summaries are sent …" after a comma goes on with the clause before the cue.)
  const continuation = (view.tokens[opening.start] as Token | undefined)?.pos === 'CCONJ' && isComma(view.tokens[opening.start - 1]);
  const complementAfter = opensComplement(view, opening.start, sentenceEnd) && (view.tokens[opening.start] as Token).pos !== 'ADP' && !isParticipleClause(view, opening.start) && !continuation;
  // “…” — the mayor said: a dash may stand between the quotation and its source; “…,” as one diplomat
  // put it: "as", with a cue that ends its clause ("…,” as Democrats warned of delays" is the author's).
  // What another cue of the sentence already reports is attributed again only by a plain reporting
  // verb ("said the bill was “a giveaway,” as one aide put it"), not by a reaction ("X claimed the bill
  // “gives away the store,” as the White House pushed back").
  const reported = isReportedContent(context.found, view.closesQuote[anchor - 2] === 1 ? anchor - 2 : anchor - 3);
  // ("as one aide called it", "as union leaders acknowledged privately": "it" or an adverb is no complement of its own.)
  const resumptive = ['it', 'this'].includes(lower(view.tokens[opening.start])) || view.tokens[opening.start]?.pos === 'ADV';
  const asClause = isAsAfterComma(view, anchor, sentenceStart) && !(complementAfter && !resumptive) && !strongAfter && (!reported || match.entry.stance === 'neutral');
  const quoteEnd = isDash(view.tokens[anchor - 1]) || asClause ? anchor - 2 : anchor - 1;
  const afterQuote = quoteEnd >= sentenceStart && view.closesQuote[quoteEnd] === 1;
  const adjunctFirst = opensWithAdjunct(view, sentenceStart);
  return {
    participle,
    source,
    anchor,
    opening,
    strongAfter,
    complementAfter,
    // A quotation closing an opening adjunct ("On “Fox News Sunday,” Pence said his …") is no content.
    quoteBefore: afterQuote && !(adjunctFirst && complementAfter),
    // After an opening adjunct ("When …, X warned …", "After …, …, X said."), the comma before the
    // source closes the adjunct unless nothing follows the cue.
    // An opening adjunct alone before the source is no content ("As voting began, voters weighed in on …").
    clauseBefore:
      anchor > sentenceStart &&
      (isComma(view.tokens[anchor - 1]) || asClause) &&
      (!adjunctFirst || (!complementAfter && view.firstComma[sentence.index] !== anchor - 1)),
    interrupted: afterQuote && view.opensQuote[opening.start] === 1 && !opening.that && !opening.colon,
    asClause,
  };
}

/** Cues of asking whose object may be the thing asked rather than the one asked ("urges restraint", "promised reforms"). */
const ASKING_CUES = new Set(['urge', 'ask', 'promise', 'advise']);

/**
 * "UN urges restraint", "advised caution.": a common noun's phrase that ends the clause after a cue
 * of asking is what is asked, not an addressee ("urged Congress." and "told reporters." name one).
 */
function isThingAsked(view: DocView, lemma: string, from: number, sentenceEnd: number): boolean {
  // ("urged the president.", "asked the referee.": a definite or possessive phrase names whom.)
  const first = lower(view.tokens[from]);
  if (!ASKING_CUES.has(lemma) || first === 'the' || POSSESSIVE_PRONOUNS.has(first)) return false;
  let index = from;
  while (index < sentenceEnd && ['DET', 'ADJ', 'NOUN'].includes((view.tokens[index] as Token).pos)) index += 1;
  const last = view.tokens[index - 1] as Token;
  const next = view.tokens[index];
  // (A preposition's phrase may follow, "urged restraint on Monday", not an infinitive's "to".)
  const ends = index === sentenceEnd || next === undefined || isPunct(next) || (next.pos === 'ADP' && lower(next) !== 'to');
  return index > from && last.pos === 'NOUN' && !PERSON_PLURALS.test(lower(last)) && ends;
}

/** Plural nouns of people, who are asked rather than asked for ("urged lawmakers.", "asked residents."). */
const PERSON_PLURALS = /(?:ers|ors|ists|ants|ents|ians|people|members|residents|citizens|voters|officials|leaders|lawmakers)$/u;

/** Whether the token at `index` lies inside the content of a candidate found before. */
function isReportedContent(found: readonly Candidate[], index: number): boolean {
  return found.some((candidate) => candidate.content.some((range) => range.start <= index && index < range.end));
}

/** "…, as police have said", "“…,” as one diplomat put it": "as" after a comma (or a quotation closed after one), right before the source. */
function isAsAfterComma(view: DocView, anchor: number, sentenceStart: number): boolean {
  if (anchor - 2 < sentenceStart || lower(view.tokens[anchor - 1]) !== 'as') return false;
  return isComma(view.tokens[anchor - 2]) || (view.closesQuote[anchor - 2] === 1 && isComma(view.tokens[anchor - 3]));
}

/** Whether a cue and its source interrupt a clause between commas: no verb before them, a verb right after the comma after them. */
function subjectInterrupted(context: SentenceContext, cue: TokenRange, around: Surroundings): boolean {
  const { view, sentence } = context;
  const firstVerb = view.firstVerb[sentence.index] as number;
  if (firstVerb >= 0 && firstVerb < around.anchor) return false;
  const comma = skipTime(view, cue.end, sentence.tokens.end);
  const next = view.tokens[comma + 1];
  return isComma(view.tokens[comma]) && next !== undefined && (next.pos === 'AUX' || next.pos === 'VERB') && (view.quoteAt[comma + 1] as number) < 0;
}

/** Whether the content of a verb cue lies before it (“…,” said X / “…,” X said / …, X said). */
function contentIsBefore(context: SentenceContext, cue: TokenRange, around: Surroundings): boolean {
  if (around.participle) return false;
  if (around.interrupted) return true;
  if (around.strongAfter) return false;
  if (around.quoteBefore) return true;
  if (!around.clauseBefore) return false;
  // "The budget, the mayor said, is balanced.": a subject with no verb before the commas, and the
  // predicate after them: the content is both parts.
  if (around.source && subjectInterrupted(context, cue, around)) return true;
  if (around.source) return !around.complementAfter;
  // "…, said parents still want …": with no source on either side, the clause after is the content.
  return !around.complementAfter || sourceRight(context.view, cue.end, context.sentence.tokens.end) !== null;
}

/** A content found for a cue, how it was recognized, and the source it settled on. */
interface Found {
  content: TokenRange[];
  pattern: AttributionPattern;
  source: TokenRange | null;
}

/** The content before the cue, with the inverted source after it and a second part the cue interrupts. */
function contentBeforeCue(context: SentenceContext, cue: TokenRange, around: Surroundings): Found {
  const { view, sentence } = context;
  const { start: sentenceStart, end: sentenceEnd } = sentence.tokens;
  const source = around.source ?? sourceRight(view, cue.end, sentenceEnd);
  const content: TokenRange[] = [];
  // "…, as police have said": the content ends before "as"; "… is a “lawful source of income,” as a
  // memo put it": after a quotation, the content is the quotation.
  const { asClause } = around;
  const quoteAt = asClause ? (view.quoteAt[around.anchor - 2] as number) : -1;
  let from = sentenceStart;
  if (quoteAt >= 0 && view.closesQuote[around.anchor - 2] === 1) {
    from = around.anchor - 2;
    while (from > sentenceStart && view.quoteAt[from - 1] === quoteAt) from -= 1;
  }
  const before = contentBefore(view, from, asClause ? around.anchor - 1 : around.anchor);
  if (before) content.push(before);
  const pattern: AttributionPattern = before !== null && view.closesQuote[before.end - 1] === 1 ? 'quote-before' : 'clause-before';
  const after = Math.max(cue.end, source?.end ?? cue.end);
  const clause = pattern === 'clause-before' ? clauseAfter(view, after, sentenceEnd) : null;
  // ("Prices rose, officials said, and they warned of more": a clause with a cue of its own is its own attribution.)
  const coordinated = clause !== null && (view.tokens[clause.start] as Token).pos === 'CCONJ';
  // (“A,” they said in a research note, “B.”: the second half may follow an adjunct of the cue.)
  const adjunct = pattern === 'quote-before' && view.tokens[after]?.pos === 'ADP' ? quoteAfterAdjunct(view, after, sentenceEnd) : null;
  const tail = quoteAfter(view, after, sentenceEnd) ?? (adjunct ? quoteAfter(view, adjunct.start, sentenceEnd) : null) ?? (clause && !(coordinated && holdsVerbCue(context, clause)) ? clause : null);
  // With nothing said before the cue ("And, he tells reporters, the plan is dead"), the part after is the content.
  if (tail) content.push(tail);
  return { content, pattern, source };
}

/** Whether a verb of the range is a cue outside quotations (its own attribution). */
function holdsVerbCue(context: SentenceContext, range: TokenRange): boolean {
  for (let index = range.start; index < range.end; index += 1) {
    const token = context.view.tokens[index] as Token;
    if (token.pos === 'VERB' && (context.view.quoteAt[index] as number) < 0 && context.isCueLemma(token.lemma)) return true;
  }
  return false;
}

/** The content after the cue: a quotation (of one or more sentences), a clause or an object. */
function contentAfterCue(context: SentenceContext, match: CueMatch, cue: TokenRange, around: Surroundings): Found {
  const { view, sentence } = context;
  const { end: sentenceEnd } = sentence.tokens;
  const { opening, source } = around;
  const takesAs = match.entry.complement === 'as';
  if (view.opensQuote[opening.start] === 1 && quoteEndsBeyond(view, opening.start, sentenceEnd)) {
    // X declared: “A. B. C.”: a quotation of several sentences is one content.
    const quote = quoteAfter(view, opening.start, view.tokens.length);
    return { content: quote ? [quote] : [], pattern: 'quote-after', source };
  }
  if (opensComplement(view, opening.start, sentenceEnd)) {
    const after = contentAfter(view, opening.start, sentenceEnd, {
      clausal: opening.that,
      taken: context.taken,
      takesAs,
      subordinate: inSubordinateClause(view, sentence, cue.start),
      isCueLemma: context.isCueLemma,
    });
    const trimmed = after && !around.strongAfter && !takesAs ? skipLeadingAdjunct(view, after) : after;
    // "said in a statement, calling the attack …": what follows the comma is the participle's own
    // attribution (with the same source), not the content of this cue; "said, citing witnesses, that
    // …": the that-clause after the participle's phrase is.
    if (trimmed && isParticipleCueAfterComma(context, cue.end, trimmed.start)) {
      // (Also a clause with no "that": "Police said, citing witnesses, the gunman fled".)
      const close = parentheticalEnd(view, trimmed.start - 1, true);
      const that = close > 0 && lower(view.tokens[close + 1]) === 'that';
      const clause = close > 0 && (that || opensClause(view, close + 1) || opensNounClause(view, close + 1)) ? contentAfter(view, close + 1, sentenceEnd, { clausal: true, taken: context.taken, takesAs: false, subordinate: false, isCueLemma: context.isCueLemma }) : null;
      return { content: clause ? [clause] : [], pattern: clause ? (that ? 'that-clause' : 'clause') : 'object', source };
    }
    if (trimmed) return { content: [trimmed], pattern: afterPattern(view, opening, trimmed, takesAs, source), source };
  }
  // "X continued:" and the quotation in the next sentence.
  const next = opening.colon || opening.start >= sentenceEnd ? (quoteOpeningNext(view, sentence) ?? (opening.colon && opening.start >= sentenceEnd ? paragraphAfterColon(view, sentence) : null)) : null;
  return { content: next ? [next] : [], pattern: 'quote-after', source };
}

/** Whether the content at `start` opens with a participle cue that a comma after the cue (at `cueEnd`) sets off. */
function isParticipleCueAfterComma(context: SentenceContext, cueEnd: number, start: number): boolean {
  const { view } = context;
  const token = view.tokens[start] as Token;
  return token.pos === 'VERB' && /ing$/u.test(lower(token)) && context.isCueLemma(token.lemma) && hasCommaBetween(view, cueEnd, start);
}

/** Whether a comma stands among the tokens `[from, to)`. */
function hasCommaBetween(view: DocView, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (isComma(view.tokens[index])) return true;
  return false;
}

/**
 * "Asked whether he would resign, the minister said …", "Told of the ruling, she said …": a passive
 * participle opening the sentence says what was put to the speaker, not what the speaker says.
 */
function isPassiveOpening(view: DocView, match: CueMatch, sentence: Sentence): boolean {
  if (match.start !== sentence.tokens.start || !/(?:ed|ld)$/u.test(lower(view.tokens[match.head]))) return false;
  const next = view.tokens[match.end];
  return next !== undefined && (next.pos === 'ADP' || next.pos === 'SCONJ' || lower(next) === 'whether' || lower(next) === 'if');
}

/**
 * One past the infinitive cue right after a cue ending at `end` ("likes | to say", "refused | to
 * flatly deny"), or `end` when none follows.
 */
function infinitiveCueEnd(context: SentenceContext, end: number): number {
  const { view } = context;
  if (lower(view.tokens[end]) !== 'to' || view.tokens[end]?.pos !== 'PART') return end;
  // ("to openly ridicule": an adverb may split the infinitive.)
  const verbAt = view.tokens[end + 1]?.pos === 'ADV' ? end + 2 : end + 1;
  const verb = view.tokens[verbAt];
  if (!verb || verb.pos !== 'VERB' || lower(verb) !== verb.lemma || !INFINITIVE_SPEECH.has(verb.lemma) || (view.quoteAt[verbAt] as number) >= 0) return end;
  // Only with something said after it ("refused to say whether …", not "refused to say."); "show" and
  // "know" only before a clause ("wanted to know whether", "seem to show that") or after "seem" and
  // "appear" ("Polls seem to show a close race"), not "plans to show its new phone".
  const next = view.tokens[verbAt + 1];
  if (next === undefined || isPunct(next) || next.sentence !== verb.sentence) return end;
  const first = view.tokens[end - 1]?.lemma ?? '';
  const clause = lower(next) === 'that' || QUESTION_WORDS.has(lower(next)) || view.opensQuote[verbAt + 1] === 1;
  if (OBJECT_READINGS.has(verb.lemma) && !clause && first !== 'seem' && first !== 'appear') return end;
  return verbAt + 1;
}

/** Infinitive verbs that join the cue before them only before a clause ("show", "know"): with an object they name an act. */
const OBJECT_READINGS = new Set(['show', 'know']);

/**
 * Verbs of saying and showing whose infinitive joins the cue before it ("likes to say", "refused to
 * say", "seem to show", "wanted to know"); an act after it stays the content ("pledged to support
 * Clinton", "refused to answer").
 */
const INFINITIVE_SPEECH = new Set(['say', 'tell', 'know', 'show', 'explain', 'describe', 'ask', 'argue', 'claim', 'suggest', 'insist', 'warn', 'indicate', 'imply', 'admit', 'acknowledge', 'deny']);

/** "…, compared with about 32 percent …": a comparison after a comma is the author's, no cue. */
function isComparison(view: DocView, match: CueMatch): boolean {
  const next = lower(view.tokens[match.end]);
  return lower(view.tokens[match.head]) === 'compared' && isComma(view.tokens[match.start - 1]) && (next === 'with' || next === 'to');
}

/** "a request for comment on …", "reached for comment": after "for", a cue word not in -ing (a gerund may follow "for") is a noun. */
function isNounAfterFor(view: DocView, match: CueMatch): boolean {
  return match.start === match.head && lower(view.tokens[match.head - 1]) === 'for' && !/ing$/u.test(lower(view.tokens[match.head]));
}

/** "did not respond to requests for comment": the formula for saying nothing. */
function isNoComment(view: DocView, match: CueMatch): boolean {
  for (let index = match.end; index < match.end + 6; index += 1) {
    const token = view.tokens[index];
    if (!token || isPunct(token)) return false;
    if (lower(token) === 'comment' && lower(view.tokens[index - 1]) === 'for') return true;
  }
  return false;
}

/** Words that end the anonymity formula of news ("asked not to be named", "requested anonymity"). */
const ANONYMITY = new Set(['named', 'identified', 'anonymous', 'anonymity', 'quoted']);

/**
 * "who asked not to be named", "not to be identified", "requested anonymity": a source's condition,
 * not something it says.
 */
function isAnonymityFormula(view: DocView, match: CueMatch): boolean {
  if (ANONYMITY.has(lower(view.tokens[match.head]))) return lower(view.tokens[match.head - 1]) === 'be';
  // "because they were not authorized to discuss the matter", "a diplomat not allowed to speak …"
  if (lower(view.tokens[match.start - 1]) === 'to' && PERMISSIONS_OF_ANONYMITY.has(lower(view.tokens[match.start - 2])) && lower(view.tokens[match.start - 3]) === 'not') return true;
  if (PERMISSIONS_OF_ANONYMITY.has(lower(view.tokens[match.head])) && lower(view.tokens[match.head - 1]) === 'not' && lower(view.tokens[match.head + 1]) === 'to') return true;
  for (let index = match.end; index < match.end + 5; index += 1) {
    const word = lower(view.tokens[index]);
    if (ANONYMITY.has(word)) return true;
    if (!['not', 'to', 'be', 'remain', 'for', 'of'].includes(word)) return false;
  }
  return false;
}

/** Prepositions after "appear" that place someone somewhere ("appeared on a show", "in a clip", "before reporters"). */
const PLACE_PREPOSITIONS = new Set(['in', 'on', 'at', 'before', 'with', 'during', 'alongside']);

/**
 * "appeared on Sunday news shows", "a study that appeared in the journal": showing up somewhere,
 * not seeming ("appeared to suggest", "appears unlikely"). In PolNeAR 4 of 74 such uses are cues.
 */
function isPhysicalAppearance(view: DocView, match: CueMatch): boolean {
  return match.entry.lemmas.length === 1 && match.entry.lemmas[0] === 'appear' && PLACE_PREPOSITIONS.has(lower(view.tokens[match.end]));
}

/**
 * "The army feels alive and well", "he feels free to …": "feel" before an adjective is a linking
 * verb, no belief; "feels confident that …" reports one.
 */
function isLinkingFeel(view: DocView, match: CueMatch): boolean {
  if (match.entry.lemmas.length !== 1 || match.entry.lemmas[0] !== 'feel' || view.tokens[match.end]?.pos !== 'ADJ') return false;
  const after = view.tokens[match.end + 1];
  // ("feels confident the bill will pass": a clause after the adjective is what is felt.)
  return after === undefined || (lower(after) !== 'that' && after.pos !== 'SCONJ' && !opensClause(view, match.end + 1) && !opensNounClause(view, match.end + 1));
}

/** Objects that make a cue verb an act, not speech: "claimed two lives", "claimed the title". */
const NON_SPEECH_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['claim', new Set(['life', 'lives', 'victims', 'title', 'crown'])],
  // "called an emergency meeting", "called a snap election": convened, not named.
  ['call', new Set(['meeting', 'session', 'summit', 'election', 'elections', 'referendum', 'vote', 'strike', 'recess', 'timeout', 'halt', 'truce', 'ceasefire', 'hearing', 'conference'])],
]);

/** How far past a verb its object's head may stand ("claimed | the lives of two people"). */
const MAX_OBJECT_REACH = 4;

/** Whether the cue's object is a thing taken, not words said ("The fire claimed two lives"). */
function hasNonSpeechObject(view: DocView, match: CueMatch): boolean {
  const objects = NON_SPEECH_OBJECTS.get(match.entry.lemmas[0] ?? '');
  if (!objects || match.entry.lemmas.length > 1) return false;
  // The object's head right after the verb, past a determiner, a number or an adjective ("claimed two
  // lives", "claimed the lives of", "claimed a third title"); "claimed the victims were actors" is speech.
  let index = match.end;
  while (index < match.end + MAX_OBJECT_REACH - 1 && ['DET', 'NUM', 'ADJ'].includes(view.tokens[index]?.pos ?? '')) index += 1;
  // ("called an emergency meeting": a noun modifying the head.)
  if (view.tokens[index]?.pos === 'NOUN' && view.tokens[index + 1]?.pos === 'NOUN' && !objects.has(lower(view.tokens[index]))) index += 1;
  const head = view.tokens[index];
  if (!head || !objects.has(lower(head))) return false;
  const after = view.tokens[index + 1];
  // (An infinitive of purpose may follow: "called a meeting to discuss the test"; after "call" a
  // preposition only of time, "called a strike for Monday", not "called the vote on the bill a sham",
  // and no quotation: "called the hearing “a circus”".)
  const closing = after !== undefined && after.pos === 'PUNCT' && view.opensQuote[index + 1] !== 1;
  const preposition = after !== undefined && after.pos === 'ADP' && (match.entry.lemmas[0] !== 'call' || isTimeWord(lower(view.tokens[index + 2])) || isTimeWord(lower(view.tokens[index + 3])));
  return after === undefined || closing || preposition || after.pos === 'CCONJ' || lower(after) === 'to';
}

/**
 * "Under questioning, she conceded …", "After questioning, …": a form in -ing after a preposition that
 * opens the sentence, before a comma, is a noun, no cue.
 */
function isGerundAfterPreposition(view: DocView, match: CueMatch, sentence: Sentence): boolean {
  const head = view.tokens[match.head] as Token;
  // (Only opening the sentence: "paused before adding, “…”" is a participle with its quotation.)
  return match.start === match.head && match.head - 1 === sentence.tokens.start && /ing$/u.test(lower(head)) && view.tokens[match.head - 1]?.pos === 'ADP' && isComma(view.tokens[match.head + 1]);
}

/** How far past a reduced relative's participle the clause's own verb may stand ("published Wednesday in the journal Nature | found"). */
const MAX_REDUCED_RELATIVE = 12;

/**
 * "A study published Wednesday in the journal Nature found …", "a poll released Tuesday by Gallup
 * shows …": a participle right after its noun, with times and prepositions' phrases after it and
 * then the clause's verb, describes that noun; it is no cue. ("The agency published the report"
 * has an object.)
 */
function isReducedRelative(view: DocView, match: CueMatch, sentence: Sentence): boolean {
  const token = view.tokens[match.head] as Token;
  if (match.start !== match.head || !isParticipleForm(token)) return false;
  // An article, modifiers ("a new", "a draft"), then the noun right before the participle.
  let before = match.head - 2;
  while (view.tokens[before]?.pos === 'ADJ' || view.tokens[before]?.pos === 'NOUN') before -= 1;
  if (view.tokens[match.head - 1]?.pos !== 'NOUN' || view.tokens[before]?.pos !== 'DET') return false;
  const next = view.tokens[match.head + 1];
  if (!next || !(next.pos === 'ADP' || isTimeWord(lower(next)))) return false;
  // Only times and prepositions' phrases may follow it before the clause's verb; a new noun phrase
  // or a pronoun opens the participle's own clause ("announced Monday it would …", "reported on
  // Monday the attack killed …", "said in a statement investors had been misled").
  let phrase = false;
  for (let index = match.head + 1; index < Math.min(sentence.tokens.end, match.head + MAX_REDUCED_RELATIVE); index += 1) {
    const later = view.tokens[index] as Token;
    const previous = view.tokens[index - 1] as Token;
    const subjectPronoun = later.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(lower(later));
    if (isPunct(later) || (view.quoteAt[index] as number) >= 0 || later.pos === 'SCONJ' || subjectPronoun || lower(later) === 'that') return false;
    // ("The agency said around 50 soldiers died": a number's modifier opens a new noun phrase.)
    if (later.pos === 'ADP' && quantityModifierLength(view.tokens, index) > 0) return false;
    if (later.pos === 'ADP') phrase = true;
    // (A determiner or possessive after a phrase's noun opens a new noun phrase: "said on Sunday his injury …".)
    else if ((later.pos === 'DET' || POSSESSIVE_PRONOUNS.has(lower(later))) && ['NOUN', 'PROPN', 'NUM'].includes(previous.pos)) return false;
    else if (later.pos === 'NOUN' && isPluralForm(lower(later)) && ['NOUN', 'PROPN'].includes(previous.pos)) return false;
    // ("said in a statement 12 people died": a number after a common noun too; after a month it is a date.)
    else if (later.pos === 'NUM' && previous.pos === 'NOUN' && isCountBeforeNoun(view, index)) return false;
    // The clause's verb comes right after the last phrase's noun ("… in the journal Nature | found").
    else if (later.pos === 'AUX' || (later.pos === 'VERB' && !isParticipleAfter(view, index)) || isMistaggedPastBeforeThat(view.tokens, index)) {
      // (An auxiliary, or a past tense tagged as a noun, is finite already.)
      return phrase && ['NOUN', 'PROPN', 'NUM'].includes(previous.pos) && (later.pos !== 'VERB' || isFiniteVerb(later));
    }
  }
  return false;
}

/** Parts of speech of the noun phrase inside an opening preposition's phrase ("In | a briefing note | published …"). */
const OPENING_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * "In a briefing note published on Monday, the thinktank argued …", "In a video posted online, he
 * said …": a participle after the noun of the preposition's phrase that opens the sentence, before
 * the comma that ends that phrase, describes the noun; it is no cue.
 */
function isParticipleInOpeningPhrase(view: DocView, match: CueMatch, sentence: Sentence): boolean {
  const start = sentence.tokens.start;
  const head = match.head;
  if (match.start !== head || head < start + 2 || (view.tokens[start] as Token).pos !== 'ADP' || !isParticipleForm(view.tokens[head])) return false;
  // ("After police reported the theft, …", "In what analysts called …": a clause, not a noun's phrase.)
  // ("In comments published on Monday, …": a plural without its article too.)
  const opener = view.tokens[start + 1];
  const nounPhrase = opener !== undefined && (opener.pos === 'DET' || (opener.pos === 'NOUN' && isPluralForm(lower(opener))));
  if (lower(view.tokens[start]) === 'according' || !nounPhrase || FREE_RELATIVE_WORDS.has(lower(opener))) return false;
  for (let index = start + 1; index < head; index += 1) if (!OPENING_PHRASE_POS.has((view.tokens[index] as Token).pos)) return false;
  if (!['NOUN', 'PROPN'].includes(view.tokens[head - 1]?.pos ?? '')) return false;
  // The participle takes no object: a preposition, a time or an adverb follows it ("published on Monday", "posted online").
  const next = view.tokens[head + 1];
  if (!next || !(next.pos === 'ADP' || next.pos === 'ADV' || isTimeWord(lower(next)))) return false;
  // The phrase goes on with times and prepositions' phrases to its comma.
  for (let index = head + 1; index < Math.min(sentence.tokens.end, head + MAX_REDUCED_RELATIVE); index += 1) {
    const token = view.tokens[index] as Token;
    if (isComma(token)) return index > head + 1;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'SCONJ' || (view.quoteAt[index] as number) >= 0 || lower(token) === 'that') return false;
  }
  return false;
}

/** Whether the number at `index` counts the noun after it ("12 people"), not a year ("fall 2023 issue") or a number of its own ("issue 4 of"). */
function isCountBeforeNoun(view: DocView, index: number): boolean {
  return !/^\d{4}$/u.test((view.tokens[index] as Token).text) && view.tokens[index + 1]?.pos === 'NOUN';
}

/**
 * Whether the verb at `index` is itself a participle after a noun, with a time or a preposition after
 * it ("a lawsuit | filed in May", "a letter | sent Monday"), not the clause's verb ("Nature | found that").
 */
function isParticipleAfter(view: DocView, index: number): boolean {
  const next = view.tokens[index + 1];
  return view.tokens[index - 1]?.pos === 'NOUN' && isParticipleForm(view.tokens[index]) && next !== undefined && (next.pos === 'ADP' || isTimeWord(lower(next)));
}

/** Parts of speech inside a noun phrase between its article and its head ("a new super PAC"). */
const NOUN_PHRASE_WORDS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "joined a group called Citizens for Trump", "payments to a company called “Anchor”": a naming
 * participle after an indefinite noun phrase that is a verb's object or a preposition's, before a
 * name or a quotation, names a thing; it reports nobody's words. ("In a statement, a spokesman called
 * the move reckless": after a comma the phrase is a subject; "the move" is no name.)
 */
/** The longest name a naming participle between commas gives ("the drug, called veltarizine,"). */
const MAX_APPOSITIVE_NAME = 4;

/**
 * "the drug, called veltarizine, had …", "a storm, dubbed Eunice, hit …": a naming participle between
 * commas right after a noun gives it a name; it is no cue.
 */
function isNamingAppositive(view: DocView, match: CueMatch): boolean {
  if (match.end - match.start !== 1 || !NAMING_PARTICIPLES.has(lower(view.tokens[match.head]))) return false;
  const noun = view.tokens[match.head - 2];
  if (!isComma(view.tokens[match.head - 1]) || !noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return false;
  for (let index = match.end + 1; index <= match.end + MAX_APPOSITIVE_NAME; index += 1) {
    const token = view.tokens[index];
    if (!token || token.pos === 'VERB' || token.pos === 'AUX') return false;
    if (isComma(token)) return true;
  }
  return false;
}

function isNamingParticiple(view: DocView, match: CueMatch, sentence: Sentence): boolean {
  if (match.end - match.start !== 1 || !NAMING_PARTICIPLES.has(lower(view.tokens[match.head]))) return false;
  let at = match.start - 1;
  // (A noun, or one wink-nlp tagged as an adjective after a name: "the Ohio native nicknamed …".)
  const head = view.tokens[at];
  if (head?.pos !== 'NOUN' && !(head?.pos === 'ADJ' && view.tokens[at - 1]?.pos === 'PROPN')) return false;
  while (at > sentence.tokens.start && NOUN_PHRASE_WORDS.has((view.tokens[at] as Token).pos)) at -= 1;
  // ("says the Ohio native nicknamed “King James” is …": after "the" too; a second object still makes a cue.)
  if (!(INDEFINITE_ARTICLES.has(lower(view.tokens[at])) || lower(view.tokens[at]) === 'the') || at <= sentence.tokens.start) return false;
  const before = view.tokens[at - 1] as Token;
  // (After a verb or a preposition; or opening an apposition: "The organizers, a parent group called Save Our Schools, said".)
  if (before.pos !== 'VERB' && before.pos !== 'ADP' && !isComma(before)) return false;
  // The name: capitalized, or quoted, perhaps after "the".
  const name = lower(view.tokens[match.end]) === 'the' ? match.end + 1 : match.end;
  const first = view.tokens[name];
  if (first === undefined) return false;
  let after: number;
  if (view.opensQuote[name] === 1) {
    after = name + 1;
    while (after < sentence.tokens.end && view.quoteAt[after] === view.quoteAt[name]) after += 1;
  } else {
    // (A capitalized word wink-nlp tagged otherwise opens a name of several capitalized words: "Save Our Schools".)
    if (!isCapitalized(first) || (first.pos !== 'PROPN' && !isCapitalized(view.tokens[name + 1] as Token))) return false;
    after = name + 1;
    while (after < sentence.tokens.end && (isCapitalized(view.tokens[after] as Token) || NAME_JOINERS.has(lower(view.tokens[after])))) after += 1;
  }
  // "Aides said a senator called Pelosi “a disgrace”": a second object makes "called" a cue.
  return !opensSecondObject(view, after, sentence.tokens.end);
}


/**
 * Whether a second object of "call" opens at `index` after its first ("called Pelosi “a disgrace”",
 * "… a disgrace", "… reckless", "… one of the worst", "… someone who …"): a quotation, an indefinite
 * article or pronoun, "one of" or an adjective, but no time ("called Anchor last year"), number
 * ("… Maroon 5 in 2010") nor clause ("… he later sold").
 */
function opensSecondObject(view: DocView, index: number, sentenceEnd: number): boolean {
  const next = view.tokens[index];
  if (next === undefined || index >= sentenceEnd) return false;
  if (view.opensQuote[index] === 1) return true;
  const then = view.tokens[index + 1];
  if (skipTime(view, index, sentenceEnd) > index || (then !== undefined && TIME_NOUNS.has(then.lemma))) return false;
  // A time, not an object: "… early in his career", "… two decades ago", "… a few years ago", "… a
  // long time ago" (but "a liar just weeks ago" opens an object).
  const article = INDEFINITE_ARTICLES.has(lower(next));
  if (TIME_MODIFIERS.has(lower(next)) || lower(next) === 'earlier' || timeAgo(view, article ? index + 1 : index, sentenceEnd)) return false;
  // ("called Pelosi one of the worst", "… someone who could not be trusted", "… someone trying to …";
  // not "… that backed him", "… he later sold", "… nobody had heard of", "… Maroon 5 in 2010".)
  if (INDEFINITE_PRONOUNS.has(lower(next))) return then === undefined || !((then.pos === 'VERB' && !lower(then).endsWith('ing')) || then.pos === 'AUX');
  if (lower(next) === 'one' && lower(then) === 'of') return true;
  return INDEFINITE_ARTICLES.has(lower(next)) || next.pos === 'ADJ';
}

/** Words of a span of time after "a" and before "ago" ("a decade ago", "a long time ago", "a number of years ago"). */
const TIME_SPAN_WORDS = new Set(['few', 'couple', 'decade', 'century', 'hour', 'minute', 'second', 'while', 'long', 'dozen', 'number', 'generation', 'lifetime', 'fortnight', 'day', 'half', 'time', 'of']);

/** Whether only words of a span of time stand between `from` and an "ago" ("a | few years ago"; not "a | long shot weeks ago"). */
function timeAgo(view: DocView, from: number, sentenceEnd: number): boolean {
  for (let at = from; at < Math.min(sentenceEnd, from + 5); at += 1) {
    const token = view.tokens[at] as Token;
    if (lower(token) === 'ago') return at > from;
    if (!TIME_SPAN_WORDS.has(lower(token)) && !TIME_NOUNS.has(token.lemma) && token.pos !== 'NUM') return false;
  }
  return false;
}

/** Indefinite pronouns that can be a second object ("called him someone who …"). */
const INDEFINITE_PRONOUNS = new Set(['someone', 'somebody', 'something', 'anyone', 'anybody', 'anything', 'nobody', 'nothing', 'everyone', 'everything']);

/** Verbs whose past tense is spelled like their base form ("read", "put", "set"). */
const SAME_PAST_FORMS = new Set(['read', 'put', 'set', 'cut', 'hit', 'let', 'quit', 'spread', 'cast', 'bid', 'beat', 'hurt', 'shut', 'split', 'broadcast', 'forecast', 'upset']);

/** Nouns of quantity that take a plural verb after "a" ("a majority say", "a third believe"). */
const QUANTITY_NOUNS = new Set(['majority', 'minority', 'plurality', 'third', 'quarter', 'half', 'fifth', 'tenth', 'few', 'couple', 'handful', 'number', 'lot', 'dozen', 'host', 'slew', 'bunch', 'group', 'variety']);

/**
 * "told analysts on a conference call that …", "a news report because …": a verb's base form right
 * after a singular noun under "a"/"an" cannot have that noun as its subject (it would take "calls"):
 * the two words are a compound noun that wink-nlp split into noun and verb.
 */
function isCompoundNounTail(view: DocView, match: CueMatch): boolean {
  const head = view.tokens[match.head] as Token;
  // ("fell 9 basis points to 3.92%", "rose two percentage points"): units of a change.
  if (lower(head) === 'points' && ['basis', 'percentage'].includes(lower(view.tokens[match.head - 1]))) return true;
  // (A past tense spelled as the base form is a verb: "A joint statement read: …".)
  if (match.end - match.start !== 1 || head.text !== head.lemma || head.lemma.endsWith('s') || SAME_PAST_FORMS.has(head.lemma)) return false;
  const noun = view.tokens[match.start - 1];
  // A plural noun takes the base form ('a few analysts say').
  if (noun?.pos !== 'NOUN' || noun.lemma !== lower(noun) || QUANTITY_NOUNS.has(lower(noun))) return false;
  let at = match.start - 2;
  while (view.tokens[at]?.pos === 'ADJ' || view.tokens[at]?.pos === 'NOUN') at -= 1;
  return INDEFINITE_ARTICLES.has(lower(view.tokens[at]));
}

/**
 * Participles that, after "it is", describe the subject's state rather than report without a
 * reporter: "It (the bank) is worried that …" has a subject, "It was revealed that …" has none.
 */
const STATE_PARTICIPLES = new Set([
  'worried', 'concerned', 'alarmed', 'pleased', 'delighted', 'disappointed', 'surprised', 'shocked', 'convinced', 'determined', 'satisfied',
  'troubled', 'heartened', 'relieved', 'thrilled', 'excited', 'interested', 'committed', 'prepared', 'encouraged', 'dismayed', 'frustrated',
  'upset', 'annoyed', 'angered', 'saddened', 'disturbed', 'puzzled', 'confused', 'persuaded', 'resolved', 'inclined', 'opposed', 'engaged',
]);
/** Irregular past participles of reporting verbs ("it is said", "it was understood", "it is thought"). */
const IRREGULAR_REPORT_PARTICIPLES = new Set(['said', 'thought', 'known', 'understood', 'held', 'found', 'shown', 'told', 'taught', 'written', 'spoken', 'foreseen', 'felt', 'heard', 'seen', 'given', 'taken', 'meant']);

/** Whether the source is the expletive "it" of a passive cue ("It is widely believed | that …", "it was said that", "it has been alleged that"). */
function isExpletiveIt(view: DocView, source: TokenRange, cue: TokenRange): boolean {
  if (source.end - source.start !== 1 || lower(view.tokens[source.start]) !== 'it') return false;
  const last = view.tokens[cue.end - 1] as Token;
  let before = cue.end - 2;
  while (before > cue.start && (view.tokens[before]?.pos === 'ADV' || view.tokens[before]?.pos === 'PART')) before -= 1;
  const auxiliary = view.tokens[before];
  const participle = lower(last);
  const passive = /(?:ed|en)$/u.test(participle) || IRREGULAR_REPORT_PARTICIPLES.has(participle);
  return before >= cue.start && auxiliary?.pos === 'AUX' && auxiliary.lemma === 'be' && passive && !STATE_PARTICIPLES.has(participle);
}

/** The attribution a verb (or verbal phrase) cue heads, or null. */
export function fromVerbCue(context: SentenceContext, match: CueMatch): Candidate | null {
  const { view, sentence } = context;
  if (isAnonymityFormula(view, match) || isPassiveOpening(view, match, sentence) || isNoComment(view, match) || isPhysicalAppearance(view, match) || isLinkingFeel(view, match) || isNounAfterFor(view, match) || isComparison(view, match) || isNamingParticiple(view, match, sentence) || isCompoundNounTail(view, match) || isReducedRelative(view, match, sentence) || isParticipleInOpeningPhrase(view, match, sentence) || hasNonSpeechObject(view, match) || isGerundAfterPreposition(view, match, sentence) || isNamingAppositive(view, match)) return null;
  // "wants to discuss": the infinitive is the content of the cue before it, not a cue of its own.
  if (lower(view.tokens[match.start - 1]) === 'to' && context.taken.has(match.start - 2)) return null;
  const cue: TokenRange = { start: chainStart(view, match.start, sentence.tokens.start, context.taken), end: match.end };
  const carrier = carrierVerbStart(context, match, cue);
  if (carrier >= 0) cue.start = carrier;
  if (hasPassiveAgent(view, cue, match.head)) return fromPassive(context, match, cue);
  const governed = isGovernedPreposition(view, cue.end, match.entry);
  if (governed) cue.end += 1;
  // "likes to say that …", "refused to say whether", "seem to show": a cue verb's infinitive of saying
  // or showing makes one cue with it, as annotators mark it (140 times in 226 such infinitives on
  // PolNeAR; 63 the first verb alone).
  else cue.end = infinitiveCueEnd(context, cue.end);
  // ("Polls seem to show …": with the infinitive's cue, the subject is who shows, no content of "seem".)
  const withInfinitive = !governed && cue.end > match.end;
  // "Xinhua quoted Senior Colonel Wu Dezhi, a spokesperson, as saying …": the one quoted says what
  // follows the participle; the cue is "quoted", as annotators mark it.
  const as = match.entry.lemmas[0] === 'quote' ? quotedObjectEnd(view, match.end, sentence.tokens.end) : -1;
  if (as > 0) return quotedObjectAsSaying(context, match, cue, as);
  const around = surroundings(context, match, cue);
  const found = contentIsBefore(context, cue, around) ? contentBeforeCue(context, cue, around) : contentAfterCue(context, match, cue, around);
  let { pattern } = found;
  // "What X considers a threat is …": the content ends before the sentence's main verb.
  const content = opensSubjectClause(view, around.source, sentence) ? found.content.map((range) => beforeMainVerb(view, range, false) ?? range) : found.content;
  if (content.length === 0) return null;
  const first = content[0] as TokenRange;
  const participle = first.start >= cue.end ? carrierParticiple(context, cue, first) : -1;
  if (participle >= 0) {
    cue.end = participle + 1;
    content[0] = { start: participle + 1, end: first.end };
    // The content now opens after the participle: "… saying that …", "… saying “…”".
    if (lower(view.tokens[participle + 1]) === 'that') pattern = 'that-clause';
    else if (view.opensQuote[participle + 1] === 1) pattern = 'quote-after';
    else if (opensClause(view, participle + 1)) pattern = 'clause';
  }
  let source = found.source;
  const sideOfContent = pattern === 'quote-before' || pattern === 'clause-before' ? 'before' : 'after';
  // "The study, which notes that … , is careful": the relative clause, and its content, end where the main clause goes on.
  if (source && sideOfContent === 'after' && isRelativeBetweenPunctuation(view, source)) {
    for (const [at, range] of content.entries()) content[at] = { start: range.start, end: mainClauseResumes(view, range) };
  }
  // ("condemned the exercises as “irrational provocation” that threatened peace": a relative pronoun's
  // verb has its content after it, never the clause before.)
  // (Only right after the quotation's closing mark: after a comma the clause may still report it,
  // "“a targeted employment area,” which is defined as …".)
  if (sideOfContent === 'before' && source && source.end - source.start === 1 && RELATIVE_PRONOUNS.has(lower(view.tokens[source.start])) && source.start < cue.start && view.closesQuote[source.start - 1] === 1 && !isComma(view.tokens[source.start - 2])) return null;
  // The subject of a passive addressee verb heard what it reports and is no content: "Smith was told
  // that …" and "Reporters were told the meeting …" name no speaker, "Smith was never told about the
  // plan" reports no words at all. ("She was asked to resign" keeps her as the source: PolNeAR makes
  // the addressee of a request its source.)
  const addressee = ADDRESSEE_CUES.has(match.entry.lemmas[0] ?? '');
  if (source && source.end <= cue.start && sideOfContent === 'after' && !withInfinitive && subjectIsContent(view, cue, match.head, match.entry)) {
    const heardClause = pattern === 'that-clause' || pattern === 'quote-after' || pattern === 'clause' || (content[0] !== undefined && opensNounClause(view, content[0].start));
    if (!addressee) content.unshift(source);
    else if (!heardClause) return null;
    source = null;
  } else if (source && source.end <= cue.start && sideOfContent === 'after' && addressee && isPassive(view, cue, match.head) && (pattern === 'that-clause' || pattern === 'clause')) {
    source = null;
  } else if (!source && sideOfContent === 'after') {
    // "Trump tweeted … and vowed …", "… tried to make the case": the clause's subject speaks.
    source = clauseSubject(context, cue.start);
  }
  // "It is widely believed that …": the "it" of a passive before a that-clause stands for the clause; nobody speaks.
  if (source && pattern === 'that-clause' && isExpletiveIt(view, source, cue)) source = null;
  const confidence = scoreCandidate(match.entry, source !== null, pattern);
  return { source, cue, content, entry: match.entry, sentence: sentence.index, confidence, pattern };
}

/** Whether the source is a relative pronoun right after a comma or a dash ("the study, which notes …"). */
function isRelativeBetweenPunctuation(view: DocView, source: TokenRange): boolean {
  const before = view.tokens[source.start - 1];
  return source.end - source.start === 1 && RELATIVE_PRONOUNS.has(lower(view.tokens[source.start])) && (isComma(before) || isDash(before));
}

/**
 * Where a content inside a relative clause ends: at the last comma or dash (outside quotations) that
 * an auxiliary or a finite verb follows ("…, which says the economy, battered by the pandemic, has
 * recovered, | was released"), else its end.
 */
function mainClauseResumes(view: DocView, range: TokenRange): number {
  let end = range.end;
  for (let index = range.start + 1; index < range.end - 1; index += 1) {
    const token = view.tokens[index] as Token;
    const next = view.tokens[index + 1] as Token;
    if ((view.quoteAt[index] as number) < 0 && (isComma(token) || isDash(token)) && (next.pos === 'AUX' || isFiniteVerb(next))) end = index;
  }
  return end;
}

/** Words that introduce a relative construction around a cue ("what X considers", "a move X condemned"). */
const RELATIVE_HEADS = new Set(['what', 'which', 'whom']);

/** How the content after a cue is marked, from the strongest evidence down to a plain object. */
function afterPattern(view: DocView, opening: ContentOpening, content: TokenRange | null, takesAs: boolean, source: TokenRange | null): AttributionPattern {
  if (opening.that) return 'that-clause';
  if (view.opensQuote[opening.start] === 1 || opening.colon) return 'quote-after';
  if (opensClause(view, opening.start)) return 'clause';
  if (content && takesAs && (hasAs(view, content) || isSmallClause(view, content))) return 'as-complement';
  if (!source) return 'object';
  const before = view.tokens[source.start - 1];
  const relative = RELATIVE_HEADS.has(lower(before)) || (before?.pos === 'NOUN' && INDEFINITE_ARTICLES.has(lower(view.tokens[source.start - 2])));
  return relative ? 'relative' : 'object';
}

/** "considers the proposal a waste", "considers the merger harmful": an object and its predicate. */
function isSmallClause(view: DocView, range: TokenRange): boolean {
  let sawNoun = false;
  for (let index = range.start; index < range.end; index += 1) {
    const token = view.tokens[index] as Token;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') sawNoun = true;
    else if (sawNoun && (token.pos === 'DET' || token.pos === 'ADJ')) return true;
  }
  return false;
}

function hasAs(view: DocView, range: TokenRange): boolean {
  for (let index = range.start; index < range.end; index += 1) if (lower(view.tokens[index]) === 'as') return true;
  return false;
}

/**
 * Whether the cue's clause is the subject of a larger sentence: "What X considers a threat is …",
 * or a relative clause inside the subject ("Voters who backed the plan said …").
 */
function opensSubjectClause(view: DocView, source: TokenRange | null, sentence: Sentence): boolean {
  if (source === null) return false;
  if (source.start === sentence.tokens.start + 1 && lower(view.tokens[sentence.tokens.start]) === 'what') return true;
  // "Voters who backed the plan | said …": a restrictive relative clause inside the subject ends
  // before the sentence's main verb.
  // Only when the head noun is in the subject: "Protesters carried signs that said …" has its verb before.
  const pronoun = lower(view.tokens[source.start]);
  const head = view.tokens[source.start - 1];
  if (source.end !== source.start + 1 || (pronoun !== 'who' && pronoun !== 'that') || head === undefined || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return false;
  const firstVerb = view.firstVerb[sentence.index] as number;
  return firstVerb < 0 || firstVerb >= source.start;
}

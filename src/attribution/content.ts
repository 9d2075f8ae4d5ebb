import { DURATION_NOUNS, INDEFINITE_ARTICLES, ingBaseForms, isParticipleForm, isPluralForm, quantityModifierLength, QUESTION_WORDS, RELATIVE_WORDS, SUBJECT_PRONOUNS, TIME_ADVERBS, TIME_NOUNS, WEEKDAYS } from '../text/words.js';
import { isGluedHyphen } from '../text/hyphen.js';
import type { Token } from '../types.js';
import { datelineEnd } from '../text/dateline.js';
import { isPossessiveMarker, type TokenRange } from './source.js';
import type { DocView } from './view.js';
import { isComma, isDash, isPunct, lower, parentheticalEnd } from './view.js';

/**
 * The longest content, in tokens. Real contents are far shorter; the cap keeps a sentence with
 * thousands of cues (hostile input, text without punctuation) linear.
 */
export const MAX_CONTENT_TOKENS = 300;

/** Subordinators that end a noun-phrase content ("claims strategic victory | as NATO membership fades"). */
const CLAUSE_OPENERS = new Set(['as', 'while', 'because', 'although', 'though', 'after', 'before', 'when', 'since', 'until', 'whereas', 'if', 'unless', 'despite']);
/** Coordinators that, after a comma, open a new clause of the author's. */
const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet', 'so']);
/** Relative pronouns that, after a comma, open a clause about a person rather than the content (", which …" stays: annotators keep it). */
const NON_RESTRICTIVE = new Set(['who']);
/** Whether the words after "as" read as its complement ("as a …", "as “…”", "as favorable") rather than a clause. */
function isAsComplement(view: DocView, index: number): boolean {
  const next = view.tokens[index];
  if (!next) return false;
  return INDEFINITE_ARTICLES.has(lower(next)) || next.pos === 'ADJ' || view.opensQuote[index] === 1;
}

/** Whether a subject and a cue verb start at `index` (", O'Neill said", ", the official added"). */
function startsAttribution(view: DocView, index: number, options: ContentOptions): boolean {
  for (let at = index; at < index + 6; at += 1) {
    const token = view.tokens[at];
    if (!token || isPunct(token) || (view.quoteAt[at] as number) >= 0) return false;
    if (token.pos === 'VERB') return at > index && options.isCueLemma(token.lemma);
    if (token.pos === 'AUX') return false;
  }
  return false;
}

/**
 * Whether "that" at `index` is a demonstrative: common nouns and adjectives follow it to the end of
 * the sentence ("reject that view."); not before a name ("added that Facebook, the biggest …, was").
 */
function isDemonstrative(view: DocView, index: number): boolean {
  const sentence = view.tokens[index]?.sentence;
  for (let at = index + 1; at < index + 5; at += 1) {
    const token = view.tokens[at];
    if (!token || token.sentence !== sentence || ['.', '!', '?', ';'].includes(token.text)) return at > index + 1;
    // (A demonstrative takes a singular noun: "argued that tariffs work" is a clause.)
    if ((token.pos !== 'NOUN' && token.pos !== 'ADJ') || !/^\p{Ll}/u.test(token.text) || (token.pos === 'NOUN' && isPluralForm(lower(token)) && !/(?:is|ws)$/u.test(lower(token)))) return false;
  }
  return false;
}

/** Parts of speech a clause's subject opens with. */
const SUBJECT_STARTS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);

/** How far the verb of "as …" after a quotation may stand ("as one senior aide put it"). */
const AS_CLAUSE_REACH = 6;

/** Whether a verb stands among the `reach` tokens from `index`, in its sentence and outside quotations. */
function hasVerbWithin(view: DocView, index: number, reach: number): boolean {
  for (let at = index; at < index + reach; at += 1) {
    const token = view.tokens[at];
    if (!token || token.sentence !== view.tokens[index]?.sentence || (view.quoteAt[at] as number) >= 0 || isPunct(token)) return false;
    if (token.pos === 'VERB') return true;
  }
  return false;
}

/** Parts of speech that continue a noun-phrase list or apposition after a comma. */
const LIST_CONTINUATIONS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'CCONJ', 'NUM']);

/** Whether the words after a comma open a clause (a subject and its verb) rather than continue a list. */
function isCommaClauseStart(view: DocView, index: number): boolean {
  for (let at = index; at < index + 4; at += 1) {
    const token = view.tokens[at];
    if (!token || isComma(token) || isPunct(token)) return false;
    if (token.pos === 'VERB' || token.pos === 'AUX') return at > index;
  }
  return false;
}
/** Object pronouns that may stand between a cue and its "that" ("wrote me that …"); "it" is left out ("consider it the only thing that …"). */
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you']);
/** Parts of speech that open an addressee or adjunct between a cue and its "that". */
const ADJUNCT_OPENERS = new Set(['ADP', 'PROPN', 'ADV', 'NUM']);
/** Participles after a comma that start a new attribution of the same source (", adding that …"). */
const FOLLOW_UP_PARTICIPLE = /ing$/u;

/**
 * Whether a participle of a cue verb stands at `index` (", adding that …", ", saying …"); also one
 * wink-nlp tagged as a noun or adjective before "that" or "to" (", ruling that …").
 */
function isFollowUpParticiple(view: DocView, index: number, options: ContentOptions): boolean {
  const token = view.tokens[index] as Token;
  const word = lower(token);
  if (!FOLLOW_UP_PARTICIPLE.test(word)) return false;
  if (token.pos === 'VERB') return options.isCueLemma(token.lemma);
  const after = lower(view.tokens[index + 1]);
  if ((token.pos !== 'NOUN' && token.pos !== 'ADJ') || (after !== 'that' && after !== 'to')) return false;
  return ingBaseForms(word).some(options.isCueLemma);
}

/** How the content after a cue ends. */
export interface ContentOptions {
  /** The content is a clause ("that …"), never cut like a noun phrase. */
  clausal: boolean;
  /** The cue takes "A as B": "as" belongs to the content. */
  takesAs: boolean;
  /** The cue sits in a clause opened by a subordinator ("While X characterize …,"): stop at its comma. */
  subordinate: boolean;
  /** Tokens that are another attribution's cue or source in this sentence: a content stops there. */
  taken?: ReadonlySet<number>;
  /** Lemmas of verb cues, to stop at ", adding that …". */
  isCueLemma: (lemma: string) => boolean;
}

/** Whether "and"/"but" at `index` opens a second predicate of the cue's subject rather than coordinating inside the content. */
function isSecondPredicate(view: DocView, index: number, sawVerb: boolean): boolean {
  // Lemmas of function words are their lower-case forms: no lower-casing per token.
  const word = view.tokens[index]?.lemma;
  if (word !== 'and' && word !== 'but') return false;
  // "attacked the judge and last week said …": a time may stand before the second verb.
  const after = skipTime(view, index + 1, view.tokens.length);
  const next = view.tokens[after];
  if (!next || (view.quoteAt[after] as number) >= 0 || next.sentence !== view.tokens[index]?.sentence) return false;
  // ("said the party had changed and was ready": after a clause of its own, an auxiliary goes on with it.)
  if (next.pos === 'AUX') return !sawVerb;
  if (next.pos !== 'VERB') return false;
  // Inside a clause only a finite verb starts a new predicate ("rose and fell" stays).
  return !sawVerb || /(?:ed|s)$/u.test(lower(next));
}

/** Words of the event a cue happened in ("in a statement", "in an interview", "on Thursday"). */
const SPEECH_EVENTS = new Set([
  'statement', 'interview', 'speech', 'tweet', 'tweets', 'post', 'letter', 'briefing', 'conference', 'call', 'remarks', 'op-ed', 'rally', 'appearance', 'article', 'email', 'column', 'editorial', 'blog', 'podcast', 'video', 'ad', 'memo', 'report',
  // Gatherings where things are said ("during a campaign stop in Flint", "at a forum on Monday").
  'stop', 'forum', 'convention', 'event', 'hearing', 'debate', 'meeting', 'summit', 'gathering', 'ceremony', 'fundraiser', 'luncheon', 'dinner', 'breakfast', 'session',
]);
const EVENT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during']);

/** Whether a preposition at `index` opens the speech event or time of the cue. */
function isSpeechAdjunct(view: DocView, index: number): boolean {
  const token = view.tokens[index] as Token;
  if (token.pos !== 'ADP' || !EVENT_PREPOSITIONS.has(token.lemma)) return false;
  // ("during a presidential campaign stop": the event's noun may stand four words on.)
  for (let at = index + 1; at <= index + 4; at += 1) {
    const word = lower(view.tokens[at]);
    if (SPEECH_EVENTS.has(word) || TIME_WORDS.has(word)) return true;
    if ((view.tokens[at] as Token | undefined)?.pos === 'VERB' || isPunct(view.tokens[at])) return false;
  }
  return false;
}

/** Adverbs that make a subordinator after them the author's comparison or concession ("just as", "even though", "much like"). */
const SUBORDINATOR_ADVERBS = new Set(['just', 'even', 'much']);
/** Subordinators of concession and contrast, which open the author's comment on a content rather than the speaker's reason ("because …", "until …"). */
const CONCESSIVE_SUBORDINATORS = new Set(['despite', 'although', 'though', 'whereas']);

/**
 * Whether the author's adverbial clause opens at `index`: a concession or contrast ("despite …",
 * "although …") or an intensified comparison ("just as …", "even though …", "much like …").
 */
function opensAdverbialClause(view: DocView, index: number): boolean {
  const token = view.tokens[index];
  if (!token || (view.quoteAt[index] as number) >= 0) return false;
  const word = lower(token);
  if (CONCESSIVE_SUBORDINATORS.has(word)) return true;
  if (!SUBORDINATOR_ADVERBS.has(word)) return false;
  const next = lower(view.tokens[index + 1]);
  // ("even if", "even when" set the speaker's own conditions; "just when" is the author's timing.)
  return next === 'as' || next === 'though' || next === 'like' || (word === 'just' && next === 'when');
}

/** Whether the token is a verb outside quotations (its clause is more than a noun phrase). */
function isVerbAt(view: DocView, index: number): boolean {
  const token = view.tokens[index] as Token;
  return (token.pos === 'VERB' || token.pos === 'AUX') && (view.quoteAt[index] as number) < 0;
}

/**
 * The content that follows a cue, from `start` to the end of its clause: the sentence end, or
 * earlier at a semicolon, a dash or comma opening an apposition ("– a move …"), a follow-up
 * participle (", adding …"), the comma that closes a subordinate clause, or, for a noun-phrase
 * content, a subordinator or a comma that ends no list or apposition.
 */
export function contentAfter(view: DocView, from: number, sentenceEnd: number, options: ContentOptions): TokenRange | null {
  // "believe, according to the report, that …": past another attribution's cue and source.
  let start = from;
  while (start < sentenceEnd && (options.taken?.has(start) || (start > from && isComma(view.tokens[start])))) start += 1;
  const limit = Math.min(sentenceEnd, start + MAX_CONTENT_TOKENS);
  let end = start;
  let clause = options.clausal;
  let sawVerb = false;
  for (; end < limit; end += 1) {
    const token = view.tokens[end] as Token;
    if (end > start && isVerbAt(view, end - 1)) {
      clause = true;
      sawVerb = true;
    }
    if ((view.quoteAt[end] as number) >= 0 && end > start) continue;
    // "… had “rejected every proposal,” while a senior official …": the comma closing the quotation
    // ends the clause as one outside it would.
    const afterQuoteComma = sawVerb && end > start && view.closesQuote[end - 1] === 1 && view.tokens[end - 2]?.text === ',';
    if (afterQuoteComma && COORDINATORS.has(lower(token)) && lower(view.tokens[end + 1]) !== 'that') break;
    // (So does "as" and a clause after it: "… “wreck the economy,” as Democrats warned …", "… “a
    // giveaway,” as one aide put it"; not "as well as", "as long as", "as if".)
    if (afterQuoteComma && lower(token) === 'as' && SUBJECT_STARTS.has(view.tokens[end + 1]?.pos ?? '') && lower(view.tokens[end + 2]) !== 'as' && hasVerbWithin(view, end + 1, AS_CLAUSE_REACH)) break;
    if (options.taken?.has(end) && end > start) break;
    const next = view.tokens[end + 1];
    if (token.text === ';') break;
    // An apposition between dashes or commas inside a clause's subject ("that the slogan — itself a
    // rebuttal — was …", "that the network, a fellow Turner asset, has done …") does not end it.
    const subjectOpen = clause && !sawVerb;
    if (isDash(token) && !isGluedHyphen(view.tokens, end) && end > start && (next?.pos === 'DET' || next?.pos === 'PRON') && !subjectOpen) break;
    if (isComma(token) && end > start) {
      if (options.subordinate) break;
      // "say the camp, which holds 500,000 people, has been …", "say Smith, a former banker, was …":
      // the subject's relative clause or apposition between commas, then the clause's verb.
      const insertion = sawVerb ? -1 : insertionEnd(view, end, limit);
      if (insertion > 0) {
        clause = true;
        end = insertion;
        continue;
      }
      if (next && INDEFINITE_ARTICLES.has(lower(next)) && !subjectOpen) break;
      if (next && isFollowUpParticiple(view, end + 1, options)) break;
      // ", and the town began …", ", who has not been charged": the author's clause, not the content.
      // (In a that-clause, ", while …" goes on with the contrast the speaker draws.)
      const contrast = lower(next) === 'while' && options.clausal;
      if (sawVerb && next && COORDINATORS.has(lower(next)) && lower(view.tokens[end + 2]) !== 'that' && !contrast) break;
      if (sawVerb && next && NON_RESTRICTIVE.has(lower(next))) break;
      // ", O'Neill said, …": another attribution begins.
      if (next && startsAttribution(view, end + 1, options)) break;
      // "announced plans to give away his stock, just as his role models did": outside a that-clause,
      // a subordinator after a comma opens the author's comment on the content.
      if (!options.clausal && sawVerb && opensAdverbialClause(view, end + 1)) break;
    }
    // "— and he noted …": a dash that opens a new clause.
    if (isDash(token) && !isGluedHyphen(view.tokens, end) && end > start && next && (next.pos === 'CCONJ' || next.pos === 'PRON')) break;
    // "… was “disgusting” and encouraged Americans …", "his plan and vowed …", "… but has been met":
    // a second predicate of the cue's subject.
    if (end > start && isSecondPredicate(view, end, sawVerb)) break;
    // "… more investment in a statement on Thursday": the speech event, not the content.
    if (end > start && !clause && isSpeechAdjunct(view, end)) break;
    if (end > start && !clause) {
      const word = token.lemma;
      // "as a threat", "as “unhinged”", "as favorable": a complement, even after cues not listed with one.
      const isAs = word === 'as' && (options.takesAs || isAsComplement(view, end + 1));
      if (CLAUSE_OPENERS.has(word) && !isAs && (token.pos === 'SCONJ' || token.pos === 'ADP' || token.pos === 'ADV')) break;
      // A comma ends a noun-phrase content unless a list or an apposition goes on ("Obama, Clinton, and Ryan").
      // ", including its costs" goes on with the object it names.
      // (Not before a name: "criticized the decision, including Sen. Mitt Romney" names critics.)
      // ("several countries, including Iran and Syria" goes on: the names are among the plural before.)
      // (A title after "including" names people, who are the speakers' company: "…, including Sen. Warren".)
      const plural = (view.tokens[end - 1] as Token).pos === 'NOUN' && isPluralForm(lower(view.tokens[end - 1]));
      const named = view.tokens[end + 2]?.pos === 'PROPN';
      const titled = isTitleAt(view, end + 2);
      const including = lower(next) === 'including' && (!named || (plural && !titled));
      if (isComma(token) && !including && !(next && LIST_CONTINUATIONS.has(next.pos) && !isCommaClauseStart(view, end + 1))) break;
    }
  }
  // Trailing punctuation outside quotations is not content.
  while (end > start && isTrailingPunct(view, end - 1)) end -= 1;
  if (end <= start) return null;
  return end === start + 1 && isEmptyWord(view, start) ? null : { start, end };
}

/**
 * Whether a one-token content says nothing: a lone particle of a phrasal verb ("She spoke up.", "They
 * signed off."), a lone adverb ("sirens sounded twice") but for one standing for what was said ("said
 * so", "said otherwise"), or a comparative wink-nlp tags as an adjective ("the hosts pressed higher").
 */
function isEmptyWord(view: DocView, index: number): boolean {
  const token = view.tokens[index] as Token;
  if ((view.quoteAt[index] as number) >= 0) return false;
  const word = lower(token);
  return token.pos === 'ADP' || token.pos === 'PART' || (token.pos === 'ADV' && !PRO_FORM_ADVERBS.has(word)) || (token.pos === 'ADJ' && COMPARATIVE_ADVERBIALS.has(word));
}

/** Comparatives that wink-nlp tags as adjectives where they modify a verb ("pressed higher", "pushed harder"). */
const COMPARATIVE_ADVERBIALS: ReadonlySet<string> = new Set(['higher', 'lower', 'harder', 'further', 'farther', 'faster', 'slower', 'longer', 'closer', 'deeper', 'louder']);

/** Adverbs that stand for what was said ("said so", "said otherwise", "explained why"). */
const PRO_FORM_ADVERBS: ReadonlySet<string> = new Set(['so', 'otherwise', 'why', 'how', 'differently', 'likewise', 'yes', 'no', 'not']);

/** How many tokens a subject's relative clause or apposition between commas may hold. */
const MAX_INSERTION = 25;

/**
 * The comma that closes a relative clause or an apposition opening after the comma at `comma`
 * ("the camp, which holds …, has", "Smith, a former banker, was"), when a verb follows it; else -1.
 */
function insertionEnd(view: DocView, comma: number, limit: number): number {
  const first = view.tokens[comma + 1];
  if (!first || (view.quoteAt[comma + 1] as number) >= 0) return -1;
  // A relative clause ("which holds …"), a participle ("built in 1932") or an adverb ("however") may
  // hold verbs; an apposition ("a former banker") only in a relative clause of its own ("… who was fired").
  // ("hit by a cargo ship": a participle spelled as its base form, known by its agent.)
  const participle = first.pos === 'VERB' && !/(?:ing|s)$/u.test(lower(first)) && (lower(first) !== first.lemma || lower(view.tokens[comma + 2]) === 'by');
  let verbsAllowed = (RELATIVE_WORDS.has(lower(first)) && lower(first) !== 'that') || participle || first.pos === 'ADV';
  if (!verbsAllowed && !APPOSITION_OPENERS.has(first.pos)) return -1;
  for (let index = comma + 2; index < Math.min(limit, comma + 1 + MAX_INSERTION); index += 1) {
    const token = view.tokens[index] as Token;
    if (token.text === ';' || (isDash(token) && !isGluedHyphen(view.tokens, index))) return -1;
    if (RELATIVE_WORDS.has(lower(token))) verbsAllowed = true;
    if (!verbsAllowed && (token.pos === 'VERB' || token.pos === 'AUX')) return -1;
    if (!isComma(token)) continue;
    // The clause's verb after the closing comma, past adverbs and an opening quotation mark ("…, “will transform …”").
    let next = index + 1;
    while (view.tokens[next]?.pos === 'ADV' || view.opensQuote[next] === 1) next += 1;
    const verb = view.tokens[next];
    return verb !== undefined && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/u.test(lower(verb)))) ? index : -1;
  }
  return -1;
}

/** Parts of speech that open an apposition ("a former banker", "the city's mayor", "Mexico's president"). */
const APPOSITION_OPENERS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

function isTrailingPunct(view: DocView, index: number): boolean {
  const token = view.tokens[index] as Token;
  return token.pos === 'PUNCT' && !view.closesQuote[index] && !/[\p{L}\p{N}]/u.test(token.text);
}

/** Where the content after a cue starts, and what opens it. */
export interface ContentOpening {
  /** First token of the content ("that" included, as annotators do). */
  start: number;
  /** The content is a that-clause. */
  that: boolean;
  /** A colon follows the cue ("X continued: …"). */
  colon: boolean;
}

/** Words of a time adjunct between a cue and its content ("said Friday afternoon that …", "added later"). */
/** Words that stand alone as a time adjunct ("Friday", "later", "tonight"). */
const TIME_WORDS = new Set([...WEEKDAYS, ...TIME_ADVERBS, 'morning', 'afternoon', 'evening', 'night']);
/** Words before a time noun or weekday ("last week", "on Friday"). */
const TIME_DETERMINERS = new Set(['last', 'this', 'next', 'on']);

/** One past a time adjunct that starts at `index` ("Friday afternoon", "last week", "later"), or `index`. */
export function skipTime(view: DocView, index: number, end: number): number {
  let at = index;
  while (at < end) {
    const word = lower(view.tokens[at]);
    if (TIME_WORDS.has(word)) at += 1;
    else if (TIME_DETERMINERS.has(word) && (TIME_NOUNS.has(lower(view.tokens[at + 1])) || TIME_WORDS.has(lower(view.tokens[at + 1])))) at += 2;
    else break;
  }
  return at;
}

/**
 * One past the addressee of a cue like "tell" or "urge" and the time or event after it
 * ("The Huffington Post on Thursday", "Congress"), when an infinitive, punctuation or the sentence
 * end follows; else `from`.
 */
function skipAddressee(view: DocView, from: number, sentenceEnd: number): number {
  let at = from;
  // "told reporters | the fine was overdue": a determiner after a noun opens the subject of the clause.
  let subjectStart = -1;
  while (at < sentenceEnd) {
    // "told reporters | at least 12 people died": a number's modifier after the addressee opens the clause's subject.
    if (at > from && quantityModifierLength(view.tokens, at) > 0) {
      subjectStart = at;
      at += quantityModifierLength(view.tokens, at);
      continue;
    }
    // "told CNN's “State of the Union” that …": a programme's title after a possessive is part of the addressee.
    const title = view.quoteAt[at] as number;
    if (title >= 0 && at > from && view.opensQuote[at] === 1 && isPossessiveMarker(view.tokens[at - 1])) {
      while (at < sentenceEnd && view.quoteAt[at] === title) at += 1;
      continue;
    }
    if (!isAddresseeWord(view, at)) break;
    const token = view.tokens[at] as Token;
    const previous = view.tokens[at - 1] as Token;
    // ("told reporters | 12 people died": a number after a noun too.)
    if (subjectStart < 0 && at > from && (token.pos === 'DET' || token.pos === 'NUM') && (previous.pos === 'NOUN' || previous.pos === 'PROPN')) subjectStart = at;
    at += 1;
  }
  if (at === from) return from;
  const after = view.tokens[at];
  if (subjectStart > 0 && after !== undefined && (after.pos === 'AUX' || after.pos === 'VERB')) return subjectStart;
  while (at < sentenceEnd && isSpeechAdjunct(view, at)) {
    at += 1;
    while (at < sentenceEnd && ADDRESSEE.has((view.tokens[at] as Token).pos)) at += 1;
  }
  at = skipTime(view, at, sentenceEnd);
  const next = view.tokens[at];
  // "told residents this weekend he would veto it": a subject pronoun opens the reported clause.
  // ("told reporters there were no plans": an existential "there" and its verb too.)
  const clause = next !== undefined && ((SUBJECT_PRONOUNS.has(lower(next)) && lower(next) !== 'it') || (lower(next) === 'there' && view.tokens[at + 1]?.pos === 'AUX'));
  // "told reporters why she resigned", "told them how to vote": a question word opens it; "told
  // reporters when he arrived in Paris that …": a time or condition clause comes before the that-clause.
  const question = next !== undefined && EMBEDDED_QUESTION_WORDS.has(lower(next));
  if (next !== undefined && (lower(next) === 'when' || lower(next) === 'if')) {
    const that = thatAfterAdverbialClause(view, at + 1, sentenceEnd);
    if (that > 0) return that;
  }
  return at >= sentenceEnd || !next || lower(next) === 'to' || lower(next) === 'that' || isPunct(next) || clause || question ? at : from;
}

/** How far a that-clause may follow the "when" or "if" clause before it. */
const MAX_ADVERBIAL_CLAUSE = 12;

/** The "that" opening a that-clause after a short adverbial clause starting at `from`, with no punctuation between, or -1. */
function thatAfterAdverbialClause(view: DocView, from: number, sentenceEnd: number): number {
  for (let index = from; index < Math.min(sentenceEnd, from + MAX_ADVERBIAL_CLAUSE); index += 1) {
    const token = view.tokens[index] as Token;
    if (lower(token) === 'that' && token.pos === 'SCONJ') return index;
    if (isPunct(token) || (view.quoteAt[index] as number) >= 0) return -1;
  }
  return -1;
}

/**
 * Question words that open an embedded question after an addressee: not a relative "who" or "which"
 * about the addressee, nor "when" and "if", which open a time or a condition more often ("told reporters
 * when he arrived in Paris that …", "told the crowd if she wins, …").
 */
const EMBEDDED_QUESTION_WORDS: ReadonlySet<string> = new Set([...QUESTION_WORDS].filter((word) => !['who', 'which', 'when', 'if'].includes(word)));

/** Whether token `at` can be part of an addressee: a noun-phrase word, not a subject pronoun, "to" or a quotation. */
function isAddresseeWord(view: DocView, at: number): boolean {
  const token = view.tokens[at] as Token;
  const word = lower(token);
  if ((view.quoteAt[at] as number) >= 0 || word === 'to') return false;
  // ("told reporters | there were no plans": an existential "there" opens the clause.)
  if (word === 'there' && view.tokens[at + 1]?.pos === 'AUX') return false;
  if (token.pos === 'PRON' && SUBJECT_PRONOUNS.has(word) && word !== 'you' && word !== 'it') return false;
  // ("told CBS News’ “Face the Nation” …": a bare possessive mark too; "told African-Americans": a hyphen inside a word.)
  return ADDRESSEE.has(token.pos) || word === 'of' || isPossessiveMarker(token) || isGluedHyphen(view.tokens, at);
}

/** Noun-phrase parts of speech an addressee is made of ("told the newspaper that …"). */
const ADDRESSEE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'PART', 'NUM']);

/** How far past a cue an adjunct may reach before its quotation. */
const MAX_ADJUNCT_TOKENS = 10;

/** The opening of a quotation after a prepositional adjunct and a comma or colon, or null. */
export function quoteAfterAdjunct(view: DocView, from: number, sentenceEnd: number): ContentOpening | null {
  for (let index = from + 1; index < Math.min(sentenceEnd - 1, from + MAX_ADJUNCT_TOKENS); index += 1) {
    const token = view.tokens[index] as Token;
    if ((isComma(token) || token.text === ':') && view.opensQuote[index + 1] === 1) return { start: index + 1, that: false, colon: token.text === ':' };
    if ((view.quoteAt[index] as number) >= 0 || token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'SCONJ' || isPunct(token)) return null;
  }
  return null;
}

/**
 * Whether the token at `index` lies in a prepositional phrase that opens its sentence or follows a
 * comma ("In a study they wrote …", "…, despite hectoring phone calls …"): no verb, subject pronoun
 * or comma between the preposition and it.
 */
function insideOpeningPhrase(view: DocView, index: number): boolean {
  const sentence = view.sentences[(view.tokens[index] as Token).sentence];
  if (!sentence) return false;
  // (A bounded walk: an opening phrase of more words is no phrase this rule reads.)
  for (let at = index - 1; at >= Math.max(sentence.tokens.start, index - MAX_OPENING_PHRASE); at -= 1) {
    const token = view.tokens[at] as Token;
    // ("Within hours of being posted …": a preposition inside the phrase goes on to the one that opens it.)
    if (token.pos === 'ADP' && (at === sentence.tokens.start || isComma(view.tokens[at - 1]))) return true;
    if (isPunct(token) || ((token.pos === 'AUX' || token.pos === 'VERB') && !/ing$/u.test(lower(token)))) return false;
  }
  return false;
}

/** The most tokens before a cue that `insideOpeningPhrase` walks back. */
const MAX_OPENING_PHRASE = 20;

/** How far past the comma after an adjunct the clause's verb may stand ("Obama was", "the new rules would"). */
const MAX_SUBJECT_TOKENS = 5;

/** Whether a token can open a clause's subject: a subject pronoun (not "who"), a name or a determiner. */
function opensSubject(token: Token): boolean {
  const word = lower(token);
  return (SUBJECT_PRONOUNS.has(word) && word !== 'who') || token.pos === 'PROPN' || token.pos === 'DET';
}

/** The opening of a clause (a subject, then its verb) after a prepositional adjunct and its comma, or null. */
function clauseAfterAdjunct(view: DocView, from: number, sentenceEnd: number): ContentOpening | null {
  const comma = parentheticalEnd(view, from - 1, false);
  const subject = view.tokens[comma + 1];
  if (comma < 0 || comma - from > MAX_ADJUNCT_TOKENS || subject === undefined || (view.quoteAt[comma + 1] as number) >= 0) return null;
  if (!opensSubject(subject)) return null;
  for (let index = comma + 2; index < Math.min(sentenceEnd, comma + 2 + MAX_SUBJECT_TOKENS); index += 1) {
    const token = view.tokens[index] as Token;
    if (token.pos === 'AUX' || token.pos === 'VERB') return { start: comma + 1, that: false, colon: false };
    if (isPunct(token) || (view.quoteAt[index] as number) >= 0) return null;
  }
  return null;
}

/**
 * Where the content after a cue starts: past a time adjunct ("said Friday that"), an addressee
 * ("told reporters that", for cues that take one), a place adjunct ("declared on Sunday that") or a
 * colon; "that" is kept in the content, as annotators do.
 */
export function contentStart(view: DocView, cueEnd: number, sentenceEnd: number, takesAddressee = false): ContentOpening {
  const from = skipTime(view, cueEnd, sentenceEnd);
  // Look a few tokens ahead for "that" past an addressee or adjunct, but not past an object
  // ("defending interests … that").
  const first = view.tokens[from];
  // "said, however, that …", "said, for example, that …": a parenthetical before the that-clause.
  const parenthetical = isComma(first) ? parentheticalEnd(view, from, false) : -1;
  if (parenthetical > 0 && lower(view.tokens[parenthetical + 1]) === 'that') return { start: parenthetical + 1, that: true, colon: false };
  // "said — on Twitter, as it happens — that …": a parenthetical between dashes.
  if (isDash(first)) {
    for (let index = from + 1; index < Math.min(sentenceEnd - 1, from + MAX_DASHED_ASIDE); index += 1) {
      if (!isDash(view.tokens[index])) continue;
      if (lower(view.tokens[index + 1]) === 'that') return { start: index + 1, that: true, colon: false };
      break;
    }
  }
  // "wrote me that …", "showed us last week that …": an object pronoun, then "that".
  if (first !== undefined && OBJECT_PRONOUNS.has(lower(first))) {
    const that = skipTime(view, from + 1, sentenceEnd);
    if (lower(view.tokens[that]) === 'that') return { start: that, that: true, colon: false };
  }
  const adjunctOpener = first !== undefined && (ADJUNCT_OPENERS.has(first.pos) || (first.pos === 'NOUN' && /s$/u.test(lower(first))));
  const lookahead = adjunctOpener || takesAddressee ? 10 : 1;
  for (let index = from; index < Math.min(sentenceEnd, from + lookahead); index += 1) {
    const token = view.tokens[index] as Token;
    if (token.text === ':') return { start: index + 1, that: false, colon: true };
    // A capitalized "verb" inside a name is a tagging slip ("Colorado Springs"); a participle after its
    // noun describes it ("alleged in a lawsuit filed Monday that …"), one after an article modifies the
    // next ("said in an emailed statement that …").
    // (Only inside a preposition's phrase: "said officials confirmed that …" has a clause's verb.)
    const participle = (first?.pos === 'ADP' || takesAddressee) && isParticipleForm(token) && ['NOUN', 'DET'].includes(view.tokens[index - 1]?.pos ?? '') && index > from;
    // ("said in a televised address that …": wink-nlp tags "address" as a verb after the participle.)
    const nounOfPhrase = first?.pos === 'ADP' && index > from + 1 && isParticipleForm(view.tokens[index - 1]) && view.tokens[index - 2]?.pos === 'DET';
    const verb = (token.pos === 'VERB' && !/^\p{Lu}/u.test(token.text) && !participle && !nounOfPhrase) || token.pos === 'AUX';
    if ((view.quoteAt[index] as number) >= 0 || verb) break;
    // ("reject that view.": a demonstrative before a noun and the clause's end opens no clause.)
    if (lower(token) === 'that' && !isDemonstrative(view, index)) {
      const previous = view.tokens[index - 1] as Token;
      if (index === from || (previous.pos !== 'DET' && previous.pos !== 'ADJ')) return { start: index, that: true, colon: false };
    }
    // ("told a press conference in London that …": a place or a group after the addressee, for cues that take one.)
    if (!adjunctOpener && !ADDRESSEE.has(token.pos) && lower(token) !== 'of' && !(takesAddressee && token.pos === 'ADP')) break;
  }
  // "told The Huffington Post on Thursday." / "urged Congress to act": past the addressee; "told
  // CBS, “…”": past the comma or colon to the quotation.
  if (takesAddressee) {
    const past = skipAddressee(view, from, sentenceEnd);
    const mark = view.tokens[past];
    if (past > from && (isComma(mark) || mark?.text === ':') && view.opensQuote[past + 1] === 1) return { start: past + 1, that: false, colon: mark?.text === ':' };
    if (past > from) return { start: past, that: lower(mark) === 'that', colon: false };
  }
  // "said during the debate, “…”", "said on Fox News: “…”": past a prepositional adjunct to the quotation;
  // "says despite all that, Obama wasn't …": past one to the clause.
  if (first && first.pos === 'ADP') {
    // (Not after a participle, "Speaking in Florida, Trump said …", nor inside an opening phrase, "In
    // a study they wrote with Smith, they estimated …": the clause after the comma is the main one.)
    const framing = /ing$/u.test(lower(view.tokens[cueEnd - 1])) || insideOpeningPhrase(view, cueEnd - 1);
    const quote = quoteAfterAdjunct(view, from, sentenceEnd) ?? (framing ? null : clauseAfterAdjunct(view, from, sentenceEnd));
    if (quote) return quote;
  }
  // After a comma, a subordinate clause is the author's ("said Friday, as they bristled …").
  if (first && isComma(first)) {
    const next = view.tokens[from + 1];
    // ("She said, if elected, she would …": a condition between commas, then a subject, is the speaker's.)
    if (CONDITIONS.has(lower(next))) {
      const close = parentheticalEnd(view, from + 1, true);
      const subject = view.tokens[close + 1];
      if (close > 0 && subject !== undefined && opensSubject(subject)) return { start: from + 1, that: false, colon: false };
    }
    const subordinate = next !== undefined && (next.pos === 'SCONJ' || CLAUSE_OPENERS.has(lower(next)) || isTimeRelativeToEvent(view, from + 1));
    return subordinate ? { start: from, that: false, colon: false } : { start: from + 1, that: lower(next) === 'that', colon: false };
  }
  return { start: from, that: false, colon: false };
}

/** How many tokens an aside between dashes may hold before a that-clause. */
const MAX_DASHED_ASIDE = 12;

/** Subordinators of condition, which the speaker may put before the reported clause. */
const CONDITIONS = new Set(['if', 'unless', 'once']);

/** Words that tie a stretch of time to an event. */
const EVENT_LINKS = new Set(['after', 'before', 'since', 'ahead']);

/**
 * Whether an adjunct of time relative to an event starts at `index` ("hours after rockets landed",
 * "two days before the vote", "just weeks after …"): the author's, not part of what was said.
 */
function isTimeRelativeToEvent(view: DocView, index: number): boolean {
  let at = index;
  // ("just hours", "only days", "a day", "two weeks")
  while (at < index + 2 && ['ADV', 'DET', 'NUM'].includes(view.tokens[at]?.pos ?? '')) at += 1;
  return DURATION_NOUNS.has(lower(view.tokens[at])) && EVENT_LINKS.has(lower(view.tokens[at + 1]));
}

/** The content before a cue: from the sentence start (or the start of the quotation that ends there) to the comma. */
export function contentBefore(view: DocView, sentenceStart: number, boundary: number): TokenRange | null {
  let end = boundary;
  while (end > sentenceStart && (isComma(view.tokens[end - 1]) || isDash(view.tokens[end - 1]))) end -= 1;
  if (end <= sentenceStart) return null;
  let start = Math.max(sentenceStart, end - MAX_CONTENT_TOKENS);
  // A quotation may begin in an earlier sentence (multi-sentence quotations keep their sentences).
  if (view.closesQuote[end - 1]) {
    const quote = view.quotes[view.quoteAt[end - 1] as number];
    if (quote) {
      let index = end - 1;
      while (index > 0 && (view.tokens[index - 1] as Token).end > quote.start) index -= 1;
      start = Math.min(start, index);
    }
  }
  // "WASHINGTON (AP) — Senate Democrats blocked …, officials said": the dateline is nobody's words.
  const dateline = datelineEnd(view.input, view.tokens, start);
  if (dateline > start && dateline < end) start = dateline;
  while (start < end && isTrailingPunct(view, start) && !view.opensQuote[start]) start += 1;
  // "And, he tells reporters, the plan is dead": a conjunction or an adverb alone says nothing.
  if (onlyConnectives(view, start, end)) return null;
  return end > start ? { start, end } : null;
}

/** Titles before a name ("including Sen. Warren", "including President Macron"). */
const TITLE_WORDS = new Set(['sen', 'senator', 'senators', 'rep', 'reps', 'representative', 'gov', 'governor', 'president', 'minister', 'secretary', 'mayor', 'mr', 'mrs', 'ms', 'dr', 'judge']);

/**
 * Whether a title stands at `index` before a person's name: "Sen.", "Prime Minister", "Gen.", and
 * "General" before a first and last name ("General Mark Milley"; "General Motors" is a company).
 */
function isTitleAt(view: DocView, index: number): boolean {
  const word = lower(view.tokens[index]).replace(/\.$/u, '');
  if (TITLE_WORDS.has(word) || word === 'gen') return true;
  if (word === 'prime') return lower(view.tokens[index + 1]) === 'minister';
  return word === 'general' && view.tokens[index + 1]?.pos === 'PROPN' && view.tokens[index + 2]?.pos === 'PROPN';
}

/** Adverbs that link a sentence to the one before and say nothing of their own ("However, he said, …"). */
const DISCOURSE_ADVERBS = new Set([
  'however', 'meanwhile', 'still', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'also', 'then', 'now', 'instead',
  'afterward', 'afterwards', 'later', 'earlier', 'right', 'thus', 'similarly', 'likewise', 'additionally', 'again', 'otherwise',
]);

/**
 * Whether `[start, end)` holds nothing but conjunctions and discourse adverbs outside quotation
 * marks ("And", "However", "Similarly", "Earlier"). A quoted word ("“Absolutely,” she said") and an
 * answer ("Yes, she said") are what was said.
 */
function onlyConnectives(view: DocView, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const token = view.tokens[index] as Token;
    if ((view.quoteAt[index] as number) >= 0) return false;
    if (token.pos === 'PUNCT') continue;
    // ("Hopefully, she said", "Soon, he said" and "Yes, she said" are what was said.)
    const linking = token.pos === 'CCONJ' || (token.pos === 'ADV' && DISCOURSE_ADVERBS.has(lower(token)));
    if (!linking) return false;
  }
  return true;
}

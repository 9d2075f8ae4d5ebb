/**
 * Questions put to a speaker: "Asked whether he would resign, the minister said …", "When asked
 * about the deal, she …". The opening participle attributes the question to whoever asked it (the
 * "by" agent when there is one); the main clause is the speaker's answer, an attribution of its own.
 */
import type { Sentence, Token } from '../types.js';
import { QUESTION_WORDS } from '../text/words.js';
import { scoreCandidate } from './score.js';
import type { Candidate } from './candidate.js';
import type { CueMatch } from './cues.js';
import type { TokenRange } from './source.js';
import type { DocView } from './view.js';
import { isComma, lower } from './view.js';

/** Verbs whose passive participle opens a sentence with the question put to its subject. */
const QUESTION_LEMMAS = new Set(['ask', 'question', 'press']);
/** Words before the participle that keep it an opening ("When asked …"). */
const OPENERS = new Set(['when', 'whenever', 'if', 'once', 'after', 'before']);
/** Words that open the question as a clause ("whether", "if", "why" …) rather than a topic ("about the deal"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...QUESTION_WORDS, 'whom', 'to']);
/** Parts of speech of a "by" agent's noun phrase ("Asked by Fox News host Chris Wallace …"). */
const AGENT_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM']);
/** The longest adjunct between the participle and a question clause ("on Fox News", "in a 2006 interview with a local newspaper"). */
const MAX_ADJUNCT_TOKENS = 10;
/** The longest question, in tokens: beyond it the comma is too far to close the opening. */
const MAX_QUESTION_TOKENS = 60;

/** Whether the cue is a question verb's participle ("asked", "pressed"). */
function isQuestionParticiple(view: DocView, match: CueMatch): boolean {
  const head = view.tokens[match.head] as Token;
  return QUESTION_LEMMAS.has(head.lemma) && /ed$/u.test(lower(head));
}

/** Whether the cue is a question participle opening its sentence ("Asked …", "When asked …"). */
export function isQuestionOpening(view: DocView, match: CueMatch, sentence: Sentence): boolean {
  if (!isQuestionParticiple(view, match)) return false;
  const first = sentence.tokens.start;
  return match.start === first || (match.start === first + 1 && OPENERS.has(lower(view.tokens[first])));
}

/**
 * Whether the cue is a question participle after the main clause ("…,” she said when asked about her
 * plans", "He declined to comment when asked whether …"): the question is put to the clause's
 * subject, who does not ask it.
 */
export function isTrailingQuestion(view: DocView, match: CueMatch, sentence: Sentence): boolean {
  return match.start > sentence.tokens.start + 1 && isQuestionParticiple(view, match) && OPENERS.has(lower(view.tokens[match.start - 1]));
}

/** Words that end a trailing question: the clause after it ("when asked about it, adding that …"). */
const TRAILING_QUESTION_ENDS = new Set([',', ';', ':', '—', '–']);

/** Where a trailing question ends: at a comma, a colon or a dash outside quotations, or before the sentence's final punctuation. */
function trailingQuestionEnd(view: DocView, from: number, sentenceEnd: number): number {
  let end = sentenceEnd;
  while (end > from && (view.tokens[end - 1] as Token).pos === 'PUNCT' && !view.closesQuote[end - 1]) end -= 1;
  // A question is a clause, not the rest of a long sentence: bounded as an opening question is.
  end = Math.min(end, from + MAX_QUESTION_TOKENS);
  for (let index = from; index < end; index += 1) {
    if (TRAILING_QUESTION_ENDS.has((view.tokens[index] as Token).text) && (view.quoteAt[index] as number) < 0) return index;
  }
  return end;
}

/** A trailing question's attribution (see `isTrailingQuestion`): source the "by" agent or none, content to the clause's end. */
export function fromTrailingQuestion(view: DocView, match: CueMatch, sentence: Sentence): Candidate | null {
  return questionCandidate(view, match, sentence, trailingQuestionEnd(view, match.end, sentence.tokens.end));
}

/**
 * Where the opening ends: at the comma (outside quotations) that closes it, or after a quotation
 * that ends with that comma ("whether she “has the integrity to serve,” voters said"); -1 when the
 * sentence has neither in reach. Of several commas, the first one a main clause can follow (not a
 * number, a conjunction or a relative clause: "whether he would run in 2020, 2024 or later, Smith said").
 */
function openingEnd(view: DocView, from: number, sentenceEnd: number): number {
  let first = -1;
  for (let index = from; index < Math.min(sentenceEnd - 1, from + MAX_QUESTION_TOKENS); index += 1) {
    let end = -1;
    if (isComma(view.tokens[index]) && (view.quoteAt[index] as number) < 0) end = index;
    // The closing mark of a quotation that ends with the comma: one token, or two ('').
    else if (view.closesQuote[index] === 1) {
      let mark = index - 1;
      while (mark > from && view.tokens[mark]?.text === "'" && view.quoteAt[mark] === view.quoteAt[index]) mark -= 1;
      if (isComma(view.tokens[mark])) end = index + 1;
    }
    if (end < 0) continue;
    if (first < 0) first = end;
    const next = mainClauseStart(view, end);
    // "Jan. 6, 2021": a number after a number's comma goes on a date or a list.
    const continuesNumber = view.tokens[end - 1]?.pos === 'NUM' && view.tokens[next]?.pos === 'NUM';
    if (!continuesNumber && opensMainClause(view.tokens[next], view.tokens[next + 1])) return end;
  }
  return first;
}

/** Words after which a comma does not close the opening: a list or a relative clause goes on. */
const NOT_MAIN_CLAUSE = new Set(['which', 'who', 'whom', 'whose', 'where', 'when', 'and', 'or', 'but', 'nor']);

/**
 * Whether a main clause can start with `token` (followed by `next`): not a conjunction or a relative
 * word, nor a number that goes on a list ("2020, 2024 or later"); a number before a noun can ("two
 * officials said", "40 percent said").
 */
function opensMainClause(token: Token | undefined, next: Token | undefined): boolean {
  if (token === undefined || token.pos === 'CCONJ' || NOT_MAIN_CLAUSE.has(lower(token))) return false;
  return token.pos !== 'NUM' || (next !== undefined && !isComma(next) && next.pos !== 'CCONJ' && next.pos !== 'PUNCT');
}

/** The first token of the main clause after a question opening whose content ends at `contentEnd`. */
export function mainClauseStart(view: DocView, contentEnd: number): number {
  return isComma(view.tokens[contentEnd]) ? contentEnd + 1 : contentEnd;
}

/** "by Fox News host Chris Wallace": the agent after "by", or null. */
function agentAfter(view: DocView, by: number, end: number): TokenRange | null {
  let index = by + 1;
  while (index < end && AGENT_POS.has((view.tokens[index] as Token).pos)) index += 1;
  return index > by + 1 ? { start: by + 1, end: index } : null;
}

/**
 * The attribution of a question opening its sentence: cue "Asked" ("Asked about" for a topic),
 * content up to the comma that closes the opening, source the "by" agent or none.
 */
export function fromQuestionOpening(view: DocView, match: CueMatch, sentence: Sentence): Candidate | null {
  const comma = openingEnd(view, match.end, sentence.tokens.end);
  return comma < 0 ? null : questionCandidate(view, match, sentence, comma);
}

/** The attribution of a question put to someone, its content ending at `comma`: cue "asked" ("asked about" for a topic), source the "by" agent or none. */
function questionCandidate(view: DocView, match: CueMatch, sentence: Sentence, comma: number): Candidate | null {
  const cue: TokenRange = { start: match.head, end: match.end };
  let contentStart = match.end;
  let source: TokenRange | null = null;
  if (lower(view.tokens[contentStart]) === 'by') {
    source = agentAfter(view, contentStart, comma);
    if (source) contentStart = source.end;
  }
  // "Asked about the deal": the preposition goes with the cue, as annotators mark it.
  if (lower(view.tokens[contentStart]) === 'about' && contentStart === cue.end) {
    cue.end += 1;
    contentStart += 1;
  }
  // "Asked on Fox News who leads the party": an adjunct before the question is no part of it.
  if ((view.tokens[contentStart] as Token).pos === 'ADP' && cue.end === contentStart) {
    for (let index = contentStart + 1; index < Math.min(comma, contentStart + MAX_ADJUNCT_TOKENS); index += 1) {
      const word = lower(view.tokens[index]);
      if (word !== 'to' && CLAUSE_OPENERS.has(word)) {
        contentStart = index;
        break;
      }
    }
  }
  if (contentStart >= comma) return null;
  const pattern = CLAUSE_OPENERS.has(lower(view.tokens[contentStart])) ? 'clause' : 'object';
  return {
    source,
    cue,
    content: [{ start: contentStart, end: comma }],
    entry: match.entry,
    sentence: sentence.index,
    confidence: scoreCandidate(match.entry, source !== null, pattern),
    pattern,
    question: true,
  };
}

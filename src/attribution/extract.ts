import type { Sentence } from '../types.js';
import type { CueMatcher } from './cues.js';
import { findCues } from './cues.js';
import type { DocView } from './view.js';

import type { Candidate, SentenceContext } from './candidate.js';
import { fromVerbCue } from './verb.js';
import { fromNounCue } from './noun.js';
import { fromAccordingTo } from './according.js';
import { fromColon, MAX_LABEL_CHARS } from './label.js';
import { fromBylines, mayHoldByline } from './byline.js';
import { fromQuestionOpening, fromTrailingQuestion, isQuestionOpening, isTrailingQuestion, mainClauseStart } from './question.js';

/**
 * Default of `AnalyzerOptions.minConfidence`, chosen on PolNeAR dev: near the best F1 for every role.
 * Nested attributions that annotators seldom mark ("what Moscow considers …") fall below it.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.4;

/** The content ranges of a candidate as one key. */
function contentKey(candidate: Candidate): string {
  return candidate.content.map((range) => `${range.start}-${range.end}`).join(',');
}

/** The source and content ranges of a candidate as one key, to find a second cue for the same thing. */
function sourceAndContent(candidate: Candidate): string {
  return `${candidate.source ? `${candidate.source.start}-${candidate.source.end}` : '-'},${contentKey(candidate)}`;
}

/** Whether a cue is a participle in -ing that opens its sentence ("Writing in …, X argued …"). */
function isOpeningParticiple(view: DocView, cue: { start: number; end: number }, sentence: Sentence): boolean {
  return cue.start === sentence.tokens.start && /ing$/iu.test(view.tokens[cue.end - 1]?.text ?? '');
}

/**
 * Finds every attribution candidate of one sentence, whatever its confidence: the confidence model
 * judges them all, and `minConfidence` filters afterwards.
 */
export function extractSentence(view: DocView, matcher: CueMatcher, sentence: Sentence): Candidate[] {
  const isCueLemma = matcher.isVerbCue;
  const candidates: Candidate[] = [];
  // Tokens already used as a source or cue cannot be the cue of another attribution.
  const taken = new Set<number>();
  // Where each source-and-content key, and each content, was first taken (an index into `candidates`).
  const seen = new Map<string, number>();
  const seenContent = new Set<string>();
  const take = (candidate: Candidate | null): void => {
    if (!candidate) return;
    // "The White House said in a statement that …": a second cue with the same source and the same
    // content adds nothing; the first one stands.
    // ("said in an emailed statement that …": the statement's noun cue, with no source of its own, adds
    // nothing to the verb's attribution of the same content.)
    const content = contentKey(candidate);
    if (candidate.source === null && candidate.pattern === 'that-clause' && seenContent.has(content)) return;
    const key = sourceAndContent(candidate);
    const first = seen.get(key);
    if (first !== undefined) {
      // ("Writing in the Daily Telegraph, the former minister argued that …": the main clause's verb,
      // not the participle that opens the sentence, is the cue of that source and content.)
      const other = candidates[first];
      if (other?.cue && candidate.cue && isOpeningParticiple(view, other.cue, sentence) && !isOpeningParticiple(view, candidate.cue, sentence)) {
        candidates[first] = candidate;
        for (let index = candidate.cue.start; index < candidate.cue.end; index += 1) taken.add(index);
      }
      return;
    }
    seen.set(key, candidates.length);
    seenContent.add(content);
    candidates.push(candidate);
    for (const range of [candidate.source, candidate.cue]) if (range) for (let index = range.start; index < range.end; index += 1) taken.add(index);
  };
  // Speaker labels stand at the start: a colon in the first characters, or none at all.
  const colonAt = sentence.text.indexOf(':');
  const label = matcher.colon && colonAt > 0 && colonAt < MAX_LABEL_CHARS ? fromColon(view, matcher.colon, sentence) : null;
  take(label);
  // A native substring test spares the token walk in the many sentences without "according".
  if (matcher.accordingTo && /ccording/iu.test(sentence.text)) {
    for (const candidate of fromAccordingTo(view, matcher.accordingTo, sentence)) take(candidate);
  }
  if (matcher.dash && mayHoldByline(sentence.text)) {
    for (const candidate of fromBylines(view, matcher.dash, sentence)) take(candidate);
  }
  const cues = findCues(view, matcher, sentence.tokens.start, sentence.tokens.end);
  // "Asked whether …, the minister said …": the question is an attribution of its own, and the
  // main clause, the answer, starts after it.
  let clause = sentence;
  const [first] = cues;
  if (first && isQuestionOpening(view, first, sentence)) {
    const question = fromQuestionOpening(view, first, sentence);
    if (question) {
      take(question);
      const start = mainClauseStart(view, (question.content[0] as { end: number }).end);
      clause = { ...sentence, tokens: { start, end: sentence.tokens.end } };
    }
  }
  const context: SentenceContext = { view, sentence: clause, isCueLemma, taken, found: candidates };
  for (const cue of cues) {
    if (cue.start < clause.tokens.start || taken.has(cue.head) || taken.has(cue.start) || taken.has(cue.end - 1)) continue;
    if (cue.form !== 'noun' && isTrailingQuestion(view, cue, clause)) take(fromTrailingQuestion(view, cue, clause));
    else take(cue.form === 'noun' ? fromNounCue(view, cue, clause, isCueLemma) : fromVerbCue(context, cue));
  }
  return candidates.length > 1 ? candidates.filter((candidate) => !isFramingAdjunct(view, candidate, candidates)) : candidates;
}

/**
 * "In an interview, she said …": a phrase cue that is a preposition's phrase ("in an interview", "in
 * a statement"), with no source, whose content holds another attribution's cue, only says where
 * that attribution was made.
 */
function isFramingAdjunct(view: DocView, candidate: Candidate, all: readonly Candidate[]): boolean {
  const cue = candidate.cue;
  if (candidate.source !== null || cue === null || view.tokens[cue.start]?.pos !== 'ADP') return false;
  return all.some((other) => {
    const inner = other.cue;
    return other !== candidate && inner !== null && candidate.content.some((range) => range.start <= inner.start && inner.end <= range.end);
  });
}

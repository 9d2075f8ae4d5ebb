/** Noun cues: "NATO’s … declaration that …", "Putin’s references to …". */
import { scoreCandidate } from './score.js';
import type { AttributionPattern, Sentence, Token } from '../types.js';
import { POSSESSIVE_PRONOUNS } from '../text/words.js';
import { contentAfter } from './content.js';
import type { CueMatch } from './cues.js';
import { isPossessiveMarker, nounPhraseLeft } from './source.js';
import type { DocView } from './view.js';
import { lower } from './view.js';

import type { Candidate } from './candidate.js';
import { beforeMainVerb } from './clause.js';

/** A possessive ending as wink-nlp splits it off ("NATO" + "’s"), not a quote mark. */
function isPossessiveEnding(token: Token | undefined): boolean {
  return isPossessiveMarker(token) && token?.pos !== 'PUNCT';
}

/** The attribution a noun cue heads ("NATO’s … declaration that …", "Putin’s references to …"), or null. */
export function fromNounCue(view: DocView, cue: CueMatch, sentence: Sentence, isCueLemma: (lemma: string) => boolean): Candidate | null {
  const { start: sentenceStart, end: sentenceEnd } = sentence.tokens;
  const next = view.tokens[cue.head + 1];
  const link = lower(next);
  if (!(link === 'that' || link === 'to' || link === 'about' || link === 'of') || cue.head + 2 >= sentenceEnd) return null;
  let index = cue.head - 1;
  while (index >= sentenceStart && ['NOUN', 'PROPN', 'NUM', 'ADJ'].includes((view.tokens[index] as Token).pos) && !isPossessiveEnding(view.tokens[index])) index -= 1;
  // "NATO’s … declaration", "his infamous comment about …": the possessor is the source.
  const possessor = view.tokens[index];
  const source = isPossessiveEnding(possessor)
    ? nounPhraseLeft(view, index, sentenceStart)
    : possessor && POSSESSIVE_PRONOUNS.has(lower(possessor)) && index >= sentenceStart
      ? { start: index, end: index + 1 }
      : null;
  if (!source && link !== 'that') return null;
  const after = contentAfter(view, cue.head + 1, sentenceEnd, { clausal: link === 'that', takesAs: false, subordinate: false, isCueLemma });
  const content = after && isSubjectPosition(view, sentence, cue.head) ? beforeMainVerb(view, after, link === 'that') : after;
  if (!content) return null;
  const pattern: AttributionPattern = link === 'that' ? 'that-clause' : 'noun';
  const confidence = scoreCandidate(cue.entry, source !== null, pattern);
  return { source, cue: { start: cue.head, end: cue.head + 1 }, content: [content], entry: cue.entry, sentence: sentence.index, confidence, pattern };
}

/** Whether no verb stands between the sentence start and `index`: a noun there is (part of) the subject. */
function isSubjectPosition(view: DocView, sentence: Sentence, index: number): boolean {
  const verb = view.firstVerb[sentence.index] as number;
  return verb < 0 || verb >= index;
}

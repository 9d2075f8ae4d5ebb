/** Speaker labels: "Name: …" at the start of a sentence or paragraph. */
import { datelineEnd } from '../text/dateline.js';
import type { CueEntry } from '../lexicons/schemas.js';
import { scoreCandidate } from './score.js';
import type { Sentence, Token } from '../types.js';
import type { DocView } from './view.js';
import { endBeforePunct, isPunct } from './view.js';

import type { Candidate } from './candidate.js';

/** The longest speaker label before a colon ("Pat Caddell:", "WALLACE:"), in tokens and characters. */
const MAX_LABEL_TOKENS = 5;

export const MAX_LABEL_CHARS = 80;

/** One past the last token of the paragraph that holds `sentence`. */
function paragraphEnd(view: DocView, sentence: Sentence): number {
  let last = sentence;
  for (let index = sentence.index + 1; index < view.sentences.length; index += 1) {
    const next = view.sentences[index] as Sentence;
    if (next.paragraph !== sentence.paragraph) break;
    last = next;
  }
  return last.tokens.end;
}

/** Labels that name a kind of text, not a speaker ("Interview: …", "Q: …", "UPDATE: …"). */
const RUBRICS = new Set(['q', 'a', 'question', 'answer', 'interview', 'update', 'updated', 'analysis', 'opinion', 'comment', 'exclusive', 'breaking', 'live', 'latest', 'watch', 'video', 'photos', 'correction', 'clarification', 'editor', 'note', 'explainer', 'factbox', 'timeline', 'background', 'related']);

/** Whether the label `[start, end)` is a rubric: one or two words, each a rubric word (or an "'s"), perhaps after "The" ("The Latest:"). */
function isRubric(view: DocView, start: number, end: number): boolean {
  if (end - start > 3) return false;
  for (let index = start; index < end; index += 1) {
    const token = view.tokens[index] as Token;
    const article = index === start && end - start > 1 && token.text === 'The';
    if (!RUBRICS.has(token.text.toLowerCase()) && token.pos !== 'PART' && !article) return false;
  }
  return true;
}

/**
 * Whether a label word is a capitalized function word, which a Title Case heading has and a name does
 * not ("Stealth Over Health:"); the joiners of organizations' names do not count ("Doctors Without
 * Borders:", "Bank Of America:").
 */
function isHeadingWord(token: Token): boolean {
  return (token.pos === 'ADP' || token.pos === 'CCONJ' || token.pos === 'DET') && /^\p{Lu}/u.test(token.text) && !NAME_FUNCTION_WORDS.has(token.text.toLowerCase());
}

/** Function words inside organizations' names. */
const NAME_FUNCTION_WORDS = new Set(['of', 'for', 'without', 'against', 'and', 'the', 'de', 'la', 'del', 'des', 'du']);

/** Speech verbs that open an inverted label ("Said Ellis: “…”", "Adds Moreno: …"). */
const INVERTED_LABEL_VERBS = new Set(['said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'replied', 'explained', 'recalled', 'noted', 'concluded']);

/**
 * "Name: “…”" or "Name: text" opening a sentence: a speaker label. When it opens a paragraph (a
 * transcript, a headline), the content runs to the end of the paragraph.
 */
export function fromColon(view: DocView, entry: CueEntry, sentence: Sentence): Candidate | null {
  const { end: sentenceEnd } = sentence.tokens;
  // A transcript paragraph may open with a quote mark before the label ("WALLACE: …).
  const first = sentence.tokens.start;
  const sentenceStart = /^["“'‘«]$/u.test(view.tokens[first]?.text ?? '') ? first + 1 : first;
  // ("JAIPUR: Union Home Minister … said …": a dateline, no speaker.)
  if (datelineEnd(view.input, view.tokens, sentenceStart) > 0) return null;
  for (let index = sentenceStart + 1; index < Math.min(sentenceEnd - 1, sentenceStart + MAX_LABEL_TOKENS + 1); index += 1) {
    const token = view.tokens[index] as Token;
    if (token.text === ':') {
      const label = view.tokens.slice(sentenceStart, index);
      const isName =
        label.every((item) => /^\p{Lu}/u.test(item.text) || item.pos === 'PART' || item.text === '.') &&
        label.some((item) => item.pos === 'PROPN' || /^\p{Lu}{2,}$/u.test(item.text)) &&
        !label.slice(1).some(isHeadingWord);
      if (!isName || isRubric(view, sentenceStart, index)) return null;
      const opensParagraph = view.sentences[sentence.index - 1]?.paragraph !== sentence.paragraph;
      const end = endBeforePunct(view, index + 1, opensParagraph ? paragraphEnd(view, sentence) : sentenceEnd);
      if (end <= index + 1) return null;
      // "Said Ellis:": the verb is the cue and the name after it the source.
      const inverted = index - sentenceStart >= 2 && INVERTED_LABEL_VERBS.has((view.tokens[sentenceStart] as Token).text.toLowerCase());
      const source = { start: inverted ? sentenceStart + 1 : sentenceStart, end: index };
      const cue = inverted ? { start: sentenceStart, end: sentenceStart + 1 } : { start: index, end: index + 1 };
      return { source, cue, content: [{ start: index + 1, end }], entry, sentence: sentence.index, confidence: scoreCandidate(entry, true, 'label'), pattern: 'label' };
    }
    if (token.pos === 'VERB' || token.pos === 'AUX' || isPunct(token)) return null;
  }
  return null;
}

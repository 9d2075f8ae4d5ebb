/** Clause helpers the cue handlers share: a quotation as a content range, the end before a main verb. */
import type { Token } from '../types.js';
import type { TokenRange } from './source.js';
import type { DocView } from './view.js';
import { isComma, lower } from './view.js';


/** The quotation that opens right after `index` (past a comma), as a content range. */
export function quoteAfter(view: DocView, index: number, sentenceEnd: number): TokenRange | null {
  let at = index;
  if (isComma(view.tokens[at])) at += 1;
  if (at >= sentenceEnd || !view.opensQuote[at]) return null;
  const quote = view.quoteAt[at] as number;
  let end = at;
  while (end < view.tokens.length && view.quoteAt[end] === quote) end += 1;
  return { start: at, end };
}

/**
 * Cuts the content of a noun cue in subject position before the sentence's main verb: "The
 * ministry’s statement that prices would fall | came a day before …", "references to a stolen
 * election | alarmed …". A that-clause keeps its own verb group.
 */
export function beforeMainVerb(view: DocView, range: TokenRange, clausal: boolean): TokenRange | null {
  let ownVerb = !clausal;
  let groupHasVerb = false;
  const cut = (index: number): TokenRange | null => (index > range.start + 1 ? { start: range.start, end: index } : null);
  for (let index = range.start + 1; index < range.end; index += 1) {
    const token = view.tokens[index] as Token;
    const previous = view.tokens[index - 1] as Token;
    // "a stolen election": a participle before its noun is an adjective.
    const adjectival = token.pos === 'VERB' && (previous.pos === 'DET' || previous.pos === 'ADJ') && view.tokens[index + 1]?.pos === 'NOUN';
    if ((token.pos !== 'VERB' && token.pos !== 'AUX') || adjectival || (view.quoteAt[index] as number) >= 0) {
      if (groupHasVerb && token.pos !== 'ADV' && token.pos !== 'PART') {
        groupHasVerb = false;
        ownVerb = true;
      }
      continue;
    }
    const linked = /^(?:to|and|or|but)$/u.test(lower(previous));
    // A second main verb: in the clause's own group ("would fall | came") or after it.
    if (!linked && ((ownVerb && !groupHasVerb) || (groupHasVerb && token.pos === 'VERB'))) return cut(index);
    if (token.pos === 'VERB') groupHasVerb = true;
  }
  return range;
}

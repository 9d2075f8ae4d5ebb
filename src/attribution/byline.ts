/**
 * Bylines: a quotation signed with a dash and a name, as in pull quotes, reader voices and embedded
 * posts (`“…” ― Jane Doe`, `"…"\n\n- Bernie Sanders.`, `… #tag — Ben Jacobs (@handle) September 1`).
 */
import type { CueEntry } from '../lexicons/schemas.js';
import type { Sentence, Token } from '../types.js';
import { scoreCandidate } from './score.js';
import type { TokenRange } from './source.js';
import type { DocView } from './view.js';
import { isCapitalized } from './view.js';

import type { Candidate } from './candidate.js';

/** The dashes that sign a quotation, one cue whatever the glyph: hyphens, en and em dashes, the horizontal bar. */
const SIGNING_DASH = /^(?:-{1,2}|[‐‒–—―])$/u;
/** Any of those dashes in a text. */
const ANY_DASH = /[-‐‒–—―]/u;

/** Whether a sentence's text holds a dash a byline could use: a quick test before any token walk. */
export function mayHoldByline(text: string): boolean {
  return ANY_DASH.test(text);
}

/** The longest signature name, in tokens ("Edwin G. Monroy", "President Barack Obama"). */
const MAX_NAME_TOKENS = 5;
/** How far back the text of a signed post may start on its line, in tokens. */
const MAX_POST_TOKENS = 80;

/** Whether a line break separates the two tokens (or the second is missing). */
function lineBreakBetween(view: DocView, left: Token, right: Token | undefined): boolean {
  if (!right) return true;
  for (let at = left.end; at < right.start; at += 1) if (view.input.charCodeAt(at) === 10) return true;
  return false;
}

/** The capitalized name right after the dash, on its line, or null. */
function signature(view: DocView, dash: number): TokenRange | null {
  const first = view.tokens[dash + 1];
  if (!first || !isCapitalized(first) || lineBreakBetween(view, view.tokens[dash] as Token, first)) return null;
  let end = dash + 1;
  while (end < dash + 1 + MAX_NAME_TOKENS) {
    const token = view.tokens[end];
    if (!token || (!isCapitalized(token) && token.text !== '.') || (token.text === '.' && !/^\p{Lu}$/u.test(view.tokens[end - 1]?.text ?? ''))) break;
    if (end > dash + 1 && lineBreakBetween(view, view.tokens[end - 1] as Token, token)) break;
    end += 1;
  }
  const after = view.tokens[end];
  // The signature ends its line, or a handle, a place, a date or the next signed quotation follows it
  // (reader voices run on in one paragraph: `“…” ― Sonya Herridge “…” ― Edwin G. Monroy`).
  const closed =
    lineBreakBetween(view, view.tokens[end - 1] as Token, after) || after?.text === '.' || after?.text === ',' || after?.text === '(' || (view.quoteAt[end] ?? -1) >= 0;
  return closed && end > dash + 1 ? { start: dash + 1, end } : null;
}

/** The quotation that closes right before the dash, marks included, or null. */
function signedQuote(view: DocView, dash: number): TokenRange | null {
  const close = dash - 1;
  if (close < 0 || view.closesQuote[close] !== 1) return null;
  const quote = view.quoteAt[close] as number;
  let open = close;
  while (open > 0 && view.quoteAt[open - 1] === quote) open -= 1;
  return open < close ? { start: open, end: close + 1 } : null;
}

/** The text of a signed post: its line up to the dash, when a handle follows the name. */
function signedPost(view: DocView, dash: number, name: TokenRange): TokenRange | null {
  if (view.tokens[name.end]?.text !== '(' || !view.tokens[name.end + 1]?.text.startsWith('@')) return null;
  let start = dash;
  while (start > 0 && dash - start < MAX_POST_TOKENS && !lineBreakBetween(view, view.tokens[start - 1] as Token, view.tokens[start])) start -= 1;
  return start < dash ? { start, end: dash } : null;
}

/** Bylines whose dash lies in the sentence. */
export function fromBylines(view: DocView, entry: CueEntry, sentence: Sentence): Candidate[] {
  const found: Candidate[] = [];
  for (let dash = sentence.tokens.start; dash < sentence.tokens.end; dash += 1) {
    if (!SIGNING_DASH.test((view.tokens[dash] as Token).text) || (view.quoteAt[dash] as number) >= 0) continue;
    const name = signature(view, dash);
    if (!name) continue;
    const content = signedQuote(view, dash) ?? signedPost(view, dash, name);
    if (!content) continue;
    found.push({ source: name, cue: { start: dash, end: dash + 1 }, content: [content], entry, sentence: sentence.index, confidence: scoreCandidate(entry, true, 'byline'), pattern: 'byline' });
  }
  return found;
}

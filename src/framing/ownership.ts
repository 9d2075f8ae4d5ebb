/**
 * Which attribution holds each token: the innermost one whose content covers it, so that a word
 * of a nested attribution ("what Moscow considers a “red line”") counts once, for the inner voice.
 */
import type { Attribution, Token } from '../types.js';
import { tokenRange } from '../text/span.js';

/** How deep each attribution is nested (0 at the top). Parents are acyclic by construction. */
function depths(attributions: readonly Attribution[]): number[] {
  const byId = new Map(attributions.map((attribution, index) => [attribution.id, index]));
  const memo = new Array<number>(attributions.length).fill(-1);
  const depthOf = (index: number): number => {
    const known = memo[index] as number;
    if (known >= 0) return known;
    const parent = attributions[index]?.parent;
    const parentIndex = parent === null || parent === undefined ? undefined : byId.get(parent);
    const depth = parentIndex === undefined ? 0 : depthOf(parentIndex) + 1;
    memo[index] = depth;
    return depth;
  };
  return attributions.map((_, index) => depthOf(index));
}

/** For each token, the index of the innermost attribution whose content holds it, or -1. */
export function contentOwners(tokens: readonly Token[], attributions: readonly Attribution[]): Int32Array {
  const owners = new Int32Array(tokens.length).fill(-1);
  const depth = depths(attributions);
  const order = attributions.map((_, index) => index).sort((a, b) => (depth[a] as number) - (depth[b] as number));
  for (const index of order) {
    for (const span of (attributions[index] as Attribution).content) {
      const range = tokenRange(tokens, span);
      owners.fill(index, range.start, range.end);
    }
  }
  return owners;
}

/** Whether each sentence holds a part (source, cue or content) of some attribution. */
export function attributedSentences(tokens: readonly Token[], sentenceCount: number, attributions: readonly Attribution[]): Uint8Array {
  const attributed = new Uint8Array(sentenceCount);
  for (const attribution of attributions) {
    for (const span of [attribution.source, attribution.cue, ...attribution.content]) {
      if (!span) continue;
      const range = tokenRange(tokens, span);
      if (range.start >= range.end) continue;
      const first = (tokens[range.start] as Token).sentence;
      const last = (tokens[range.end - 1] as Token).sentence;
      attributed.fill(1, first, last + 1);
    }
  }
  return attributed;
}

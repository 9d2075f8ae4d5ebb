/** Voice: how many attributed content words each perspective holds, and how many of them are quoted. */
import type { Attribution, Quote, Token } from '../types.js';
import { isWordToken } from '../text/span.js';

/** Content words and quoted content words of one perspective. */
export interface VoiceCount {
  words: number;
  quoted: number;
}

/** For each token, whether it lies inside a quotation's marks (one sweep over the top-level quotations). */
export function quotedTokens(tokens: readonly Token[], quotes: readonly Quote[]): Uint8Array {
  const quoted = new Uint8Array(tokens.length);
  const topLevel = quotes.filter((quote) => quote.parent === null);
  let at = 0;
  tokens.forEach((token, index) => {
    while (at < topLevel.length && (topLevel[at] as Quote).inner.end <= token.start) at += 1;
    const quote = topLevel[at];
    if (quote && quote.inner.start <= token.start && token.end <= quote.inner.end) quoted[index] = 1;
  });
  return quoted;
}

/** Words per perspective, each word counted for the innermost attribution that holds it. */
export function countVoices(tokens: readonly Token[], owners: Int32Array, quoted: Uint8Array, attributions: readonly Attribution[]): Map<string, VoiceCount> {
  const voices = new Map<string, VoiceCount>();
  tokens.forEach((token, index) => {
    const owner = owners[index] as number;
    if (owner < 0 || !isWordToken(token)) return;
    const perspective = (attributions[owner] as Attribution).perspective;
    if (perspective === null) return;
    let voice = voices.get(perspective);
    if (!voice) {
      voice = { words: 0, quoted: 0 };
      voices.set(perspective, voice);
    }
    voice.words += 1;
    voice.quoted += quoted[index] as number;
  });
  return voices;
}

/**
 * The framing stage: each perspective scored (voice, quotation, prominence, cue stance, frames,
 * labels, markers, tone, portrayal by others) and the document's metrics, every figure with evidence.
 */
import type { CueEntry } from '../lexicons/schemas.js';
import type { Actor, Attribution, FramingProfile, Metrics, Paragraph, Perspective, Quote, Sentence, Span, Token } from '../types.js';
import type { PerspectiveGroup } from '../perspectives/index.js';
import { authorialVoice } from './authorial.js';
import { findFramingHits, type FramingMatchers } from './lexical.js';
import { balanceOf, VOICELESS_MIN_MENTIONS, voicelessActors } from './metrics.js';
import { attributedSentences, contentOwners } from './ownership.js';
import { portrayalsByPerspective } from './portrayal.js';
import { NO_HITS, partitionHits, profileOf } from './profile.js';
import { prominenceByPerspective } from './prominence.js';
import { stancesByPerspective } from './stance.js';
import { countVoices, quotedTokens } from './voice.js';

export { compileFraming, type FramingMatchers } from './lexical.js';

/** What the framing stage reads. */
export interface FramingInput {
  input: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  quotes: readonly Quote[];
  headline: Span | null;
  attributions: readonly Attribution[];
  actors: readonly Actor[];
  groups: readonly PerspectiveGroup[];
}

/** What the framing stage reads of the lexicons. */
export interface FramingLexicons {
  matchers: FramingMatchers;
  cueEntries: ReadonlyMap<string, CueEntry>;
}

/** The scored perspectives (most voice first) and the document's metrics. */
export interface FramingResult {
  perspectives: Perspective[];
  metrics: Metrics;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Scores every perspective and the document. */
export function scoreFraming(doc: FramingInput, lexicons: FramingLexicons): FramingResult {
  const { input, tokens, attributions } = doc;
  const source = { input, tokens, evidence: new Map() };
  const hits = findFramingHits(lexicons.matchers, tokens);
  const owners = contentOwners(tokens, attributions);
  const voices = countVoices(tokens, owners, quotedTokens(tokens, doc.quotes), attributions);
  const totalWords = [...voices.values()].reduce((sum, voice) => sum + voice.words, 0);
  const prominence = prominenceByPerspective(attributions, doc.paragraphs, doc.headline);
  const stances = stancesByPerspective(attributions, lexicons.cueEntries);
  const ownerId = (token: number): string | undefined => {
    const owner = owners[token] as number;
    return owner >= 0 ? (attributions[owner] as Attribution).id : undefined;
  };
  const byAttribution = partitionHits(hits, (token) => {
    const owner = owners[token] as number;
    return owner >= 0 ? owner : undefined;
  });
  const byPerspective = partitionHits(hits, (token) => {
    const owner = owners[token] as number;
    return owner >= 0 ? ((attributions[owner] as Attribution).perspective ?? undefined) : undefined;
  });
  const attributionProfiles = new Map<number, FramingProfile>();
  const profileOfAttribution = (index: number): FramingProfile => {
    let profile = attributionProfiles.get(index);
    if (!profile) {
      profile = profileOf(source, byAttribution.get(index) ?? NO_HITS, ownerId);
      attributionProfiles.set(index, profile);
    }
    return profile;
  };
  const attributionsOf = new Map<string, string[]>();
  for (const attribution of attributions) {
    if (attribution.perspective === null) continue;
    const list = attributionsOf.get(attribution.perspective) ?? [];
    list.push(attribution.id);
    attributionsOf.set(attribution.perspective, list);
  }
  const portrayals = portrayalsByPerspective(tokens, owners, attributions, doc.actors, profileOfAttribution);
  const voiceless = voicelessActors(doc.actors, attributions);
  const mentions = new Map(doc.actors.map((actor) => [actor.id, actor.mentions.length]));

  const perspectives: Perspective[] = doc.groups.map((group) => {
    const voice = voices.get(group.id) ?? { words: 0, quoted: 0 };
    const own = attributionsOf.get(group.id) ?? [];
    const mentioned = group.actors.reduce((sum, actor) => sum + (mentions.get(actor) ?? 0), 0);
    return {
      id: group.id,
      label: group.label,
      actors: group.actors,
      entry: group.entry,
      attributions: own,
      voiceShare: totalWords === 0 ? 0 : round(voice.words / totalWords),
      contentWords: voice.words,
      directQuoteShare: voice.words === 0 ? 0 : round(voice.quoted / voice.words),
      prominence: prominence.get(group.id) ?? { headline: false, lead: false, firstVoice: false, lastVoice: false, evidence: [] },
      stances: stances.get(group.id) ?? [],
      framing: profileOf(source, byPerspective.get(group.id) ?? NO_HITS, ownerId),
      portrayals: portrayals.get(group.id) ?? [],
      voiceless: own.length === 0 && mentioned >= VOICELESS_MIN_MENTIONS,
    };
  });
  // Most voice first; equal voices keep the order of first mention.
  perspectives.sort((a, b) => b.contentWords - a.contentWords);
  const dominant = perspectives[0] && perspectives[0].contentWords > 0 ? perspectives[0].id : null;
  const attributed = attributedSentences(tokens, doc.sentences.length, attributions);
  const metrics: Metrics = {
    balance: balanceOf(perspectives.map((perspective) => perspective.contentWords)),
    dominantPerspective: dominant,
    voiceless: doc.actors.filter((actor) => voiceless.has(actor.id)).map((actor) => actor.id),
    voicelessPerspectives: perspectives.filter((perspective) => perspective.voiceless).map((perspective) => perspective.id),
    authorial: authorialVoice(input, tokens, doc.sentences, doc.quotes, attributed, hits),
  };
  return { perspectives, metrics };
}

/** Framing profiles: the frames, labels, markers and tone of a selection of tokens, with evidence. */
import type { Evidence, FrameCount, FramingProfile, LabelCount, MarkerCount, Token, Tone } from '../types.js';
import { spanOf } from '../text/span.js';
import type { FramingHits } from './lexical.js';
import type { TermHit } from './terms.js';

/**
 * Which hits a profile takes: for the hit's first token, the id of the attribution it is evidence
 * of, `null` for the author's own text, or `undefined` to leave the hit out.
 */
export type HitSelector = (token: number) => string | null | undefined;

/**
 * Splits the hits by a key of their first token (a perspective, an attribution), in one pass, so
 * that each profile reads only its own hits; hits whose key is `undefined` are dropped.
 */
export function partitionHits<Key>(hits: FramingHits, keyOf: (token: number) => Key | undefined): Map<Key, FramingHits> {
  const parts = new Map<Key, FramingHits>();
  const partOf = (token: number): FramingHits | undefined => {
    const key = keyOf(token);
    if (key === undefined) return undefined;
    let part = parts.get(key);
    if (!part) {
      part = { frames: [], labels: [], markers: [], tone: [] };
      parts.set(key, part);
    }
    return part;
  };
  for (const hit of hits.frames) partOf(hit.start)?.frames.push(hit);
  for (const hit of hits.labels) partOf(hit.start)?.labels.push(hit);
  for (const hit of hits.markers) partOf(hit.start)?.markers.push(hit);
  for (const hit of hits.tone) partOf(hit.start)?.tone.push(hit);
  return parts;
}

/** The hits of no text: the profile of a side that never speaks. */
export const NO_HITS: FramingHits = Object.freeze({ frames: [], labels: [], markers: [], tone: [] }) as unknown as FramingHits;

/**
 * The text a profile is built from: the input and its tokens, and the evidence made so far. A hit
 * stands in a side's profile and in the profile of its attribution (for portrayals): it is made
 * into evidence once, and both profiles share it.
 */
export interface ProfileSource {
  input: string;
  tokens: readonly Token[];
  evidence: Map<TermHit<unknown>, Evidence>;
}

function evidenceOf(source: ProfileSource, hit: TermHit<{ id: string }>, lexicon: Evidence['lexicon'], attribution: string | null): Evidence {
  let evidence = source.evidence.get(hit);
  if (!evidence) {
    const first = source.tokens[hit.start] as Token;
    const last = source.tokens[hit.end - 1] as Token;
    evidence = { span: spanOf(source.input, first.start, last.end), lexicon, entry: hit.entry.id, attribution };
    source.evidence.set(hit, evidence);
  }
  return evidence;
}

/** Groups evidence under a key, most frequent first, ties in order of first appearance. */
function grouped<Key, Group extends { count: number; evidence: Evidence[] }>(items: ReadonlyArray<[Key, Evidence]>, create: (key: Key) => Group): Group[] {
  const groups = new Map<Key, Group>();
  for (const [key, evidence] of items) {
    let group = groups.get(key);
    if (!group) {
      group = create(key);
      groups.set(key, group);
    }
    group.count += 1;
    group.evidence.push(evidence);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** The profile of the selected tokens; `extraMarkers` adds markers found by rule (scare quotes). */
export function profileOf(source: ProfileSource, hits: FramingHits, select: HitSelector, extraMarkers: ReadonlyArray<Evidence> = []): FramingProfile {
  const frames: Array<[FrameCount['frame'], Evidence]> = [];
  for (const hit of hits.frames) {
    const attribution = select(hit.start);
    if (attribution !== undefined) frames.push([hit.entry.frame, evidenceOf(source, hit, 'frames', attribution)]);
  }
  const labels: Array<[string, Evidence]> = [];
  const labelEntries = new Map<string, (typeof hits.labels)[number]['entry']>();
  for (const hit of hits.labels) {
    const attribution = select(hit.start);
    if (attribution === undefined) continue;
    labels.push([hit.entry.id, evidenceOf(source, hit, 'labels', attribution)]);
    labelEntries.set(hit.entry.id, hit.entry);
  }
  const markers: Array<[MarkerCount['category'], Evidence]> = [];
  for (const hit of hits.markers) {
    const attribution = select(hit.start);
    if (attribution !== undefined) markers.push([hit.entry.category, evidenceOf(source, hit, 'markers', attribution)]);
  }
  for (const evidence of extraMarkers) markers.push(['distancing', evidence]);
  const tone: Tone = { valence: 0, positive: 0, negative: 0, evidence: [] };
  let sum = 0;
  for (const hit of hits.tone) {
    const attribution = select(hit.start);
    if (attribution === undefined) continue;
    sum += hit.valence;
    if (hit.valence > 0) tone.positive += 1;
    else tone.negative += 1;
    tone.evidence.push(evidenceOf(source, hit, 'tone', attribution));
  }
  const toneWords = tone.positive + tone.negative;
  tone.valence = toneWords === 0 ? 0 : Math.round((sum / toneWords) * 100) / 100;
  return {
    frames: grouped(frames, (frame): FrameCount => ({ frame, count: 0, evidence: [] })),
    labels: grouped(labels, (id): LabelCount => {
      const entry = labelEntries.get(id) as (typeof hits.labels)[number]['entry'];
      return { set: entry.set, label: id, connotation: entry.connotation, count: 0, evidence: [] };
    }),
    markers: grouped(markers, (category): MarkerCount => ({ category, count: 0, evidence: [] })),
    tone,
  };
}

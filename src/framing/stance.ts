/** Cue stance: how the author introduces each side ("claims" distances, "said" is neutral). */
import type { CueEntry } from '../lexicons/schemas.js';
import type { Attribution, StanceCount } from '../types.js';

/** The stance profile of each perspective, most frequent stance first. */
export function stancesByPerspective(attributions: readonly Attribution[], cueEntries: ReadonlyMap<string, CueEntry>): Map<string, StanceCount[]> {
  const result = new Map<string, Map<string, StanceCount>>();
  for (const attribution of attributions) {
    if (attribution.perspective === null || !attribution.cue || !attribution.cueEntry) continue;
    const entry = cueEntries.get(attribution.cueEntry);
    if (!entry) continue;
    let stances = result.get(attribution.perspective);
    if (!stances) {
      stances = new Map();
      result.set(attribution.perspective, stances);
    }
    let count = stances.get(entry.stance);
    if (!count) {
      count = { stance: entry.stance, count: 0, evidence: [] };
      stances.set(entry.stance, count);
    }
    count.count += 1;
    count.evidence.push({ span: attribution.cue, lexicon: 'cues', entry: entry.id, attribution: attribution.id });
  }
  return new Map([...result].map(([perspective, stances]) => [perspective, [...stances.values()].sort((a, b) => b.count - a.count)]));
}

/**
 * Portrayal: a side mentioned in another side's content ("Western leaders characterize Russia’s
 * actions as imperial revanchism" portrays Russia), with the framing of that content.
 */
import type { Actor, Attribution, FramingProfile, Portrayal, Token } from '../types.js';
import { tokenRange } from '../text/span.js';

/** The portrayals of each perspective; `profileOfAttribution` gives (and may cache) a content's framing. */
export function portrayalsByPerspective(
  tokens: readonly Token[],
  owners: Int32Array,
  attributions: readonly Attribution[],
  actors: readonly Actor[],
  profileOfAttribution: (index: number) => FramingProfile,
): Map<string, Portrayal[]> {
  const result = new Map<string, Portrayal[]>();
  const seen = new Set<string>();
  for (const actor of actors) {
    if (actor.perspective === null) continue;
    for (const mention of actor.mentions) {
      const { start } = tokenRange(tokens, mention);
      const owner = start < tokens.length ? (owners[start] as number) : -1;
      if (owner < 0) continue;
      const attribution = attributions[owner] as Attribution;
      if (attribution.perspective === null || attribution.perspective === actor.perspective) continue;
      // One portrayal per side and attribution (its first actor mentioned there), so that a content
      // naming Putin, Lavrov and the Kremlin portrays Russia once.
      const key = `${actor.perspective}\u0000${owner}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = result.get(actor.perspective) ?? [];
      list.push({ by: attribution.perspective, attribution: attribution.id, mention, framing: profileOfAttribution(owner) });
      result.set(actor.perspective, list);
    }
  }
  for (const list of result.values()) list.sort((a, b) => a.mention.start - b.mention.start);
  return result;
}

/** Prominence: which sides speak in the headline, in the lead, first and last. */
import type { Attribution, Paragraph, Prominence, Span } from '../types.js';

/** Where an attribution stands: its cue, else its first content. */
function positionOf(attribution: Attribution): number {
  return attribution.cue?.start ?? attribution.content[0]?.start ?? 0;
}

/** The lead: the first paragraph of the body (after the headline), boilerplate left out. */
function leadParagraph(paragraphs: readonly Paragraph[], headline: Span | null): Paragraph | undefined {
  return paragraphs.find((paragraph) => !paragraph.boilerplate && (headline === null || paragraph.start >= headline.end));
}

/** The prominence of each perspective that has at least one attribution. */
export function prominenceByPerspective(attributions: readonly Attribution[], paragraphs: readonly Paragraph[], headline: Span | null): Map<string, Prominence> {
  const lead = leadParagraph(paragraphs, headline);
  const result = new Map<string, Prominence>();
  const cited = new Map<string, Set<string>>();
  const of = (perspective: string): Prominence => {
    let prominence = result.get(perspective);
    if (!prominence) {
      prominence = { headline: false, lead: false, firstVoice: false, lastVoice: false, evidence: [] };
      result.set(perspective, prominence);
    }
    return prominence;
  };
  const voiced = attributions.filter((attribution) => attribution.perspective !== null).sort((a, b) => positionOf(a) - positionOf(b));
  const body = voiced.filter((attribution) => headline === null || positionOf(attribution) >= headline.end);
  const mark = (attribution: Attribution | undefined, flag: 'headline' | 'lead' | 'firstVoice' | 'lastVoice'): void => {
    if (!attribution) return;
    const prominence = of(attribution.perspective as string);
    prominence[flag] = true;
    // A set per side keeps this linear when thousands of attributions share one lead paragraph.
    const ids = cited.get(attribution.perspective as string) ?? new Set<string>();
    cited.set(attribution.perspective as string, ids);
    if (!ids.has(attribution.id)) {
      ids.add(attribution.id);
      prominence.evidence.push(attribution.id);
    }
  };
  for (const attribution of voiced) {
    const at = positionOf(attribution);
    if (headline && at < headline.end) mark(attribution, 'headline');
    else if (lead && at >= lead.start && at < lead.end) mark(attribution, 'lead');
  }
  mark(body[0], 'firstVoice');
  mark(voiced.at(-1), 'lastVoice');
  return result;
}

/**
 * The example article's perspectives (issue 4, item 6): the Russian side dominant, the United States
 * and the West apart from it, Ukraine voiceless, "claims" and "perceived" reported as distancing,
 * nothing from the donation appeal. All by the built-in lexicons, none keyed to this text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Evidence, type Perspective } from '../../src/index.js';

const input = readFileSync(new URL('../../examples/article.txt', import.meta.url), 'utf8');
const analysis = createAnalyzer().analyze(input);

function perspectiveOfSource(source: string): Perspective | undefined {
  const attribution = analysis.attributions.find((item) => item.source?.text === source);
  return analysis.perspectives.find((perspective) => perspective.id === attribution?.perspective);
}

/** Every evidence item anywhere in the perspectives and metrics. */
function allEvidence(): Evidence[] {
  const found: Evidence[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      if ('lexicon' in value && 'entry' in value && 'span' in value) found.push(value as Evidence);
      else Object.values(value).forEach(walk);
    }
  };
  walk([analysis.perspectives, analysis.metrics]);
  return found;
}

describe('the example article: perspectives', () => {
  const russia = perspectiveOfSource('Dmitry Peskov, President Vladimir Putin’s press secretary');

  it('groups the Russian voices into one dominant perspective with voiceShare >= 0.6', () => {
    expect(russia?.entry).toBe('russia');
    for (const source of ['Moscow', 'The Kremlin', 'The Russian leadership', 'Peskov', 'Russian officials', 'Putin', 'Russian analysts']) {
      expect(perspectiveOfSource(source)?.id, source).toBe(russia?.id);
    }
    expect(russia?.voiceShare).toBeGreaterThanOrEqual(0.6);
    expect(analysis.metrics.dominantPerspective).toBe(russia?.id);
  });

  it('puts Kellogg and the U.S. officials in one perspective apart from Russia’s, and Western leaders apart too', () => {
    const kellogg = perspectiveOfSource('General Keith Kellogg, a senior U.S. envoy');
    const officials = analysis.attributions.find((item) => item.source?.text.startsWith('various U.S. officials'));
    expect(kellogg).toBeDefined();
    expect(officials?.perspective).toBe(kellogg?.id);
    expect(kellogg?.id).not.toBe(russia?.id);
    const western = perspectiveOfSource('Western leaders');
    expect(western).toBeDefined();
    expect(western?.id).not.toBe(russia?.id);
  });

  it('reports Ukraine as voiceless', () => {
    const ukraine = analysis.actors.find((actor) => actor.name === 'Ukraine');
    expect(ukraine?.voiceless).toBe(true);
    expect(analysis.metrics.voiceless).toContain(ukraine?.id);
    expect(analysis.metrics.voicelessPerspectives).toContain(ukraine?.perspective);
  });

  it('reports the headline’s “claims” as distancing for the Russian side', () => {
    const distancing = russia?.stances.find((stance) => stance.stance === 'distancing');
    expect(distancing?.evidence.map((item) => [item.span.text, item.span.start < (analysis.headline?.end ?? 0)])).toContainEqual(['claims', true]);
  });

  it('reports “perceived” as a distancing marker and “military intervention” as a label in the author’s voice', () => {
    const { framing } = analysis.metrics.authorial;
    const markers = framing.markers.find((marker) => marker.category === 'distancing')?.evidence.map((item) => item.span.text);
    expect(markers).toContain('perceived');
    expect(framing.labels.map((label) => label.evidence[0]?.span.text)).toContain('military intervention');
  });

  it('reports how Western leaders portray Russia, with the label in that content', () => {
    const western = perspectiveOfSource('Western leaders');
    const portrayal = russia?.portrayals.find((item) => item.by === western?.id);
    expect(portrayal?.mention.text).toMatch(/^Russia/u);
    expect(portrayal?.framing.labels.map((label) => label.label)).toContain('russia-policy-revanchism');
  });

  it('takes nothing from the donation appeal, and every evidence span is exact', () => {
    const appeal = input.indexOf('Keep Independent Journalism Alive');
    const evidence = allEvidence();
    expect(evidence.length).toBeGreaterThan(10);
    for (const item of evidence) {
      expect(item.span.end).toBeLessThanOrEqual(appeal);
      expect(input.slice(item.span.start, item.span.end)).toBe(item.span.text);
    }
  });

  it('has voice shares that add up to one and a balance between 0 and 1', () => {
    const total = analysis.perspectives.reduce((sum, perspective) => sum + perspective.voiceShare, 0);
    expect(total).toBeCloseTo(1, 2);
    expect(analysis.metrics.balance).toBeGreaterThan(0);
    expect(analysis.metrics.balance).toBeLessThan(1);
  });
});

/** The custom-sides example (examples/climate.ts): a user perspective pack replaces the built-in one. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/index.js';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
const analysis = createAnalyzer({ lexicons: { actors: here('../../examples/climate-sides.json') } }).analyze(readFileSync(here('../../examples/climate.txt'), 'utf8'));
const side = (id: string) => analysis.perspectives.find((perspective) => perspective.id === id);

describe('the climate example: four declared sides', () => {
  it('hears every declared side, and no built-in one', () => {
    const declared = analysis.perspectives.filter((perspective) => perspective.entry !== null).map((perspective) => perspective.id);
    expect(declared.sort()).toEqual(['activists', 'government', 'industry', 'scientists']);
    for (const id of declared) expect(side(id)?.attributions.length, id).toBeGreaterThan(0);
  });

  it('finds the government dominant, and reports how the author introduces industry and activists', () => {
    expect(analysis.metrics.dominantPerspective).toBe('government');
    expect(side('industry')?.stances.find((stance) => stance.stance === 'distancing')?.evidence.map((item) => item.span.text)).toEqual(['claimed']);
    expect(side('activists')?.stances.find((stance) => stance.stance === 'denial')?.evidence.map((item) => item.span.text)).toEqual(['dismissed']);
  });

  it('finds the distancing “so-called” in the activists’ content', () => {
    const markers = side('activists')?.framing.markers.flatMap((marker) => marker.evidence.map((item) => item.span.text));
    expect(markers).toContain('so-called');
  });
});

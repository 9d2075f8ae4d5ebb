import { expect } from 'vitest';
import type { Analysis, Analyzer, Attribution, AttributionKind, Span } from '../../src/index.js';

/**
 * What a test row expects of one attribution. Strings compare exactly; pass
 * `expect.stringContaining(…)` / `expect.stringMatching(…)` where the boundary is a matter of convention.
 * `kind` is checked only when given.
 */
export interface Expected {
  source: string | null;
  cue: string | null;
  content: string[];
  kind?: AttributionKind;
}

/** An attribution reduced to what a reader checks. */
export function summarize(attribution: Attribution): Required<Expected> {
  return {
    source: attribution.source?.text ?? null,
    cue: attribution.cue?.text ?? null,
    content: attribution.content.map((span) => span.text),
    kind: attribution.kind,
  };
}

/** Every span points into the input (`text === input.slice(start, end)`), ids are unique, parents exist. */
export function expectValidAttributions(analysis: Analysis): void {
  const { text: input, attributions } = analysis;
  const ids = new Set(attributions.map((attribution) => attribution.id));
  expect(ids.size, 'unique ids').toBe(attributions.length);
  for (const attribution of attributions) {
    expect(attribution.content.length, `${attribution.id} has content`).toBeGreaterThan(0);
    const spans: Array<[string, Span]> = [];
    if (attribution.source) spans.push(['source', attribution.source]);
    if (attribution.cue) spans.push(['cue', attribution.cue]);
    attribution.content.forEach((span, index) => spans.push([`content[${index}]`, span]));
    for (const [name, span] of spans) {
      expect(span.start, `${attribution.id}.${name} is not empty`).toBeLessThan(span.end);
      expect(span.text, `${attribution.id}.${name} === input.slice(start, end)`).toBe(input.slice(span.start, span.end));
    }
    if (attribution.parent !== null) expect(ids.has(attribution.parent), `${attribution.id}.parent exists`).toBe(true);
    expect(attribution.parent, `${attribution.id} is not its own parent`).not.toBe(attribution.id);
  }
}

/** Analyzes `input` and checks the span invariants of its attributions. */
export function analyzeChecked(analyzer: Analyzer, input: string): Analysis {
  const analysis = analyzer.analyze(input);
  expectValidAttributions(analysis);
  return analysis;
}

/**
 * Asserts that `input` gives exactly the attributions expected (one object: exactly one attribution),
 * in text order, and returns the analysis.
 */
export function expectAttributions(analyzer: Analyzer, input: string, expected: Expected | Expected[]): Analysis {
  const analysis = analyzeChecked(analyzer, input);
  const list = Array.isArray(expected) ? expected : [expected];
  expect(analysis.attributions.map(summarize)).toMatchObject(list);
  return analysis;
}

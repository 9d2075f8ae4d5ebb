/**
 * Properties of the attribution stage on random news-like text (bounded runs; `npm test` keeps
 * them short): ids are unique, parents exist and never loop, contents are non-empty spans in text
 * order, confidences are probabilities, actors exist, and a repeated analysis is deep-equal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Analysis } from '../../src/index.js';

const analyzer = createAnalyzer({ minConfidence: 0 });

const WORDS = [
  'said', 'says', 'told reporters', 'warned', 'claims', 'according to', 'considers', 'sees', 'as', 'that', 'what',
  'Peskov', 'Dmitry Peskov', 'the minister', 'officials', 'he', 'she', 'they', 'who', 'Moscow', 'the Kremlin spokesman',
  'the plan', 'was criticized by', 'the deal', 'seems', 'a “red line”', '“We will win,”', '“It is over.”', 'and vowed to',
  ',', '.', ':', ' – ', '\n', '\n\n', '“', '”', '(R-Ohio)', 'his', 'statement', 'references to', 'so-called',
];

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 50 }).map((words) => words.join(' '));

function problems(result: Analysis): string[] {
  const found: string[] = [];
  const ids = new Set(result.attributions.map((attribution) => attribution.id));
  if (ids.size !== result.attributions.length) found.push('duplicate ids');
  const byId = new Map(result.attributions.map((attribution) => [attribution.id, attribution]));
  const actors = new Set(result.actors.map((actor) => actor.id));
  for (const attribution of result.attributions) {
    if (attribution.parent !== null && !byId.has(attribution.parent)) found.push(`${attribution.id}: missing parent`);
    let steps = 0;
    for (let at = attribution.parent; at !== null && steps <= result.attributions.length; at = byId.get(at)?.parent ?? null) steps += 1;
    if (steps > result.attributions.length) found.push(`${attribution.id}: parent cycle`);
    if (attribution.content.length === 0 || attribution.content.some((span) => span.end <= span.start)) found.push(`${attribution.id}: empty content`);
    if (attribution.content.some((span, index) => index > 0 && span.start < (attribution.content[index - 1]?.start ?? 0))) found.push(`${attribution.id}: content out of order`);
    if (!(attribution.confidence >= 0 && attribution.confidence <= 1)) found.push(`${attribution.id}: confidence ${attribution.confidence}`);
    if (attribution.actor !== null && !actors.has(attribution.actor)) found.push(`${attribution.id}: missing actor`);
  }
  return found;
}

describe('attribution invariants on random news-like text', () => {
  it('hold, and analysis is deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        const first = analyzer.analyze(input);
        expect(problems(first)).toEqual([]);
        expect(analyzer.analyze(input)).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/index.js';

const text = 'The mayor said the budget was balanced. Critics doubted the figures.';

describe('options.minConfidence', () => {
  it('defaults to 0.4 and is reported in analyzer.options', () => {
    expect(createAnalyzer().options.minConfidence).toBe(0.4);
  });

  it('keeps every candidate at 0 and drops every attribution at 1', () => {
    const all = createAnalyzer({ minConfidence: 0 }).analyze(text).attributions;
    const none = createAnalyzer({ minConfidence: 1 }).analyze(text).attributions.filter((attribution) => attribution.pattern !== 'continuation');
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((attribution) => attribution.confidence >= 0 && attribution.confidence <= 1)).toBe(true);
    expect(none.every((attribution) => attribution.confidence >= 1)).toBe(true);
  });

  it.each([-0.1, 1.5, Number.NaN, '0.5'])('rejects %s with a RangeError', (value) => {
    expect(() => createAnalyzer({ minConfidence: value as number })).toThrow(RangeError);
  });
});

describe('attribution.pattern tells how an attribution was recognized', () => {
  const analyzer = createAnalyzer();
  it.each([
    ['“We will win,” the coach said.', 'quote-before'],
    ['The price will rise, analysts said.', 'clause-before'],
    ['The coach said: “We will win.”', 'quote-after'],
    ['The coach said that the team would win.', 'that-clause'],
    ['The union characterizes the reform as a power grab.', 'as-complement'],
    ['According to the police, two men were arrested.', 'according-to'],
  ])('%s → %s', (input, pattern) => {
    expect(analyzer.analyze(input).attributions.map((attribution) => attribution.pattern)).toContain(pattern);
  });
});

describe('options validation', () => {
  it.each([
    [[], /options must be an object, received array/u],
    [null, /options must be an object, received null/u],
    [{ minconfidence: 0.9 }, /unknown option "minconfidence"/u],
  ])('rejects %j with a TypeError', (options, message) => {
    expect(() => createAnalyzer(options as never)).toThrow(TypeError);
    expect(() => createAnalyzer(options as never)).toThrow(message);
  });
});

describe('minConfidence applies to continuing quotations too', () => {
  it('drops a continuation (confidence 0.6) at minConfidence 0.95', () => {
    const text = 'Peskov said that the talks failed.\n“We will not give up. This is our land.”';
    expect(createAnalyzer().analyze(text).attributions.some((attribution) => attribution.pattern === 'continuation')).toBe(true);
    expect(createAnalyzer({ minConfidence: 0.95 }).analyze(text).attributions.some((attribution) => attribution.pattern === 'continuation')).toBe(false);
  });
});

describe('the confidence model', () => {
  const everything = createAnalyzer({ minConfidence: 0 });
  it('rates a quoted statement with a named source above a nested noun cue', () => {
    const { attributions } = everything.analyze('“The plan will fail,” said Maria Lopez. Critics pointed to the governor’s references to a stolen election.');
    const quoted = attributions.find((attribution) => attribution.pattern === 'quote-before');
    const nested = attributions.find((attribution) => attribution.parent !== null);
    expect(quoted?.confidence).toBeGreaterThan(0.8);
    expect(nested?.confidence ?? 1).toBeLessThan(quoted?.confidence ?? 0);
  });
});

describe('many analyzers in one process', () => {
  // wink-nlp changes its model object on every load; the twentieth load in a process used to fail.
  it('creates thirty analyzers, each with its own options, and each analyzes', () => {
    for (let index = 0; index < 30; index += 1) {
      const analyzer = createAnalyzer({ minConfidence: index / 30 });
      expect(analyzer.options.minConfidence).toBe(index / 30);
      expect(analyzer.analyze('“We will not retreat,” the minister said.').tokens.length).toBeGreaterThan(5);
    }
  });
});

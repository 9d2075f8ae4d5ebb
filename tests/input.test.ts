import { describe, expect, it } from 'vitest';
import { createAnalyzer, DEFAULT_MAX_CHARS } from '../src/index.js';

const analyzer = createAnalyzer();

describe('input checks', () => {
  it.each([
    [42, 'number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ text: 'hello' }, 'object'],
    [['hello'], 'array'],
    [true, 'boolean'],
  ])('a non-string (%j) throws a TypeError naming its type', (value, type) => {
    const call = (): unknown => analyzer.analyze(value as unknown as string);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(new RegExp(`received ${type}\\b`, 'u'));
  });

  it.each(['', ' ', '\n\n\t', '\r\n \r\n', '\u00a0\u2028\u3000'])('%j gives a valid empty analysis', (input) => {
    const analysis = analyzer.analyze(input);
    expect(analysis.text).toBe(input);
    expect(analysis.headline).toBeNull();
    expect(analysis).toMatchObject({ paragraphs: [], sentences: [], tokens: [], quotes: [], boilerplate: [] });
    for (const [key, value] of Object.entries(analysis)) {
      if (Array.isArray(value)) expect(value, key).toEqual([]);
    }
  });

  it('has a default maxChars', () => {
    expect(analyzer.options.maxChars).toBe(DEFAULT_MAX_CHARS);
  });

  describe('maxChars', () => {
    const small = createAnalyzer({ maxChars: 100 });

    it('accepts a text of exactly maxChars', () => {
      const input = 'Word. '.repeat(16) + 'abcd';
      expect(input).toHaveLength(100);
      expect(small.analyze(input).sentences.length).toBeGreaterThan(0);
    });

    it('throws a RangeError beyond maxChars, saying so', () => {
      const call = (): unknown => small.analyze('a'.repeat(101));
      expect(call).toThrow(RangeError);
      expect(call).toThrow(/101 characters.*maxChars \(100\)/u);
    });

    it.each([0, -1, 1.5, 'x', Number.NaN, Number.POSITIVE_INFINITY, null])('invalid maxChars %j throws at creation', (maxChars) => {
      expect(() => createAnalyzer({ maxChars: maxChars as unknown as number })).toThrow(/maxChars/u);
    });

    it.each([null, 'options', 5])('options that are not an object (%j) throw a TypeError', (options) => {
      expect(() => createAnalyzer(options as unknown as object)).toThrow(TypeError);
    });
  });

  it('analyzes a long run without spaces, with exact spans', () => {
    const input = 'ab1.'.repeat(12_500);
    expect(input).toHaveLength(50_000);
    const { paragraphs, sentences, tokens } = analyzer.analyze(input);
    expect(paragraphs).toEqual([{ start: 0, end: 50_000, text: input, index: 0, boilerplate: false }]);
    expect(tokens.length).toBeGreaterThan(1000);
    for (const span of [...sentences, ...tokens]) expect(span.text).toBe(input.slice(span.start, span.end));
    // The tokens cover the run without gaps or overlaps: no character is lost or invented.
    expect(tokens.map((token) => token.text).join('')).toBe(input);
    expect(tokens.every((token, index) => index === 0 || token.start === tokens[index - 1]?.end)).toBe(true);
    expect(sentences.at(-1)?.end).toBe(50_000);
  });

  it('analyzes a long run of emoji without splitting a surrogate pair', () => {
    const input = '😀a'.repeat(5_000);
    const { tokens } = analyzer.analyze(input);
    expect(tokens.map((token) => token.text).join('')).toBe(input);
    for (const token of tokens) {
      expect(token.text).toBe(input.slice(token.start, token.end));
      expect(token.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/u);
    }
  });
});

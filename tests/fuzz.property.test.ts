/**
 * Fuzzing (issue 6, item 3): on any string, analyze() does not throw, every span is exact, the output
 * is deterministic (deep-equal on repeat, and from a fresh analyzer) and JSON-serializable (a JSON
 * round trip gives it back unchanged). Bounded here; `npm run fuzz` runs the same properties far
 * longer and on longer texts (FUZZ_RUNS, FUZZ_MAX_LENGTH).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Analysis } from '../src/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const MAX_LENGTH = Number(process.env.FUZZ_MAX_LENGTH ?? 3000);

/** News-shaped pieces: cues, names of the perspective pack, lexicon terms, quote marks, breaks. */
const PIECES = [
  ' said ', ' told reporters ', ' claimed that ', ' according to ', ': ', ' — ', ', ', '. ', '\n\n', '\r\n', '\t',
  '“', '”', '"', '‘', '’', '«', '»', '(', ')', '…',
  'Putin', 'Dmitry Peskov', 'the Kremlin', 'Moscow', 'Kyiv', 'Zelenskyy', 'U.S. officials', 'Western leaders', 'NATO', 'Hunter Biden', 'Paris',
  'he', 'she', 'they', 'the minister', 'Russian analysts', 'a senior envoy to Ukraine',
  'so-called', 'alleged', 'perceived', 'invasion', 'special military operation', 'regime', 'terrorists', 'not', 'never', 'a brutal war', 'peace', 'the economy',
  'Share this article', 'please consider making a donation', '😀', 'e\u0301', '\ud800', '\u2028', '\u00a0', 'ab1.'.repeat(30),
];

const text = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    ),
    // 'medium' sizes reach a few thousand characters; the long runs ask for the largest arrays too.
    { maxLength: Math.max(10, Math.round(MAX_LENGTH / 8)), size: process.env.FUZZ_RUNS ? 'max' : 'medium' },
  )
  .map((parts) => parts.join('').slice(0, MAX_LENGTH));

/** Spans anywhere in a result that are not exact slices of the input. */
function inexactSpans(input: string, value: unknown, path = '$', out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item, index) => inexactSpans(input, item, `${path}[${index}]`, out));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string' && path !== '$') {
      const ok = Number.isInteger(record.start) && Number.isInteger(record.end) && record.start >= 0 && record.start <= record.end && record.end <= input.length && record.text === input.slice(record.start, record.end);
      if (!ok) out.push(path);
    }
    for (const [key, child] of Object.entries(record)) inexactSpans(input, child, `${path}.${key}`, out);
  }
  return out;
}

describe('fuzzing analyze()', () => {
  const analyzer = createAnalyzer();

  it(`never throws; spans exact; deterministic; JSON round trip (${RUNS} runs, up to ${MAX_LENGTH} chars)`, () => {
    fc.assert(
      fc.property(text, (input) => {
        const first: Analysis = analyzer.analyze(input);
        expect(inexactSpans(input, first)).toEqual([]);
        expect(analyzer.analyze(input)).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
        const voice = first.perspectives.reduce((sum, perspective) => sum + perspective.voiceShare, 0);
        expect(voice === 0 || Math.abs(voice - 1) < 0.01).toBe(true);
        expect(first.metrics.balance).toBeGreaterThanOrEqual(0);
        expect(first.metrics.balance).toBeLessThanOrEqual(1);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives a text the same result whatever was analyzed before it', () => {
    fc.assert(
      fc.property(text, text, (input, other) => {
        const alone = analyzer.analyze(input);
        analyzer.analyze(other);
        // The other text again with a word of it glued to punctuation, which wink-nlp may learn whole.
        analyzer.analyze(`${other.replace(/(\p{L}+)/u, '$1’s')}.`);
        expect(analyzer.analyze(input)).toEqual(alone);
      }),
      { numRuns: Math.max(5, Math.round(RUNS / 6)) },
    );
  });

  it('gives a fresh analyzer the same result, at any minConfidence', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(0, 0.4, 0.9), (input, minConfidence) => {
        expect(createAnalyzer({ minConfidence }).analyze(input)).toEqual(createAnalyzer({ minConfidence }).analyze(input));
      }),
      { numRuns: Math.max(5, Math.round(RUNS / 6)) },
    );
  });

  it('accepts a text of exactly maxChars and rejects one character more with a RangeError', () => {
    const small = createAnalyzer({ maxChars: 50 });
    fc.assert(
      fc.property(text, (input) => {
        const padded = `${input}${' '.repeat(50)}`.slice(0, 50);
        expect(() => small.analyze(padded)).not.toThrow();
        expect(() => small.analyze(`${padded}x`)).toThrow(RangeError);
      }),
      { numRuns: Math.max(5, Math.round(RUNS / 6)) },
    );
  });
});

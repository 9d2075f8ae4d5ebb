import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Analysis } from '../../src/index.js';

const analyzer = createAnalyzer();

const FRAGMENTS = [
  '“', '”', '"', "'", '‘', '’', '«', '»', '‹', '›',
  '\n', '\r\n', '\r', '\n\n', '\t', ' ', '  ', '\u00a0', '\u2028',
  '😀', '👩‍👩‍👧', '\ud83d', 'é', 'e\u0301',
  'said', 'Peskov', 'the minister', 'don’t', 'Putin’s', 'U.S.', 'ab1.', '$5',
  '.', ',', '?', '!', ':', ';', '…', ' – ', '(', ')',
  'Share this article', 'We use cookies', 'Keep Independent Journalism Alive',
];

/** Random text: a mix of arbitrary Unicode strings and fragments news text is made of. */
const text = fc
  .array(
    fc.oneof(
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join('').slice(0, 400));

/** Every object with numeric `start`/`end` and a `text` field, anywhere in the result, by path. */
function allSpans(value: unknown, path = '$', out = new Map<object, string>()): Map<object, string> {
  if (Array.isArray(value)) {
    value.forEach((item, index) => allSpans(item, `${path}[${index}]`, out));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number' && 'text' in record) out.set(record, path);
    for (const [key, child] of Object.entries(record)) allSpans(child, `${path}.${key}`, out);
  }
  return out;
}

function spanProblems(input: string, result: Analysis): string[] {
  const problems: string[] = [];
  const named = [
    result.headline,
    ...result.paragraphs,
    ...result.sentences,
    ...result.tokens,
    ...result.quotes,
    ...result.quotes.map((quote) => quote.inner),
    ...result.boilerplate,
  ];
  const found = allSpans(result);
  // The walk must see at least the spans named above, so it cannot silently miss a field.
  for (const span of named) if (span !== null && !found.has(span)) problems.push(`walk missed ${JSON.stringify(span)}`);
  for (const [object, path] of found) {
    const span = object as { start: number; end: number; text: unknown };
    const ok =
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.start <= span.end &&
      span.end <= input.length &&
      span.text === input.slice(span.start, span.end);
    if (!ok) problems.push(`${path} [${span.start}, ${span.end}) ${JSON.stringify(span.text)}`);
  }
  return problems;
}

describe('spans on random text', () => {
  it('analyze() never throws and every span is exact', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = analyzer.analyze(input);
        expect(result.text).toBe(input);
        expect(spanProblems(input, result)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('tokens come in increasing, non-overlapping order', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { tokens } = analyzer.analyze(input);
        for (const [at, token] of tokens.entries()) {
          expect(token.start).toBeLessThan(token.end);
          const previous = tokens[at - 1];
          if (previous) expect(token.start).toBeGreaterThanOrEqual(previous.end);
        }
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['“Open\r\nclosed”\r\r\n\t👩‍👩‍👧 said ‘x’.'],
    ['\ud83d“\ud83d”'],
    ['«»“”""\'\'‘’'],
  ])('exact spans on %j', (input) => {
    expect(spanProblems(input, analyzer.analyze(input))).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/index.js';

const analyzer = createAnalyzer();
const input = readFileSync(new URL('../../examples/article.txt', import.meta.url), 'utf8');
const analysis = analyzer.analyze(input);

describe('golden: examples/article.txt', () => {
  it('headline is the first line', () => {
    const firstLine = input.split('\n')[0];
    expect(firstLine).toBe('Moscow claims strategic victory as NATO membership for Ukraine fades, calling It a core security demand.');
    expect(analysis.headline).toEqual({ start: 0, end: firstLine?.length, text: firstLine });
  });

  it('has 12 paragraphs, the last 3 of them the donation appeal', () => {
    expect(analysis.paragraphs).toHaveLength(12);
    expect(analysis.paragraphs.map((paragraph) => paragraph.boilerplate)).toEqual([
      ...Array<boolean>(9).fill(false),
      true,
      true,
      true,
    ]);
    expect(analysis.boilerplate.map(({ text, entry }) => [text.slice(0, 40), entry])).toEqual([
      ['Keep Independent Journalism Alive', 'donation-appeal'],
      ['In a world flooded with noise, independe', 'donation-appeal'],
      ['Support us via PayPalYour support makes ', 'donation-appeal'],
    ]);
    expect(analysis.boilerplate.map((span) => span.text)).toEqual(analysis.paragraphs.slice(9).map((p) => p.text));
  });

  it('finds the quotations', () => {
    expect(analysis.quotes.map(({ inner, style, parent, closed, continues }) => [inner.text, style, parent, closed, continues])).toEqual([
      ['Naturally, we view this development positively,', 'curly', null, true, null],
      [
        'The recognition that Ukraine’s accession to NATO is unacceptable aligns with our fundamental position – one we have maintained for years as critical to Russia’s strategic interests.',
        'curly',
        null,
        true,
        null,
      ],
      ['red line', 'curly', null, true, null],
      ['the limits of what we can tolerate.', 'curly', null, true, null],
      ['NATO’s approach to our borders created the conditions for this conflict,', 'curly', null, true, null],
      ['What some call expansion, we view as the deliberate creation of threats along our frontier.', 'curly', null, true, null],
    ]);
    for (const quote of analysis.quotes) expect(quote.text).toBe(`“${quote.inner.text}”`);
  });

  it('has 13 sentences, none in the appeal', () => {
    expect(analysis.sentences).toHaveLength(13);
    expect(analysis.sentences.map((sentence) => sentence.paragraph)).toEqual([0, 1, 2, 2, 3, 3, 4, 5, 5, 6, 7, 7, 8]);
    expect(analysis.sentences.every((sentence) => sentence.quote === null)).toBe(true);
  });

  it('keeps “Naturally …,” said Dmitry Peskov, … as one sentence', () => {
    const sentence = analysis.sentences.find((s) => s.text.startsWith('“Naturally'));
    expect(sentence?.text).toBe(
      '“Naturally, we view this development positively,” said Dmitry Peskov, President Vladimir Putin’s press secretary, during a briefing with journalists.',
    );
  });

  it.each([
    ['“The recognition that Ukraine’s accession', '“The recognition that Ukraine’s accession to NATO is unacceptable aligns with our fundamental position – one we have maintained for years as critical to Russia’s strategic interests.”'],
    ['When Ukraine', 'When Ukraine enshrined NATO and EU membership aspirations in its constitution in 2019, Russian officials warned this crossed what Putin later called “the limits of what we can tolerate.”'],
    ['“NATO’s approach', '“NATO’s approach to our borders created the conditions for this conflict,” Peskov stated, echoing Putin’s frequent references to broken promises from the 1990s.'],
  ])('sentence starting %s', (start, expected) => {
    expect(analysis.sentences.find((s) => s.text.startsWith(start))?.text).toBe(expected);
  });

  it('U.S. does not end a sentence', () => {
    expect(analysis.sentences[1]?.text).toMatch(/^The Kremlin expressed satisfaction, .* national security concerns\.$/u);
  });
});

import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/index.js';

const analyzer = createAnalyzer();

const paragraphsOf = (input: string): string[] => analyzer.analyze(input).paragraphs.map((paragraph) => paragraph.text);

describe('paragraphs', () => {
  it.each([
    ['LF', 'One.\nTwo.', ['One.', 'Two.']],
    ['CRLF', 'One.\r\nTwo.\r\n', ['One.', 'Two.']],
    ['CR', 'One.\rTwo.\rThree.', ['One.', 'Two.', 'Three.']],
    ['mixed line breaks', 'A.\r\n\r\nB.\rC.\n\nD.', ['A.', 'B.', 'C.', 'D.']],
    ['Unicode line and paragraph separators', 'One.\u2028Two.\u2029Three.', ['One.', 'Two.', 'Three.']],
    ['blank lines', 'One.\n\n\n\nTwo.', ['One.', 'Two.']],
    ['lines of white space only', 'One.\n \t \u00a0\nTwo.', ['One.', 'Two.']],
    ['leading and trailing white space', '  \n\t One. \t\n\n  Two.  \n ', ['One.', 'Two.']],
    ['tabs inside a line are kept', '\tOne.\tStill one.\n\tTwo.', ['One.\tStill one.', 'Two.']],
    ['spaces inside a line are kept', 'One  and   one.', ['One  and   one.']],
    ['no line break', 'Just one paragraph. With two sentences.', ['Just one paragraph. With two sentences.']],
  ])('%s', (_, input, expected) => {
    const { paragraphs } = analyzer.analyze(input);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(expected);
    paragraphs.forEach((paragraph, index) => {
      expect(paragraph.index).toBe(index);
      expect(paragraph.boilerplate).toBe(false);
      expect(input.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
      expect(paragraph.text).toBe(paragraph.text.trim());
    });
  });

  it.each([
    ['One.\r\nTwo.', [[0, 4], [6, 10]]],
    ['\r\n  One.\r\r\n\tTwo.\t', [[4, 8], [12, 16]]],
    ['👩‍👩‍👧 One.\n😀', [[0, 13], [14, 16]]],
  ])('offsets of %j', (input, offsets) => {
    expect(analyzer.analyze(input).paragraphs.map(({ start, end }) => [start, end])).toEqual(offsets);
  });

  it.each(['', ' ', '\n\n', '\r\n\t \r', '\u00a0\u2028'])('no paragraph in %j', (input) => {
    expect(paragraphsOf(input)).toEqual([]);
  });

  it('sentences and quotes never cross a line break', () => {
    const input = 'He said “yes\r\nand no” today\rand left';
    const { sentences, quotes } = analyzer.analyze(input);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['He said “yes', 'and no” today', 'and left']);
    expect(quotes.map((quote) => [quote.text, quote.closed])).toEqual([['“yes', false]]);
  });
});

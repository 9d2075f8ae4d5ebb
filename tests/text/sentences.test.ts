import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Analysis } from '../../src/index.js';

const analyzer = createAnalyzer();
const article = readFileSync(new URL('../../examples/article.txt', import.meta.url), 'utf8');

const sentencesOf = (input: string): string[] => analyzer.analyze(input).sentences.map((sentence) => sentence.text);

describe('a quotation and the attribution after it are one sentence', () => {
  it.each([
    '“Is this a provocation?” asked the minister.',
    '“Naturally, we view this positively,” said Dmitry Peskov.',
    '“We will win.” Peskov said.',
    '"Is it true?" asked the reporter.',
    "'Is it true?' asked the reporter.",
    '«Enough!» the minister said.',
    // Verbs of demand and promise end a quotation as "said" does.
    '“Why is it too big to fail?” Vitter demanded.',
    '“We will be back.” Lopez vowed.',
    // (Also before a time, a preposition's phrase or an addressee.)
    '“Is this what they call justice?” Smith demanded on Tuesday.',
    '“Do it now!” Smith urged reporters.',
  ])('%s', (input) => {
    expect(sentencesOf(input)).toEqual([input]);
  });
});

describe('sentence boundaries around quotations', () => {
  it.each([
    ['“We won.” The crowd cheered.', ['“We won.”', 'The crowd cheered.']],
    ['“We won!!” The crowd cheered.', ['“We won!!”', 'The crowd cheered.']],
    ['“Really?!” He left.', ['“Really?!”', 'He left.']],
    ['“We won!” “Yes!!” The crowd cheered.', ['“We won!”', '“Yes!!”', 'The crowd cheered.']],
    ['«Enough.» The crowd went home after the long rally in the square on Sunday.', ['«Enough.»', 'The crowd went home after the long rally in the square on Sunday.']],
    ['‹Enough!› The crowd went home.', ['‹Enough!›', 'The crowd went home.']],
    ['He said: “Go home.” Then he left.', ['He said: “Go home.”', 'Then he left.']],
    ['It was over. “We won,” he said.', ['It was over.', '“We won,” he said.']],
    // A verb of demand or promise that opens a clause of its own is no attribution of the quotation.
    ['“This is about fairness.” Workers voted to strike on Friday.', ['“This is about fairness.”', 'Workers voted to strike on Friday.']],
    ['They were “tired of waiting.” Many vowed to stay anyway.', ['They were “tired of waiting.”', 'Many vowed to stay anyway.']],
    ['“Enough.” Protesters demanded his resignation.', ['“Enough.”', 'Protesters demanded his resignation.']],
    // A speech verb with a reported clause of its own opens a new sentence too.
    ['She said he had played “the game of his life.” She added that she might need a new voice.', ['She said he had played “the game of his life.”', 'She added that she might need a new voice.']],
    ['“We will win.” He added that it was close.', ['“We will win.”', 'He added that it was close.']],
    ['The mayor called the closure “a betrayal.” Residents demanded answers.', ['The mayor called the closure “a betrayal.”', 'Residents demanded answers.']],
  ])('%s', (input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  it.each([
    '“We won!!” The crowd cheered.',
    '“Really?!” He left.',
    '«Enough!» The crowd shouted.',
    '‹Enough!› The crowd went home.',
    '“We won!” “Yes!!” The crowd cheered.',
    '"Stop!" The man left. \'Go!\' he said.',
    article,
  ])('a closing quote mark never starts a sentence: %j', (input) => {
    const { sentences, quotes } = analyzer.analyze(input);
    const closingMarks = new Set(quotes.filter((quote) => quote.closed).map((quote) => quote.end - 1));
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) {
      expect(closingMarks.has(sentence.start), sentence.text).toBe(false);
      expect(sentence.text).not.toMatch(/^[”»›]/u);
    }
  });
});

describe('a sentence never starts with punctuation that continues one', () => {
  it.each([
    ['Rep. Ann Cole (D-Md.), chair of the committee, spoke first.', ['Rep. Ann Cole (D-Md.), chair of the committee, spoke first.']],
    ['The Rev. Jesse Jackson spoke. The crowd cheered.', ['The Rev. Jesse Jackson spoke.', 'The crowd cheered.']],
  ])('%s', (input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });
});

describe('sentences of a quotation spanning several sentences', () => {
  it.each([
    ['“First point. Second point,” he said.', ['“First point.', 'Second point,” he said.'], [0, 0]],
    ['“One. Two. Three,” he said. He left.', ['“One.', 'Two.', 'Three,” he said.', 'He left.'], [0, 0, 0, null]],
    ['He left. “A point. B point.” Then he came back.', ['He left.', '“A point.', 'B point.”', 'Then he came back.'], [null, 0, 0, null]],
    ['“We won,” he said. Then he left.', ['“We won,” he said.', 'Then he left.'], [null, null]],
  ])('%s', (input, texts, links) => {
    const { sentences } = analyzer.analyze(input);
    expect(sentences.map((sentence) => sentence.text)).toEqual(texts);
    expect(sentences.map((sentence) => sentence.quote)).toEqual(links);
  });

  it('links to the right quotation when there are several', () => {
    const { sentences, quotes } = analyzer.analyze('“Yes,” he said. “First point. Second point,” he added.');
    expect(quotes.map((quote) => quote.inner.text)).toEqual(['Yes,', 'First point. Second point,']);
    expect(sentences.map((sentence) => sentence.quote)).toEqual([null, 1, 1]);
  });
});

/** Everything that ties sentences, tokens and paragraphs together; an empty list when all hold. */
function coherenceProblems({ sentences, tokens, paragraphs }: Analysis): string[] {
  const problems: string[] = [];
  let nextToken = 0;
  sentences.forEach((sentence, index) => {
    const at = `sentence ${index} ${JSON.stringify(sentence.text)}`;
    if (sentence.index !== index) problems.push(`${at}: index ${sentence.index}`);
    if (sentence.tokens.start !== nextToken) problems.push(`${at}: token range starts at ${sentence.tokens.start}, not ${nextToken}`);
    if (sentence.tokens.end <= sentence.tokens.start) problems.push(`${at}: no tokens`);
    nextToken = sentence.tokens.end;
    const first = tokens[sentence.tokens.start];
    const last = tokens[sentence.tokens.end - 1];
    if (first?.start !== sentence.start || last?.end !== sentence.end) problems.push(`${at}: span is not its tokens' span`);
    const paragraph = paragraphs[sentence.paragraph];
    if (!paragraph || sentence.start < paragraph.start || sentence.end > paragraph.end) problems.push(`${at}: outside its paragraph`);
    if (paragraph?.boilerplate) problems.push(`${at}: in a boilerplate paragraph`);
    const previous = sentences[index - 1];
    if (previous && (previous.end > sentence.start || previous.paragraph > sentence.paragraph)) problems.push(`${at}: out of order`);
  });
  if (nextToken !== tokens.length) problems.push(`token ranges end at ${nextToken}, not ${tokens.length}`);
  tokens.forEach((token, index) => {
    const sentence = sentences[token.sentence];
    const inRange = sentence !== undefined && sentence.tokens.start <= index && index < sentence.tokens.end;
    if (!inRange) problems.push(`token ${index} ${JSON.stringify(token.text)}: not in the range of sentence ${token.sentence}`);
    if (sentence && (token.start < sentence.start || token.end > sentence.end)) problems.push(`token ${index}: outside its sentence span`);
  });
  return problems;
}

describe('sentences, tokens and paragraphs are coherent', () => {
  it.each([
    ['the example article', article],
    ['quotations', '“First point. Second point,” he said. “Is this a provocation?” asked the minister.'],
    ['several paragraphs', 'Headline here\r\n\r\nFirst paragraph. It has two sentences.\rSecond one.\n\n\tThird, tabbed.'],
    ['emoji and symbols', 'Great 😀 news! 👩‍👩‍👧 families $5 million… U.S. officials said (today).'],
    ['boilerplate in the middle', 'It rained.\nShare this article\nIt stopped.'],
    ['unbalanced marks', 'He said “this never ends.\n” Stray. «Open\nEnd.'],
  ])('%s', (_, input) => {
    const analysis = analyzer.analyze(input);
    expect(analysis.sentences.length).toBeGreaterThan(1);
    expect(coherenceProblems(analysis)).toEqual([]);
  });

  it('tags paragraphs the same whatever line break separates them', () => {
    const tags = (separator: string) => analyzer.analyze(['The vote was 52-48', 'BREAKING: rates rise', 'Read more'].join(separator)).tokens.map((token) => token.pos);
    const lf = tags('\n');
    for (const separator of ['\u2028', '\u2029', '\r\n', '\r']) expect(tags(separator)).toEqual(lf);
  });

  it('tokenizes many paragraphs of plain words the same whether wink-nlp reads them together or one by one', () => {
    // More than one chunk of paragraphs (CHUNK_CHARS) read together, none ending in punctuation.
    const paragraphs = Array.from({ length: 700 }, (_, index) => `Officials in district ${index} said the plan was sound`);
    const analysis = analyzer.analyze(paragraphs.join('\n'));
    expect(coherenceProblems(analysis)).toEqual([]);
    expect(analysis.sentences.map(({ text, paragraph }) => [text, paragraph])).toEqual(paragraphs.map((text, index) => [text, index]));
    const alone = analyzer.analyze(paragraphs[350] as string).tokens.map(({ text, pos, lemma }) => [text, pos, lemma]);
    const together = analysis.tokens.filter((token) => token.sentence === 350).map(({ text, pos, lemma }) => [text, pos, lemma]);
    expect(together).toEqual(alone);
  });

  it('keeps a sentence inside its paragraph even without closing punctuation', () => {
    const { sentences } = analyzer.analyze('He said\nshe left');
    expect(sentences.map(({ text, paragraph }) => [text, paragraph])).toEqual([
      ['He said', 0],
      ['she left', 1],
    ]);
  });
});

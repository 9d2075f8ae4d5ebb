import { describe, expect, it } from 'vitest';
import { createAnalyzer, type QuoteStyle } from '../../src/index.js';

const analyzer = createAnalyzer();

/** The quotes of `input`, reduced to what a reader checks. */
function quotesOf(input: string) {
  return analyzer.analyze(input).quotes.map(({ text, inner, style, parent, closed, continues }) => ({
    text,
    inner: inner.text,
    style,
    parent,
    closed,
    continues,
  }));
}

describe('quote styles', () => {
  it.each<[string, QuoteStyle, string, string]>([
    ['He said “no” and left.', 'curly', '“no”', 'no'],
    ['He said "no" and left.', 'straight', '"no"', 'no'],
    ['He called it ‘absurd’ twice.', 'single', '‘absurd’', 'absurd'],
    ["He said 'no' and left.", 'single', "'no'", 'no'],
    ['Il a dit «non» hier.', 'guillemets', '«non»', 'non'],
    ['“Is this a provocation?” asked the minister.', 'curly', '“Is this a provocation?”', 'Is this a provocation?'],
  ])('%s', (input, style, text, inner) => {
    expect(quotesOf(input)).toEqual([{ text, inner, style, parent: null, closed: true, continues: null }]);
  });

  it('gives exact offsets; inner excludes the marks', () => {
    const input = 'He said "no" and left.';
    const [quote] = analyzer.analyze(input).quotes;
    expect(quote).toMatchObject({ start: 8, end: 12, inner: { start: 9, end: 11, text: 'no' } });
  });

  it('finds several quotes of a paragraph, in text order', () => {
    expect(quotesOf('“Yes,” he said, and “no” to the “plan.”').map((quote) => quote.inner)).toEqual([
      'Yes,',
      'no',
      'plan.',
    ]);
  });
});

describe('mixed and doubled quote marks', () => {
  it.each<[string, string, string]>([
    ['“It is unusual,“ said Larry Noble.', '“It is unusual,“', 'It is unusual,'],
    ['"It is unusual,” said Larry Noble.', '"It is unusual,”', 'It is unusual,'],
    ['“It is unusual," said Larry Noble.', '“It is unusual,"', 'It is unusual,'],
    ["''It is unusual,'' said Larry Noble.", "''It is unusual,''", 'It is unusual,'],
    ["He called it ''a disaster'' twice.", "''a disaster''", 'a disaster'],
  ])('%s', (input, text, inner) => {
    expect(quotesOf(input).map((quote) => [quote.text, quote.inner, quote.closed])).toEqual([[text, inner, true]]);
  });

  it.each<[string, string[]]>([
    // Two straight single quotes that close where no '' opened are two single marks.
    ["'It was 'rubbish'' she said. 'Total rubbish.'", ["'It was 'rubbish''", "'rubbish'", "'Total rubbish.'"]],
    ["'The plan is 'dead,'' he said.", ["'The plan is 'dead,''", "'dead,'"]],
    ['"It is \'the players\'\' fault," she said.', ['"It is \'the players\'\' fault,"', "'the players'"]],
  ])('%s', (input, texts) => {
    expect(quotesOf(input).map((quote) => quote.text)).toEqual(texts);
  });

  it('reads a run of three straight single quotes as a single mark closing inside a doubled one', () => {
    const input = "''We are told, 'Kosovo is a special case,''' Mr. Putin said.";
    expect(quotesOf(input).map((quote) => [quote.text, quote.parent])).toEqual([
      ["''We are told, 'Kosovo is a special case,'''", null],
      ["'Kosovo is a special case,'", 0],
    ]);
  });

  it('keeps a doubled quotation and its attribution in one sentence', () => {
    const input = "''It is all lies.'' Mr. Putin said.";
    const analysis = analyzer.analyze(input);
    expect(analysis.sentences.map((sentence) => sentence.text)).toEqual([input]);
    expect(analysis.attributions.map((attribution) => [attribution.source?.text, attribution.cue?.text, attribution.content.map((span) => span.text)])).toEqual([
      ['Mr. Putin', 'said', ['It is all lies.']],
    ]);
  });

  it.each<[string, string[]]>([
    // A double quote of another kind nests; it neither closes nor cuts off the outer one.
    ['“He called it "fake news" today,” she said.', ['“He called it "fake news" today,”', '"fake news"']],
    ['"He called it “fake news” today," she said.', ['"He called it “fake news” today,"', '“fake news”']],
    // An inch mark inside a curly quotation does not close it: its own closing mark comes later.
    ['“The 55" TV is a bargain at this price,” the analyst said.', ['“The 55" TV is a bargain at this price,”']],
    ['“He is 6\'2" and fast,” the coach said.', ['“He is 6\'2" and fast,”']],
    // A mixed mark closes when a new quotation opens before the proper closing mark.
    ['“It is fine," he said. “We agree.”', ['“It is fine,"', '“We agree.”']],
    ['"It is fine,“ he said. "We agree."', ['"It is fine,“', '"We agree."']],
    // A mark that never closes is a stray inside a quotation that does, and ends one that does not.
    ['“I was "shocked,” she said.', ['“I was "shocked,”']],
    ['He used the word "quagmire. “It is over,” she said.', ['"quagmire.', '“It is over,”']],
    // Several nested quotations of the other kind, and an inch mark before one.
    ['“The words "fair" and "green" are overused,” she said.', ['“The words "fair" and "green" are overused,”', '"fair"', '"green"']],
    ['“We want a 55" TV and a "smart" fridge,” he said.', ['“We want a 55" TV and a "smart" fridge,”', '"smart"']],
    // Marks alone quote nothing.
    ["'''", []],
  ])('%s', (input, texts) => {
    expect(quotesOf(input).map((quote) => quote.text)).toEqual(texts);
  });

  it('does not let an opening curly mark close a quotation where a quotation can open', () => {
    expect(quotesOf('“We said “no” twice.').map((quote) => quote.text)).toEqual(['“We said', '“no”']);
  });
});

describe('a quotation that runs on holds one of the other kind', () => {
  it('continues into the next paragraph past a nested quotation', () => {
    const quotes = quotesOf('“We called it "the plan" and it worked.\n“Then it failed,” he said.');
    expect(quotes.map((quote) => [quote.text, quote.continues])).toEqual([
      ['“We called it "the plan" and it worked.', null],
      ['"the plan"', null],
      ['“Then it failed,”', 0],
    ]);
  });
});

describe('nested quotes', () => {
  it.each([
    ['“He called it ‘a red line’ today,” she said.', 'He called it ‘a red line’ today,', 'curly', 'a red line', 'single'],
    ['"He called it \'a red line\' today," she said.', "He called it 'a red line' today,", 'straight', 'a red line', 'single'],
    ['«Il a dit “non” hier», dit-elle.', 'Il a dit “non” hier', 'guillemets', 'non', 'curly'],
  ])('%s', (input, outerInner, outerStyle, nestedInner, nestedStyle) => {
    expect(quotesOf(input)).toEqual([
      { text: expect.any(String), inner: outerInner, style: outerStyle, parent: null, closed: true, continues: null },
      { text: expect.any(String), inner: nestedInner, style: nestedStyle, parent: 0, closed: true, continues: null },
    ]);
  });
});

describe('quotations over several paragraphs', () => {
  it('an open quotation continues in the next paragraph that opens with a quote mark', () => {
    expect(quotesOf('“We will fight on the beaches.\n“We will never surrender,” he said.')).toEqual([
      { text: '“We will fight on the beaches.', inner: 'We will fight on the beaches.', style: 'curly', parent: null, closed: false, continues: null },
      { text: '“We will never surrender,”', inner: 'We will never surrender,', style: 'curly', parent: null, closed: true, continues: 0 },
    ]);
  });

  it('chains over three paragraphs, blank lines between them', () => {
    const quotes = quotesOf('“One.\n\n“Two.\n\n“Three,” he said.');
    expect(quotes.map(({ closed, continues }) => [closed, continues])).toEqual([
      [false, null],
      [false, 0],
      [true, 1],
    ]);
  });

  it.each([
    ['a closed quotation', '“Done,” he said.\n“Next,” she said.'],
    ['a next paragraph without an opening mark', '“We will fight.\nHe then sat down, “tired.”'],
    ['a quotation cut short by a new opening mark', 'He called it “absurd and left. “We will respond,” he said.\n“We are ready,” she said.'],
  ])('does not continue %s', (_, input) => {
    const quotes = quotesOf(input);
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes.map((quote) => quote.continues)).toEqual(quotes.map(() => null));
  });
});

describe('unbalanced quote marks', () => {
  it.each([
    ['He said “this never ends.\nThe next paragraph is normal.', ['this never ends.']],
    ['He said "this never ends.\nThe next "one" is fine.', ['this never ends.', 'one']],
    ['«open only\nnext «line» here', ['open only', 'line']],
    ['Odd ” mark here. And “ another.\nNext paragraph.', []],
    ['He said ‘maybe.\nNext.', []],
    ['”Backwards“ marks and a lone " here.', []],
    ['“\n”\n"\n«', []],
  ])('%j', (input, inners) => {
    const result = analyzer.analyze(input);
    expect(result.quotes.map((quote) => quote.inner.text)).toEqual(inners);
    for (const quote of result.quotes) {
      const paragraph = result.paragraphs.find((p) => p.start <= quote.start && quote.start < p.end);
      expect(paragraph, 'quote inside a paragraph').toBeDefined();
      expect(quote.end).toBeLessThanOrEqual(paragraph?.end ?? -1);
      if (!quote.closed) expect(quote.end).toBe(paragraph?.end);
    }
  });

  it('an unclosed quotation stops at its paragraph end and spares the next one', () => {
    const input = 'He said “this never ends.\nThe next paragraph has “its own” quote.';
    const { quotes, sentences } = analyzer.analyze(input);
    expect(quotes.map(({ text, closed }) => [text, closed])).toEqual([
      ['“this never ends.', false],
      ['“its own”', true],
    ]);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'He said “this never ends.',
      'The next paragraph has “its own” quote.',
    ]);
  });
});

describe('apostrophes are not quote marks', () => {
  it.each([
    'I don’t know.',
    'Putin’s plan failed.',
    'In the ’90s it was different.',
    'Jones’ car is red.',
    'The students’ union met.',
    'They play rock ’n’ roll.',
    "I don't know.",
    "Putin's plan failed.",
    "In the '90s it was different.",
    "Jones' car is red.",
    "In the '90s, Jones' car was red.",
  ])('%s', (input) => {
    expect(quotesOf(input)).toEqual([]);
  });

  it.each([
    ['“Putin’s plan won’t work like in the ’90s,” she said.', 'Putin’s plan won’t work like in the ’90s,'],
    ['‘Putin’s plan won’t work,’ she said.', 'Putin’s plan won’t work,'],
    ["'Putin's plan won't work,' she said.", "Putin's plan won't work,"],
  ])('inside a quotation: %s', (input, inner) => {
    expect(quotesOf(input).map((quote) => quote.inner)).toEqual([inner]);
  });

  it('next to a single-quoted word', () => {
    expect(quotesOf('The students’ union called it ‘unfair’.').map((quote) => quote.inner)).toEqual(['unfair']);
  });
});

describe('a plural possessive inside a single-quoted phrase', () => {
  it('does not close the quotation early', () => {
    const input = 'He called it ‘the students’ union’ idea.';
    const analysis = createAnalyzer().analyze(input);
    expect(analysis.quotes.map((quote) => quote.inner.text)).toEqual(['the students’ union']);
  });

  it('keeps a straight single-quoted phrase that ends in "s" before another quotation (review finding)', () => {
    const analysis = createAnalyzer().analyze("The minister described the protesters as 'thugs and criminals' and said he would 'not tolerate' violence.");
    expect(analysis.quotes.map((quote) => quote.inner.text)).toEqual(['thugs and criminals', 'not tolerate']);
  });

  it.each([
    ["The minister called the strikers 'vandals' and said the unions' leaders were 'reckless'.", ['vandals', 'reckless']],
    ["'The unions' demands don't matter,' the minister said.", ["The unions' demands don't matter,"]],
    ['The minister described the protesters as ‘thugs and criminals’ and said he would ‘not tolerate’ violence.', ['thugs and criminals', 'not tolerate']],
    ['‘The nurses’ and doctors’ unions will strike,’ she said.', ['The nurses’ and doctors’ unions will strike,']],
    ["'The decision is the Ukrainians' to make,' the minister said.", ["The decision is the Ukrainians' to make,"]],
    ['He called the protesters ‘vandals’ and said the Democrats’ Senate majority was at risk.', ['vandals']],
    ["He called the protesters 'vandals' and said the Yankees' 2024 season was over.", ['vandals']],
  ])('tells a closing mark from a plural possessive (second review): %s', (input, inner) => {
    expect(createAnalyzer().analyze(input).quotes.map((quote) => quote.inner.text)).toEqual(inner);
  });

  it('does not close a straight single-quoted quotation early either', () => {
    const analysis = createAnalyzer().analyze("'The unions' demands are fair,' the minister said.");
    expect(analysis.quotes.map((quote) => quote.inner.text)).toEqual(["The unions' demands are fair,"]);
  });
});

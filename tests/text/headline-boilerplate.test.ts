import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Analysis } from '../../src/index.js';

const analyzer = createAnalyzer();

const BODY = 'The Kremlin welcomed the news on Monday. “We view this positively,” Peskov said.';

describe('headline', () => {
  it.each([
    ['a short first line', `Kremlin welcomes end of NATO bid\n${BODY}`, 'Kremlin welcomes end of NATO bid'],
    ['set apart by a blank line', `Kremlin welcomes end of NATO bid\n\n${BODY}`, 'Kremlin welcomes end of NATO bid'],
    ['after leading white space, with CRLF', `\r\n  Kremlin welcomes end of NATO bid \r\n${BODY}`, 'Kremlin welcomes end of NATO bid'],
    ['with a period, set apart by a blank line', `Moscow claims victory as NATO bid fades.\n\n${BODY}`, 'Moscow claims victory as NATO bid fades.'],
    ['a question set apart by a blank line', `Is NATO’s door closed?\n\n${BODY}`, 'Is NATO’s door closed?'],
    ['followed by a boilerplate line', `Kremlin welcomes end of NATO bid\nShare this article\n${BODY}`, 'Kremlin welcomes end of NATO bid'],
  ])('%s', (_, input, expected) => {
    const { headline, sentences } = analyzer.analyze(input);
    expect(headline?.text).toBe(expected);
    expect(input.slice(headline?.start, headline?.end)).toBe(expected);
    // The headline is analyzed like the body: its sentence comes first.
    expect(sentences[0]?.text).toBe(expected);
  });

  it.each([
    ['a one-paragraph text', 'Kremlin welcomes end of NATO bid'],
    ['a one-paragraph text with a body sentence', BODY],
    ['a long first paragraph', `${'The Kremlin welcomed the news and said that it changes a lot '.repeat(4)}\n${BODY}`],
    ['a first sentence with a period and no blank line', `The Kremlin welcomed the news.\n${BODY}`],
    ['a question without a blank line', `Is NATO finished?\n${BODY}`],
    ['two sentences, even set apart by a blank line', `It rained. Then it stopped.\n\n${BODY}`],
    ['an empty text', ''],
  ])('none for %s', (_, input) => {
    expect(analyzer.analyze(input).headline).toBeNull();
  });
});

/** Boilerplate must stay out of sentences, tokens and quotes. */
function expectNothingInBoilerplate({ paragraphs, sentences, tokens, quotes }: Analysis): void {
  const flagged = paragraphs.filter((paragraph) => paragraph.boilerplate);
  const inside = (span: { start: number; end: number }): boolean =>
    flagged.some((paragraph) => span.start < paragraph.end && paragraph.start < span.end);
  expect(sentences.filter(inside)).toEqual([]);
  expect(tokens.filter(inside)).toEqual([]);
  expect(quotes.filter(inside)).toEqual([]);
  expect(sentences.filter((sentence) => paragraphs[sentence.paragraph]?.boilerplate)).toEqual([]);
}

describe('boilerplate', () => {
  it.each([
    ['Subscribe to our newsletter', 'newsletter-appeal'],
    ['Subscribe to our newsletter and get the news “straight” to you.', 'newsletter-appeal'],
    ['Share this article', 'share-prompt'],
    ['We use cookies to improve your experience.', 'cookie-notice'],
    ['If you believe in honest reporting, please consider making a donation.', 'donation-appeal'],
    ['Become a member for unlimited access.', 'membership-appeal'],
    ['Advertisement', 'navigation-prompt'],
    // Cookie notices and paywalls need not speak to the reader.
    ['This website uses cookies to improve the browsing experience and to measure traffic.', 'cookie-notice'],
    ['Get unlimited access to every article for just $1 a week.', 'membership-appeal'],
    ['Click here to read the full report on the election results and more.', 'navigation-prompt'],
    ['This story is available exclusively to subscribers. Start a free trial to read on.', 'membership-appeal'],
    ['Get unlimited access to every story for $1 a week. Cancel anytime, no questions asked.', 'membership-appeal'],
    ['Get unlimited access to the "Morning Briefing" newsletter for $1.', 'membership-appeal'],
    ['Read more: OPEC+ agrees deal to extend cuts into 2025', 'navigation-prompt'],
    // Credits and notices that open their paragraph.
    ['Reporting by Alex Lawler in London and Florence Tan in Singapore; Editing by Susan Fenton', 'credits-notice'],
    ['(Additional reporting by Tom Ash; Writing by Ann Cole)', 'credits-notice'],
    ['Copyright 2024 The Associated Press. All rights reserved. This material may not be published.', 'credits-notice'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'credits-notice'],
    // A press release's disclaimer and contact lines.
    ['This press release contains forward-looking statements within the meaning of the Securities Act.', 'credits-notice'],
    ['Forward-Looking Statements', 'credits-notice'],
    ['Media Contact: Rachel Lindgren, press@example.com', 'credits-notice'],
  ])('%s', (appeal, entry) => {
    const input = `Kremlin welcomes end of NATO bid\n${BODY}\n${appeal}\nIt was the first such remark.`;
    const analysis = analyzer.analyze(input);
    expect(analysis.boilerplate).toEqual([{ start: input.indexOf(appeal), end: input.indexOf(appeal) + appeal.length, text: appeal, entry }]);
    expect(analysis.paragraphs.map((paragraph) => paragraph.boilerplate)).toEqual([false, false, true, false]);
    expectNothingInBoilerplate(analysis);
    expect(analysis.sentences.at(-1)?.text).toBe('It was the first such remark.');
  });

  // A report that mentions an advertisement or a donation is article text, not an appeal.
  it.each([
    'The city demanded that the campaign stop using the image of its officers in an advertisement.',
    'The city attorney said in the letter that the advertisement wrongly suggests that officers back him.',
    '“I just liked what he said and wanted to make a donation,” said a repair shop owner.',
    'He turned again and again to small donors, asking them to chip in online.',
    'Finland will become a member of NATO next month, officials said.',
    'Share prices fell after the company ended its free trial for new users.',
    'Support for the alliance has grown since Finland applied to become a member of NATO, polls show.',
    'The deal gives U.S. forces unlimited access to three bases. Read the full agreement below.',
    'The company ended its free trial for new users in March. Help the company, analysts argued, by cutting prices.',
    '“Finland is ready to become a member of NATO. Give the alliance time. It will decide,” the president said.',
    '‘Funds are short. Donate today. Every pound counts,’ the charity director said on Monday.',
    'Donate today to the flood fund. That, the mayor said on Tuesday, was the only way to rebuild.',
    'The deal gives U.S. forces unlimited access to three bases, the Pentagon said.',
    // A credit's words inside a report's sentence.
    'According to reporting by the Times, the minister knew of the plan. Editing by the ministry was heavy.',
    'The band sued over the copyright of the song, the court said.',
  ])('keeps %s', (sentence) => {
    const input = `Kremlin welcomes end of NATO bid\n${BODY}\n${sentence}`;
    const analysis = analyzer.analyze(input);
    expect(analysis.boilerplate).toEqual([]);
    // The paragraph is analyzed: its last sentence is the analysis's last.
    expect(sentence.endsWith(analysis.sentences.at(-1)?.text ?? '∅')).toBe(true);
  });

  it('the heading of an appeal goes with it', () => {
    const input = `Kremlin welcomes end of NATO bid\n${BODY}\nKeep Independent Journalism Alive\nIn a world of noise, we need you. Please consider making a donation. “Every contribution” helps.\nBefore you go\nWe use cookies.`;
    const analysis = analyzer.analyze(input);
    expect(analysis.boilerplate.map(({ text, entry }) => [text.slice(0, 20), entry])).toEqual([
      ['Keep Independent Jou', 'donation-appeal'],
      ['In a world of noise,', 'donation-appeal'],
      ['Before you go', 'cookie-notice'],
      ['We use cookies.', 'cookie-notice'],
    ]);
    expect(analysis.paragraphs.map((paragraph) => paragraph.boilerplate)).toEqual([false, false, true, true, true, true]);
    expect(analysis.quotes.map((quote) => quote.inner.text)).toEqual(['We view this positively,']);
    expectNothingInBoilerplate(analysis);
  });

  it.each([
    'The campaign said donors gave $5 million.',
    'The charity urged readers to donate to flood victims.',
    'He asked supporters to share the article online.',
    'Officials said the site used tracking cookies.',
    `A long paragraph that happens to say share this article. ${'It goes on and on about the war. '.repeat(70)}`,
  ])('not boilerplate: %s', (sentence) => {
    const input = `Kremlin welcomes end of NATO bid\n${sentence}\n${BODY}`;
    const analysis = analyzer.analyze(input);
    expect(analysis.boilerplate).toEqual([]);
    expect(analysis.paragraphs.some((paragraph) => paragraph.boilerplate)).toBe(false);
    expect(analysis.sentences.some((s) => s.paragraph === 1)).toBe(true);
  });
});

describe('boilerplate headings do not cascade', () => {
  it('marks only the short heading right before an appeal', () => {
    const text = 'Title of the story\n\nOther news\nMarkets in Asia\nSports results today\nSupport us via PayPal and keep us going.';
    const analysis = createAnalyzer().analyze(text);
    expect(analysis.paragraphs.map((paragraph) => paragraph.boilerplate)).toEqual([false, false, false, true, true]);
  });
});

describe('a list of links under a links heading', () => {
  it('marks the heading and the link titles under it, up to the first paragraph of text', () => {
    const text = `Kremlin welcomes end of NATO bid\n${BODY}\nRelated Topics\nNATO\nRussia-Ukraine war\nKremlin says talks with Kyiv are over\nThe story was updated on Tuesday.`;
    const analysis = analyzer.analyze(text);
    expect(analysis.paragraphs.map((paragraph) => paragraph.boilerplate)).toEqual([false, false, true, true, true, true, false]);
    expect(analysis.boilerplate.every(({ entry }) => entry === 'related-links')).toBe(true);
    expectNothingInBoilerplate(analysis);
  });

  it.each([
    'The most read story of the year was about the summit.',
    'Related topics came up at the summit, the minister said.',
  ])('leaves a sentence that mentions a links phrase: %s', (sentence) => {
    const analysis = analyzer.analyze(`Kremlin welcomes end of NATO bid\n${BODY}\n${sentence}\nNATO\nRussia`);
    expect(analysis.paragraphs.some((paragraph) => paragraph.boilerplate)).toBe(false);
  });
});

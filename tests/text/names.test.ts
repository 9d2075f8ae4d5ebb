/**
 * Names that are also words ("Ted", "Cook", "Lynch", "Hope"): wink-nlp tags them as verbs or
 * adjectives; the text layer retags them as proper nouns where the sentence allows no other reading.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/index.js';

const analyzer = createAnalyzer();

/** The tag of the first token whose text is `word`. */
const tagOf = (input: string, word: string): string | undefined => analyzer.analyze(input).tokens.find((token) => token.text === word)?.pos;

describe('retagged as a proper noun', () => {
  it.each([
    // After a capitalized proper noun inside a sentence.
    ['Sen. Ted Cruz spoke at the rally on Monday.', 'Ted'],
    ['The bank hired Mr. Hedge in the spring.', 'Hedge'],
    // Before another capital inside a sentence.
    ['The spokesman, Josh Earnest, spoke on Monday.', 'Josh'],
    // At the start of a sentence, before a finite verb: no imperative reads so.
    ['Cook declined to comment on the email policy.', 'Cook'],
    // Before "said" that wink-nlp tagged as an adjective ("Cook/VERB said/ADJ").
    ['Cook said margins held.', 'Cook'],
    // The speaker's slot of a quotation.
    ['“The law does not require it,” Lynch said.', 'Lynch'],
    ['“We are done here,” Hope said.', 'Hope'],
    ['“We are done here,” said Young.', 'Young'],
  ])('%s → %s', (input, word) => {
    expect(tagOf(input, word)).toBe('PROPN');
  });
});

describe('left as wink-nlp tagged it', () => {
  it.each([
    // Imperatives and gerunds at the start of a sentence.
    ['Try going there before noon.', 'Try', 'VERB'],
    ['Imagine paying twice for the same ticket.', 'Imagine', 'VERB'],
    ['Stay informed about the storm.', 'Stay', 'VERB'],
    // A capitalized word after a lower-case one.
    ['The farmers hope that the rain will come.', 'hope', 'VERB'],
    // Title Case headlines: every word is capitalized, verbs too.
    ['Merkel Warns Of Trade War With America', 'Warns', 'VERB'],
  ])('%s: %s stays %s', (input, word, tag) => {
    expect(tagOf(input, word)).toBe(tag);
  });
});

describe('words wink-nlp splits at a letter outside its Latin set are one token again', () => {
  it.each([
    ['ECR coordinator Marek Zieliński described it as a step.', 'Zieliński'],
    ['Spanish MEP Lucía Ferrández said so.', 'Ferrández'],
    ['Šimečka said the vote was rigged.', 'Šimečka'],
  ])('%s → %s', (input, word) => {
    const analysis = analyzer.analyze(input);
    const token = analysis.tokens.find((candidate) => candidate.text === word);
    expect(token).toBeDefined();
    expect(input.slice(token?.start, token?.end)).toBe(word);
  });
});

describe('a merged word takes a name’s tag, not a lone letter’s', () => {
  it.each([
    ['Šimečka said the vote was rigged.', 'Šimečka'],
    ['“The vote was rigged,” Łukasz said.', 'Łukasz'],
  ])('%s', (input, word) => {
    expect(tagOf(input, word)).toBe('PROPN');
  });

  it('keeps a long run of such letters in pieces (a word’s length at most)', () => {
    const input = `Officials said ${'ńa'.repeat(2000)} was fine.`;
    const analysis = analyzer.analyze(input);
    expect(Math.max(...analysis.tokens.map((token) => token.end - token.start))).toBeLessThanOrEqual(40);
    for (const token of analysis.tokens) expect(input.slice(token.start, token.end)).toBe(token.text);
  });
});

/** Term matching on real wink-nlp tokens: base forms match inflections, hyphens either way, longest first. */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/index.js';
import { compileTerms, findTerms, firstWordMasks, termStarts, termText } from '../../src/framing/terms.js';

const analyzer = createAnalyzer();

const entries = [
  { id: 'invasion', terms: ['invade', 'invasion', 'full-scale invasion'] },
  { id: 'so-called', terms: ['so-called'] },
  { id: 'anti-abortion', terms: ['anti-abortion'] },
  { id: 'military-operation', terms: ['special military operation'] },
  { id: 'crisis', terms: ['crisis'] },
];
const matcher = compileTerms(entries);

function matched(text: string): Array<[string, string]> {
  const { tokens } = analyzer.analyze(text);
  const terms = termText(tokens);
  return findTerms(matcher, terms, termStarts(terms, firstWordMasks([matcher]), 1)[0] ?? []).map((hit) => [hit.entry.id, text.slice(tokens[hit.start]!.start, tokens[hit.end - 1]!.end)]);
}

describe('findTerms', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Troops invaded the region in May.', [['invasion', 'invaded']]],
    ['The full-scale invasion began at dawn.', [['invasion', 'full-scale invasion']]],
    ['The so-called reform failed.', [['so-called', 'so-called']]],
    ['An anti-abortion group marched.', [['anti-abortion', 'anti-abortion']]],
    ['Moscow calls it a special military operation.', [['military-operation', 'special military operation']]],
    ['The crises deepened.', [['crisis', 'crises']]],
    // A capitalized plural at a sentence start is tagged PROPN and keeps its plural lemma.
    ['Invasions rarely end well.', [['invasion', 'Invasions']]],
    ['A special offer. Military operation over.', []],
    ['Nothing to see here.', []],
  ])('%s', (text, expected) => {
    expect(matched(text)).toEqual(expected);
  });
});

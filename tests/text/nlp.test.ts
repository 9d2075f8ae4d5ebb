import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/index.js';
import { currentNlp, renewNlp } from '../../src/text/nlp.js';

const analyzer = createAnalyzer();

describe('wink-nlp does not carry one text over to the next', () => {
  it('tokenizes a text the same after another text taught wink-nlp a word', () => {
    const probe = 'Zorbling’s plan collapsed, the minister said.';
    const before = analyzer.analyze(probe);
    // Read alone, wink-nlp keeps "Zorbling’s" whole at the end of a sentence and learns it as a word.
    analyzer.analyze('He backed Zorbling’s.');
    const after = analyzer.analyze(probe);
    expect(after).toEqual(before);
    expect(after.tokens.slice(0, 2).map((token) => token.text)).toEqual(['Zorbling', '’s']);
  });

  it('starts fresh instances as often as needed (the model loader no longer fails at the twentieth)', () => {
    const probe = 'Officials said the talks would resume.';
    const before = analyzer.analyze(probe);
    for (let load = 0; load < 25; load += 1) {
      renewNlp();
      currentNlp();
    }
    expect(analyzer.analyze(probe)).toEqual(before);
  });
});

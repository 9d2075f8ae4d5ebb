/**
 * The founding example: who says what in examples/article.txt (issue 3, item 7).
 * Each row is [source mention, cue, a part of the content]; the source and content are matched
 * by inclusion where the issue gives them with an ellipsis.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Attribution } from '../../src/index.js';

const input = readFileSync(new URL('../../examples/article.txt', import.meta.url), 'utf8');
const analysis = createAnalyzer().analyze(input);

/** The attribution whose cue text is `cue` and whose content includes `content`. */
function find(cue: string, content: string): Attribution | undefined {
  return analysis.attributions.find(
    (attribution) => attribution.cue?.text === cue && attribution.content.some((span) => span.text.includes(content)),
  );
}

describe('the example article: who says what', () => {
  it.each([
    ['Moscow', 'claims', 'strategic victory'],
    ['Kellogg', 'declared', 'no longer under consideration'],
    ['Dmitry Peskov', 'said', 'Naturally, we view this development positively'],
    ['The Russian leadership', 'has long framed', 'NATO’s eastward expansion as an existential threat'],
    ['Peskov', 'reiterated', 'potential Ukrainian membership'],
    ['Moscow', 'condemned', 'a direct challenge to its security perimeter'],
    ['Russian officials', 'warned', 'this crossed'],
    ['Putin', 'called', 'the limits of what we can tolerate'],
    ['Western leaders', 'characterize', 'Russia’s actions as imperial revanchism'],
    ['Moscow', 'maintains', 'it is defending legitimate security interests'],
    ['Peskov', 'stated', 'NATO’s approach to our borders created the conditions for this conflict'],
    ['various U.S. officials', 'indicated', 'Ukraine’s NATO prospects had effectively ended'],
    ['Russian analysts', 'see', 'as validating their longstanding warnings'],
  ])('%s / %s / “%s”', (source, cue, content) => {
    const attribution = find(cue, content);
    expect(attribution, `no attribution with cue "${cue}" and content "${content}"`).toBeDefined();
    expect(attribution?.source?.text).toContain(source);
  });

  it('finds the headline attribution in the headline', () => {
    const claims = find('claims', 'strategic victory');
    expect(analysis.headline).not.toBeNull();
    expect(claims?.cue?.start).toBeLessThan(analysis.headline?.end ?? 0);
  });

  it('gives the cue-less quotations to Peskov', () => {
    const peskov = find('said', 'Naturally')?.actor;
    expect(peskov).not.toBeNull();
    for (const quote of ['The recognition that Ukraine’s accession', 'What some call expansion']) {
      const holder = analysis.attributions.find((attribution) => attribution.content.some((span) => span.text.startsWith(quote)));
      expect(holder?.actor, quote).toBe(peskov);
    }
  });

  it('nests what Moscow considers a “red line” inside Peskov’s reiteration', () => {
    // PolNeAR annotators seldom mark a belief nested in another attribution's content, so the
    // confidence model ranks it below the default threshold: the nesting shows with every candidate kept.
    const everything = createAnalyzer({ minConfidence: 0 }).analyze(input).attributions;
    const findIn = (cue: string, content: string): Attribution | undefined =>
      everything.find((attribution) => attribution.cue?.text === cue && attribution.content.some((span) => span.text.includes(content)));
    const outer = findIn('reiterated', 'potential Ukrainian membership');
    const inner = findIn('considers', 'red line');
    expect(inner?.source?.text).toBe('Moscow');
    expect(inner?.parent).toBe(outer?.id);
    expect(inner?.confidence).toBeLessThan(outer?.confidence ?? 0);
  });

  it('resolves Peskov, “Peskov” and “the Kremlin spokesman” to one actor, and Ukraine is voiceless', () => {
    const peskov = analysis.actors.find((actor) => actor.id === find('said', 'Naturally')?.actor);
    expect(peskov?.name).toBe('Dmitry Peskov');
    expect(peskov?.kind).toBe('person');
    expect(peskov?.mentions.map((mention) => mention.text)).toEqual(expect.arrayContaining(['Peskov', 'The Kremlin spokesman']));
    expect(find('stated', 'NATO’s approach')?.actor).toBe(peskov?.id);
    const ukraine = analysis.actors.find((actor) => actor.name === 'Ukraine');
    expect(ukraine?.voiceless).toBe(true);
  });

  it('finds nothing in the donation appeal', () => {
    const appealStart = Math.min(...analysis.boilerplate.map((span) => span.start));
    expect(analysis.boilerplate.length).toBeGreaterThan(0);
    for (const attribution of analysis.attributions) {
      for (const span of [attribution.source, attribution.cue, ...attribution.content]) {
        if (span) expect(span.end).toBeLessThanOrEqual(appealStart);
      }
    }
  });
});

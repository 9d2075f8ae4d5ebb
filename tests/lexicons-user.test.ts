/** User lexicons: extend or replace the built-ins, as objects or JSON files; invalid ones fail at creation. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, LexiconError, type AnalyzerOptions } from '../src/index.js';

const text = 'The senator said that the new levy on fizzy drinks would hurt bakers.';

function errorOf(options: AnalyzerOptions): unknown {
  try {
    createAnalyzer(options);
  } catch (error) {
    return error;
  }
  return undefined;
}

const levyFrame = { name: 'levies', version: '1.0.0', entries: [{ id: 'economic-levy', frame: 'economic' as const, terms: ['levy', 'fizzy drink'] }] };

describe('user lexicons', () => {
  it('extend a built-in lexicon: the new entry is evidence in the output', () => {
    const analysis = createAnalyzer({ lexicons: { frames: levyFrame } }).analyze(text);
    const evidence = analysis.perspectives.flatMap((perspective) => perspective.framing.frames.flatMap((frame) => frame.evidence));
    expect(evidence.filter((item) => item.entry === 'economic-levy').map((item) => item.span.text)).toEqual(['levy', 'fizzy drinks']);
  });

  it('replace a built-in lexicon with `replace: true`', () => {
    const tone = { name: 'tiny-tone', version: '1.0.0', replace: true, entries: [{ id: 'hurt', valence: -2, terms: ['hurt'] }] };
    const analysis = createAnalyzer({ lexicons: { tone } }).analyze(text);
    const evidence = analysis.perspectives.flatMap((perspective) => perspective.framing.tone.evidence);
    expect(evidence.map((item) => item.entry)).toEqual(['hurt']);
  });

  it('extend the given names: a user name tells a pronoun whom it may point back to', () => {
    const story = 'Ngozi Obi said the plan would fail. Tunde Bello said it would work. She said the cost was too high.';
    const speakerOf = (analysis: ReturnType<ReturnType<typeof createAnalyzer>['analyze']>): Array<string | undefined> =>
      analysis.attributions.map((attribution) => analysis.actors.find((actor) => actor.id === attribution.actor)?.name);
    expect(speakerOf(createAnalyzer().analyze(story))).toEqual(['Ngozi Obi', 'Tunde Bello', 'Tunde Bello']);
    const names = { name: 'nigerian-names', version: '1.0.0', entries: [{ id: 'ng-female', gender: 'female' as const, names: ['Ngozi'] }, { id: 'ng-male', gender: 'male' as const, names: ['Tunde'] }] };
    expect(speakerOf(createAnalyzer({ lexicons: { names } }).analyze(story))).toEqual(['Ngozi Obi', 'Tunde Bello', 'Ngozi Obi']);
  });

  it('read JSON files in Node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-'));
    const path = join(dir, 'levies.json');
    writeFileSync(path, JSON.stringify(levyFrame));
    const analysis = createAnalyzer({ lexicons: { frames: [path] } }).analyze(text);
    expect(JSON.stringify(analysis.perspectives)).toContain('economic-levy');
  });

  it.each<[string, AnalyzerOptions, string, string]>([
    ['a wrong frame id', { lexicons: { frames: { ...levyFrame, entries: [{ id: 'x', frame: 'economy' as never, terms: ['levy'] }] } } }, 'entries.0.frame', 'levies'],
    ['an empty term list', { lexicons: { markers: { name: 'mine', version: '1.0.0', entries: [{ id: 'x', category: 'hedge', terms: [] }] } } }, 'entries.0.terms', 'mine'],
    ['a lower-case given name', { lexicons: { names: { name: 'mine', version: '1.0.0', entries: [{ id: 'x', gender: 'female', names: ['ngozi'] }] } } }, 'entries.0.names.0', 'mine'],
    ['a zero valence', { lexicons: { tone: { name: 'mine', version: '1.0.0', entries: [{ id: 'x', valence: 0, terms: ['meh'] }] } } }, 'entries.0.valence', 'mine'],
    ['a term with double spaces', { lexicons: { labels: { name: 'mine', version: '1.0.0', entries: [{ id: 'x', set: 'y', connotation: 'neutral', terms: ['a  b'] }] } } }, 'entries.0.terms.0', 'mine'],
    [
      'an entity of an unknown perspective',
      { lexicons: { actors: { name: 'mine', version: '1.0.0', perspectives: [], entities: [{ id: 'x', perspective: 'nowhere', kind: 'place', label: 'X', names: ['X'] }] } } },
      'entities.0.perspective',
      'mine',
    ],
    ['a duplicate entry id', { lexicons: { tone: { name: 'mine', version: '1.0.0', entries: [{ id: 'x', valence: 1, terms: ['a'] }, { id: 'x', valence: 2, terms: ['b'] }] } } }, 'entries.1.id', 'mine'],
    [
      'a duplicate entity id',
      { lexicons: { actors: { name: 'mine', version: '1.0.0', perspectives: [{ id: 'a', label: 'A' }], entities: [{ id: 'x', perspective: 'a', kind: 'place', label: 'X', names: ['Acme'] }, { id: 'x', perspective: 'a', kind: 'place', label: 'Y', names: ['Bolt'] }] } } },
      'entities.1.id',
      'mine',
    ],
    ['a term with a tab', { lexicons: { frames: { ...levyFrame, entries: [{ id: 'x', frame: 'economic', terms: ['carbon\ttax'] }] } } }, 'entries.0.terms.0', 'levies'],
    [
      'a name with no letter',
      { lexicons: { actors: { name: 'mine', version: '1.0.0', perspectives: [{ id: 'a', label: 'A' }], entities: [{ id: 'x', perspective: 'a', kind: 'place', label: 'X', names: ['——'] }] } } },
      'entities.0.names.0',
      'mine',
    ],
    ['a forbidden key', { lexicons: { frames: JSON.parse('{"name":"evil","version":"1.0.0","entries":[],"__proto__":{"polluted":true}}') } }, '__proto__', 'evil'],
    ['a missing file', { lexicons: { frames: '/nonexistent/frames.json' } }, '', '/nonexistent/frames.json'],
  ])('reject %s with the lexicon, the path and the problem', (_, options, path, name) => {
    const error = errorOf(options);
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as LexiconError).lexicon).toContain(name);
    expect((error as LexiconError).issues.map((issue) => issue.path)).toContain(path);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reject a lexicon that refers to itself with a LexiconError, not a stack overflow', () => {
    const cyclic: Record<string, unknown> = { name: 'loop', version: '1.0.0', entries: [] };
    cyclic.self = cyclic;
    const error = errorOf({ lexicons: { frames: cyclic as never } });
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as LexiconError).issues[0]?.message).toMatch(/cycle/u);
  });

  it('let a user entry win over a built-in entry with the same term', () => {
    const tone = { name: 'mine', version: '1.0.0', entries: [{ id: 'my-brutal', valence: 3, terms: ['brutal'] }] };
    const analysis = createAnalyzer({ lexicons: { tone } }).analyze('Berlin said the campaign was brutal.');
    expect(analysis.perspectives.flatMap((perspective) => perspective.framing.tone.evidence.map((item) => item.entry))).toEqual(['my-brutal']);
  });

  it('reject invalid JSON in a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-'));
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"name": ');
    const error = errorOf({ lexicons: { tone: path } });
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as LexiconError).message).toMatch(/invalid JSON/u);
  });

  it('accept an entity of a built-in perspective', () => {
    const actors = { name: 'mine', version: '1.0.0', perspectives: [], entities: [{ id: 'jane-roe', perspective: 'ukraine', kind: 'person' as const, label: 'Jane Roe', names: ['Jane Roe'] }] };
    const analysis = createAnalyzer({ lexicons: { actors } }).analyze('“We will hold the line,” Jane Roe said.');
    expect(analysis.attributions[0]?.perspective).toBe('ukraine');
  });

  it.each([[{ lexicons: { colours: {} } }], [{ lexicons: [] }], [{ lexicons: 'frames.json' }], [{ lexicons: new Map([['frames', {}]]) }]])('reject a malformed lexicons option (%#) with a TypeError', (options) => {
    expect(() => createAnalyzer(options as AnalyzerOptions)).toThrow(TypeError);
  });
});

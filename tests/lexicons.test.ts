import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { LexiconError } from '../src/index.js';
import { builtinLexicons } from '../src/lexicons/builtin.js';
import { lexiconJsonSchemas } from '../src/lexicons/json-schemas.js';
import { cueLexiconSchema, LEXICON_SCHEMAS } from '../src/lexicons/schemas.js';
import { validateLexicon } from '../src/lexicons/validate.js';

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

describe('lexicons', () => {
  it('ships JSON Schemas generated from the zod schemas (run `npm run schemas` after changing them)', () => {
    for (const [name, schema] of Object.entries(lexiconJsonSchemas())) {
      expect(readJson(`../lexicons/schema/${name}.schema.json`), name).toEqual(schema);
    }
  });

  it('ships built-in lexicons that pass their schemas unchanged (they are trusted at run time)', () => {
    const builtin = builtinLexicons();
    const kinds = { ...builtin, 'confidence-model': builtin.confidenceModel, 'mention-words': builtin.mentionWords } as Record<string, unknown>;
    for (const [kind, schema] of Object.entries(LEXICON_SCHEMAS)) {
      expect(kinds[kind], kind).toBeDefined();
      expect(validateLexicon(schema as z.ZodType<unknown>, kind, kinds[kind]), kind).toEqual(kinds[kind]);
    }
  });

  it('validates the built-in lexicons, with unique entry ids', () => {
    const { boilerplate, cues, frames, markers, labels, tone, actors } = builtinLexicons();
    for (const lexicon of [boilerplate, cues, frames, markers, labels, tone]) {
      const ids = lexicon.entries.map((entry) => entry.id);
      expect(new Set(ids).size, lexicon.name).toBe(ids.length);
    }
    for (const ids of [actors.entities.map((entity) => entity.id), actors.perspectives.map((perspective) => perspective.id)]) {
      expect(new Set(ids).size, actors.name).toBe(ids.length);
    }
    expect(cues.entries.find((entry) => entry.id === 'say')?.class).toBe('reporting');
  });

  it('lists each given name for one gender only, capitalized, once', () => {
    const { names } = builtinLexicons();
    const all = names.entries.flatMap((entry) => entry.names);
    expect(all.filter((name, index) => all.indexOf(name) !== index)).toEqual([]);
    expect(new Set(names.entries.map((entry) => entry.gender))).toEqual(new Set(['female', 'male']));
    expect(all.length).toBeGreaterThan(400);
  });

  it('gives every actor name and demonym one entity, and no term two entries of one lexicon', () => {
    const { actors, frames, markers, labels, tone } = builtinLexicons();
    const owners = new Map<string, Set<string>>();
    for (const entity of actors.entities) {
      for (const name of [...entity.names, ...(entity.demonyms ?? [])]) owners.set(name, (owners.get(name) ?? new Set()).add(entity.id));
    }
    expect([...owners].filter(([, ids]) => ids.size > 1).map(([name]) => name)).toEqual([]);
    for (const lexicon of [frames, markers, labels, tone]) {
      const terms = lexicon.entries.flatMap((entry) => entry.terms);
      expect(terms.filter((term, index) => terms.indexOf(term) !== index), lexicon.name).toEqual([]);
    }
  });

  it.each([
    [{ name: 'mine', version: '1.0.0', entries: [{ id: 'Bad Id', lemmas: ['say'], pos: 'verb', class: 'reporting', stance: 'neutral' }] }, 'entries.0.id'],
    [{ name: 'mine', version: '1.0.0', entries: [{ id: 'x', lemmas: [], pos: 'verb', class: 'reporting', stance: 'neutral' }] }, 'entries.0.lemmas'],
    [{ name: 'mine', version: '1.0.0', entries: [{ id: 'x', lemmas: ['say'], pos: 'verb', class: 'gossip', stance: 'neutral' }] }, 'entries.0.class'],
    [{ name: 'mine', version: 'one', entries: [] }, 'version'],
    [JSON.parse('{"name":"mine","version":"1.0.0","entries":[{"__proto__":{"polluted":true}}]}'), 'entries.0.__proto__'],
  ])('rejects an invalid lexicon with the path of the problem (%#)', (data, path) => {
    let error: unknown;
    try {
      validateLexicon(cueLexiconSchema, 'mine', data);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as LexiconError).issues.map((issue) => issue.path)).toContain(path);
    expect((error as LexiconError).message).toContain('invalid lexicon "mine"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Entities in mention texts: names and demonyms, the head of a description before its apposition. */
import { describe, expect, it } from 'vitest';
import { compileEntities } from '../../src/perspectives/entities.js';
import { entityOfMention } from '../../src/perspectives/entities.js';
import type { ActorLexicon } from '../../src/index.js';

const pack: ActorLexicon = {
  name: 'test',
  version: '1.0.0',
  perspectives: [
    { id: 'north', label: 'Northland' },
    { id: 'south', label: 'Southland' },
  ],
  entities: [
    { id: 'northland', perspective: 'north', kind: 'place', label: 'Northland', names: ['Northland', 'Nordburg', 'N.L.'], demonyms: ['Northern', 'Northerners'] },
    { id: 'north-palace', perspective: 'north', kind: 'organization', label: 'the Palace', names: ['Palace'] },
    { id: 'ada-king', perspective: 'north', kind: 'person', label: 'Ada King', names: ['Ada King', 'King'] },
    { id: 'southland', perspective: 'south', kind: 'place', label: 'Southland', names: ['Southland', 'Port South'], demonyms: ['Southern'] },
  ],
};
const matcher = compileEntities(pack);

describe('entityOfMention', () => {
  it.each<[string, string | null, string | null]>([
    ['Nordburg', 'northland', 'name'],
    ['the Palace', 'north-palace', 'name'],
    ['Northern officials', 'northland', 'demonym'],
    ['N.L. diplomats', 'northland', 'name'],
    ['Port South', 'southland', 'name'],
    ['Northland’s foreign minister', 'northland', 'name'],
    // The head comes before a preposition and before an apposition.
    ['a senior Southern envoy to Northland', 'southland', 'demonym'],
    ['Joe Doe, a Southern diplomat', 'southland', 'demonym'],
    ['Ada King, the Northland envoy', 'ada-king', 'name'],
    // Case matters for names: "king" is no name.
    ['the king of the hill', null, null],
    ['local farmers', null, null],
  ])('%s → %s', (text, entity, by) => {
    const found = entityOfMention(matcher, text);
    expect(found?.entity.id ?? null).toBe(entity);
    expect(found?.by ?? null).toBe(by);
    if (found) expect(text.slice(found.start, found.end)).toBe(found.text);
  });
});

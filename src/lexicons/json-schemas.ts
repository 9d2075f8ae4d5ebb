import { z } from 'zod';
import { LEXICON_SCHEMAS } from './schemas.js';

/** The JSON Schema of each built-in lexicon kind, generated from its zod schema (the one source of truth). */
export function lexiconJsonSchemas(): Record<keyof typeof LEXICON_SCHEMAS, unknown> {
  const entries = Object.entries(LEXICON_SCHEMAS).map(([name, schema]) => [name, z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' })]);
  return Object.fromEntries(entries) as Record<keyof typeof LEXICON_SCHEMAS, unknown>;
}

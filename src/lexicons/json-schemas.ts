import { z } from 'zod';
import {
  actorLexiconSchema,
  boilerplateLexiconSchema,
  confidenceModelSchema,
  cueLexiconSchema,
  frameLexiconSchema,
  labelLexiconSchema,
  markerLexiconSchema,
  toneLexiconSchema,
} from './schemas.js';

/** The zod schema of each lexicon kind, by the file name of its JSON Schema. */
const SCHEMAS = {
  boilerplate: boilerplateLexiconSchema,
  cues: cueLexiconSchema,
  'confidence-model': confidenceModelSchema,
  actors: actorLexiconSchema,
  frames: frameLexiconSchema,
  markers: markerLexiconSchema,
  labels: labelLexiconSchema,
  tone: toneLexiconSchema,
} as const;

/** The JSON Schema of each built-in lexicon kind, generated from its zod schema (the one source of truth). */
export function lexiconJsonSchemas(): Record<keyof typeof SCHEMAS, unknown> {
  const entries = Object.entries(SCHEMAS).map(([name, schema]) => [name, z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' })]);
  return Object.fromEntries(entries) as Record<keyof typeof SCHEMAS, unknown>;
}

import { z } from 'zod';
import { boilerplateLexiconSchema, confidenceModelSchema, cueLexiconSchema } from './schemas.js';

/** The JSON Schema of each built-in lexicon kind, generated from its zod schema (the one source of truth). */
export function lexiconJsonSchemas(): Record<'boilerplate' | 'cues' | 'confidence-model', unknown> {
  return {
    boilerplate: z.toJSONSchema(boilerplateLexiconSchema, { target: 'draft-2020-12' }),
    cues: z.toJSONSchema(cueLexiconSchema, { target: 'draft-2020-12' }),
    'confidence-model': z.toJSONSchema(confidenceModelSchema, { target: 'draft-2020-12' }),
  };
}

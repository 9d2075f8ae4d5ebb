// Validates a lexicon file against its kind's schema and prints every problem with its path.
// Usage: npx tsx scripts/validate-lexicon.ts <kind> <file.json>
// Kinds: boilerplate, cues, actors, frames, markers, labels, tone.
import { readFileSync } from 'node:fs';
import {
  actorLexiconSchema,
  boilerplateLexiconSchema,
  cueLexiconSchema,
  frameLexiconSchema,
  labelLexiconSchema,
  markerLexiconSchema,
  toneLexiconSchema,
} from '../src/lexicons/schemas.js';
import { LexiconError, validateLexicon } from '../src/lexicons/validate.js';

const schemas = {
  boilerplate: boilerplateLexiconSchema,
  cues: cueLexiconSchema,
  actors: actorLexiconSchema,
  frames: frameLexiconSchema,
  markers: markerLexiconSchema,
  labels: labelLexiconSchema,
  tone: toneLexiconSchema,
} as const;

const [kind, file] = process.argv.slice(2);
if (!kind || !file || !(kind in schemas)) {
  console.error(`usage: npx tsx scripts/validate-lexicon.ts <${Object.keys(schemas).join('|')}> <file.json>`);
  process.exit(2);
}
try {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const lexicon = validateLexicon(schemas[kind as keyof typeof schemas] as never, file, data) as { entries?: Array<{ id: string }> };
  const ids = (lexicon.entries ?? (lexicon as unknown as { entities: Array<{ id: string }> }).entities).map((entry) => entry.id);
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (duplicates.length > 0) {
    console.error(`duplicate ids: ${[...new Set(duplicates)].join(', ')}`);
    process.exit(1);
  }
  console.log(`${file}: valid ${kind} lexicon, ${ids.length} entries`);
} catch (error) {
  console.error(error instanceof LexiconError ? error.message : String(error));
  process.exit(1);
}

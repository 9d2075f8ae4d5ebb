// Validates a lexicon file against its kind's schema and prints every problem with its path.
// Usage: npx tsx scripts/validate-lexicon.ts <kind> <file.json>
// Kinds: boilerplate, cues, confidence-model, actors, frames, markers, labels, tone.
import { readFileSync } from 'node:fs';
import { LEXICON_SCHEMAS } from '../src/lexicons/schemas.js';
import { LexiconError, validateLexicon } from '../src/lexicons/validate.js';

const schemas = LEXICON_SCHEMAS;

const [kind, file] = process.argv.slice(2);
if (!kind || !file || !(kind in schemas)) {
  console.error(`usage: npx tsx scripts/validate-lexicon.ts <${Object.keys(schemas).join('|')}> <file.json>`);
  process.exit(2);
}
try {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const lexicon = validateLexicon(schemas[kind as keyof typeof schemas] as never, file, data) as { entries?: unknown[]; entities?: unknown[]; weights?: object };
  const size = lexicon.entries?.length ?? lexicon.entities?.length ?? Object.keys(lexicon.weights ?? {}).length;
  console.log(`${file}: valid ${kind} lexicon, ${size} entries`);
} catch (error) {
  console.error(error instanceof LexiconError ? error.message : String(error));
  process.exit(1);
}

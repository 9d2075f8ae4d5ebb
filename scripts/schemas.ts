// Writes lexicons/schema/<name>.schema.json from the zod schemas in src/lexicons/schemas.ts.
import { writeFileSync } from 'node:fs';
import { lexiconJsonSchemas } from '../src/lexicons/json-schemas.js';

for (const [name, schema] of Object.entries(lexiconJsonSchemas())) {
  const path = new URL(`../lexicons/schema/${name}.schema.json`, import.meta.url);
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote lexicons/schema/${name}.schema.json`);
}

/**
 * Declaring your own sides: a climate-policy article (written for this example) analyzed with a
 * perspective pack of four sides (government, industry, scientists, activists) instead of the
 * built-in geopolitics pack.
 *
 *   npx tsx examples/climate.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../src/index.js';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

// A lexicon can be an object or, in Node, the path of a JSON file.
const analyzer = createAnalyzer({ lexicons: { actors: here('./climate-sides.json') } });
const analysis = analyzer.analyze(readFileSync(here('./climate.txt'), 'utf8'));

console.log('side          voice  quoted  attributions  how the author introduces it');
for (const perspective of analysis.perspectives) {
  if (perspective.entry === null) continue;
  const stances = perspective.stances.map((stance) => `${stance.stance} ×${stance.count}`).join(', ');
  console.log(
    `${perspective.label.padEnd(12)}  ${perspective.voiceShare.toFixed(2)}   ${perspective.directQuoteShare.toFixed(2)}    ${String(perspective.attributions.length).padEnd(12)}  ${stances}`,
  );
}
console.log(`\nbalance ${analysis.metrics.balance}, dominant: ${analysis.metrics.dominantPerspective ?? 'none'}`);
const distancing = analysis.metrics.authorial.framing.markers.filter((marker) => marker.category === 'distancing');
for (const marker of distancing) console.log(`author's distancing markers: ${marker.evidence.map((item) => `“${item.span.text}”`).join(', ')}`);

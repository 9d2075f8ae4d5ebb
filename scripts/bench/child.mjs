// Measurements that need a fresh process, run by scripts/bench.mjs:
//
//   node scripts/bench/child.mjs rss <dist url> <repo root> <target chars>
//   node scripts/bench/child.mjs hostile <dist url> <repo root> <case id>
//
// Prints one JSON object on stdout. Texts are rebuilt here from the source files, never passed through
// a file.

import { performance } from 'node:perf_hooks';
import { buildCorpus, exampleArticle, loadArticles } from './corpus.mjs';
import { hostileCase } from './hostile.mjs';

const [mode, distUrl, repoRoot, arg] = process.argv.slice(2);
if (!mode || !distUrl || !repoRoot || !arg) {
  console.error('usage: child.mjs rss|hostile <dist url> <repo root> <target chars | case id>');
  process.exit(2);
}

const MB = 1024 * 1024;
const rssMb = () => process.memoryUsage().rss / MB;
/** `process.resourceUsage().maxRSS` is in kilobytes. */
const maxRssMb = () => (process.resourceUsage().maxRSS * 1024) / MB;

/**
 * Every token's and attribution span's text is the slice of the input it points to.
 * @param {string} text
 * @param {any} analysis
 */
function spansExact(text, analysis) {
  /** @param {any} span */
  const exact = (span) => span === null || span === undefined || text.slice(span.start, span.end) === span.text;
  if (!analysis.tokens.every(exact)) return false;
  return analysis.attributions.every(
    /** @param {any} attribution */
    (attribution) => exact(attribution.source) && exact(attribution.cue) && attribution.content.every(exact),
  );
}

/** @param {any} analysis */
function summary(analysis) {
  return {
    tokens: analysis.tokens.length,
    sentences: analysis.sentences.length,
    quotes: analysis.quotes.length,
    attributions: analysis.attributions.length,
    actors: analysis.actors.length,
  };
}

const { createAnalyzer } = await import(distUrl);

if (mode === 'rss') {
  const targetChars = Number(arg);
  const { pieces } = buildCorpus(loadArticles(repoRoot).articles, targetChars);
  const text = pieces.join('\n\n');
  const analyzer = createAnalyzer({ maxChars: 6_000_000 });
  analyzer.analyze(exampleArticle(repoRoot));
  const beforeRssMb = rssMb();
  const beforeMaxRssMb = maxRssMb();
  const start = performance.now();
  const analysis = analyzer.analyze(text);
  const ms = performance.now() - start;
  const result = {
    chars: text.length,
    ms,
    beforeRssMb,
    beforeMaxRssMb,
    peakRssMb: maxRssMb(),
    ...summary(analysis),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else if (mode === 'hostile') {
  const entry = hostileCase(arg);
  const needsCorpus = entry.id === 'no-punctuation';
  const corpus = needsCorpus ? buildCorpus(loadArticles(repoRoot).articles, 1_000_000).text : '';
  const text = entry.make(corpus);
  const analyzer = createAnalyzer({ maxChars: 6_000_000 });
  analyzer.analyze(exampleArticle(repoRoot));
  const start = performance.now();
  const analysis = analyzer.analyze(text);
  const ms = performance.now() - start;
  const result = { id: entry.id, chars: text.length, ms, exact: spansExact(text, analysis), peakRssMb: maxRssMb(), ...summary(analysis) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  console.error(`child.mjs: unknown mode ${mode}`);
  process.exit(2);
}

// Hostile inputs (issue 6, item 2). Each has a time bound for one analyze() of it on a warm analyzer.
// Bounds are about three times what the build of the attribution issue took on the 2-core development
// machine, rounded up, so that they catch a superlinear blow-up rather than noise (measured: unbalanced
// quotes 1.1-1.2 s, long token 0.65-0.8 s, "he said" 1.3-2.0 s, nested quotes 0.25-0.4 s). The 1 MB
// text without punctuation is bounded by what 1 MB of ordinary articles costs (about 2.3 s analyzed one
// by one), since that build took 27 s on it: a quadratic stage, not the input, was being measured.

/** @typedef {{ id: string, label: string, boundMs: number, make: (corpus: string) => string }} HostileCase */

/**
 * 200,000 characters of quote marks that never close as they open: opening curly, guillemet, low-9
 * and straight marks in runs of one to three, separated by single spaces.
 */
function unbalancedQuotes() {
  const marks = ['“', '‘', '«', '„', '"', "'", '‹', '“‘', '«“', '"‘', '„‚', '““"'];
  let out = '';
  for (let index = 0; out.length < 200_000; index += 1) out += `${marks[index % marks.length]} `;
  return out.slice(0, 200_000);
}

/** 10,000 nested quotations, alternating double and single curly marks: “‘“‘… x …’”’”. */
function nestedQuotes() {
  const depth = 10_000;
  let open = '';
  let close = '';
  for (let level = 0; level < depth; level += 1) {
    open += level % 2 === 0 ? '“' : '‘';
    close = (level % 2 === 0 ? '”' : '’') + close;
  }
  return `${open}x${close}`;
}

/**
 * The corpus (about 1 MB) with every sentence-ending mark and line break removed: one paragraph, and
 * no sentence boundary a tokenizer can rely on. Quotes, names and cues are all still there.
 * @param {string} corpus
 */
function noSentencePunctuation(corpus) {
  return corpus.replace(/[.!?…;:]/gu, '').replace(/\s*[\r\n\u2028\u2029]+\s*/gu, ' ');
}

/** @type {HostileCase[]} */
export const HOSTILE_CASES = [
  { id: 'unbalanced-quotes', label: '200,000 chars of unbalanced quote marks', boundMs: 5_000, make: unbalancedQuotes },
  { id: 'long-token', label: "one 100,000-char token ('ab1.' ×25,000)", boundMs: 3_000, make: () => 'ab1.'.repeat(25_000) },
  { id: 'he-said', label: '"he said " ×20,000', boundMs: 5_000, make: () => 'he said '.repeat(20_000) },
  { id: 'nested-quotes', label: '10,000 nested quotations', boundMs: 1_500, make: nestedQuotes },
  { id: 'no-punctuation', label: '~1 MB text with no sentence punctuation', boundMs: 8_000, make: noSentencePunctuation },
  // Found by review of the perspectives issue: a quadratic regex on a mention's trailing characters,
  // a quadratic evidence list when every attribution is in the lead, a spread of 250,000 mentions.
  { id: 'source-gap', label: 'a source with 80,000 spaces inside', boundMs: 1_000, make: () => `Ivan Sidorov, the Kremlin${' '.repeat(80_000)}spokesman, said the plan failed.` },
  { id: 'one-paragraph', label: '2 MB of "X said …" in one paragraph', boundMs: 8_000, make: () => 'Putin said the sanctions were unfair. '.repeat(52_000) },
  { id: 'many-mentions', label: '250,000 mentions of one entity', boundMs: 5_000, make: () => `Russia said the talks failed.\n\n${'Moscow. '.repeat(250_000)}` },
  // Found by review of the mixed-quote change: single marks left open pile up, and every later mark
  // searched them all (13.8 s for this input).
  { id: 'open-singles', label: "40,000 open ‘ then 40,000 '' in one paragraph", boundMs: 5_000, make: () => "‘a ".repeat(40_000) + "''b ".repeat(40_000) },
  // A name run of acronyms and given names ending in a hyphenated name: the given-name split of a
  // name run once rescanned the rest of the run for every given name (172 s at 64,000 repetitions).
  { id: 'name-run', label: '32,000 "NBC John " then a hyphenated name', boundMs: 5_000, make: () => `He met ${'NBC John '.repeat(32_000)}Jean-Claude Juncker today.` },
];

/** @param {string} id */
export function hostileCase(id) {
  const found = HOSTILE_CASES.find((entry) => entry.id === id);
  if (!found) throw new Error(`bench: unknown hostile case ${id}`);
  return found;
}

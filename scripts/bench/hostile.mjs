// Hostile inputs (issue 6, item 2). Each has a time bound for one analyze() of it on a warm analyzer.
// Bounds were set at roughly three times the time measured on the 2-core development machine
// (framelens 0.1.0 of the attribution issue), rounded up: they catch a quadratic blow-up, not noise.

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
  { id: 'no-punctuation', label: '~1 MB text with no sentence punctuation', boundMs: 10_000, make: noSentencePunctuation },
];

/** @param {string} id */
export function hostileCase(id) {
  const found = HOSTILE_CASES.find((entry) => entry.id === id);
  if (!found) throw new Error(`bench: unknown hostile case ${id}`);
  return found;
}

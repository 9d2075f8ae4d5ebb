// Bench texts: the example article and corpora of a given size. Article text is read at run time only
// and never written anywhere (PolNeAR articles must not enter the repository or any file).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** @typedef {{ name: string, text: string }} Article */
/** @typedef {{ source: 'polnear-dev' | 'examples', dir: string, articles: Article[] }} ArticleSet */

/** Paragraph break used to join articles (and copies of a text). */
export const JOIN = '\n\n';

/**
 * @param {string} dir
 * @returns {Article[]}
 */
function readTexts(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8').trim() }))
    .filter((article) => article.text.length > 0);
}

/**
 * The articles a corpus is built from: `../shared/polnear/dev/text/*.txt` (relative to the repository
 * root) when that folder exists, else the example articles (`examples/*.txt`).
 * @param {string} repoRoot
 * @returns {ArticleSet}
 */
export function loadArticles(repoRoot) {
  const polnear = path.resolve(repoRoot, '..', 'shared', 'polnear', 'dev', 'text');
  if (existsSync(polnear)) {
    const articles = readTexts(polnear);
    if (articles.length > 0) return { source: 'polnear-dev', dir: polnear, articles };
  }
  const examples = path.join(repoRoot, 'examples');
  return { source: 'examples', dir: examples, articles: readTexts(examples) };
}

/** @param {string} repoRoot */
export function exampleArticle(repoRoot) {
  return readFileSync(path.join(repoRoot, 'examples', 'article.txt'), 'utf8');
}

/**
 * Articles taken in name order, cycling, until their joined length reaches `targetChars`.
 * @param {Article[]} articles
 * @param {number} targetChars UTF-16 code units
 * @returns {{ pieces: string[], text: string, passes: number }}
 */
export function buildCorpus(articles, targetChars) {
  if (articles.length === 0) throw new Error('bench: no articles to build a corpus from');
  /** @type {string[]} */
  const pieces = [];
  let length = 0;
  let index = 0;
  while (length < targetChars) {
    const text = /** @type {Article} */ (articles[index % articles.length]).text;
    length += (pieces.length > 0 ? JOIN.length : 0) + text.length;
    pieces.push(text);
    index += 1;
  }
  return { pieces, text: pieces.join(JOIN), passes: index / articles.length };
}

/**
 * `copies` copies of `text`, joined with blank lines.
 * @param {string} text
 * @param {number} copies
 */
export function repeatText(text, copies) {
  return Array.from({ length: copies }, () => text).join(JOIN);
}

/** @param {string} text */
export function utf8Bytes(text) {
  return Buffer.byteLength(text, 'utf8');
}

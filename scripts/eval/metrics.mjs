// Pure scoring functions for the attribution evaluation (no I/O).
//
// Definitions (see also scripts/eval.mjs --help):
// - Tokens are maximal runs of Unicode letters and digits (/[\p{L}\p{N}]+/gu), identified by their start
//   offset. A span's token set is the set of tokens it overlaps (for a discontinuous span, or several
//   spans of one role, the union over all fragments).
// - Per role (source, cue, content) and per article, the DISTINCT non-empty token sets of gold and of
//   predicted spans are matched one to one, greedily by descending Jaccard (ties: lower gold index, then
//   lower predicted index). Overlap match: Jaccard >= 0.5; exact match: Jaccard = 1.
//   The content of one relation is the union of all its Content/Content2 fragments (one set).
// - Relation: a predicted attribution matches a gold relation (one to one, greedily by content Jaccard,
//   descending) when content Jaccard >= 0.5 and the cue and the source each agree. Two spans agree when
//   both are absent, or both are present and share at least one token. Extension: when one of the two
//   spans has no token at all (punctuation-only cues such as ":" or "—"), they agree when their
//   character ranges overlap. One absent and one present never agree.
// - Jaccard of two empty sets is 0 (an empty content never matches).
// - Gold relations that have no Source, Cue or Content argument at all (trigger-only leftovers in the
//   annotation) are ignored and counted in `relation.ignoredGold`.
// - Quote classes of gold contents: see `quoteRegions` and `quoteClass`.

/** @typedef {[number, number]} Fragment  [start, end) character offsets, end exclusive. */
/** @typedef {{ start: number, end: number }} Token */

/**
 * A relation in fragment form: each role is a list of fragments (empty = role absent).
 * @typedef {object} RelationSpans
 * @property {string} id
 * @property {Fragment[]} source
 * @property {Fragment[]} cue
 * @property {Fragment[]} content
 */

/**
 * @typedef {object} PredictedSpan
 * @property {number} start
 * @property {number} end
 * @property {string} [text]
 */

/**
 * The library's attribution shape (only the fields the evaluation reads).
 * @typedef {object} PredictedAttribution
 * @property {string | number} [id]
 * @property {PredictedSpan | null} source
 * @property {PredictedSpan | null} cue
 * @property {PredictedSpan[]} content
 */

/**
 * @typedef {object} RoleCounts
 * @property {number} gold     distinct non-empty gold token sets
 * @property {number} pred     distinct non-empty predicted token sets
 * @property {number} exact    matched pairs with Jaccard = 1
 * @property {number} overlap  matched pairs with Jaccard >= 0.5
 */

/**
 * @typedef {object} RelationCounts
 * @property {number} gold         gold relations scored
 * @property {number} pred         predicted attributions
 * @property {number} matched
 * @property {number} ignoredGold  trigger-only gold relations that were ignored
 */

/** @typedef {'quoted' | 'partly' | 'unquoted'} QuoteClass */

/**
 * @typedef {object} QuoteCounts
 * @property {number} gold     distinct gold contents of this class
 * @property {number} matched  of which matched at overlap level in the content matching
 */

/**
 * @typedef {object} Counts
 * @property {number} articles
 * @property {RoleCounts} source
 * @property {RoleCounts} cue
 * @property {RoleCounts} content
 * @property {RelationCounts} relation
 * @property {Record<QuoteClass, QuoteCounts>} quote
 */

/**
 * @typedef {object} RoleItem  one distinct token set with a representative span
 * @property {Set<number>} tokens
 * @property {Fragment[]} fragments  fragments of the first span that produced this set
 */

/**
 * @typedef {object} Match
 * @property {number} gold   index into the gold list
 * @property {number} pred   index into the predicted list
 * @property {number} score  Jaccard
 */

/**
 * @typedef {object} RoleErrors
 * @property {RoleItem[]} missed    gold sets without an overlap match (false negatives)
 * @property {RoleItem[]} spurious  predicted sets without an overlap match (false positives)
 * @property {{ gold: RoleItem, pred: RoleItem, score: number }[]} boundary  overlap but not exact matches
 */

/**
 * @typedef {object} ArticleResult
 * @property {Counts} counts
 * @property {{ source: RoleErrors, cue: RoleErrors, content: RoleErrors,
 *   relation: { missed: RelationSpans[], spurious: RelationSpans[] },
 *   quote: { item: RoleItem, cls: QuoteClass, matched: boolean }[] }} details
 */

export const OVERLAP_THRESHOLD = 0.5;
export const ROLES = /** @type {const} */ (['source', 'cue', 'content']);
export const QUOTE_CLASSES = /** @type {const} */ (['quoted', 'partly', 'unquoted']);

/**
 * Tokenize a text into maximal runs of Unicode letters and digits.
 * @param {string} text
 * @returns {Token[]}
 */
export function tokenize(text) {
  /** @type {Token[]} */
  const out = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length });
  }
  return out;
}

/**
 * Index of the first token whose end is greater than `offset` (tokens sorted by start).
 * @param {Token[]} tokens
 * @param {number} offset
 */
function firstTokenEndingAfter(tokens, offset) {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (/** @type {Token} */ (tokens[mid]).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The token set (token start offsets) overlapped by the given fragments.
 * A token overlaps [s, e) when token.start < e and token.end > s; empty fragments overlap nothing.
 * @param {Token[]} tokens  output of `tokenize`
 * @param {Fragment[]} fragments
 * @returns {Set<number>}
 */
export function tokenSet(tokens, fragments) {
  /** @type {Set<number>} */
  const set = new Set();
  for (const [s, e] of fragments) {
    if (!(e > s)) continue;
    for (let i = firstTokenEndingAfter(tokens, s); i < tokens.length; i++) {
      const t = /** @type {Token} */ (tokens[i]);
      if (t.start >= e) break;
      set.add(t.start);
    }
  }
  return set;
}

/**
 * Jaccard index |a ∩ b| / |a ∪ b|; 0 when both are empty.
 * @param {Set<number>} a
 * @param {Set<number>} b
 */
export function jaccard(a, b) {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * Whether two sets share at least one element.
 * @param {Set<number>} a
 * @param {Set<number>} b
 */
export function sharesToken(a, b) {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/**
 * Whether two fragment lists share at least one character.
 * @param {Fragment[]} a
 * @param {Fragment[]} b
 */
export function fragmentsOverlap(a, b) {
  for (const [s1, e1] of a) for (const [s2, e2] of b) if (s1 < e2 && s2 < e1) return true;
  return false;
}

/**
 * One-to-one greedy matching: all pairs with score >= minScore, taken in descending score order
 * (ties: lower gold index, then lower predicted index), skipping pairs whose gold or prediction is
 * already taken. `score` may return a negative number to forbid a pair.
 * @param {number} nGold
 * @param {number} nPred
 * @param {(gold: number, pred: number) => number} score
 * @param {number} minScore
 * @returns {Match[]}  in the order taken
 */
export function greedyMatch(nGold, nPred, score, minScore) {
  /** @type {Match[]} */
  const candidates = [];
  for (let g = 0; g < nGold; g++) {
    for (let p = 0; p < nPred; p++) {
      const s = score(g, p);
      if (s >= minScore && s >= 0) candidates.push({ gold: g, pred: p, score: s });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.gold - y.gold || x.pred - y.pred);
  const usedGold = new Set();
  const usedPred = new Set();
  /** @type {Match[]} */
  const out = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPred.has(c.pred)) continue;
    usedGold.add(c.gold);
    usedPred.add(c.pred);
    out.push(c);
  }
  return out;
}

/**
 * Canonical string key of a token set.
 * @param {Set<number>} set
 */
export function setKey(set) {
  return [...set].sort((a, b) => a - b).join(',');
}

/**
 * Distinct non-empty token sets of a list of spans (each a fragment list), in first-seen order.
 * @param {Token[]} tokens
 * @param {Fragment[][]} spans
 * @returns {RoleItem[]}
 */
export function distinctSets(tokens, spans) {
  /** @type {Map<string, RoleItem>} */
  const seen = new Map();
  for (const fragments of spans) {
    const set = tokenSet(tokens, fragments);
    if (set.size === 0) continue;
    const key = setKey(set);
    if (!seen.has(key)) seen.set(key, { tokens: set, fragments });
  }
  return [...seen.values()];
}

/**
 * Match gold and predicted token sets of one role (greedy by Jaccard, threshold 0.5).
 * @param {Set<number>[]} gold
 * @param {Set<number>[]} pred
 * @returns {{ counts: RoleCounts, matches: Match[] }}
 */
export function matchRole(gold, pred) {
  const matches = greedyMatch(gold.length, pred.length, (g, p) => jaccard(/** @type {Set<number>} */ (gold[g]), /** @type {Set<number>} */ (pred[p])), OVERLAP_THRESHOLD);
  return {
    counts: {
      gold: gold.length,
      pred: pred.length,
      overlap: matches.length,
      exact: matches.filter((m) => m.score === 1).length,
    },
    matches,
  };
}

/**
 * Convert a predicted attribution of the library to fragment form. Null or empty spans are absent.
 * @param {PredictedAttribution} a
 * @param {number} index  used as id when the attribution has none
 * @returns {RelationSpans}
 */
export function fromPrediction(a, index) {
  /** @param {PredictedSpan | null | undefined} s @returns {Fragment[]} */
  const frag = (s) => (s && Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start ? [[s.start, s.end]] : []);
  return {
    id: a.id === undefined ? `P${index + 1}` : String(a.id),
    source: frag(a.source),
    cue: frag(a.cue),
    content: (a.content ?? []).flatMap((c) => frag(c)),
  };
}

/**
 * Whether a gold relation has no argument at all (only a trigger).
 * @param {RelationSpans} r
 */
export function isEmptyRelation(r) {
  return r.source.length === 0 && r.cue.length === 0 && r.content.length === 0;
}

/**
 * Whether two role spans agree for relation matching (see header comment).
 * @param {Token[]} tokens
 * @param {Fragment[]} gold
 * @param {Fragment[]} pred
 */
export function rolesAgree(tokens, gold, pred) {
  if (gold.length === 0 && pred.length === 0) return true;
  if (gold.length === 0 || pred.length === 0) return false;
  const g = tokenSet(tokens, gold);
  const p = tokenSet(tokens, pred);
  if (g.size > 0 && p.size > 0) return sharesToken(g, p);
  return fragmentsOverlap(gold, pred);
}

/**
 * Match predicted relations to gold relations (one to one, greedy by content Jaccard, descending).
 * A pair is eligible when content Jaccard >= 0.5 and cue and source agree (`rolesAgree`).
 * @param {Token[]} tokens
 * @param {RelationSpans[]} gold
 * @param {RelationSpans[]} pred
 * @returns {Match[]}
 */
export function matchRelations(tokens, gold, pred) {
  const gContent = gold.map((r) => tokenSet(tokens, r.content));
  const pContent = pred.map((r) => tokenSet(tokens, r.content));
  return greedyMatch(
    gold.length,
    pred.length,
    (gi, pi) => {
      const g = /** @type {RelationSpans} */ (gold[gi]);
      const p = /** @type {RelationSpans} */ (pred[pi]);
      const j = jaccard(/** @type {Set<number>} */ (gContent[gi]), /** @type {Set<number>} */ (pContent[pi]));
      if (j < OVERLAP_THRESHOLD) return -1;
      if (!rolesAgree(tokens, g.cue, p.cue) || !rolesAgree(tokens, g.source, p.source)) return -1;
      return j;
    },
    OVERLAP_THRESHOLD,
  );
}

const DOUBLE_PAIRS = /** @type {Record<string, string>} */ ({ '\u201C': '\u201D', '\u00AB': '\u00BB', '"': '"' });
const isWordChar = (/** @type {string | undefined} */ c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Quotation regions of a text, as sorted, non-overlapping [start, end) ranges that include the quote
 * marks. Scanned paragraph by paragraph (a paragraph ends at a newline):
 * - “ opens a quotation closed by ”; « by »; a straight " by the next ".
 * - ‘ opens a quotation when not preceded by a letter or digit; it is closed by the next ’ that is not
 *   followed by a letter or digit (so don’t, Ann’s are apostrophes, not closers).
 * - Inside a quotation, other marks are ignored (nested quotes belong to the outer one).
 * - A double quotation still open at the end of the paragraph runs to the paragraph end (news style:
 *   a quote continued in the next paragraph is not closed); an unclosed ‘ is dropped (not an opener)
 *   and the rest of the paragraph after it is scanned again.
 * - Stray closers outside a quotation are ignored.
 * @param {string} text
 * @returns {Fragment[]}
 */
export function quoteRegions(text) {
  /** @type {Fragment[]} */
  const regions = [];
  /** @type {{ at: number, closer: string } | null} */
  let open = null;
  /** positions of ‘ that turned out to be unclosed: rescanned as plain characters */
  const notOpeners = new Set();
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === undefined) {
      if (open && open.closer === '\u2019') {
        // unclosed single quote: drop it and rescan the rest of the paragraph after it
        notOpeners.add(open.at);
        i = open.at;
        open = null;
        continue;
      }
      if (open) regions.push([open.at, i]);
      open = null;
      continue;
    }
    if (open === null) {
      const closer = DOUBLE_PAIRS[c];
      if (closer !== undefined) open = { at: i, closer };
      else if (c === '\u2018' && !isWordChar(text[i - 1]) && !notOpeners.has(i)) open = { at: i, closer: '\u2019' };
    } else if (c === open.closer) {
      if (c === '\u2019' && isWordChar(text[i + 1])) continue;
      regions.push([open.at, i + 1]);
      open = null;
    }
  }
  return regions;
}

const QUOTE_CHARS = /["\u201C\u201D\u00AB\u00BB\u2018\u2019]/;

/**
 * Classify a gold content by quotation:
 * - 'quoted'   all its tokens lie inside quotation regions (the content is enclosed by quote marks, or is
 *              contained in a quotation);
 * - 'partly'   some but not all of its tokens lie inside quotation regions, or none does but the span
 *              itself contains a quote mark (it touches a quotation);
 * - 'unquoted' otherwise.
 * Apostrophes inside words (don’t) are not quote marks for the 'touches' rule.
 * @param {string} text
 * @param {Token[]} tokens
 * @param {Fragment[]} fragments  the content span
 * @param {Fragment[]} regions    output of `quoteRegions(text)`
 * @returns {QuoteClass}
 */
export function quoteClass(text, tokens, fragments, regions) {
  const set = tokenSet(tokens, fragments);
  const ends = new Map(tokens.map((t) => [t.start, t.end]));
  let inside = 0;
  for (const start of set) {
    const end = ends.get(start) ?? start;
    if (regions.some(([s, e]) => s <= start && end <= e)) inside++;
  }
  if (set.size > 0 && inside === set.size) return 'quoted';
  if (inside > 0) return 'partly';
  for (const [s, e] of fragments) {
    for (let i = s; i < e; i++) {
      const c = text[i];
      if (c === undefined || !QUOTE_CHARS.test(c)) continue;
      if ((c === '\u2019' || c === '\u2018') && isWordChar(text[i - 1]) && isWordChar(text[i + 1])) continue;
      return 'partly';
    }
  }
  return 'unquoted';
}

/** @returns {Counts} */
export function emptyCounts() {
  const role = () => ({ gold: 0, pred: 0, exact: 0, overlap: 0 });
  return {
    articles: 0,
    source: role(),
    cue: role(),
    content: role(),
    relation: { gold: 0, pred: 0, matched: 0, ignoredGold: 0 },
    quote: { quoted: { gold: 0, matched: 0 }, partly: { gold: 0, matched: 0 }, unquoted: { gold: 0, matched: 0 } },
  };
}

/**
 * Add counts `b` into `a` (mutates and returns `a`).
 * @param {Counts} a
 * @param {Counts} b
 * @returns {Counts}
 */
export function addCounts(a, b) {
  a.articles += b.articles;
  for (const role of ROLES) {
    a[role].gold += b[role].gold;
    a[role].pred += b[role].pred;
    a[role].exact += b[role].exact;
    a[role].overlap += b[role].overlap;
  }
  a.relation.gold += b.relation.gold;
  a.relation.pred += b.relation.pred;
  a.relation.matched += b.relation.matched;
  a.relation.ignoredGold += b.relation.ignoredGold;
  for (const q of QUOTE_CLASSES) {
    a.quote[q].gold += b.quote[q].gold;
    a.quote[q].matched += b.quote[q].matched;
  }
  return a;
}

/**
 * Score one article.
 * @param {string} text  the article text
 * @param {RelationSpans[]} goldRels  gold relations (trigger-only ones are ignored)
 * @param {RelationSpans[]} predRels  predicted relations (see `fromPrediction`)
 * @param {{ tokens?: Token[], regions?: Fragment[] }} [cache]  precomputed `tokenize(text)` / `quoteRegions(text)`
 * @returns {ArticleResult}
 */
export function evaluateArticle(text, goldRels, predRels, cache = {}) {
  const tokens = cache.tokens ?? tokenize(text);
  const regions = cache.regions ?? quoteRegions(text);
  const counts = emptyCounts();
  counts.articles = 1;
  const gold = goldRels.filter((r) => !isEmptyRelation(r));
  counts.relation.ignoredGold = goldRels.length - gold.length;

  /** @type {Record<'source' | 'cue' | 'content', RoleErrors>} */
  const roleErrors = /** @type {any} */ ({});
  /** @type {{ item: RoleItem, cls: QuoteClass, matched: boolean }[]} */
  const quote = [];
  for (const role of ROLES) {
    const g = distinctSets(tokens, gold.map((r) => r[role]));
    const p = distinctSets(tokens, predRels.map((r) => r[role]));
    const { counts: rc, matches } = matchRole(g.map((x) => x.tokens), p.map((x) => x.tokens));
    counts[role] = rc;
    const mg = new Set(matches.map((m) => m.gold));
    const mp = new Set(matches.map((m) => m.pred));
    roleErrors[role] = {
      missed: g.filter((_, i) => !mg.has(i)),
      spurious: p.filter((_, i) => !mp.has(i)),
      boundary: matches
        .filter((m) => m.score < 1)
        .map((m) => ({ gold: /** @type {RoleItem} */ (g[m.gold]), pred: /** @type {RoleItem} */ (p[m.pred]), score: m.score })),
    };
    if (role === 'content') {
      g.forEach((item, i) => {
        const cls = quoteClass(text, tokens, item.fragments, regions);
        const matched = mg.has(i);
        counts.quote[cls].gold++;
        if (matched) counts.quote[cls].matched++;
        quote.push({ item, cls, matched });
      });
    }
  }

  const relMatches = matchRelations(tokens, gold, predRels);
  counts.relation.gold = gold.length;
  counts.relation.pred = predRels.length;
  counts.relation.matched = relMatches.length;
  const rg = new Set(relMatches.map((m) => m.gold));
  const rp = new Set(relMatches.map((m) => m.pred));
  return {
    counts,
    details: {
      ...roleErrors,
      relation: { missed: gold.filter((_, i) => !rg.has(i)), spurious: predRels.filter((_, i) => !rp.has(i)) },
      quote,
    },
  };
}

/**
 * Precision, recall and F1 (0 when undefined).
 * @param {number} matched
 * @param {number} pred
 * @param {number} gold
 * @returns {{ p: number, r: number, f1: number }}
 */
export function prf(matched, pred, gold) {
  const p = pred > 0 ? matched / pred : 0;
  const r = gold > 0 ? matched / gold : 0;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

/**
 * @typedef {{ p: number, r: number, f1: number }} PRF
 * @typedef {object} Summary
 * @property {Counts} counts
 * @property {Record<'source' | 'cue' | 'content', { exact: PRF, overlap: PRF }>} roles
 * @property {PRF} relation
 * @property {Record<QuoteClass, { gold: number, matched: number, recall: number }>} quote
 */

/**
 * Micro-averaged scores from summed counts.
 * @param {Counts} counts
 * @returns {Summary}
 */
export function summarize(counts) {
  /** @type {any} */
  const roles = {};
  for (const role of ROLES) {
    const c = counts[role];
    roles[role] = { exact: prf(c.exact, c.pred, c.gold), overlap: prf(c.overlap, c.pred, c.gold) };
  }
  /** @type {any} */
  const quote = {};
  for (const q of QUOTE_CLASSES) {
    const c = counts.quote[q];
    quote[q] = { gold: c.gold, matched: c.matched, recall: c.gold > 0 ? c.matched / c.gold : 0 };
  }
  return {
    counts,
    roles,
    relation: prf(counts.relation.matched, counts.relation.pred, counts.relation.gold),
    quote,
  };
}

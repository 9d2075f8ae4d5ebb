#!/usr/bin/env node
// Mine attribution-cue statistics from the PolNeAR train split.
//
// Usage: node scripts/mine-cues.mjs [out.json] [--split train] [--top 120] [--lexicon lexicons/cues.json]
//                                   [--update-lexicon]
//
// Reads ../shared/polnear/<split> (or $POLNEAR_DIR/<split>) at run time, tokenizes every article with
// wink-nlp and, for every Cue span that takes part in an attribution relation, computes the lemma
// sequence of its tokens. It prints a ranked table and writes COUNTS ONLY (lemma sequences, counts,
// ratios) to the given JSON path. Article text is never written anywhere: the corpus has no licence
// to redistribute it, so keep the output outside the repository (e.g. /tmp/cue-stats.json).
//
// When --lexicon is given (default lexicons/cues.json if present) it also reports what share of the
// split's cue spans the lexicon covers: exact lemma sequence, or the head lemma of the span.
// --update-lexicon (train only) rewrites each entry's trainCount and cueRatio from these counts.

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
let outPath = null;
let split = 'train';
let top = 120;
let lexiconPath = join(repo, 'lexicons', 'cues.json');
let updateLexicon = false;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--split') split = argv[++i];
  else if (a === '--top') top = Number(argv[++i]);
  else if (a === '--lexicon') lexiconPath = resolve(argv[++i]);
  else if (a === '--no-lexicon') lexiconPath = null;
  else if (a === '--update-lexicon') updateLexicon = true;
  else if (a === '-h' || a === '--help') {
    console.log('node scripts/mine-cues.mjs [out.json] [--split train|dev] [--top N] [--lexicon path|--no-lexicon] [--update-lexicon]');
    process.exit(0);
  } else outPath = resolve(a);
}
if (outPath && outPath.startsWith(repo + '/') && !outPath.startsWith(join(repo, 'scratch'))) {
  // Counts only, but keep corpus-derived dumps out of the package anyway.
  console.warn(`warning: writing corpus statistics inside the repo (${outPath}); prefer /tmp`);
}

const polnear = process.env.POLNEAR_DIR
  ? resolve(process.env.POLNEAR_DIR)
  : resolve(repo, '..', 'shared', 'polnear');
const splitDir = join(polnear, split);
if (!existsSync(join(splitDir, 'text')) || !existsSync(join(splitDir, 'attributions'))) {
  console.log(`PolNeAR split not found at ${splitDir}; skipping (set POLNEAR_DIR to point elsewhere).`);
  process.exit(0);
}

// ---------------------------------------------------------------- brat parsing
/** Split a .ann file into records: a newline followed by T|E|A|R|N|# + digits + tab starts a record. */
function parseAnn(src) {
  const records = src.split(/\n(?=[TEARN#]\d+\t)/);
  const spans = new Map();
  const relations = [];
  for (const rec of records) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    if (tab < 0) continue;
    const id = rec.slice(0, tab);
    const rest = rec.slice(tab + 1);
    if (id[0] === 'T') {
      const tab2 = rest.indexOf('\t');
      const head = tab2 < 0 ? rest : rest.slice(0, tab2);
      const sp = head.indexOf(' ');
      const label = head.slice(0, sp);
      const frags = head
        .slice(sp + 1)
        .split(';')
        .map((f) => f.trim().split(/\s+/).map(Number))
        .filter((f) => f.length === 2 && f.every(Number.isFinite));
      spans.set(id, { label, frags });
    } else if (id[0] === 'E') {
      const args = {};
      for (const part of rest.trim().split(/\s+/)) {
        const c = part.indexOf(':');
        if (c > 0) args[part.slice(0, c)] = part.slice(c + 1);
      }
      relations.push(args);
    }
  }
  return { spans, relations };
}

// ---------------------------------------------------------------- tokenization
const nlp = winkNLP(model);
const its = nlp.its;

function tokenize(text) {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value);
  const lemmas = doc.tokens().out(its.lemma);
  const poses = doc.tokens().out(its.pos);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const toks = [];
  let off = 0;
  let misaligned = 0;
  for (let i = 0; i < values.length; i++) {
    off += (spaces[i] || '').length;
    const v = values[i];
    let start = off;
    if (text.substr(off, v.length) !== v) {
      // Re-synchronise if wink's reconstructed offsets drift (should not happen).
      const found = text.indexOf(v, off);
      if (found >= 0 && found - off < 20) start = found;
      misaligned++;
    }
    const lemma = (lemmas[i] == null || lemmas[i] === '' ? v : lemmas[i]).toLowerCase();
    toks.push({ start, end: start + v.length, lower: v.toLowerCase(), lemma, pos: poses[i] });
    off = start + v.length;
  }
  return { toks, misaligned };
}

// ---------------------------------------------------------------- head of a cue span
const AUX_LEMMAS = new Set(['be', 'have', 'do', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
const isPunct = (t) => t.pos === 'PUNCT' || /^[\p{P}\p{S}]+$/u.test(t.lower);
/** Head lemma: last non-auxiliary verb; else last noun; else first non-determiner word; else punctuation. */
function headOf(ts) {
  const verbs = ts.filter((t) => t.pos === 'VERB' && !AUX_LEMMAS.has(t.lemma));
  if (verbs.length) return { lemma: verbs[verbs.length - 1].lemma, kind: 'verb' };
  const nouns = ts.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (nouns.length) return { lemma: nouns[nouns.length - 1].lemma, kind: 'noun' };
  const auxVerb = ts.filter((t) => (t.pos === 'VERB' || t.pos === 'AUX') && t.lemma !== 'not');
  if (auxVerb.length) return { lemma: auxVerb[auxVerb.length - 1].lemma, kind: 'verb' };
  const words = ts.filter((t) => !isPunct(t) && t.pos !== 'DET');
  if (words.length) return { lemma: words[0].lemma, kind: words[0].pos === 'ADJ' ? 'adjective' : words[0].pos === 'ADP' ? 'preposition' : 'other' };
  if (ts.length) return { lemma: ts[0].lemma, kind: 'punctuation' };
  return { lemma: '', kind: 'empty' };
}

// ---------------------------------------------------------------- pass 1: cues
const textDir = join(splitDir, 'text');
const annDir = join(splitDir, 'attributions');
const annFiles = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
const articles = readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().map((f) => f.slice(0, -4));

const seqStats = new Map(); // lemma seq -> {count, relations, heads:Map, pos:Map}
const headStats = new Map(); // head lemma -> {count, kind:Map}
const lemmaTotal = new Map(); // lemma -> occurrences in all text
const lemmaInCue = new Map(); // lemma -> occurrences inside a cue span
const lemmaPos = new Map(); // lemma -> Map(pos -> n) over all text
const formLemma = new Map(); // lower-cased cue word form -> Map(lemma -> n)
const patterns = {
  articles: 0,
  relations: 0,
  relationsWithCue: 0,
  cueSpans: 0,
  tokens: 0,
  misalignedTokens: 0,
  singleToken: 0,
  multiToken: 0,
  discontinuous: 0,
  punctuationOnly: 0,
  colon: 0,
  dash: 0,
  headVerb: 0,
  headNoun: 0,
  headOther: 0,
  withAux: 0,
  withNegation: 0,
  withAdverb: 0,
  withPreposition: 0,
  tellPlusObject: 0,
  inStatement: 0,
  lengthHist: {},
};
const articleToks = []; // per article: {lemma,pos,cue} per token (pass 2); no text retained
const cueSpanTokens = []; // per cue span: token lemma array (for coverage later); no text

for (const name of articles) {
  const ann = annFiles.find((f) => f.startsWith(name + '_'));
  if (!ann) continue;
  const text = readFileSync(join(textDir, name + '.txt'), 'utf8');
  const { spans, relations } = parseAnn(readFileSync(join(annDir, ann), 'utf8'));
  const { toks, misaligned } = tokenize(text);
  patterns.articles++;
  patterns.tokens += toks.length;
  patterns.misalignedTokens += misaligned;

  const inCue = new Int32Array(toks.length); // 0 = outside, k = inside the k-th cue span of this article
  const cueIds = new Map(); // cue T id -> number of relations
  for (const r of relations) {
    patterns.relations++;
    if (r.Cue && spans.has(r.Cue)) {
      patterns.relationsWithCue++;
      cueIds.set(r.Cue, (cueIds.get(r.Cue) || 0) + 1);
    }
  }
  for (const [cid, nrel] of cueIds) {
    const span = spans.get(cid);
    const idx = [];
    const fragToks = span.frags.map(([s, e]) => {
      const ft = [];
      toks.forEach((t, i) => {
        if (t.start < e && t.end > s) {
          ft.push(t);
          idx.push(i);
        }
      });
      return ft;
    });
    const ts = fragToks.flat();
    if (!ts.length) continue;
    patterns.cueSpans++;
    for (const i of idx) inCue[i] = patterns.cueSpans;
    const seq = fragToks
      .filter((f) => f.length)
      .map((f) => f.map((t) => t.lemma).join(' '))
      .join(' … ');
    const head = headOf(ts);
    let st = seqStats.get(seq);
    if (!st) seqStats.set(seq, (st = { count: 0, relations: 0, heads: new Map(), pos: new Map(), tokens: ts.length, discontinuous: fragToks.length > 1 }));
    st.count++;
    st.relations += nrel;
    st.heads.set(head.lemma, (st.heads.get(head.lemma) || 0) + 1);
    const posSeq = ts.map((t) => t.pos).join(' ');
    st.pos.set(posSeq, (st.pos.get(posSeq) || 0) + 1);
    let hs = headStats.get(head.lemma);
    if (!hs) headStats.set(head.lemma, (hs = { count: 0, kind: new Map() }));
    hs.count++;
    hs.kind.set(head.kind, (hs.kind.get(head.kind) || 0) + 1);
    for (const t of ts) {
      let m = formLemma.get(t.lower);
      if (!m) formLemma.set(t.lower, (m = new Map()));
      m.set(t.lemma, (m.get(t.lemma) || 0) + 1);
    }
    cueSpanTokens.push({ seq, lemmas: ts.map((t) => t.lemma), head: head.lemma });

    // patterns
    const n = ts.length;
    patterns.lengthHist[n >= 6 ? '6+' : n] = (patterns.lengthHist[n >= 6 ? '6+' : n] || 0) + 1;
    if (n === 1) patterns.singleToken++;
    else patterns.multiToken++;
    if (span.frags.length > 1) patterns.discontinuous++;
    if (ts.every(isPunct)) {
      patterns.punctuationOnly++;
      if (ts.some((t) => t.lower === ':')) patterns.colon++;
      if (ts.some((t) => /^[-–—]+$/.test(t.lower))) patterns.dash++;
    }
    if (head.kind === 'verb') patterns.headVerb++;
    else if (head.kind === 'noun') patterns.headNoun++;
    else patterns.headOther++;
    if (ts.some((t) => t.pos === 'AUX')) patterns.withAux++;
    if (ts.some((t) => t.lemma === 'not' || t.lower === "n't" || t.lower === 'never')) patterns.withNegation++;
    if (ts.some((t) => t.pos === 'ADV')) patterns.withAdverb++;
    if (ts.some((t) => t.pos === 'ADP')) patterns.withPreposition++;
    if (n > 1 && ts[0].lemma === 'tell') patterns.tellPlusObject++;
    if (ts.some((t) => t.lemma === 'statement') && ts.some((t) => t.lemma === 'in')) patterns.inStatement++;
  }

  toks.forEach((t, i) => {
    lemmaTotal.set(t.lemma, (lemmaTotal.get(t.lemma) || 0) + 1);
    if (inCue[i]) lemmaInCue.set(t.lemma, (lemmaInCue.get(t.lemma) || 0) + 1);
    let m = lemmaPos.get(t.lemma);
    if (!m) lemmaPos.set(t.lemma, (m = new Map()));
    m.set(t.pos, (m.get(t.pos) || 0) + 1);
  });
  // keep lemma/POS/cue arrays for pass 2 (n-gram occurrence counting); no text retained
  articleToks.push(toks.map((t, i) => ({ lemma: t.lemma, pos: t.pos, cue: inCue[i] })));
}

// ---------------------------------------------------------------- pass 2: occurrences of multi-word cue sequences
const seqOcc = new Map();
const multi = [...seqStats.keys()].filter((s) => !s.includes('…') && s.includes(' '));
const byLen = new Map();
for (const s of multi) {
  const n = s.split(' ').length;
  if (n > 8) continue;
  if (!byLen.has(n)) byLen.set(n, new Set());
  byLen.get(n).add(s);
}
for (const at of articleToks) {
  const lem = at.map((t) => t.lemma);
  for (const [n, set] of byLen) {
    for (let i = 0; i + n <= lem.length; i++) {
      const g = lem.slice(i, i + n).join(' ');
      if (set.has(g)) seqOcc.set(g, (seqOcc.get(g) || 0) + 1);
    }
  }
}
function occurrences(seq) {
  if (seq.includes('…')) return null;
  if (!seq.includes(' ')) return lemmaTotal.get(seq) || 0;
  return seqOcc.get(seq) ?? null;
}

// ---------------------------------------------------------------- output
const round = (x) => (x == null ? null : Math.round(x * 1000) / 1000);
const total = patterns.cueSpans;
const seqRows = [...seqStats.entries()]
  .map(([seq, st]) => {
    const occ = occurrences(seq);
    return {
      seq,
      count: st.count,
      share: round(st.count / total),
      relations: st.relations,
      occurrences: occ,
      cueRatio: occ ? round(Math.min(1, st.count / occ)) : null,
      head: [...st.heads.entries()].sort((a, b) => b[1] - a[1])[0][0],
      pos: [...st.pos.entries()].sort((a, b) => b[1] - a[1])[0][0],
      discontinuous: st.discontinuous,
    };
  })
  .sort((a, b) => b.count - a.count || a.seq.localeCompare(b.seq));

const headRows = [...headStats.entries()]
  .map(([lemma, hs]) => {
    const occ = lemmaTotal.get(lemma) || 0;
    const inCue = lemmaInCue.get(lemma) || 0;
    const exact = seqStats.get(lemma)?.count || 0;
    const posDist = Object.fromEntries([...(lemmaPos.get(lemma) || new Map()).entries()].sort((a, b) => b[1] - a[1]));
    return {
      lemma,
      headCount: hs.count,
      exactCount: exact,
      occurrences: occ,
      inCueOccurrences: inCue,
      // share of all occurrences of the lemma that lie inside some cue span
      tokenCueRatio: occ ? round(Math.min(1, inCue / occ)) : null,
      // share of occurrences where the lemma is the whole cue
      exactCueRatio: occ ? round(Math.min(1, exact / occ)) : null,
      kind: [...hs.kind.entries()].sort((a, b) => b[1] - a[1])[0][0],
      posDistribution: posDist,
    };
  })
  .sort((a, b) => b.headCount - a.headCount || a.lemma.localeCompare(b.lemma));

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`PolNeAR ${split}: ${patterns.articles} articles, ${patterns.relations} relations, ${total} cue spans, ${patterns.tokens} tokens`);
console.log(`\nTop ${top} cue lemma sequences (count = cue spans; occ = occurrences of the lemma sequence in all text)`);
console.log(`${pad('#', 4)}${pad('lemma sequence', 36)}${lpad('count', 7)}${lpad('share', 7)}${lpad('occ', 7)}${lpad('ratio', 7)}  head`);
let cum = 0;
seqRows.slice(0, top).forEach((r, i) => {
  cum += r.count;
  console.log(
    `${pad(i + 1, 4)}${pad(r.seq.slice(0, 35), 36)}${lpad(r.count, 7)}${lpad((100 * r.share).toFixed(1), 7)}${lpad(r.occurrences ?? '-', 7)}${lpad(r.cueRatio ?? '-', 7)}  ${r.head}`,
  );
});
console.log(`(top ${Math.min(top, seqRows.length)} sequences cover ${((100 * cum) / total).toFixed(1)}% of cue spans; ${seqRows.length} distinct sequences)`);

console.log(`\nTop ${top} head lemmas (tokenRatio = share of the lemma's occurrences inside a cue span)`);
console.log(`${pad('#', 4)}${pad('head lemma', 20)}${lpad('heads', 7)}${lpad('exact', 7)}${lpad('occ', 7)}${lpad('tokR', 7)}${lpad('exactR', 8)}  kind`);
headRows.slice(0, top).forEach((r, i) => {
  console.log(
    `${pad(i + 1, 4)}${pad(r.lemma.slice(0, 19), 20)}${lpad(r.headCount, 7)}${lpad(r.exactCount, 7)}${lpad(r.occurrences, 7)}${lpad(r.tokenCueRatio ?? '-', 7)}${lpad(r.exactCueRatio ?? '-', 8)}  ${r.kind}`,
  );
});

const pct = (n) => `${n} (${((100 * n) / total).toFixed(1)}%)`;
console.log('\nCue span patterns');
for (const k of ['singleToken', 'multiToken', 'discontinuous', 'punctuationOnly', 'colon', 'dash', 'headVerb', 'headNoun', 'headOther', 'withAux', 'withNegation', 'withAdverb', 'withPreposition', 'tellPlusObject', 'inStatement'])
  console.log(`  ${pad(k, 18)}${pct(patterns[k])}`);
console.log(`  length histogram  ${JSON.stringify(patterns.lengthHist)}`);
if (patterns.misalignedTokens) console.log(`  (offset re-synchronisations: ${patterns.misalignedTokens})`);

// ---------------------------------------------------------------- lexicon coverage and per-entry statistics
const POS_GROUP = {
  verb: new Set(['VERB', 'AUX']),
  noun: new Set(['NOUN', 'PROPN']),
  adjective: new Set(['ADJ']),
  preposition: new Set(['ADP']),
  punctuation: new Set(['PUNCT', 'SYM', 'X']),
};
/** Per article, token positions covered by some multi-word lexicon entry (longest match wins). */
function phraseCoverage(entries) {
  const phrases = entries.filter((e) => e.lemmas.length > 1).map((e) => e.lemmas);
  return articleToks.map((at) => {
    const covered = new Uint8Array(at.length);
    for (const L of phrases)
      for (let i = 0; i + L.length <= at.length; i++) {
        let ok = true;
        for (let k = 0; k < L.length; k++) if (at[i + k].lemma !== L[k]) { ok = false; break; }
        if (ok) covered.fill(1, i, i + L.length);
      }
    return covered;
  });
}
/**
 * trainCount: occurrences inside a cue span (single words: tagged with the entry's POS group and not
 * part of a multi-word entry's match, so "call" excludes "call for"; phrases: every token of the lemma
 * n-gram inside the same cue span). cueRatio: trainCount / all such occurrences (the bare lemma n-gram
 * for phrases); null when never seen.
 */
function entryStats(entry, covered) {
  const L = entry.lemmas;
  const group = L.length === 1 ? POS_GROUP[entry.pos] : null;
  let occ = 0;
  let cue = 0;
  articleToks.forEach((at, a) => {
    for (let i = 0; i + L.length <= at.length; i++) {
      let ok = true;
      for (let k = 0; k < L.length; k++) if (at[i + k].lemma !== L[k]) { ok = false; break; }
      if (!ok) continue;
      if (group && (!group.has(at[i].pos) || covered[a][i])) continue;
      occ++;
      const c = at[i].cue;
      if (c && at.slice(i, i + L.length).every((t) => t.cue === c)) cue++;
    }
  });
  return { trainCount: cue, occurrences: occ, cueRatio: occ ? round(cue / occ) : null };
}

let coverage = null;
let lex = null;
if (lexiconPath && existsSync(lexiconPath)) {
  lex = JSON.parse(readFileSync(lexiconPath, 'utf8'));
  const seqSet = new Set(lex.entries.map((e) => e.lemmas.join(' ')));
  const singles = new Set(lex.entries.filter((e) => e.lemmas.length === 1).map((e) => e.lemmas[0]));
  const phrases = [...seqSet].filter((q) => q.includes(' '));
  let exact = 0;
  let head = 0;
  let contains = 0;
  const missed = new Map();
  for (const c of cueSpanTokens) {
    if (seqSet.has(c.seq)) exact++;
    else if (singles.has(c.head)) head++;
    else {
      const joined = ` ${c.lemmas.join(' ')} `;
      if (phrases.some((q) => joined.includes(` ${q} `)) || c.lemmas.some((l) => singles.has(l))) contains++;
      else missed.set(c.seq, (missed.get(c.seq) || 0) + 1);
    }
  }
  const covered = phraseCoverage(lex.entries);
  const perEntry = lex.entries.map((e) => ({ id: e.id, ...entryStats(e, covered) }));
  const unseen = perEntry.filter((e) => e.occurrences === 0).map((e) => e.id);
  coverage = {
    lexicon: lexiconPath.replace(repo + '/', ''),
    entries: lex.entries.length,
    exact: round(exact / total),
    exactOrHead: round((exact + head) / total),
    anyToken: round((exact + head + contains) / total),
    topMissed: [...missed.entries()].sort((a, b) => b[1] - a[1]).slice(0, 80),
    unseenEntries: unseen,
    perEntry,
  };
  console.log(`\nLexicon coverage (${lex.entries.length} entries): exact ${pct(exact)}; exact-or-head ${pct(exact + head)}; any cue word ${pct(exact + head + contains)}`);
  console.log(`  most frequent uncovered cue sequences: ${coverage.topMissed.slice(0, 50).map(([l, n]) => `${l}:${n}`).join(' | ')}`);
  console.log(`  entries never seen in ${split} (check the lemma with wink): ${unseen.join(' ')}`);
  if (updateLexicon) {
    if (split !== 'train') throw new Error('--update-lexicon only with the train split');
    const byId = new Map(perEntry.map((e) => [e.id, e]));
    for (const e of lex.entries) {
      const st = byId.get(e.id);
      e.trainCount = st.trainCount;
      e.cueRatio = st.cueRatio;
    }
    writeFileSync(lexiconPath, JSON.stringify(lex, null, 2) + '\n');
    console.log(`  updated trainCount/cueRatio in ${lexiconPath}`);
  }
}

if (outPath) {
  const formLemmas = Object.fromEntries(
    [...formLemma.entries()]
      .filter(([, m]) => [...m.values()].reduce((a, b) => a + b, 0) >= 3)
      .map(([f, m]) => [f, Object.fromEntries([...m.entries()].sort((a, b) => b[1] - a[1]))]),
  );
  const out = {
    note: 'Counts derived from PolNeAR; no article text. Do not commit.',
    split,
    generatedBy: 'scripts/mine-cues.mjs',
    totals: { ...patterns },
    sequences: seqRows.filter((r) => r.count >= 2 || !r.seq.includes(' ')),
    heads: headRows,
    cueFormLemmas: formLemmas,
    coverage,
  };
  writeFileSync(outPath, JSON.stringify(out, null, 1));
  console.log(`\nwrote ${outPath}`);
}

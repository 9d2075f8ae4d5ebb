// Tests of the evaluation harness (scripts/eval/brat.mjs and scripts/eval/metrics.mjs).
// All texts here are synthetic; no corpus text.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goldRelations, listArticles, parseBrat, parseFragments, splitRecords } from '../scripts/eval/brat.mjs';
import {
  addCounts,
  distinctSets,
  emptyCounts,
  evaluateArticle,
  fromPrediction,
  greedyMatch,
  isEmptyRelation,
  jaccard,
  matchRelations,
  matchRole,
  prf,
  quoteClass,
  quoteRegions,
  rolesAgree,
  summarize,
  tokenSet,
  tokenize,
  type Fragment,
  type RelationSpans,
} from '../scripts/eval/metrics.mjs';

/** [start, end) of the n-th occurrence (0-based) of `sub` in `text`. */
function at(text: string, sub: string, n = 0): Fragment {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(sub, i + 1);
    if (i < 0) throw new Error(`"${sub}" not found`);
  }
  return [i, i + sub.length];
}

function rel(id: string, source: Fragment[], cue: Fragment[], content: Fragment[]): RelationSpans {
  return { id, source, cue, content };
}

describe('brat parser', () => {
  const ann = [
    'T1\tSource 0 5\tAlice',
    'T2\tCue 6 10\tsaid',
    'T3\tContent 11 20;25 40\tfirst part\nsecond line of it',
    'T4\tAttribution 6 10\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    '#1\tAnnotatorNotes T3\tcheck this',
    'T5\tContent 50 60\tThe text\nT is not a record\nE nor this',
    'T6\tContent2 70 80\tmore',
    'T7\tAttribution-no-source 45 48\tadd',
    'T8\tCue 45 48\tadd',
    'E2\tAttribution-no-source:T7 Cue:T8 Content:T5 Content2:T6',
    'E3\tAttribution-no-source:T7 ',
    '',
  ].join('\n');

  it('splits records only before an id and a tab, keeping newlines inside span text', () => {
    const records = splitRecords(ann);
    expect(records).toHaveLength(12);
    expect(records[2]).toBe('T3\tContent 11 20;25 40\tfirst part\nsecond line of it');
    expect(records[6]).toBe('T5\tContent 50 60\tThe text\nT is not a record\nE nor this');
  });

  it('handles CRLF and a trailing newline', () => {
    expect(splitRecords('T1\tCue 0 4\tsaid\r\nE1\tAttribution:T2 Cue:T1\r\n')).toEqual([
      'T1\tCue 0 4\tsaid',
      'E1\tAttribution:T2 Cue:T1',
    ]);
  });

  it('parses continuous and discontinuous offsets', () => {
    expect(parseFragments('120 211')).toEqual([[120, 211]]);
    expect(parseFragments('10 20;25 40')).toEqual([
      [10, 20],
      [25, 40],
    ]);
    expect(parseFragments('10 x')).toBeNull();
    expect(parseFragments('20 10')).toBeNull();
  });

  it('parses spans, events, notes and multi-line text', () => {
    const doc = parseBrat(ann);
    expect(doc.spans.size).toBe(8);
    expect(doc.spans.get('T3')).toEqual({
      id: 'T3',
      label: 'Content',
      fragments: [
        [11, 20],
        [25, 40],
      ],
      text: 'first part\nsecond line of it',
    });
    expect(doc.spans.get('T5')?.text).toBe('The text\nT is not a record\nE nor this');
    expect(doc.events.map((e) => e.id)).toEqual(['E1', 'E2', 'E3']);
    expect(doc.events[0]?.type).toBe('Attribution');
    expect(doc.events[0]?.trigger).toBe('T4');
    expect(doc.events[1]?.args.find((a) => a.role === 'Content2')).toEqual({ role: 'Content2', baseRole: 'Content', ref: 'T6' });
    expect(doc.events[2]?.args).toEqual([]);
    expect(doc.notes).toEqual([{ id: '#1', body: 'AnnotatorNotes T3\tcheck this' }]);
    expect(doc.warnings).toEqual([]);
  });

  it('builds gold relations with merged Content/Content2 and missing sources', () => {
    const rels = goldRelations(parseBrat(ann));
    expect(rels).toHaveLength(3);
    expect(rels[0]).toEqual({
      id: 'E1',
      type: 'Attribution',
      source: [[0, 5]],
      cue: [[6, 10]],
      content: [
        [11, 20],
        [25, 40],
      ],
    });
    expect(rels[1]?.source).toEqual([]);
    expect(rels[1]?.content).toEqual([
      [50, 60],
      [70, 80],
    ]);
    expect(isEmptyRelation(rels[2]!)).toBe(true);
    expect(isEmptyRelation(rels[1]!)).toBe(false);
  });

  it('warns about arguments that refer to missing spans', () => {
    const doc = parseBrat('T1\tCue 0 4\tsaid\nE1\tAttribution:T9 Cue:T1 Source:T7');
    const rels = goldRelations(doc);
    expect(rels[0]?.source).toEqual([]);
    expect(rels[0]?.cue).toEqual([[0, 4]]);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toContain('T7');
  });

  describe('listArticles', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'framelens-eval-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('pairs each text with its .ann files and picks the first in name order', async () => {
      mkdirSync(path.join(dir, 'text'));
      mkdirSync(path.join(dir, 'attributions'));
      for (const f of ['b_one.txt', 'a_two.txt', 'c_three.txt']) writeFileSync(path.join(dir, 'text', f), 'x');
      for (const f of ['b_one_zz99.ann', 'b_one_aa11.ann', 'a_two_cc33.ann']) writeFileSync(path.join(dir, 'attributions', f), '');
      const arts = await listArticles(dir);
      expect(arts.map((a) => a.name)).toEqual(['a_two', 'b_one', 'c_three']);
      expect(path.basename(arts[1]!.annPath!)).toBe('b_one_aa11.ann');
      expect(arts[1]!.annPaths.map((p) => path.basename(p))).toEqual(['b_one_aa11.ann', 'b_one_zz99.ann']);
      expect(arts[2]!.annPath).toBeNull();
    });
  });
});

describe('tokens and Jaccard', () => {
  it('tokenizes maximal runs of Unicode letters and digits', () => {
    const text = 'Café naïve, 42-year-old Ünal';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Café', 'naïve', '42', 'year', 'old', 'Ünal']);
  });

  it('collects the tokens a span overlaps, including partial overlaps and discontinuous fragments', () => {
    const text = 'one two three four five';
    const tokens = tokenize(text);
    // "wo thr" overlaps "two" and "three"
    expect([...tokenSet(tokens, [[5, 11]])]).toEqual([4, 8]);
    // discontinuous: "one" + "five"
    expect([...tokenSet(tokens, [at(text, 'one'), at(text, 'five')])].sort((a, b) => a - b)).toEqual([0, 19]);
    // spaces and empty fragments overlap nothing
    expect(tokenSet(tokens, [[3, 4]]).size).toBe(0);
    expect(tokenSet(tokens, [[5, 5]]).size).toBe(0);
  });

  it('computes known Jaccard values', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4]))).toBe(0.5);
    expect(jaccard(new Set([1, 2]), new Set([1, 2]))).toBe(1);
    expect(jaccard(new Set([1]), new Set([2]))).toBe(0);
    expect(jaccard(new Set([1, 2, 3, 4]), new Set([1]))).toBe(0.25);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('greedy matching', () => {
  it('takes pairs by descending score, one to one, even when another assignment matches more', () => {
    const scores = [
      [0.9, 0.8],
      [0.85, 0.1],
    ];
    const matches = greedyMatch(2, 2, (g, p) => scores[g]![p]!, 0.5);
    expect(matches).toEqual([{ gold: 0, pred: 0, score: 0.9 }]);
  });

  it('breaks ties by gold then prediction index and skips forbidden pairs', () => {
    const matches = greedyMatch(2, 2, (g, p) => (g === 0 && p === 0 ? -1 : 0.7), 0.5);
    expect(matches).toEqual([
      { gold: 0, pred: 1, score: 0.7 },
      { gold: 1, pred: 0, score: 0.7 },
    ]);
  });

  it('counts exact and overlap matches of token sets', () => {
    const gold = [new Set([1, 2, 3, 4]), new Set([10, 11]), new Set([20])];
    const pred = [new Set([1, 2, 3]), new Set([10, 11]), new Set([30])];
    const { counts, matches } = matchRole(gold, pred);
    expect(counts).toEqual({ gold: 3, pred: 3, exact: 1, overlap: 2 });
    expect(matches.map((m) => [m.gold, m.pred, m.score])).toEqual([
      [1, 1, 1],
      [0, 0, 0.75],
    ]);
  });

  it('keeps distinct non-empty token sets only', () => {
    const text = 'Ann and Ann : said';
    const tokens = tokenize(text);
    const items = distinctSets(tokens, [[at(text, 'Ann')], [[0, 3]], [[0, 2]], [at(text, ':')], [at(text, 'Ann', 1)]]);
    expect(items).toHaveLength(2);
    expect(items[0]?.fragments).toEqual([[0, 3]]);
  });
});

describe('quotation classes', () => {
  const text = [
    'Ann said “we will win the vote” today.',
    'Bob said the plan is “a disaster” for all.',
    'Cid said that taxes will rise and don’t matter.',
    '“This quote runs on',
    'Dee called it ‘bad’ and it’s late.',
  ].join('\n');
  const tokens = tokenize(text);
  const regions = quoteRegions(text);

  it('finds quotation regions, continuing open double quotes to the paragraph end', () => {
    const strs = regions.map(([s, e]) => text.slice(s, e));
    expect(strs).toEqual(['“we will win the vote”', '“a disaster”', '“This quote runs on', '‘bad’']);
  });

  it('does not treat apostrophes as quotes and drops an unclosed single quote', () => {
    const t = 'it’s ‘90s music and “fine”';
    expect(quoteRegions(t).map(([s, e]) => t.slice(s, e))).toEqual(['“fine”']);
  });

  it('classifies contents as quoted, partly quoted or unquoted', () => {
    expect(quoteClass(text, tokens, [at(text, '“we will win the vote”')], regions)).toBe('quoted');
    // contained in a quotation without its marks
    expect(quoteClass(text, tokens, [at(text, 'will win')], regions)).toBe('quoted');
    expect(quoteClass(text, tokens, [at(text, 'the plan is “a disaster” for all')], regions)).toBe('partly');
    expect(quoteClass(text, tokens, [at(text, 'that taxes will rise and don’t matter')], regions)).toBe('unquoted');
    expect(quoteClass(text, tokens, [at(text, 'quote runs')], regions)).toBe('quoted');
    expect(quoteClass(text, tokens, [at(text, 'it ‘bad’ and it’s late')], regions)).toBe('partly');
  });

  it('classifies a content spanning a newline by all its tokens', () => {
    // news style: a quotation continued in the next paragraph is reopened there
    const t = '“First line\n“second line,” she said';
    const toks = tokenize(t);
    expect(quoteClass(t, toks, [[0, t.length]], quoteRegions(t))).toBe('partly');
    expect(quoteClass(t, toks, [at(t, '“First line\n“second line,”')], quoteRegions(t))).toBe('quoted');
  });
});

describe('relations', () => {
  const text = 'Ann Lee said: the vote\nwas rigged badly. Bob thinks “taxes will rise” soon. Critics : reform fails.';
  const tokens = tokenize(text);

  it('requires source and cue to share a token, or both to be absent', () => {
    expect(rolesAgree(tokens, [at(text, 'Ann Lee')], [at(text, 'Lee')])).toBe(true);
    expect(rolesAgree(tokens, [at(text, 'Ann')], [at(text, 'Lee')])).toBe(false);
    expect(rolesAgree(tokens, [], [])).toBe(true);
    expect(rolesAgree(tokens, [], [at(text, 'Bob')])).toBe(false);
    expect(rolesAgree(tokens, [at(text, 'Bob')], [])).toBe(false);
    // punctuation-only cues have no token: character overlap decides
    expect(rolesAgree(tokens, [at(text, ':', 1)], [at(text, ':', 0)])).toBe(false);
    expect(rolesAgree(tokens, [at(text, ':', 1)], [at(text, ' : ')])).toBe(true);
    // a punctuation-only cue against a word cue: characters must still overlap
    expect(rolesAgree(tokens, [at(text, ':', 0)], [at(text, 'said:')])).toBe(true);
  });

  it('matches relations greedily by content Jaccard with role agreement', () => {
    const gold = [
      rel('E1', [at(text, 'Ann Lee')], [at(text, 'said')], [at(text, 'the vote\nwas rigged badly')]),
      rel('E2', [at(text, 'Bob')], [at(text, 'thinks')], [at(text, '“taxes will rise” soon')]),
      rel('E3', [], [at(text, ' : ')], [at(text, 'reform fails')]),
    ];
    const pred = [
      // content J = 3/5 (the vote was / rigged badly), source overlaps, cue same
      rel('P1', [at(text, 'Lee')], [at(text, 'said')], [at(text, 'vote\nwas rigged')]),
      // right content, wrong source
      rel('P2', [at(text, 'Critics')], [at(text, 'thinks')], [at(text, 'taxes will rise')]),
      // no source, punctuation cue overlapping by characters
      rel('P3', [], [at(text, ':', 1)], [at(text, 'reform fails.')]),
    ];
    const matches = matchRelations(tokens, gold, pred);
    expect(matches.map((m) => [m.gold, m.pred])).toEqual([
      [2, 2],
      [0, 0],
    ]);
    expect(matches[1]?.score).toBeCloseTo(3 / 5);
  });

  it('scores an article per role and per relation', () => {
    const gold = [
      rel('E1', [at(text, 'Ann Lee')], [at(text, 'said')], [at(text, 'the vote\nwas rigged badly')]),
      // same source span as E1: counted once in the source role
      rel('E2', [at(text, 'Ann Lee')], [at(text, 'thinks')], [at(text, '“taxes will rise”')]),
      rel('E3', [], [at(text, ' : ')], [at(text, 'reform'), at(text, 'fails')]),
      // trigger-only leftover: ignored
      rel('E4', [], [], []),
    ];
    const pred = fromPredictions([
      { id: 'a', source: span('Ann Lee'), cue: span('said'), content: [span('the vote\nwas rigged badly')] },
      { id: 'b', source: span('Bob'), cue: span('thinks'), content: [span('taxes will')] },
      { id: 'c', source: null, cue: span(' :'), content: [span('reform fails')] },
    ]);
    const { counts, details } = evaluateArticle(text, gold, pred);
    expect(counts.source).toEqual({ gold: 1, pred: 2, exact: 1, overlap: 1 });
    expect(counts.cue).toEqual({ gold: 2, pred: 2, exact: 2, overlap: 2 });
    // taxes will vs taxes will rise: 2/3 overlap, not exact
    expect(counts.content).toEqual({ gold: 3, pred: 3, exact: 2, overlap: 3 });
    expect(counts.relation).toEqual({ gold: 3, pred: 3, matched: 2, ignoredGold: 1 });
    expect(counts.quote).toEqual({
      quoted: { gold: 1, matched: 1 },
      partly: { gold: 0, matched: 0 },
      unquoted: { gold: 2, matched: 2 },
    });
    expect(details.source.spurious.map((x) => x.fragments)).toEqual([[at(text, 'Bob')]]);
    expect(details.content.boundary).toHaveLength(1);
    expect(details.content.boundary[0]?.score).toBeCloseTo(2 / 3);
    expect(details.relation.missed.map((r) => r.id)).toEqual(['E2']);
    expect(details.relation.spurious.map((r) => r.id)).toEqual(['b']);

    function span(sub: string) {
      const [start, end] = at(text, sub);
      return { start, end, text: sub };
    }
  });

  it('converts predictions, treating null and empty spans as absent', () => {
    expect(
      fromPrediction({ source: null, cue: { start: 4, end: 4 }, content: [{ start: 1, end: 3 }, { start: 5, end: 9 }] }, 2),
    ).toEqual({ id: 'P3', source: [], cue: [], content: [[1, 3], [5, 9]] });
  });
});

describe('aggregation', () => {
  it('computes precision, recall and F1', () => {
    const x = prf(3, 4, 6);
    expect(x.p).toBe(0.75);
    expect(x.r).toBe(0.5);
    expect(x.f1).toBeCloseTo(0.6, 12);
    expect(prf(0, 0, 5)).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it('micro-averages summed counts over articles', () => {
    const a = emptyCounts();
    a.articles = 1;
    a.content = { gold: 4, pred: 2, exact: 1, overlap: 2 };
    a.relation = { gold: 4, pred: 2, matched: 1, ignoredGold: 0 };
    a.quote.quoted = { gold: 1, matched: 1 };
    const b = emptyCounts();
    b.articles = 1;
    b.content = { gold: 0, pred: 2, exact: 0, overlap: 0 };
    b.relation = { gold: 0, pred: 2, matched: 0, ignoredGold: 1 };
    b.quote.quoted = { gold: 1, matched: 0 };
    const total = addCounts(addCounts(emptyCounts(), a), b);
    const s = summarize(total);
    expect(s.counts.articles).toBe(2);
    expect(s.roles.content.overlap).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(s.roles.content.exact.p).toBe(0.25);
    expect(s.relation.p).toBe(0.25);
    expect(s.relation.r).toBe(0.25);
    expect(s.counts.relation.ignoredGold).toBe(1);
    expect(s.quote.quoted).toEqual({ gold: 2, matched: 1, recall: 0.5 });
    expect(s.roles.source.overlap.f1).toBe(0);
  });
});

function fromPredictions(
  attrs: { id: string; source: { start: number; end: number } | null; cue: { start: number; end: number } | null; content: { start: number; end: number }[] }[],
): RelationSpans[] {
  return attrs.map((a, i) => fromPrediction(a, i));
}

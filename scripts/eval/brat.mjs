// Parser for brat standoff annotations (.ann) as used by the PolNeAR corpus.
//
// Records are split on a newline followed by an id (`T`, `E`, `A`, `R`, `N` or `#` plus digits) and a
// tab, because a span's text may itself contain newlines. Offsets are character offsets into the
// article text, end exclusive, and match JavaScript (UTF-16) string indices.
//
// Pure functions except `listArticles`, which reads a split directory.

import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** @typedef {[number, number]} Fragment  [start, end) character offsets. */

/**
 * @typedef {object} BratSpan
 * @property {string} id          e.g. "T3"
 * @property {string} label       e.g. "Content"
 * @property {Fragment[]} fragments  one fragment, or several for a discontinuous span
 * @property {string} text        the text stored in the .ann record (fragments joined by a space in brat)
 */

/**
 * @typedef {object} BratArg
 * @property {string} role      role as written, e.g. "Content2"
 * @property {string} baseRole  role without its numeric suffix, e.g. "Content"
 * @property {string} ref       id of the referenced annotation, e.g. "T9"
 */

/**
 * @typedef {object} BratEvent
 * @property {string} id
 * @property {string} type     trigger label, e.g. "Attribution" or "Attribution-no-source"
 * @property {string} trigger  id of the trigger span
 * @property {BratArg[]} args
 */

/**
 * @typedef {object} BratNote
 * @property {string} id
 * @property {string} body  everything after the first tab
 */

/**
 * @typedef {object} BratDocument
 * @property {Map<string, BratSpan>} spans
 * @property {BratEvent[]} events
 * @property {BratNote[]} notes   `#` records and A/R/N records, kept raw
 * @property {string[]} warnings  malformed records that were skipped
 */

/**
 * @typedef {object} GoldRelation
 * @property {string} id          event id, e.g. "E3"
 * @property {string} type        trigger label
 * @property {Fragment[]} source  union of fragments of all Source* args (empty if none)
 * @property {Fragment[]} cue     union of fragments of all Cue* args
 * @property {Fragment[]} content union of fragments of all Content* args (Content, Content2, ...)
 */

const RECORD_SPLIT = /\n(?=[TEARN#]\d+\t)/;

/**
 * Split the text of an .ann file into records (one string per annotation, possibly multi-line).
 * @param {string} ann
 * @returns {string[]}
 */
export function splitRecords(ann) {
  const normalized = ann.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  return normalized
    .split(RECORD_SPLIT)
    .map((r) => r.replace(/\n+$/, ''))
    .filter((r) => r.trim() !== '');
}

/**
 * Parse an offsets field like "10 20" or "10 20;25 40".
 * @param {string} s
 * @returns {Fragment[] | null}  null if malformed
 */
export function parseFragments(s) {
  /** @type {Fragment[]} */
  const out = [];
  for (const part of s.split(';')) {
    const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(part);
    if (!m) return null;
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (end < start) return null;
    out.push([start, end]);
  }
  return out.length > 0 ? out : null;
}

/**
 * Parse a brat standoff document.
 * @param {string} ann  contents of an .ann file
 * @returns {BratDocument}
 */
export function parseBrat(ann) {
  /** @type {Map<string, BratSpan>} */
  const spans = new Map();
  /** @type {BratEvent[]} */
  const events = [];
  /** @type {BratNote[]} */
  const notes = [];
  /** @type {string[]} */
  const warnings = [];

  for (const record of splitRecords(ann)) {
    const tab = record.indexOf('\t');
    if (tab < 0) {
      warnings.push(`no tab in record: ${record.slice(0, 40)}`);
      continue;
    }
    const id = record.slice(0, tab);
    const rest = record.slice(tab + 1);
    const kind = id[0];
    if (kind === 'T') {
      const tab2 = rest.indexOf('\t');
      const head = tab2 < 0 ? rest : rest.slice(0, tab2);
      const text = tab2 < 0 ? '' : rest.slice(tab2 + 1);
      const sp = head.indexOf(' ');
      if (sp < 0) {
        warnings.push(`malformed span ${id}`);
        continue;
      }
      const label = head.slice(0, sp);
      const fragments = parseFragments(head.slice(sp + 1));
      if (!fragments) {
        warnings.push(`malformed offsets in ${id}`);
        continue;
      }
      spans.set(id, { id, label, fragments, text });
    } else if (kind === 'E') {
      const parts = rest.trim().split(/\s+/).filter((p) => p !== '');
      const first = parts.shift();
      if (!first || first.indexOf(':') < 0) {
        warnings.push(`malformed event ${id}`);
        continue;
      }
      const colon = first.indexOf(':');
      /** @type {BratArg[]} */
      const args = [];
      for (const p of parts) {
        const c = p.lastIndexOf(':');
        if (c <= 0) {
          warnings.push(`malformed argument "${p}" in ${id}`);
          continue;
        }
        const role = p.slice(0, c);
        args.push({ role, baseRole: role.replace(/\d+$/, ''), ref: p.slice(c + 1) });
      }
      events.push({ id, type: first.slice(0, colon), trigger: first.slice(colon + 1), args });
    } else {
      notes.push({ id, body: rest });
    }
  }
  return { spans, events, notes, warnings };
}

/**
 * Sort fragments and merge identical ones (overlapping fragments are kept; token sets take the union).
 * @param {Fragment[]} fragments
 * @returns {Fragment[]}
 */
function normalizeFragments(fragments) {
  const sorted = [...fragments].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  /** @type {Fragment[]} */
  const out = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] === f[0] && last[1] === f[1]) continue;
    out.push([f[0], f[1]]);
  }
  return out;
}

/**
 * The attribution relations (E records) of a parsed document, with the fragments of each role.
 * Roles are grouped by their base name (`Content2` counts as `Content`). Arguments that refer to
 * missing spans are skipped (a warning is added to `doc.warnings`).
 * @param {BratDocument} doc
 * @returns {GoldRelation[]}
 */
export function goldRelations(doc) {
  /** @type {GoldRelation[]} */
  const out = [];
  for (const ev of doc.events) {
    /** @type {Fragment[]} */ const source = [];
    /** @type {Fragment[]} */ const cue = [];
    /** @type {Fragment[]} */ const content = [];
    for (const arg of ev.args) {
      const span = doc.spans.get(arg.ref);
      if (!span) {
        doc.warnings.push(`${ev.id}: argument ${arg.role}:${arg.ref} refers to no span`);
        continue;
      }
      if (arg.baseRole === 'Source') source.push(...span.fragments);
      else if (arg.baseRole === 'Cue') cue.push(...span.fragments);
      else if (arg.baseRole === 'Content') content.push(...span.fragments);
      else doc.warnings.push(`${ev.id}: unknown role ${arg.role}`);
    }
    out.push({
      id: ev.id,
      type: ev.type,
      source: normalizeFragments(source),
      cue: normalizeFragments(cue),
      content: normalizeFragments(content),
    });
  }
  return out;
}

/**
 * @typedef {object} ArticleFiles
 * @property {string} name       article base name (text file name without .txt)
 * @property {string} textPath
 * @property {string | null} annPath  the first .ann file in name order, or null if none
 * @property {string[]} annPaths all .ann files for the article, in name order
 */

/**
 * List the articles of a split directory (`<dir>/text/<name>.txt`, `<dir>/attributions/<name>_<annotator>.ann`),
 * sorted by name.
 * @param {string} splitDir
 * @returns {Promise<ArticleFiles[]>}
 */
export async function listArticles(splitDir) {
  const textDir = path.join(splitDir, 'text');
  const annDir = path.join(splitDir, 'attributions');
  const texts = (await readdir(textDir)).filter((f) => f.endsWith('.txt')).sort();
  const anns = existsSync(annDir) ? (await readdir(annDir)).filter((f) => f.endsWith('.ann')).sort() : [];
  /** @type {Map<string, string[]>} */
  const byArticle = new Map();
  for (const f of anns) {
    const m = /^(.*)_[^_]+\.ann$/.exec(f);
    if (!m || m[1] === undefined) continue;
    const list = byArticle.get(m[1]) ?? [];
    list.push(path.join(annDir, f));
    byArticle.set(m[1], list);
  }
  return texts.map((f) => {
    const name = f.slice(0, -'.txt'.length);
    const annPaths = byArticle.get(name) ?? [];
    return { name, textPath: path.join(textDir, f), annPath: annPaths[0] ?? null, annPaths };
  });
}

/**
 * The HTML report: one self-contained page (no network requests) with each article's text, every
 * attribution highlighted in its side's colour (content shaded, source underlined, cue boxed), a
 * tooltip with kind, stance and lexicon evidence, and the voice shares as an inline SVG bar chart.
 */
import type { Attribution, Evidence, Perspective, Span } from '../../types.js';
import type { ArticleAnalysis } from './article.js';
import { documentLine } from './article.js';

/** Side colours, in order of voice (colour-blind-friendly Okabe–Ito, then more). */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#8c564b', '#7f7f7f', '#17becf'];
const OTHER_COLOUR = '#999999';

const STYLE = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; }
* { box-sizing: border-box; }
body { margin: 0; font: 17px/1.6 Georgia, 'Times New Roman', serif; color: var(--ink); background: #fafafa; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem; }
header.page h1 { font: 600 1.3rem/1.3 system-ui, sans-serif; margin: 0.5rem 0 0; }
header.page p { font: 0.85rem system-ui, sans-serif; color: var(--muted); margin: 0.25rem 0 1rem; }
section.article { background: #fff; border: 1px solid #e3e3e3; border-radius: 8px; padding: 1rem; margin: 0 0 1.5rem; }
section.article h2 { font: 600 1.05rem/1.3 system-ui, sans-serif; margin: 0 0 0.75rem; overflow-wrap: anywhere; }
.chart svg { width: 100%; height: auto; font: 12px system-ui, sans-serif; }
.legend { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font: 0.85rem system-ui, sans-serif; }
.legend li { display: flex; align-items: center; gap: 0.35rem; }
.swatch { width: 0.9rem; height: 0.9rem; border-radius: 2px; display: inline-block; }
.key { font: 0.8rem system-ui, sans-serif; color: var(--muted); margin: 0 0 0.75rem; }
.metrics { font: 0.85rem system-ui, sans-serif; color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.hl { --c: #999; position: relative; }
.hl:focus { outline: 2px solid var(--c); outline-offset: 2px; }
.hl:focus::after { content: attr(data-tip); position: absolute; left: 0; top: calc(100% + 4px); z-index: 2; width: max-content; max-width: min(22rem, 80vw); white-space: pre-line; background: #222; color: #fff; font: 12px/1.4 system-ui, sans-serif; font-style: normal; font-weight: normal; padding: 6px 8px; border-radius: 4px; }
.hl.content { background: color-mix(in srgb, var(--c) 18%, transparent); border-radius: 2px; }
.hl.source { text-decoration: underline 2px var(--c); text-underline-offset: 3px; font-weight: 600; }
.hl.cue { outline: 1.5px solid var(--c); outline-offset: 1px; border-radius: 2px; font-style: italic; }
.boilerplate { color: #aaa; }
@media (max-width: 480px) { body { font-size: 16px; } main { padding: 0.5rem; } section.article { padding: 0.75rem; } }
`;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string);
}

/** A colour for each side that speaks, in order of voice; others grey. */
function coloursOf(perspectives: readonly Perspective[]): Map<string, string> {
  const colours = new Map<string, string>();
  perspectives
    .filter((perspective) => perspective.attributions.length > 0)
    .forEach((perspective, index) => colours.set(perspective.id, PALETTE[index] ?? OTHER_COLOUR));
  return colours;
}

/** The voice shares as a horizontal bar chart. */
function chart(perspectives: readonly Perspective[], colours: ReadonlyMap<string, string>): string {
  const voiced = perspectives.filter((perspective) => perspective.voiceShare > 0);
  if (voiced.length === 0) return '<p class="metrics">No side is heard.</p>';
  const rowHeight = 22;
  const labelWidth = 150;
  const barWidth = 300;
  const height = voiced.length * rowHeight + 4;
  const bars = voiced
    .map((perspective, index) => {
      const y = index * rowHeight + 2;
      const width = Math.max(1, Math.round(perspective.voiceShare * barWidth));
      const label = escapeHtml(perspective.label.length > 22 ? `${perspective.label.slice(0, 21)}…` : perspective.label);
      return (
        `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${label}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${width}" height="${rowHeight - 6}" rx="2" fill="${colours.get(perspective.id) ?? OTHER_COLOUR}"/>` +
        `<text x="${labelWidth + width + 6}" y="${y + 15}">${Math.round(perspective.voiceShare * 100)}%</text>`
      );
    })
    .join('');
  return `<figure class="chart"><svg viewBox="0 0 ${labelWidth + barWidth + 50} ${height}" role="img" aria-label="Voice share by side">${bars}</svg></figure>`;
}

/** The legend: every side heard or never heard, with its colour and share. */
function legend(perspectives: readonly Perspective[], colours: ReadonlyMap<string, string>): string {
  const shown = perspectives.filter((perspective) => perspective.attributions.length > 0 || perspective.voiceless);
  const items = shown.map((perspective) => {
    const colour = colours.get(perspective.id) ?? OTHER_COLOUR;
    const note = perspective.voiceless ? 'never heard' : `${Math.round(perspective.voiceShare * 100)}%, ${perspective.attributions.length} attributions`;
    return `<li><span class="swatch" style="background:${colour}"></span>${escapeHtml(perspective.label)} <span class="metrics">(${note})</span></li>`;
  });
  return `<ul class="legend">${items.join('')}</ul>`;
}

/** A highlighted stretch: the attribution and the role it plays there. */
interface Mark {
  start: number;
  end: number;
  role: 'content' | 'source' | 'cue';
  attribution: Attribution;
  /** Cue over source over content; within a role, the more deeply nested attribution. */
  rank: number;
}

function depthOf(attribution: Attribution, byId: ReadonlyMap<string, Attribution>): number {
  let depth = 0;
  let parent = attribution.parent;
  while (parent !== null && depth < 64) {
    depth += 1;
    parent = byId.get(parent)?.parent ?? null;
  }
  return depth;
}

/** Tooltip of a mark: who, kind, how introduced, and the lexicon evidence in that attribution. */
function tooltip(mark: Mark, perspectives: ReadonlyMap<string, Perspective>, stances: ReadonlyMap<string, string>, evidence: ReadonlyMap<string, Evidence[]>): string {
  const { attribution } = mark;
  const side = attribution.perspective ? (perspectives.get(attribution.perspective)?.label ?? attribution.perspective) : 'no side';
  const lines = [
    `${attribution.id} · ${mark.role} · ${side}`,
    `kind: ${attribution.kind} · confidence ${attribution.confidence.toFixed(2)}`,
    attribution.cue ? `cue: “${attribution.cue.text}” (${stances.get(attribution.id) ?? 'no stance'}${attribution.cueEntry ? `, entry ${attribution.cueEntry}` : ''})` : 'no cue: continues the previous quotation',
  ];
  for (const item of evidence.get(attribution.id) ?? []) lines.push(`${item.lexicon}: “${item.span.text}” (${item.entry})`);
  return lines.join('\n');
}

/** The text with every attribution's spans highlighted; boilerplate greyed. */
function highlightedText(analysis: ArticleAnalysis & { text: string }, colours: ReadonlyMap<string, string>): string {
  const byId = new Map(analysis.attributions.map((attribution) => [attribution.id, attribution]));
  const perspectives = new Map(analysis.perspectives.map((perspective) => [perspective.id, perspective]));
  const stances = new Map<string, string>();
  const evidence = new Map<string, Evidence[]>();
  for (const perspective of analysis.perspectives) {
    for (const stance of perspective.stances) for (const item of stance.evidence) if (item.attribution) stances.set(item.attribution, stance.stance);
    const { frames, labels, markers, tone } = perspective.framing;
    for (const item of [...labels.flatMap((x) => x.evidence), ...markers.flatMap((x) => x.evidence), ...frames.flatMap((x) => x.evidence), ...tone.evidence]) {
      if (!item.attribution) continue;
      const list = evidence.get(item.attribution);
      if (list) list.push(item);
      else evidence.set(item.attribution, [item]);
    }
  }
  const marks: Mark[] = [];
  for (const attribution of analysis.attributions) {
    const depth = depthOf(attribution, byId);
    for (const span of attribution.content) marks.push({ start: span.start, end: span.end, role: 'content', attribution, rank: depth });
    if (attribution.source) marks.push({ start: attribution.source.start, end: attribution.source.end, role: 'source', attribution, rank: 1000 + depth });
    if (attribution.cue) marks.push({ start: attribution.cue.start, end: attribution.cue.end, role: 'cue', attribution, rank: 2000 + depth });
  }
  const { text } = analysis;
  const boundaries = [...new Set([0, text.length, ...marks.flatMap((mark) => [mark.start, mark.end]), ...analysis.boilerplate.flatMap((span: Span) => [span.start, span.end])])].sort((a, b) => a - b);
  // Marks sorted by start; the active ones are few (nesting is shallow), so a scan per segment is cheap.
  marks.sort((a, b) => a.start - b.start);
  const active: Mark[] = [];
  let next = 0;
  // Boilerplate spans are in text order: one pointer walks them with the segments.
  let appeal = 0;
  const parts: string[] = [];
  for (let index = 0; index + 1 < boundaries.length; index += 1) {
    const start = boundaries[index] as number;
    const end = boundaries[index + 1] as number;
    while (next < marks.length && (marks[next] as Mark).start <= start) active.push(marks[next++] as Mark);
    for (let at = active.length - 1; at >= 0; at -= 1) if ((active[at] as Mark).end <= start) active.splice(at, 1);
    const top = active.reduce<Mark | undefined>((best, mark) => (!best || mark.rank > best.rank ? mark : best), undefined);
    const piece = escapeHtml(text.slice(start, end));
    if (top) {
      const colour = top.attribution.perspective ? (colours.get(top.attribution.perspective) ?? OTHER_COLOUR) : OTHER_COLOUR;
      const tip = escapeHtml(tooltip(top, perspectives, stances, evidence));
      // The title shows on hover; on a phone a tap focuses the highlight and CSS shows the same details.
      parts.push(`<span class="hl ${top.role}" style="--c:${colour}" data-attribution="${top.attribution.id}" tabindex="0" title="${tip}" data-tip="${tip}">${piece}</span>`);
      continue;
    }
    while (appeal < analysis.boilerplate.length && (analysis.boilerplate[appeal] as Span).end <= start) appeal += 1;
    const span = analysis.boilerplate[appeal];
    if (span && span.start <= start && end <= span.end) {
      parts.push(`<span class="boilerplate">${piece}</span>`);
    } else {
      parts.push(piece);
    }
  }
  return `<div class="text">${parts.join('')}</div>`;
}

/** The start of the page. */
export function htmlStart(title: string): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<main>\n<header class="page"><h1>${escapeHtml(title)}</h1><p>Who says what, and how each side is framed. Shaded: what a side says; underlined: who; boxed: the cue. Hover over or tap a highlight for details.</p></header>\n`;
}

/** One article's section. */
export function htmlArticle(id: string, analysis: ArticleAnalysis & { text: string }): string {
  const colours = coloursOf(analysis.perspectives);
  const title = analysis.headline ? analysis.headline.text : id;
  return [
    `<section class="article" data-id="${escapeHtml(id)}">`,
    `<h2>${escapeHtml(title)}</h2>`,
    chart(analysis.perspectives, colours),
    legend(analysis.perspectives, colours),
    `<p class="metrics">${escapeHtml(documentLine(analysis))}</p>`,
    highlightedText(analysis, colours),
    '</section>\n',
  ].join('\n');
}

/** A section for an input that could not be analyzed. */
export function htmlError(id: string, message: string): string {
  return `<section class="article error" data-id="${escapeHtml(id)}"><h2>${escapeHtml(id)}</h2><p class="metrics">Not analyzed: ${escapeHtml(message)}</p></section>\n`;
}

/** The end of the page. */
export function htmlEnd(): string {
  return '</main>\n</body>\n</html>\n';
}

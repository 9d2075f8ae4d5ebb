/**
 * Corpus comparison: each article's voice shares side by side, the corpus totals, and the
 * blindspots (sides mentioned in the corpus but never heard, with the number of articles).
 */
import type { ArticleAnalysis } from './format/article.js';
import { escapeHtml } from './format/html.js';
import { markdownTable, textTable, type Table } from './format/tables.js';

/** The column of actors in no perspective pack, summed. */
export const OTHER = 'other';

/** One article's row. */
export interface CompareRow {
  id: string;
  /** Voice share by side id (pack sides, and `other`). */
  shares: Record<string, number>;
  attributions: number;
  error?: string;
}

/** A side of the comparison. */
export interface CompareSide {
  id: string;
  label: string;
  /** Share of all attributed content words in the corpus. */
  share: number;
  /** Articles in which the side is heard. */
  heardIn: number;
}

/** A side mentioned in the corpus and never heard. */
export interface Blindspot {
  id: string;
  label: string;
  /** Articles that mention it. */
  mentionedIn: number;
}

/** The whole comparison. */
export interface Comparison {
  sides: CompareSide[];
  rows: CompareRow[];
  blindspots: Blindspot[];
}

/** Accumulates articles in input order into a comparison. */
export class CompareBuilder {
  private readonly rows: CompareRow[] = [];
  private readonly words = new Map<string, number>();
  private readonly labels = new Map<string, string>();
  private readonly heard = new Map<string, number>();
  private readonly mentioned = new Map<string, number>();

  add(id: string, analysis: ArticleAnalysis): void {
    const shares: Record<string, number> = {};
    for (const perspective of analysis.perspectives) {
      const side = perspective.entry === null ? OTHER : perspective.id;
      this.labels.set(side, perspective.entry === null ? 'other actors' : perspective.label);
      if (perspective.entry !== null && perspective.actors.length > 0) this.mentioned.set(side, (this.mentioned.get(side) ?? 0) + 1);
      if (perspective.contentWords === 0) continue;
      shares[side] = Math.round(((shares[side] ?? 0) + perspective.voiceShare) * 1000) / 1000;
      this.words.set(side, (this.words.get(side) ?? 0) + perspective.contentWords);
    }
    for (const side of Object.keys(shares)) this.heard.set(side, (this.heard.get(side) ?? 0) + 1);
    this.rows.push({ id, shares, attributions: analysis.attributions.length });
  }

  addError(id: string, message: string): void {
    this.rows.push({ id, shares: {}, attributions: 0, error: message });
  }

  result(): Comparison {
    const total = [...this.words.values()].reduce((sum, words) => sum + words, 0);
    const sides = [...this.words]
      .map(([id, words]) => ({ id, label: this.labels.get(id) ?? id, share: total === 0 ? 0 : Math.round((words / total) * 1000) / 1000, heardIn: this.heard.get(id) ?? 0 }))
      .sort((a, b) => b.share - a.share);
    const blindspots = [...this.mentioned]
      .filter(([id]) => !this.words.has(id))
      .map(([id, mentionedIn]) => ({ id, label: this.labels.get(id) ?? id, mentionedIn }))
      .sort((a, b) => b.mentionedIn - a.mentionedIn);
    return { sides, rows: this.rows, blindspots };
  }
}

/** Share as a percentage cell. */
const percent = (share: number | undefined): string => (share === undefined ? '—' : `${Math.round(share * 100)}%`);

/** The comparison as a table: one row per article, one column per side, corpus totals last. */
export function comparisonTable(comparison: Comparison): Table {
  const headers = ['article', ...comparison.sides.map((side) => side.label), 'attributions'];
  const rows = comparison.rows.map((row) => [row.id, ...comparison.sides.map((side) => (row.error ? '' : percent(row.shares[side.id]))), row.error ? `failed: ${row.error}` : String(row.attributions)]);
  rows.push(['corpus', ...comparison.sides.map((side) => percent(side.share)), String(comparison.rows.reduce((sum, row) => sum + row.attributions, 0))]);
  return { headers, rows, numeric: new Set(comparison.sides.map((_, index) => index + 1)) };
}

function blindspotLines(comparison: Comparison): string[] {
  return comparison.blindspots.map((spot) => `${spot.label}: mentioned in ${spot.mentionedIn} article${spot.mentionedIn === 1 ? '' : 's'}, never heard`);
}

/** The comparison as plain text. */
export function comparisonText(comparison: Comparison): string {
  const spots = blindspotLines(comparison);
  return `${textTable(comparisonTable(comparison))}\n\nBlindspots\n${spots.length > 0 ? spots.map((line) => `  ${line}`).join('\n') : '  none'}\n`;
}

/** The comparison as Markdown. */
export function comparisonMarkdown(comparison: Comparison): string {
  const spots = blindspotLines(comparison);
  return `# Voice shares by side\n\n${markdownTable(comparisonTable(comparison))}\n\n## Blindspots\n\n${spots.length > 0 ? spots.map((line) => `- ${line}`).join('\n') : 'None.'}\n`;
}

/** The comparison as JSON Lines: one line per article, then the corpus. */
export function comparisonJsonLines(comparison: Comparison): string {
  const lines = comparison.rows.map((row) => JSON.stringify(row.error ? { id: row.id, error: row.error } : { id: row.id, shares: row.shares, attributions: row.attributions }));
  lines.push(JSON.stringify({ corpus: { sides: comparison.sides, blindspots: comparison.blindspots } }));
  return `${lines.join('\n')}\n`;
}

/** The comparison as an HTML section (inside the report page). */
export function comparisonHtml(comparison: Comparison): string {
  const table = comparisonTable(comparison);
  const head = `<tr>${table.headers.map((header) => `<th>${escapeHtml(header)}</th>`).join('')}</tr>`;
  const body = table.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  const spots = blindspotLines(comparison).map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  return `<section class="article"><h2>Voice shares by side</h2><div style="overflow-x:auto"><table class="compare">${head}${body}</table></div><h2>Blindspots</h2><ul>${spots || '<li>None.</li>'}</ul></section>\n`;
}

/** One analyzed article as a table of its sides and a line of document figures (text and Markdown). */
import type { Analysis, Perspective } from '../../types.js';
import { markdownTable, printable, textTable, type Table } from './tables.js';

/** The analysis as the CLI formats it (tokens and sentences may be left out of the JSON). */
export type ArticleAnalysis = Omit<Analysis, 'tokens' | 'sentences' | 'text'> & { text?: string };

function prominence(perspective: Perspective): string {
  const { headline, lead, firstVoice, lastVoice } = perspective.prominence;
  return [headline && 'headline', lead && 'lead', firstVoice && 'first', lastVoice && 'last'].filter(Boolean).join(', ') || '—';
}

/** The sides worth a row: those heard, and those never heard though mentioned. */
function shownSides(analysis: ArticleAnalysis): Perspective[] {
  return analysis.perspectives.filter((perspective) => perspective.attributions.length > 0 || perspective.voiceless);
}

/** The sides of an article as a table. */
export function sidesTable(analysis: ArticleAnalysis): Table {
  return {
    headers: ['side', 'voice', 'quoted', 'attributions', 'prominence', 'introduced as', 'labels'],
    numeric: new Set([1, 2, 3]),
    rows: shownSides(analysis).map((perspective) => [
      perspective.label,
      perspective.voiceShare.toFixed(2),
      perspective.directQuoteShare.toFixed(2),
      String(perspective.attributions.length),
      perspective.voiceless ? 'never heard' : prominence(perspective),
      perspective.stances.map((stance) => `${stance.stance} ${stance.count}`).join(', ') || '—',
      perspective.framing.labels.map((label) => label.evidence[0]?.span.text ?? label.label).join(', ') || '—',
    ]),
  };
}

/** The document figures in one line. */
export function documentLine(analysis: ArticleAnalysis): string {
  const { metrics } = analysis;
  const label = (id: string | null): string => analysis.perspectives.find((perspective) => perspective.id === id)?.label ?? id ?? '—';
  const voiceless = metrics.voiceless.map((id) => analysis.actors.find((actor) => actor.id === id)?.name ?? id);
  const distancing = metrics.authorial.framing.markers.filter((marker) => marker.category === 'distancing').flatMap((marker) => marker.evidence.map((item) => `“${item.span.text}”`));
  return [
    `${analysis.attributions.length} attributions`,
    `balance ${metrics.balance.toFixed(2)}`,
    `dominant: ${label(metrics.dominantPerspective)}`,
    `voiceless: ${voiceless.join(', ') || '—'}`,
    `author's voice ${(metrics.authorial.share * 100).toFixed(0)}%${distancing.length > 0 ? `, distancing ${distancing.join(' ')}` : ''}`,
  ].join(' · ');
}

/** An article as plain text. */
export function articleText(id: string, analysis: ArticleAnalysis): string {
  const title = analysis.headline ? `${id}: ${analysis.headline.text}` : id;
  const sides = shownSides(analysis).length > 0 ? textTable(sidesTable(analysis)) : '(no attributions)';
  return printable(`${title}\n\n${sides}\n\n${documentLine(analysis)}\n`);
}

/** An article as Markdown. */
export function articleMarkdown(id: string, analysis: ArticleAnalysis): string {
  const title = analysis.headline ? `${id}: ${analysis.headline.text}` : id;
  const sides = shownSides(analysis).length > 0 ? markdownTable(sidesTable(analysis)) : '_No attributions._';
  return printable(`## ${title.replace(/\r?\n/gu, ' ')}\n\n${sides}\n\n${documentLine(analysis)}\n`);
}

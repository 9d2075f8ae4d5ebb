/**
 * Prints a plain-text report of one article: headline, counts, quotations, boilerplate,
 * who says what, the actors, the perspectives with their framing, and the author's own voice.
 *
 *   npm run example                 # examples/article.txt
 *   npm run example -- path/to.txt  # any UTF-8 text file
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../src/index.js';
import type { Actor, Analysis, Attribution, BoilerplateSpan, FramingProfile, Metrics, Perspective, Quote, Span } from '../src/index.js';

/** Every report line stays shorter than this many characters. */
const MAX_LINE = 109;

/** Indentation of the lines under a section heading. */
const INDENT = '  ';

/** Collapses runs of whitespace (line breaks included) into one space and trims. */
function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Flattens `text` and, when it is longer than `max` characters, cuts it at the last word break
 * that fits and appends "…". Counts code points, so an emoji is never split in half.
 */
function shorten(text: string, max: number): string {
  const chars = Array.from(flatten(text));
  if (chars.length <= max) return chars.join('');
  const head = chars.slice(0, Math.max(1, max - 1)).join('');
  const lastSpace = head.lastIndexOf(' ');
  // Cut at a word break unless that would throw away more than a third of the room.
  const cut = lastSpace > head.length * (2 / 3) ? head.slice(0, lastSpace) : head;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** Length in code points, the unit `shorten()` counts in. */
function width(text: string): number {
  return Array.from(text).length;
}

/** Pads `text` on the right to `size` code points. */
function padEnd(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

/** A section heading underlined with dashes, preceded by a blank line. */
function heading(title: string): string[] {
  return ['', title, '-'.repeat(width(title))];
}

/** Width of the widest text in code points, so that the column after it lines up. */
function widest(texts: readonly string[]): number {
  return texts.reduce((max, text) => Math.max(max, width(text)), 0);
}

/** Wraps text in curly double quotes, the delimiter the report uses for quoted and attributed text. */
function quoted(text: string): string {
  return `“${text}”`;
}

/** The headline section. */
function headlineLines(headline: Span | null): string[] {
  return [...heading('Headline'), INDENT + (headline ? shorten(headline.text, MAX_LINE - INDENT.length) : '(none)')];
}

/** One line of figures: paragraphs (and how many are boilerplate), sentences, tokens, quotations. */
function countLines(analysis: Analysis): string[] {
  const boilerplate = analysis.paragraphs.filter((paragraph) => paragraph.boilerplate).length;
  const figures = [
    `paragraphs ${analysis.paragraphs.length} (${boilerplate} boilerplate)`,
    `sentences ${analysis.sentences.length}`,
    `tokens ${analysis.tokens.length}`,
    `quotations ${analysis.quotes.length}`,
    `attributions ${analysis.attributions.length}`,
  ];
  return [...heading('Counts'), INDENT + figures.join(' · ')];
}

/** Notes on a quotation that is nested, continues another one, or was never closed. */
function quoteNotes(quote: Quote): string {
  const notes: string[] = [];
  if (quote.parent !== null) notes.push(`inside q${quote.parent}`);
  if (quote.continues !== null) notes.push(`continues q${quote.continues}`);
  if (!quote.closed) notes.push('unclosed');
  return notes.length > 0 ? `  (${notes.join(', ')})` : '';
}

/** The quotations section: index, inner text (without the marks), notes. */
function quoteLines(quotes: readonly Quote[]): string[] {
  const lines = heading('Quotations');
  if (quotes.length === 0) return [...lines, `${INDENT}(none)`];
  const idSize = widest(quotes.map((quote) => `q${quote.index}`));
  for (const quote of quotes) {
    const prefix = `${INDENT}${padEnd(`q${quote.index}`, idSize)}  `;
    const notes = quoteNotes(quote);
    const room = Math.min(80, MAX_LINE - width(prefix) - width(notes) - 2);
    lines.push(prefix + quoted(shorten(quote.inner.text, room)) + notes);
  }
  return lines;
}

/** The boilerplate section: lexicon entry id and the start of the paragraph. */
function boilerplateLines(boilerplate: readonly BoilerplateSpan[]): string[] {
  const lines = heading('Boilerplate (excluded from the analysis)');
  if (boilerplate.length === 0) return [...lines, `${INDENT}(none)`];
  const idSize = widest(boilerplate.map((span) => span.entry));
  for (const span of boilerplate) {
    const prefix = `${INDENT}${padEnd(span.entry, idSize)}  `;
    lines.push(prefix + shorten(span.text, MAX_LINE - width(prefix)));
  }
  return lines;
}

/** Widest kind label, so that `[direct  ]` and `[indirect]` line up. */
const KIND_WIDTH = Math.max(...(['direct', 'indirect', 'mixed'] as const).map((kind) => kind.length));

/**
 * One attribution on one line: `a6  [direct  ] source | cue | “content”  (inside a5)`.
 * Source and cue get a fixed share of the line; the content gets the rest.
 */
function attributionLine(attribution: Attribution, idSize: number): string {
  const prefix = `${INDENT}${padEnd(attribution.id, idSize)}  [${padEnd(attribution.kind, KIND_WIDTH)}] `;
  const source = attribution.source ? shorten(attribution.source.text, 32) : '—';
  const cue = attribution.cue ? shorten(attribution.cue.text, 24) : '—';
  const parent = attribution.parent !== null ? `  (inside ${attribution.parent})` : '';
  const head = `${prefix}${source} | ${cue} | `;
  // Two code points for the quote marks around the content.
  const room = Math.max(12, MAX_LINE - width(head) - width(parent) - 2);
  const content = shorten(attribution.content.map((span) => flatten(span.text)).join(' … '), room);
  return head + quoted(content) + parent;
}

/** The "Who says what" section, in text order. */
function attributionLines(attributions: readonly Attribution[]): string[] {
  const lines = heading('Who says what  (id  [kind] source | cue | content)');
  if (attributions.length === 0) return [...lines, `${INDENT}(none)`];
  const idSize = widest(attributions.map((attribution) => attribution.id));
  return [...lines, ...attributions.map((attribution) => attributionLine(attribution, idSize))];
}

/** The actors section: name, kind, number of mentions, and whether the actor is voiceless. */
function actorLines(actors: readonly Actor[]): string[] {
  const lines = heading('Actors');
  const idSize = widest(actors.map((actor) => actor.id));
  const names = actors.map((actor) => shorten(actor.name, 40));
  const nameSize = widest(names);
  actors.forEach((actor, i) => {
    const mentions = `${actor.mentions.length} mention${actor.mentions.length === 1 ? '' : 's'}`;
    const columns = [
      padEnd(actor.id, idSize),
      padEnd(names[i] ?? actor.name, nameSize),
      padEnd(actor.kind, 'organization'.length),
      padEnd(mentions, 11),
      actor.voiceless ? 'voiceless' : '',
    ];
    lines.push((INDENT + columns.join('  ')).trimEnd());
  });
  return lines;
}

/** Prominence flags that hold, in words. */
function prominenceText(perspective: Perspective): string {
  const { headline, lead, firstVoice, lastVoice } = perspective.prominence;
  const flags = [headline && 'headline', lead && 'lead', firstVoice && 'first voice', lastVoice && 'last voice'].filter(Boolean);
  return flags.length > 0 ? flags.join(', ') : '—';
}

/** The perspectives that speak or are never heard, as a table: voice, quotation, prominence, cue stances. */
function perspectiveLines(perspectives: readonly Perspective[]): string[] {
  const lines = heading('Perspectives  (voice share · quoted share · attributions · prominence · how the author introduces it)');
  const shown = perspectives.filter((perspective) => perspective.attributions.length > 0 || perspective.voiceless);
  if (shown.length === 0) return [...lines, `${INDENT}(none)`];
  const labelSize = widest(shown.map((perspective) => perspective.label));
  for (const perspective of shown) {
    const stances = perspective.stances.map((stance) => `${stance.stance} ${stance.count}`).join(', ') || '—';
    const prefix = `${INDENT}${[padEnd(perspective.label, labelSize), perspective.voiceShare.toFixed(2), perspective.directQuoteShare.toFixed(2), padEnd(String(perspective.attributions.length), 3)].join('  ')}  `;
    const rest = perspective.voiceless ? 'never heard' : `${prominenceText(perspective)} · ${stances}`;
    lines.push(prefix + shorten(rest, MAX_LINE - width(prefix)));
  }
  return lines;
}

/** One line of framing: labels with their words, markers, the top frames, tone. */
function framingText(framing: FramingProfile): string {
  const frames = framing.frames.slice(0, 3).map((frame) => `${frame.frame} ${frame.count}`);
  const labels = framing.labels.map((label) => `${quoted(label.evidence[0]?.span.text ?? label.label)} (${label.connotation})`);
  const markers = framing.markers.flatMap((marker) => marker.evidence.map((item) => `${marker.category} ${quoted(item.span.text)}`));
  const tone = framing.tone.positive + framing.tone.negative > 0 ? [`tone ${framing.tone.valence.toFixed(2)}`] : [];
  return [...labels, ...markers, ...frames, ...tone].join(' · ') || '—';
}

/** Framing of each voiced perspective's content, and how other sides portray it. */
function framingLines(perspectives: readonly Perspective[]): string[] {
  const lines = heading('Framing of each side’s content  (labels · markers · frames · tone)');
  const voiced = perspectives.filter((perspective) => perspective.attributions.length > 0);
  if (voiced.length === 0) return [...lines, `${INDENT}(none)`];
  for (const perspective of voiced) {
    lines.push(INDENT + shorten(`${perspective.label}: ${framingText(perspective.framing)}`, MAX_LINE - INDENT.length));
    for (const portrayal of perspective.portrayals) {
      const by = perspectives.find((other) => other.id === portrayal.by)?.label ?? portrayal.by;
      lines.push(INDENT + INDENT + shorten(`portrayed by ${by} (${portrayal.attribution}): ${framingText(portrayal.framing)}`, MAX_LINE - 2 * INDENT.length));
    }
  }
  return lines;
}

/** Document figures: balance, dominant side, who is never heard, the author's own voice. */
function metricLines(metrics: Metrics, perspectives: readonly Perspective[], actors: readonly Actor[]): string[] {
  const label = (id: string | null): string => perspectives.find((perspective) => perspective.id === id)?.label ?? id ?? '—';
  const voiceless = metrics.voiceless.map((id) => actors.find((actor) => actor.id === id)?.name ?? id);
  return [
    ...heading('Document'),
    `${INDENT}balance ${metrics.balance.toFixed(2)} (0 one voice, 1 even) · dominant: ${label(metrics.dominantPerspective)} · voiceless: ${voiceless.join(', ') || '—'}`,
    INDENT + shorten(`author’s own voice: ${(metrics.authorial.share * 100).toFixed(0)}% of the words · ${framingText(metrics.authorial.framing)}`, MAX_LINE - INDENT.length),
  ];
}

/** The whole report; the actors section only when the analysis found actors. */
function report(analysis: Analysis, title: string): string {
  const lines = [
    `framelens report: ${shorten(title, MAX_LINE - 18)}`,
    ...headlineLines(analysis.headline),
    ...countLines(analysis),
    ...quoteLines(analysis.quotes),
    ...boilerplateLines(analysis.boilerplate),
    ...attributionLines(analysis.attributions),
    ...(analysis.actors.length > 0 ? actorLines(analysis.actors) : []),
    ...perspectiveLines(analysis.perspectives),
    ...framingLines(analysis.perspectives),
    ...metricLines(analysis.metrics, analysis.perspectives, analysis.actors),
  ];
  return lines.join('\n');
}

/** The article to analyze: the first command-line argument, else the bundled example article. */
function articlePath(argv: readonly string[]): string {
  return argv[0] ?? fileURLToPath(new URL('./article.txt', import.meta.url));
}

function main(): void {
  const file = articlePath(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`example: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return;
  }
  const analyzer = createAnalyzer();
  // A path relative to the working directory reads better than an absolute one.
  console.log(report(analyzer.analyze(text), relative(process.cwd(), file) || file));
}

main();

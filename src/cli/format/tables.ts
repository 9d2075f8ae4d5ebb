/** Tables as aligned plain text or as Markdown, from one list of rows. */

/** A table: headers and rows of cells (already strings). */
export interface Table {
  headers: string[];
  rows: string[][];
  /** Columns aligned right (numbers). */
  numeric?: ReadonlySet<number>;
}

/** Control characters (C0 but line feed, DEL, C1) that a terminal would act on rather than print. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/gu;

/** Text safe to print on a terminal: control characters become U+FFFD. */
export function printable(text: string): string {
  return text.replace(CONTROL, '\ufffd');
}

/** Width in code points, so that curly quotes and accents count once. */
function width(text: string): number {
  return Array.from(text).length;
}

/** A plain-text table with columns two spaces apart and a dashed rule under the headers. */
export function textTable(table: Table): string {
  table = { ...table, headers: table.headers.map(printable), rows: table.rows.map((row) => row.map(printable)) };
  // A loop, not Math.max(...rows): a corpus of a hundred thousand rows would overflow the stack.
  const widths = table.headers.map((header) => width(header));
  for (const row of table.rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, width(cell))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const pad = ' '.repeat((widths[column] ?? 0) - width(cell));
        return table.numeric?.has(column) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(table.headers), widths.map((size) => '-'.repeat(size)).join('  '), ...table.rows.map(line)].join('\n');
}

/** Escapes the characters that would break a Markdown table cell. */
function markdownCell(text: string): string {
  return text.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(table: Table): string {
  const row = (cells: readonly string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  const rule = `|${table.headers.map((_, column) => (table.numeric?.has(column) ? '---:' : '---')).join('|')}|`;
  return [row(table.headers), rule, ...table.rows.map(row)].join('\n');
}

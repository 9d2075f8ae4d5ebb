/** Tables as aligned plain text or as Markdown, from one list of rows. */

/** A table: headers and rows of cells (already strings). */
export interface Table {
  headers: string[];
  rows: string[][];
  /** Columns aligned right (numbers). */
  numeric?: ReadonlySet<number>;
}

/** Width in code points, so that curly quotes and accents count once. */
function width(text: string): number {
  return Array.from(text).length;
}

/** A plain-text table with columns two spaces apart and a dashed rule under the headers. */
export function textTable(table: Table): string {
  const widths = table.headers.map((header, column) => Math.max(width(header), ...table.rows.map((row) => width(row[column] ?? ''))));
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

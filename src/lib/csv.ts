/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break, quotes doubled. Lists are joined with " | " and null is an
 * empty cell, as the Data page documents.
 */

export type Cell = string | number | boolean | null | undefined | readonly (string | number)[];

/** The separator between the items of a list in one cell. */
export const LIST_SEPARATOR = ' | ';

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header row of `columns`, then one row per record, each ending in CRLF. */
export function toCsv(columns: readonly string[], records: readonly Record<string, Cell>[]): string {
  const line = (cells: Cell[]) => `${cells.map(csvCell).join(',')}\r\n`;
  return line([...columns]) + records.map((record) => line(columns.map((column) => record[column]))).join('');
}

/** Parses CSV written by `toCsv` (or any RFC 4180 CSV) into rows of cells; for tests and readers. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  if (quoted) throw new Error('parseCsv: a quoted field is not closed; expected a closing "');
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

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

/**
 * Dates as the fact base writes them: `YYYY-MM-DD` (known to the day) or `YYYY-MM` (known to
 * the month). They stay strings end to end so that a month-only date is never turned into a
 * made-up first day of the month.
 */

export type DatePrecision = 'day' | 'month';

export interface PartialDate {
  year: number;
  month: number;
  /** Absent when only the month is known. */
  day?: number;
  precision: DatePrecision;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY-MM-DD` or `YYYY-MM`; returns null for anything else or a day that does not exist. */
export function parseDate(text: string): PartialDate | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

export function isValidDate(text: string): boolean {
  return parseDate(text) !== null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The earliest and latest day a date may stand for, as `YYYY-MM-DD` strings (sortable). */
export function dateBounds(text: string): [earliest: string, latest: string] {
  const date = parseDate(text);
  if (!date) throw new Error(`Not a date: "${text}" (expected YYYY-MM-DD or YYYY-MM)`);
  const prefix = `${date.year}-${pad(date.month)}`;
  if (date.day !== undefined) return [`${prefix}-${pad(date.day)}`, `${prefix}-${pad(date.day)}`];
  return [`${prefix}-01`, `${prefix}-${pad(daysInMonth(date.year, date.month))}`];
}

/** True when `first` certainly lies after `second`, allowing for month-only precision. */
export function isCertainlyAfter(first: string, second: string): boolean {
  return dateBounds(first)[0] > dateBounds(second)[1];
}

/** Sort key: month-only dates sort at the start of their month. */
export function compareDates(a: string, b: string): number {
  const [aStart] = dateBounds(a);
  const [bStart] = dateBounds(b);
  return aStart < bStart ? -1 : aStart > bStart ? 1 : a.length - b.length;
}

/** "19 June 2024", or "June 2024" for a month-only date. */
export function formatDate(text: string): string {
  const date = parseDate(text);
  if (!date) throw new Error(`Not a date: "${text}" (expected YYYY-MM-DD or YYYY-MM)`);
  const monthYear = `${MONTHS[date.month - 1]} ${date.year}`;
  return date.day === undefined ? monthYear : `${date.day} ${monthYear}`;
}

/** "19 Jun 2024" or "Jun 2024": for tables and tight spaces. */
export function formatDateShort(text: string): string {
  const date = parseDate(text);
  if (!date) throw new Error(`Not a date: "${text}" (expected YYYY-MM-DD or YYYY-MM)`);
  const monthYear = `${MONTHS[date.month - 1]!.slice(0, 3)} ${date.year}`;
  return date.day === undefined ? monthYear : `${date.day} ${monthYear}`;
}

/** `YYYY-MM` of a date: the key for grouping by month. */
export function monthKey(text: string): string {
  return dateBounds(text)[0].slice(0, 7);
}

/** The later of two dates (by their latest possible day). */
export function latestDate(dates: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) {
    if (latest === undefined || dateBounds(date)[1] > dateBounds(latest)[1]) latest = date;
  }
  return latest;
}

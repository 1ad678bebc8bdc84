/**
 * Renders an estimate as the claimant worded it: a value or a low–high range with its
 * qualifier in words. Never rounds: "about 11,000" stays about 11,000.
 */

export type Qualifier = 'at_least' | 'about' | 'up_to' | 'exactly';

export interface Amount {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier | null;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  at_least: 'at least',
  about: 'about',
  up_to: 'up to',
  exactly: 'exactly',
};

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "11,000". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "10,000–12,000" with an en dash; one number when both ends are equal. */
export function formatRange(low: number, high: number): string {
  return low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
}

/**
 * "about 11,000", "at least 100", "10,000–12,000", "about 10,000–12,000", "up to 3,000".
 * Returns null when the claimant gave no number at all (only a proportion, described in scope).
 */
export function formatAmount(amount: Amount): string | null {
  const { value, low, high, qualifier } = amount;
  let number: string;
  if (value !== null) number = formatNumber(value);
  else if (low !== null && high !== null) number = formatRange(low, high);
  else if (low !== null) return `at least ${formatNumber(low)}`;
  else if (high !== null) return `up to ${formatNumber(high)}`;
  else return null;
  return qualifier ? `${QUALIFIER_WORDS[qualifier]} ${number}` : number;
}

/** The numbers an amount spans, for charts and sorting: [low, high], or null without a number. */
export function amountSpan(amount: Amount): [number, number] | null {
  const { value, low, high } = amount;
  if (value !== null) return [value, value];
  if (low !== null && high !== null) return [low, high];
  if (low !== null) return [low, low];
  if (high !== null) return [high, high];
  return null;
}

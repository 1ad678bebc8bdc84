/**
 * An Atom feed (RFC 4287) as a string. Entries keep the order given. Atom needs a full
 * timestamp, so a date known only to the month is written as the start of that month; the
 * entry's title keeps the month-only wording.
 */
import { dateBounds } from './dates';
import { escapeMarkup } from './html-entities';

export interface AtomEntry {
  /** Absolute URL: both the entry's id and its link. */
  url: string;
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM`. */
  date: string;
  summary: string;
  categories: readonly string[];
}

export interface AtomFeed {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed mirrors. */
  alternate: string;
  author: string;
  /**
   * The feed's date when it has no entries yet (`YYYY-MM-DD` or `YYYY-MM`); with entries, the
   * newest entry's date is the feed's.
   */
  updated?: string;
  entries: readonly AtomEntry[];
}

/** `2024-06` → `2024-06-01T00:00:00Z`. */
export function atomTimestamp(date: string): string {
  return `${dateBounds(date)[0]}T00:00:00Z`;
}

export function atomFeed(feed: AtomFeed): string {
  const newest = feed.entries.reduce<string | undefined>(
    (latest, entry) =>
      latest === undefined || atomTimestamp(entry.date) > latest ? atomTimestamp(entry.date) : latest,
    feed.entries.length === 0 && feed.updated !== undefined ? atomTimestamp(feed.updated) : undefined,
  );
  if (!newest) throw new Error('atomFeed: no entries and no `updated` date; expected one or the other');
  const x = escapeMarkup;
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${x(entry.url)}</id>`,
      `    <title>${x(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(entry.url)}"/>`,
      `    <updated>${atomTimestamp(entry.date)}</updated>`,
      `    <summary>${x(entry.summary)}</summary>`,
      ...entry.categories.map((category) => `    <category term="${x(category)}"/>`),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${x(feed.self)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    `  <subtitle>${x(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.alternate)}"/>`,
    `  <updated>${newest}</updated>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

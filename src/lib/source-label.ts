/**
 * How a source is named to readers. A relay (a copy of someone else's story) is named by its
 * original first, "Reuters, 14 Nov 2025 (read via The Star)", never by the mirror's name alone;
 * a page without a date says "date not given"; a flagged page says what it is. Every list of
 * sources, note, bibliography and download uses these words.
 */
import { formatDate, formatDateShort } from './dates';
import type { SourceOriginal } from './source-copies';

/** The fields of a source this needs. */
export interface LabelledSource {
  publisher: string;
  title: string;
  url: string;
  published: string | null;
  tier: string;
  original?: SourceOriginal | undefined;
}

/** What readers see for a page without a publication date. */
export const NO_DATE = 'date not given';

/** What readers see next to a page from a known disinformation network. */
export const FLAGGED_LABEL = 'known disinformation network';

/**
 * The relay's own name: "24 Kanal (citing Yonhap)" → "24 Kanal", since the original is named
 * first anyway. A name without such a note is kept as it is.
 */
export function relayName(publisher: string): string {
  return publisher.replace(/\s*\((?:via|citing|relays?|relaying|quoting|from)\b[^)]*\)\s*$/i, '').trim() || publisher;
}

export interface SourceAttribution {
  /** Who the reader meets first: the original's publisher for a relay, else the page's. */
  publisher: string;
  /** The page's title, or for a relay its original's headline (null when not known). */
  title: string | null;
  /** The page's date, or for a relay its original's (null when not known). */
  published: string | null;
  /** The page's address, or for a relay its original's (null when not known). */
  url: string | null;
  /** For a relay: the page the story was read on. */
  readVia: { publisher: string; title: string; published: string | null; url: string } | null;
  flagged: boolean;
}

export function sourceAttribution(source: LabelledSource): SourceAttribution {
  const flagged = source.tier === 'flagged';
  const { original } = source;
  if (!original) {
    return {
      publisher: source.publisher,
      title: source.title,
      published: source.published,
      url: source.url,
      readVia: null,
      flagged,
    };
  }
  return {
    publisher: original.publisher,
    title: original.title ?? null,
    published: original.published ?? null,
    url: original.url ?? null,
    readVia: {
      publisher: relayName(source.publisher),
      title: source.title,
      published: source.published,
      url: source.url,
    },
    flagged,
  };
}

/**
 * The short form for lists of sources: the publisher, or for a relay the original first with its
 * date when known, "Reuters, 14 Nov 2025 (read via The Star)"; "(known disinformation network)"
 * after a flagged page.
 */
export function shortSourceLabel(source: LabelledSource): string {
  const words = sourceAttribution(source);
  const flag = words.flagged ? ` (${FLAGGED_LABEL})` : '';
  if (!words.readVia) return `${words.publisher}${flag}`;
  const date = words.published ? `, ${formatDateShort(words.published)}` : '';
  return `${words.publisher}${date} (read via ${words.readVia.publisher})${flag}`;
}

/**
 * The publisher with the date, original first: "Reuters, 14 Nov 2025 (read via The Star)",
 * "Yonhap, date not given". A relay's original without a known date goes without one.
 */
export function datedSourceLabel(source: LabelledSource): string {
  const words = sourceAttribution(source);
  if (words.readVia) return shortSourceLabel(source);
  const flag = words.flagged ? ` (${FLAGGED_LABEL})` : '';
  return `${words.publisher}, ${words.published ? formatDateShort(words.published) : NO_DATE}${flag}`;
}

/**
 * The full reference as plain text, for downloads and citations:
 * `Reuters, "Headline", 14 November 2025; read via The Star, "Its title", 14 November 2025. https://…`
 */
export function sourceReference(source: LabelledSource): string {
  const words = sourceAttribution(source);
  const date = (text: string | null) => (text ? formatDate(text) : NO_DATE);
  const originalDate = words.readVia && !words.published ? '' : `, ${date(words.published)}`;
  const via = words.readVia
    ? `; read via ${words.readVia.publisher}, “${words.readVia.title}”, ${date(words.readVia.published)}`
    : '';
  const flag = words.flagged ? ` (${FLAGGED_LABEL})` : '';
  const title = words.title ? `, “${words.title}”` : '';
  return `${words.publisher}${title}${originalDate}${via}${flag}. ${source.url}`;
}

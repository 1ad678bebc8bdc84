/**
 * The search manifest: what the Pagefind index gets beyond the rendered pages. src/data/search.ts
 * computes it from the data the build's content check read (src/integrations/built-site.ts), and
 * src/integrations/search-index.ts applies it.
 */

/** Filter names, in the order the filter pane shows them. */
export const SEARCH_FILTERS = ['section', 'topic', 'claimant', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/**
 * A filter of one value that only the bibliography's pages carry, which the pane does not show.
 * The default search leaves them out with `not` on it, so a first search loads this filter
 * (0.1 KiB) rather than the section filter's values for every page (1.2 KiB).
 */
export const BIBLIOGRAPHY_FILTER = { name: 'bibliography', value: 'yes' } as const;

/** The pane's filters, and the bibliography's own. */
export type SearchFilters = Partial<Record<SearchFilter | typeof BIBLIOGRAPHY_FILTER.name, string[]>>;

/**
 * Result metadata: `title`, `type` (Explainer, Estimate, Event…), `section`, `date` (of a figure or
 * event), `reviewed` (of an explainer), `claimant`, `status` (of an event).
 */
export type SearchMeta = Record<string, string>;

/** Metadata and filters of one rendered page. */
export interface SearchPage {
  /** Site path without the base, e.g. "actors/kim-jong-un/" ("" for home). */
  path: string;
  meta: SearchMeta;
  filters: SearchFilters;
}

/** A figure or event indexed as a result of its own, landing on its anchor. */
export interface SearchRecord {
  /** The anchor id the record lands on, e.g. "figure-nis-2025-01-13-killed". */
  anchor: string;
  /**
   * Pages that may carry the anchor, best first (site paths without the base). The integration
   * picks the first that really has it in the built HTML.
   */
  pages: string[];
  /** The searchable text besides the title: everything a reader may search it by. */
  content: string;
  /**
   * `title` says what the record is: the amount and what it counts, or the event's headline. Who
   * claims a figure is in `claimant`, not in the title, which Pagefind searches with a boost: a
   * search for a name then finds the person's page before each of their claims.
   */
  meta: SearchMeta & { title: string };
  filters: SearchFilters;
}

/** Every name one actor or glossary term goes by; a page that mentions one is found by all. */
export interface SearchName {
  /** The site's own name first, then aliases, then names in other scripts. */
  forms: string[];
  /** The entry's own page (site path), where its names weigh like a title; null for none. */
  home: string | null;
}

/** Everything the integration adds to the Pagefind index. */
export interface SearchManifest {
  pages: SearchPage[];
  records: SearchRecord[];
  names: SearchName[];
}

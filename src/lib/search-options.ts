/**
 * How the site's search ranks and presents results: one set of options for the search dialog,
 * the search page and the relevance tests (tests/search/), so what is tested is what readers get.
 */

/**
 * Pagefind ranking, tuned on the relevance suite (tests/search/queries.ts): with Pagefind's
 * defaults (termFrequency 1, pageLength 0.75, termSaturation 1.4, title ×5) 30 of its 46 queries
 * find their page in the top three; with these, all 46 (38 first), and the neighbouring settings
 * score the same, so this is the middle of a plateau, not a lucky point. Figures and events are records of
 * a few sentences, which Pagefind's length normalisation favours over the explainers and actor
 * pages a reader usually wants first; a low `pageLength` evens that out.
 * Metadata is searched by default; only titles and the names of a page's subject (the `names`
 * field, see src/lib/search-html.ts) should lift a result, not its type, section or dates.
 */
export const SEARCH_RANKING = {
  termFrequency: 0.8,
  pageLength: 0.5,
  termSaturation: 0.8,
  metaWeights: { title: 5, names: 6, aka: 1, type: 0, section: 0, date: 0, reviewed: 0, status: 0 },
} as const;

/**
 * The section of the bibliography's pages, left out of results until the reader chooses it in
 * the section filter: its letter pages name every publisher and word of every title.
 */
export const SOURCES_SECTION = 'Sources';

/** Words of context in an excerpt. */
const EXCERPT_LENGTH = 24;

/**
 * The query parameter that carries the searched words to the result page, where
 * src/components/client/search-highlight.ts marks them.
 */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * How long typing must pause before a search runs, and before its index chunks start loading
 * (Pagefind's `preload`), so that the download and the rest of the pause overlap.
 */
export const TYPING_PAUSE_MS = 100;
export const PRELOAD_PAUSE_MS = 40;

/** The options passed to Pagefind, everywhere it runs. */
export const PAGEFIND_OPTIONS = {
  ranking: SEARCH_RANKING,
  excerptLength: EXCERPT_LENGTH,
  highlightParam: HIGHLIGHT_PARAM,
} as const;

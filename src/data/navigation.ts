import { getSiteData } from './entries';

export interface NavItem {
  /** Site path without the base, e.g. "treaty" ("" for home). */
  path: string;
  label: string;
}

/** Reference pages that are not explainers, in navigation order. */
const REFERENCE_PAGES: NavItem[] = [
  { path: 'timeline', label: 'Timeline' },
  { path: 'actors', label: 'Actors' },
  { path: 'glossary', label: 'Glossary' },
  { path: 'sources', label: 'Sources' },
  { path: 'data', label: 'Data' },
];

let cached: Promise<NavItem[]> | undefined;

/**
 * Main navigation: the top-level explainers in their `order`, then the reference pages. Pages in
 * a subfolder (content/explainers/<section>/…) are not listed: every page carries this header, so
 * listing every page would make each page, and the build, grow with the whole site.
 */
export function getNavigation(): Promise<NavItem[]> {
  // Computed once, like getSiteData: every page asks for it, and filtering every explainer on
  // every page would cost the build time in the square of its size.
  cached ??= getSiteData().then(({ explainers }) => [
    ...explainers
      .filter((entry) => entry.id !== 'index' && !entry.id.includes('/'))
      .map((entry) => ({ path: entry.id, label: entry.data.nav_title ?? entry.data.title })),
    ...REFERENCE_PAGES,
  ]);
  return cached;
}

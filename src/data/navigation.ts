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

/** Main navigation: the explainers in their `order`, then the reference pages. */
export async function getNavigation(): Promise<NavItem[]> {
  const { explainers } = await getSiteData();
  const sections = explainers
    .filter((entry) => entry.id !== 'index')
    .map((entry) => ({ path: entry.id, label: entry.data.nav_title ?? entry.data.title }));
  return [...sections, ...REFERENCE_PAGES];
}

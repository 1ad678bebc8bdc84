/**
 * What the search interface shows and keeps in the URL, as pure functions of result metadata and
 * URLs (src/components/client/search-ui.ts uses them; tests/unit/search-results.test.ts checks them).
 */
import { HIGHLIGHT_PARAM } from './search-options';
import { SEARCH_FILTERS } from './search-manifest';

/** What a result is, by its `type` metadata: one word a reader recognises. */
const KINDS: Record<string, string> = {
  Explainer: 'Explainer',
  Estimate: 'Figure',
  Plan: 'Figure',
  Event: 'Event',
  Person: 'Actor',
  State: 'Actor',
  Organisation: 'Actor',
  Agency: 'Actor',
  'Military unit': 'Actor',
  Media: 'Actor',
  Glossary: 'Glossary',
  Bibliography: 'Source list',
  Timeline: 'Timeline',
  Index: 'Index',
};

/**
 * The line above a result's title: what it is, then the explainer it belongs to, who claims it
 * and when. "Figure · National Intelligence Service (South Korea)", "Event · March 2025 ·
 * claimed by Ukraine", "Explainer · Casualties · reviewed 27 November 2026", "Actor · Person".
 */
export function resultKicker(meta: Record<string, string | undefined>): string {
  const { section, type, claimant, date, status, reviewed, title = '' } = meta;
  const kind = type ? (KINDS[type] ?? type) : undefined;
  const parts = [
    kind,
    kind === 'Actor' ? type : undefined,
    kind === 'Explainer' ? section : undefined,
    status ? undefined : claimant,
    date && !title.includes(date) ? date : undefined,
    status,
    reviewed ? `reviewed ${reviewed}` : undefined,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** Reads `?q=` and filter parameters (`?topic=Casualties&year=2025`) from a URL. */
export function searchFromUrl(url: URL): { term: string; filters: Record<string, string[]> } {
  const filters: Record<string, string[]> = {};
  for (const name of SEARCH_FILTERS) {
    const values = url.searchParams.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return { term: url.searchParams.get('q') ?? '', filters };
}

/** Writes the search into the page URL, so it can be shared and comes back with the Back button. */
export function searchToUrl(url: URL, term: string, filters: Record<string, string[]>): URL {
  const next = new URL(url);
  for (const name of ['q', HIGHLIGHT_PARAM, ...SEARCH_FILTERS]) next.searchParams.delete(name);
  if (term.trim()) next.searchParams.set('q', term.trim());
  for (const name of SEARCH_FILTERS) for (const value of filters[name] ?? []) next.searchParams.append(name, value);
  return next;
}

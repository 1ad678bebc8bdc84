/**
 * The glossary's pages: every term in alphabetical order, on `/glossary/` and, past
 * `TERMS_PER_PAGE`, continued on `/glossary/2/` … (src/lib/parts.ts), so the glossary never grows
 * past the page budget however many terms the ledger gains. `termPath` is where every link to a
 * term points.
 */
import { anchors } from '../lib/paths';
import { partsByKey, splitParts, type Part } from '../lib/parts';
import type { Term } from '../schemas/term';
import type { SiteData, WithId } from './entries';

/** Terms on one glossary page at most: about 25 KiB gzip with names in other scripts, half the page budget. */
export const TERMS_PER_PAGE = 200;

export type GlossaryPage = Part<WithId<Term>>;

interface Glossary {
  pages: GlossaryPage[];
  pageOf: Map<string, GlossaryPage>;
}

const cache = new WeakMap<SiteData, Glossary>();

function glossary(data: SiteData): Glossary {
  let built = cache.get(data);
  if (!built) {
    const terms = [...data.terms.values()].sort((a, b) => a.term.localeCompare(b.term) || a.id.localeCompare(b.id));
    const pages = splitParts(terms, 'glossary', TERMS_PER_PAGE);
    built = { pages, pageOf: partsByKey(pages, (term) => term.id) };
    cache.set(data, built);
  }
  return built;
}

/** Every glossary page, in order. */
export const glossaryPages = (data: SiteData): GlossaryPage[] => glossary(data).pages;

/** Where a term is defined, at its anchor: "glossary#term-kpa", or "glossary/2#term-zapad". */
export function termPath(id: string, data: SiteData): string {
  const page = glossary(data).pageOf.get(id);
  if (!page) throw new Error(`term "${id}" is on no glossary page; expected a term from content/terms/`);
  return `${page.path}#${anchors.term(id)}`;
}

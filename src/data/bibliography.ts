/**
 * The bibliography's pages: sources grouped by the initial of their publisher, then by
 * publisher (see src/lib/bibliography.ts for why it is split). An initial with more sources than
 * a page holds (`SOURCES_PER_PAGE`) continues on numbered parts (`sources/k/2`), a publisher's
 * list carrying on where the previous part stopped, so no page grows with the bibliography.
 */
import {
  bibliographyPath,
  compareInitials,
  initialLabel,
  publisherAnchor,
  publisherInitial,
} from '../lib/bibliography';
import { groupCopies } from '../lib/source-copies';
import { relayName } from '../lib/source-label';
import type { Source, SourceTier } from '../schemas/source';
import type { SiteData, WithId } from './entries';

/** How a source's tier reads in the bibliography. */
export const TIER_LABELS: Record<SourceTier, string> = {
  official: 'official statement',
  wire: 'news agency',
  outlet: 'newsroom’s own reporting',
  relay: 'copy of another outlet’s story',
  flagged: 'known disinformation network',
};

/**
 * The name a source is filed under: its publisher, without the "(via Reuters)" a relay's name
 * may carry, since its entry names the original first. The initial stays the same.
 */
export function listedPublisher(source: Source): string {
  return source.original ? relayName(source.publisher) : source.publisher;
}

/**
 * How many independent stories the sources carry: copies of one story (src/lib/source-copies.ts)
 * count once, and flagged pages not at all. The number to give wherever the site counts sources.
 */
export function independentCount(sources: readonly WithId<Source>[]): number {
  return groupCopies(sources.filter((source) => source.tier !== 'flagged')).length;
}

/** How a source's kind reads in the bibliography. */
export const KIND_LABELS: Record<Source['kind'], string> = {
  news: 'news',
  wire: 'wire',
  government: 'government',
  'think-tank': 'think tank',
  reference: 'reference',
};

/** Sources on one bibliography page at most: about 30 KiB gzip, well inside the page budget. */
export const SOURCES_PER_PAGE = 300;

export interface PublisherGroup {
  publisher: string;
  /** Anchor id on the initial's pages, unique on each. */
  anchor: string;
  /** By title. */
  sources: WithId<Source>[];
  /** The publisher's list began on the previous part. */
  continued: boolean;
}

/** One page of the bibliography: an initial, or one part of a long initial. */
export interface BibliographyPage {
  /** "k", "0-9", "other": the URL segment. */
  initial: string;
  /** "K", "0–9", "Other". */
  label: string;
  /** 1 for the initial's own page, 2… for its continuations. */
  part: number;
  /** How many pages the initial takes. */
  parts: number;
  /** Site path without base: "sources/k", "sources/k/2". */
  path: string;
  /** By publisher name. */
  publishers: PublisherGroup[];
  /** Sources on this page. */
  count: number;
}

const cache = new WeakMap<SiteData, BibliographyPage[]>();

/** Every bibliography page, in the order /sources/ lists them. */
export function bibliographyPages(data: SiteData): BibliographyPage[] {
  let pages = cache.get(data);
  if (!pages) {
    const byInitial = Map.groupBy(data.sources.values(), (source) => publisherInitial(source.publisher));
    pages = [...byInitial]
      .sort(([a], [b]) => compareInitials(a, b))
      .flatMap(([initial, sources]) => initialPages(initial, sources));
    cache.set(data, pages);
  }
  return pages;
}

function initialPages(initial: string, sources: WithId<Source>[]): BibliographyPage[] {
  const used = new Set<string>();
  const listed = [...Map.groupBy(sources, listedPublisher)]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([publisher, list]) => {
      // Two names that differ only in punctuation would share an anchor: number the second.
      const base = publisherAnchor(publisher);
      let anchor = base;
      for (let n = 2; used.has(anchor); n += 1) anchor = `${base}-${n}`;
      used.add(anchor);
      return list.sort((a, b) => a.title.localeCompare(b.title)).map((source) => ({ publisher, anchor, source }));
    });
  const parts = Math.ceil(listed.length / SOURCES_PER_PAGE);
  return Array.from({ length: parts }, (_, index) => {
    const slice = listed.slice(index * SOURCES_PER_PAGE, (index + 1) * SOURCES_PER_PAGE);
    const publishers = [...Map.groupBy(slice, (item) => item.anchor).values()].map((items) => ({
      publisher: items[0]!.publisher,
      anchor: items[0]!.anchor,
      sources: items.map((item) => item.source),
      continued:
        index > 0 && items[0] === slice[0] && listed[index * SOURCES_PER_PAGE - 1]!.anchor === items[0]!.anchor,
    }));
    return {
      initial,
      label: initialLabel(initial),
      part: index + 1,
      parts,
      path: `${bibliographyPath(initial)}${index > 0 ? `/${index + 1}` : ''}`,
      publishers,
      count: slice.length,
    };
  });
}

/** The bibliography page that lists a source: "sources/k", "sources/k/2". */
export function sourcePagePath(source: { id: string }, data: SiteData): string {
  const page = bibliographyPages(data).find((candidate) =>
    candidate.publishers.some((group) => group.sources.some((listed) => listed.id === source.id)),
  );
  if (!page)
    throw new Error(`source "${source.id}" is on no bibliography page; expected a source from content/sources/`);
  return page.path;
}

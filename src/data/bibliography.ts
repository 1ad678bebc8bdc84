/**
 * The bibliography's pages: sources grouped by the initial of their publisher, then by
 * publisher (see src/lib/bibliography.ts for why it is split).
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

export interface PublisherGroup {
  publisher: string;
  /** Anchor id on the initial's page, unique on that page. */
  anchor: string;
  /** By title. */
  sources: WithId<Source>[];
}

export interface BibliographyPage {
  /** "k", "0-9", "other": the URL segment. */
  initial: string;
  /** "K", "0–9", "Other". */
  label: string;
  /** Site path without base: "sources/k". */
  path: string;
  /** By publisher name. */
  publishers: PublisherGroup[];
  count: number;
}

/** Every bibliography page, in the order /sources/ lists them. */
export function bibliographyPages(data: SiteData): BibliographyPage[] {
  const byInitial = Map.groupBy(data.sources.values(), (source) => publisherInitial(source.publisher));
  return [...byInitial]
    .sort(([a], [b]) => compareInitials(a, b))
    .map(([initial, sources]) => {
      const used = new Set<string>();
      const publishers = [...Map.groupBy(sources, listedPublisher)]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([publisher, list]) => {
          // Two names that differ only in punctuation would share an anchor: number the second.
          const base = publisherAnchor(publisher);
          let anchor = base;
          for (let n = 2; used.has(anchor); n += 1) anchor = `${base}-${n}`;
          used.add(anchor);
          return { publisher, anchor, sources: list.sort((a, b) => a.title.localeCompare(b.title)) };
        });
      return {
        initial,
        label: initialLabel(initial),
        path: bibliographyPath(initial),
        publishers,
        count: sources.length,
      };
    });
}

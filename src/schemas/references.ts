import type { Actor } from './actor';
import type { Correction, CorrectedKind } from './correction';
import type { Event } from './event';
import type { Figure } from './figure';
import type { Quote } from './quote';
import type { Source } from './source';
import type { Term } from './term';
import type { Treaty } from './treaty';

/** The data collections that entries may refer to by id. */
export type DataCollection =
  'sources' | 'actors' | 'events' | 'figures' | 'quotes' | 'terms' | 'treaty' | 'corrections';

/** The collection each kind in a correction's `entries` names; explainer pages are checked with the MDX. */
export const CORRECTED_COLLECTIONS: Record<Exclude<CorrectedKind, 'page'>, DataCollection> = {
  figure: 'figures',
  event: 'events',
  quote: 'quotes',
  source: 'sources',
  actor: 'actors',
  term: 'terms',
  treaty: 'treaty',
};

/** One id an entry refers to, with the field that holds it. */
export interface Reference {
  /** The field, as an editor reads it: "sources[1]", "signed.signatories[0]". */
  field: string;
  collection: DataCollection;
  id: string;
}

const list = (field: string, collection: DataCollection, ids: readonly string[] | undefined | null): Reference[] =>
  (ids ?? []).map((id, index) => ({ field: `${field}[${index}]`, collection, id }));

const one = (field: string, collection: DataCollection, id: string | null | undefined): Reference[] =>
  id ? [{ field, collection, id }] : [];

/**
 * Every id each kind of entry refers to. Astro's `reference()` only logs a missing id, so the
 * integrity check walks these and fails the build instead.
 */
export const referencesOf = {
  sources: (_source: Source): Reference[] => [],
  actors: (_actor: Actor): Reference[] => [],
  events: (event: Event): Reference[] => [
    ...list('actors', 'actors', event.actors),
    ...one('claimed_by', 'actors', event.claimed_by),
    ...one('disputed_by', 'actors', event.disputed_by),
    ...list('sources', 'sources', event.sources),
    ...list('disputed_in', 'sources', event.disputed_in),
  ],
  figures: (figure: Figure): Reference[] => [
    ...one('claimant', 'actors', figure.claimant),
    ...list('sources', 'sources', figure.sources),
  ],
  quotes: (quote: Quote): Reference[] => [
    ...one('speaker', 'actors', quote.speaker),
    ...one('source', 'sources', quote.source),
  ],
  terms: (term: Term): Reference[] => [
    ...one('actor', 'actors', term.actor),
    ...list('sources', 'sources', term.sources),
  ],
  treaty: (treaty: Treaty): Reference[] => [
    ...list('title_sources', 'sources', treaty.title_sources),
    ...list('signed.signatories', 'actors', treaty.signed.signatories),
    ...list('signed.sources', 'sources', treaty.signed.sources),
    ...list('replaces.sources', 'sources', treaty.replaces.sources),
    ...treaty.ratification.flatMap((step, i) => list(`ratification[${i}].sources`, 'sources', step.sources)),
    ...list('entry_into_force.sources', 'sources', treaty.entry_into_force.sources),
    ...list('articles_count_sources', 'sources', treaty.articles_count_sources),
    ...treaty.articles.flatMap((article, i) => [
      ...list(`articles[${i}].sources`, 'sources', article.sources),
      ...one(`articles[${i}].quote_source`, 'sources', article.quote_source),
    ]),
    ...list('background_1961_treaty.sources', 'sources', treaty.background_1961_treaty.sources),
    ...treaty.reactions.flatMap((reaction, i) => [
      ...one(`reactions[${i}].actor`, 'actors', reaction.actor),
      ...list(`reactions[${i}].sources`, 'sources', reaction.sources),
    ]),
  ],
  corrections: (correction: Correction): Reference[] =>
    correction.entries.flatMap((entry, index) => {
      const [kind, id = ''] = entry.split(':') as [CorrectedKind, string];
      return kind === 'page' ? [] : [{ field: `entries[${index}]`, collection: CORRECTED_COLLECTIONS[kind], id }];
    }),
} satisfies { [C in DataCollection]: (entry: never) => Reference[] };

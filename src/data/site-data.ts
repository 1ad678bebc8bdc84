/**
 * All content as the pages read it, indexed by id: built from the content collections for the
 * pages (src/data/entries.ts), and from the content check's validated entries for what runs after
 * the build (src/integrations/built-site.ts computes the search manifest from it). Both hold the
 * same data: the collections' loaders take the check's results (src/integrations/yaml-loader.ts).
 */
import type { CollectionEntry } from 'astro:content';
import { compareDates } from '../lib/dates';
import type { Actor } from '../schemas/actor';
import type { Event } from '../schemas/event';
import type { Figure } from '../schemas/figure';
import type { Quote } from '../schemas/quote';
import type { Source } from '../schemas/source';
import type { Term } from '../schemas/term';
import type { Treaty } from '../schemas/treaty';

/** An entry's data with its id (the file name). */
export type WithId<T> = T & { id: string };

export interface SiteData {
  sources: Map<string, WithId<Source>>;
  actors: Map<string, WithId<Actor>>;
  events: Map<string, WithId<Event>>;
  figures: Map<string, WithId<Figure>>;
  quotes: Map<string, WithId<Quote>>;
  terms: Map<string, WithId<Term>>;
  treaty: WithId<Treaty>;
  explainers: CollectionEntry<'explainers'>[];
  /** Events, oldest first. */
  eventsByDate: WithId<Event>[];
  /** Figures, oldest reported first. */
  figuresByReported: WithId<Figure>[];
}

/** One collection's entries: an id and the entry as its schema gives it. */
interface Entry<T> {
  id: string;
  data: T;
}

export interface Collections {
  sources: Entry<Source>[];
  actors: Entry<Actor>[];
  events: Entry<Event>[];
  figures: Entry<Figure>[];
  quotes: Entry<Quote>[];
  terms: Entry<Term>[];
  treaty: Entry<Treaty>[];
  explainers: CollectionEntry<'explainers'>[];
}

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((entry) => [entry.id, entry]));
/** By id, so that the data is the same in the same order whichever way the entries were read. */
const withIds = <T>(entries: Entry<T>[]): WithId<T>[] =>
  entries.map((entry) => ({ ...entry.data, id: entry.id })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function siteData(collections: Collections): SiteData {
  const treaty = collections.treaty[0];
  if (!treaty || collections.treaty.length !== 1) {
    throw new Error(`content/treaty/: found ${collections.treaty.length} entries; expected exactly one treaty.yaml`);
  }
  const events = withIds(collections.events);
  const figures = withIds(collections.figures);
  return {
    sources: byId(withIds(collections.sources)),
    actors: byId(withIds(collections.actors)),
    events: byId(events),
    figures: byId(figures),
    quotes: byId(withIds(collections.quotes)),
    terms: byId(withIds(collections.terms)),
    treaty: { ...treaty.data, id: treaty.id },
    explainers: [...collections.explainers].sort(
      (a, b) => a.data.order - b.data.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    ),
    eventsByDate: [...events].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id)),
    figuresByReported: [...figures].sort((a, b) => compareDates(a.reported, b.reported) || a.id.localeCompare(b.id)),
  };
}

/** Looks an entry up; a missing id is a bug the content check should have caught, so it throws. */
export function need<T>(map: Map<string, T>, id: string, what: string, where: string): T {
  const entry = map.get(id);
  if (!entry) throw new Error(`${where}: no ${what} with id "${id}"; expected an existing id in content/`);
  return entry;
}

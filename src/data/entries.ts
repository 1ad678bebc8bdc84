/**
 * The query layer: the only code outside routes that reads content collections. Everything is
 * loaded once per build and indexed by id, so pages and components look entries up in O(1).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareDates, dateBounds } from '../lib/dates';
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

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((entry) => [entry.id, entry]));
const withIds = <C extends { id: string; data: object }>(entries: C[]) =>
  entries.map((entry) => ({ ...entry.data, id: entry.id }) as C['data'] & { id: string });

let cached: Promise<SiteData> | undefined;

/** All content, loaded once. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [sources, actors, events, figures, quotes, terms, treaties, explainers] = await Promise.all([
    getCollection('sources'),
    getCollection('actors'),
    getCollection('events'),
    getCollection('figures'),
    getCollection('quotes'),
    getCollection('terms'),
    getCollection('treaty'),
    getCollection('explainers'),
  ]);
  const treaty = treaties[0];
  if (!treaty || treaties.length !== 1) {
    throw new Error(`content/treaty/: found ${treaties.length} entries; expected exactly one treaty.yaml`);
  }
  const eventList = withIds(events);
  const figureList = withIds(figures);
  return {
    sources: byId(withIds(sources)),
    actors: byId(withIds(actors)),
    events: byId(eventList),
    figures: byId(figureList),
    quotes: byId(withIds(quotes)),
    terms: byId(withIds(terms)),
    treaty: { ...treaty.data, id: treaty.id },
    explainers: explainers.sort((a, b) => a.data.order - b.data.order),
    eventsByDate: [...eventList].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id)),
    figuresByReported: [...figureList].sort((a, b) => compareDates(a.reported, b.reported) || a.id.localeCompare(b.id)),
  };
}

/** Looks an entry up; a missing id is a bug the content check should have caught, so it throws. */
export function need<T>(map: Map<string, T>, id: string, what: string, where: string): T {
  const entry = map.get(id);
  if (!entry) throw new Error(`${where}: no ${what} with id "${id}"; expected an existing id in content/`);
  return entry;
}

/** The newest date among entries, by their latest possible day. */
export function newestDate(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>(
    (latest, date) => (latest === undefined || dateBounds(date)[1] > dateBounds(latest)[1] ? date : latest),
    undefined,
  );
}

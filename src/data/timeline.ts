/**
 * The timeline's pages, computed once per build from the events (the split itself is in
 * src/lib/timeline.ts), and where each event is told in full: the one place every link to an
 * event, every feed entry and every search record points to.
 */
import { anchors } from '../lib/paths';
import { splitTimeline, type TimelinePage } from '../lib/timeline';
import type { Event } from '../schemas/event';
import type { SiteData, WithId } from './entries';

export type EventPage = TimelinePage<WithId<Event>>;

export interface Timeline {
  /** Every page, oldest first. */
  pages: EventPage[];
  /** Pages by year ("2025"), oldest first. */
  years: Map<string, EventPage[]>;
  /** The page that holds each event, by event id. */
  pageOf: Map<string, EventPage>;
}

const cache = new WeakMap<SiteData, Timeline>();

export function getTimeline(data: SiteData): Timeline {
  let timeline = cache.get(data);
  if (!timeline) {
    const pages = splitTimeline(data.eventsByDate);
    timeline = {
      pages,
      years: Map.groupBy(pages, (page) => page.year),
      pageOf: new Map(pages.flatMap((page) => page.events.map((event) => [event.id, page] as const))),
    };
    cache.set(data, timeline);
  }
  return timeline;
}

/** The page that tells an event in full: "timeline/2025/03". */
export function eventPagePath(event: { id: string }, data: SiteData): string {
  const page = getTimeline(data).pageOf.get(event.id);
  if (!page) throw new Error(`event "${event.id}" is on no timeline page; expected an event from content/events/`);
  return page.path;
}

/** Where an event is told in full, at its anchor: "timeline/2025/03#event-treaty-signed". */
export function eventPath(event: { id: string }, data: SiteData): string {
  return `${eventPagePath(event, data)}#${anchors.event(event.id)}`;
}

/**
 * How many of the newest events the Atom feed carries: a feed reader only needs what is new, and
 * every event ever would make the feed grow with the record (the open data has them all).
 */
export const FEED_EVENTS = 50;

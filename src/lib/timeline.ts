/**
 * How the timeline is split into pages, so that no page grows with the record (DESIGN.md: "no page
 * grows without bound"). Each month has a page of its own (`timeline/2025/03`), holding its
 * events in full; a month with more than `perPage` events continues on numbered parts
 * (`timeline/2025/03/2`, `…/3`). Parts fill in date order, so an event's page only changes when
 * its month overflows before it. Year pages (`timeline/2025`) and the timeline's front page list
 * the months with their counts and hold no event.
 */
import { formatDate, monthKey } from './dates';

/** Events on one timeline page at most: about 25 KiB gzip told in full, half the page budget. */
export const EVENTS_PER_PAGE = 80;

/** One page of the timeline: a month, or one part of a long month. */
export interface TimelinePage<E> {
  /** "2025". */
  year: string;
  /** "2025-03". */
  month: string;
  /** 1 for the month's own page, 2… for its continuations. */
  part: number;
  /** How many pages the month takes. */
  parts: number;
  /** Site path without slashes at either end: "timeline/2025/03", "timeline/2025/03/2". */
  path: string;
  /** The page's events, oldest first. */
  events: E[];
  /** Position of the page's first event in its month, from 1 (for "events 81–160 of 172"). */
  first: number;
  /** How many events its month has. */
  monthTotal: number;
}

/** Site path of a month's page, or of a later part of it: "timeline/2025/03", "timeline/2025/03/2". */
export function timelinePagePath(month: string, part = 1): string {
  const [year, number] = month.split('-');
  return `timeline/${year}/${number}${part > 1 ? `/${part}` : ''}`;
}

/** Site path of a year's page, which lists its months: "timeline/2025". */
export function timelineYearPath(year: string): string {
  return `timeline/${year}`;
}

/** Splits events (oldest first) into the timeline's pages, in order. */
export function splitTimeline<E extends { date: string }>(events: E[], perPage = EVENTS_PER_PAGE): TimelinePage<E>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage is ${perPage}; expected a whole number ≥ 1`);
  const pages: TimelinePage<E>[] = [];
  for (const [month, monthEvents] of Map.groupBy(events, (event) => monthKey(event.date))) {
    const parts = Math.ceil(monthEvents.length / perPage);
    for (let part = 1; part <= parts; part++) {
      const first = (part - 1) * perPage;
      pages.push({
        year: month.slice(0, 4),
        month,
        part,
        parts,
        path: timelinePagePath(month, part),
        events: monthEvents.slice(first, first + perPage),
        first: first + 1,
        monthTotal: monthEvents.length,
      });
    }
  }
  return pages;
}

/** How a page is named: "March 2025", or "March 2025, part 2 of 3". */
export function timelinePageTitle(page: Pick<TimelinePage<unknown>, 'month' | 'part' | 'parts'>): string {
  const month = formatDate(page.month);
  return page.parts > 1 ? `${month}, part ${page.part} of ${page.parts}` : month;
}

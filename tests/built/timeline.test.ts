/**
 * The timeline on the built site, split as src/lib/timeline.ts designs it: each event told in full
 * on exactly one month page (`/timeline/2025/03/`, a long month continuing on `…/03/2/`), year
 * pages and the front page listing the months with their counts and holding no event, and every
 * link to an event on any page landing on the page that holds it.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import { monthKey } from '../../src/lib/dates';
import { EVENTS_PER_PAGE } from '../../src/lib/timeline';
import type { Event } from '../../src/schemas/event';
import { builtPage, builtPages } from '../helpers/dist';

const { entries } = checkContent('content');
const events = entries.events.map(({ id, data }) => ({ ...(data as Event), id }));
const BASE = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const MONTH_PAGE = /^\/timeline\/(\d{4})\/(\d{2})\/(?:(\d+)\/)?$/;

/** Built pages by the ids they carry (an explainer's "what we know" list reuses an event's anchor). */
const pagesOfId = new Map<string, string[]>();
for (const page of builtPages()) {
  for (const element of page.root.querySelectorAll('[id]')) {
    pagesOfId.set(element.id, [...(pagesOfId.get(element.id) ?? []), page.path]);
  }
}
const monthPages = builtPages().filter((page) => MONTH_PAGE.test(page.path));
const years = [...new Set(events.map((event) => event.date.slice(0, 4)))].sort();

describe('timeline pages', () => {
  it('tell every event in full on exactly one page, the page of its month', () => {
    for (const event of events) {
      const carriers = (pagesOfId.get(`event-${event.id}`) ?? []).filter((path) => path.startsWith('/timeline/'));
      expect(carriers, event.id).toHaveLength(1);
      const [, year, month] = MONTH_PAGE.exec(carriers[0]!) ?? [];
      expect(`${year}-${month}`, event.id).toBe(monthKey(event.date));
      const item = builtPage(carriers[0]!).root.querySelector(`li#event-${event.id}`)!;
      expect(item.getAttribute('data-status')).toBe(event.status);
      expect(item.getAttribute('data-topics')!.split(' ').sort()).toEqual([...event.topics].sort());
      expect(item.querySelector(`h2 a[href="#event-${event.id}"] time`), event.id).not.toBeNull();
      expect(item.querySelector(`.badge-${event.status}`), event.id).not.toBeNull();
      expect(item.textContent).toContain(event.summary);
      expect(item.querySelectorAll('.source-links a[href^="http"]').length, event.id).toBe(event.sources.length);
    }
  });

  it('hold one month each, oldest first, at most a page’s worth of events, with the filter shipped hidden', () => {
    expect(monthPages.length).toBeGreaterThan(years.length);
    for (const page of monthPages) {
      const dates = page.root
        .querySelectorAll('li[data-status] > h2 time')
        .map((time) => time.getAttribute('datetime')!);
      expect(dates.length, page.path).toBeGreaterThan(0);
      expect(dates.length, page.path).toBeLessThanOrEqual(EVENTS_PER_PAGE);
      expect(new Set(dates.map(monthKey)).size, page.path).toBe(1);
      expect([...dates].sort(), page.path).toEqual(dates);
      const form = page.root.querySelector('timeline-filter form');
      expect(form?.hasAttribute('hidden'), page.path).toBe(true);
      expect(form?.querySelectorAll('select'), page.path).toHaveLength(2);
      expect(page.root.querySelector('h1')!.textContent, page.path).toMatch(/^Timeline: [A-Z][a-z]+ \d{4}/);
    }
  });

  it.each(years)('/timeline/%s/ lists its months with their counts and links each to its page', (year) => {
    const page = builtPage(`/timeline/${year}/`);
    expect(page.root.querySelectorAll('[id^="event-"]').map((element) => element.id)).toEqual([]);
    const months = Map.groupBy(
      events.filter((event) => event.date.startsWith(`${year}-`)),
      (event) => monthKey(event.date),
    );
    const items = page.root.querySelectorAll('main li:has(> h2)');
    expect(items).toHaveLength(months.size);
    for (const [month, list] of months) {
      const item = items.find((li) => li.querySelector(`h2 a[href="${BASE}timeline/${month.replace('-', '/')}/"]`));
      expect(item, month).toBeDefined();
      expect(item!.textContent, month).toContain(`${list.length} event${list.length === 1 ? '' : 's'}:`);
    }
    // Every year, as the month pages list them, the shown one marked.
    const yearLinks = page.root.querySelectorAll('nav.timeline-nav a[href*="timeline/20"]');
    expect(yearLinks.map((a) => a.getAttribute('href'))).toEqual(years.map((other) => `${BASE}timeline/${other}/`));
    expect(yearLinks.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent)).toEqual([
      year,
    ]);
    // An old link to an event on the year page (/timeline/2025/#event-…) is told where to look.
    expect(page.root.querySelector('timeline-moved a[data-event-page]')).not.toBeNull();
    expect(page.root.querySelector('timeline-moved')!.textContent).toContain('older link to an event');
  });

  it('/timeline/ links every year and every month page, and holds no event', () => {
    const page = builtPage('/timeline/');
    expect(page.root.querySelectorAll('[id^="event-"]').map((element) => element.id)).toEqual([]);
    const links = new Set(page.root.querySelectorAll('main a').map((a) => a.getAttribute('href')));
    for (const year of years) expect(links.has(`${BASE}timeline/${year}/`), year).toBe(true);
    for (const month of monthPages.filter((p) => !MONTH_PAGE.exec(p.path)![3])) {
      expect(links.has(`${BASE}${month.path.slice(1)}`), month.path).toBe(true);
    }
  });

  it('every link to an event, on any page, lands on the page that holds it', () => {
    let links = 0;
    for (const page of builtPages()) {
      for (const link of page.root.querySelectorAll('a[href*="#event-"]')) {
        const url = new URL(link.getAttribute('href')!, `https://example.org${BASE}${page.path.slice(1)}`);
        expect(url.pathname.startsWith(BASE), `${page.path}: ${url.pathname}`).toBe(true);
        const target = `/${url.pathname.slice(BASE.length)}`;
        expect(pagesOfId.get(url.hash.slice(1)) ?? [], `${page.path} → ${target}${url.hash}`).toContain(target);
        links += 1;
      }
    }
    expect(links).toBeGreaterThan(events.length);
  });
});

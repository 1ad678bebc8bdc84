/**
 * The timeline in Chromium: a month page's filters, the filter carried to other months, an old
 * link to an event on a year page followed to its month, and every event without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import { compareDates } from '../../src/lib/dates';
import { splitTimeline } from '../../src/lib/timeline';
import type { Event } from '../../src/schemas/event';
import { launchBrowser, type Browser } from '../helpers/browser';
import { serveBuiltSite, type SiteServer } from '../helpers/server';

const { entries } = checkContent('content');
const events = entries.events
  .map(({ id, data }) => ({ ...(data as Event), id }))
  .sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
const pages = splitTimeline(events);
/** The page with the most Kursk events, so that both filters have something to narrow. */
const busiest = pages.toSorted(
  (a, b) =>
    b.events.filter((event) => event.topics.includes('kursk')).length -
    a.events.filter((event) => event.topics.includes('kursk')).length,
)[0]!;
const kursk = busiest.events.filter((event) => event.topics.includes('kursk'));
const status = kursk[0]!.status;
let server: SiteServer;

beforeAll(async () => {
  server = await serveBuiltSite();
});

afterAll(async () => {
  await server?.close();
});

describe('timeline with JavaScript', () => {
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    browser.context.on('weberror', (error) => errors.push(error.error().message));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('filters a month by topic and by status, says how many it shows, and keeps the choice in the URL', async () => {
    const page = await browser.context.newPage();
    await page.goto(new URL(`${busiest.path}/`, server.url).href);
    const form = page.locator('timeline-filter form');
    await expect(form.isVisible()).resolves.toBe(true);
    const visible = () => page.locator('li[data-status]:visible').count();
    expect(await visible()).toBe(busiest.events.length);

    await page.selectOption('select[name="topic"]', 'kursk');
    expect(await visible()).toBe(kursk.length);
    await expect(page.locator('[data-count]').textContent()).resolves.toBe(
      `Showing ${kursk.length} of ${busiest.events.length} events.`,
    );

    const narrowed = kursk.filter((event) => event.status === status);
    await page.selectOption('select[name="status"]', status);
    expect(await visible()).toBe(narrowed.length);
    for (const shown of await page
      .locator('li[data-status]:visible')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['status']))) {
      expect(shown).toBe(status);
    }
    expect(new URL(page.url()).search).toBe(`?topic=kursk&status=${status}`);
    // The links to other months carry the choice along.
    const monthLinks = await page
      .locator('a[data-keep-filter]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).search));
    expect(monthLinks.length).toBeGreaterThan(0);
    expect(new Set(monthLinks)).toEqual(new Set([`?topic=kursk&status=${status}`]));

    await page.reload();
    expect(await visible()).toBe(narrowed.length);
    await expect(page.locator('select[name="topic"]').inputValue()).resolves.toBe('kursk');

    await page.selectOption('select[name="topic"]', '');
    await page.selectOption('select[name="status"]', '');
    expect(await visible()).toBe(busiest.events.length);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('follows an old link to an event on its year page to the month that holds it', async () => {
    const event = events.at(-1)!;
    const home = pages.find((candidate) => candidate.events.includes(event))!;
    const page = await browser.context.newPage();
    await page.goto(new URL(`timeline/${home.year}/#event-${event.id}`, server.url).href);
    await page.waitForURL((url) => url.pathname.endsWith(`/${home.path}/`));
    expect(new URL(page.url()).hash).toBe(`#event-${event.id}`);
    await expect(page.locator(`#event-${event.id}`).isVisible()).resolves.toBe(true);
    await page.close();
    expect(errors).toEqual([]);
  });
});

describe('timeline without JavaScript', () => {
  it('shows every event of the month and no filter', async () => {
    const browser = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await browser.context.newPage();
      await page.goto(new URL(`${busiest.path}/?topic=kursk&status=disputed`, server.url).href);
      await expect(page.locator('timeline-filter form').isVisible()).resolves.toBe(false);
      expect(await page.locator('li[data-status]:visible').count()).toBe(busiest.events.length);
      await page.goto(new URL(`timeline/${busiest.year}/#event-${busiest.events[0]!.id}`, server.url).href);
      await expect(page.getByText('older link to an event').isVisible()).resolves.toBe(true);
    } finally {
      await browser.close();
    }
  });
});

/** The timeline's filters in Chromium, and the full list without JavaScript. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import type { Event } from '../../src/schemas/event';
import { launchBrowser, type Browser } from '../helpers/browser';
import { serveBuiltSite, type SiteServer } from '../helpers/server';

const { entries } = checkContent('content');
const events = entries.events.map((entry) => entry.data as Event);
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

  it('filters by topic and by status, says how many it shows, and keeps the choice in the URL', async () => {
    const page = await browser.context.newPage();
    await page.goto(new URL('timeline/', server.url).href);
    const form = page.locator('timeline-filter form');
    await expect(form.isVisible()).resolves.toBe(true);
    const visible = () => page.locator('li[data-status]:visible').count();
    expect(await visible()).toBe(events.length);

    const kursk = events.filter((event) => event.topics.includes('kursk'));
    await page.selectOption('select[name="topic"]', 'kursk');
    expect(await visible()).toBe(kursk.length);
    await expect(page.locator('[data-count]').textContent()).resolves.toBe(
      `Showing ${kursk.length} of ${events.length} events.`,
    );

    const disputedKursk = kursk.filter((event) => event.status === 'disputed');
    await page.selectOption('select[name="status"]', 'disputed');
    expect(await visible()).toBe(disputedKursk.length);
    for (const status of await page
      .locator('li[data-status]:visible')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['status']))) {
      expect(status).toBe('disputed');
    }
    // A month with nothing left to show is hidden with its heading.
    const emptyMonths = await page
      .locator('section[data-month]:visible')
      .evaluateAll((sections) => sections.filter((s) => !s.querySelector('li[data-status]:not([hidden])')).length);
    expect(emptyMonths).toBe(0);
    expect(new URL(page.url()).search).toBe('?topic=kursk&status=disputed');

    await page.reload();
    expect(await visible()).toBe(disputedKursk.length);
    await expect(page.locator('select[name="topic"]').inputValue()).resolves.toBe('kursk');

    await page.selectOption('select[name="topic"]', '');
    await page.selectOption('select[name="status"]', '');
    expect(await visible()).toBe(events.length);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
    expect(errors).toEqual([]);
  });
});

describe('timeline without JavaScript', () => {
  it('shows every event and no filter', async () => {
    const browser = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await browser.context.newPage();
      await page.goto(new URL('timeline/?topic=kursk&status=disputed', server.url).href);
      await expect(page.locator('timeline-filter form').isVisible()).resolves.toBe(false);
      expect(await page.locator('li[data-status]:visible').count()).toBe(events.length);
    } finally {
      await browser.close();
    }
  });
});

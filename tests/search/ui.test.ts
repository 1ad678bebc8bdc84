/**
 * Search on the built site (DIST_DIR, else dist/) in headless Chromium: the dialog from any page
 * by keyboard alone, the search page's filters and deep links, highlighting on arrival, links
 * that resolve, the page without JavaScript, and no accessibility violation with search open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser';
import { serveBuiltSite, type SiteServer } from '../helpers/server';
import {
  axeViolations,
  DIALOG,
  expectLinksResolve,
  focused,
  openPage,
  resultLinks,
  searchFromHomeWithKeyboard,
} from './browser';

let server: SiteServer;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveBuiltSite();
  browser = await launchBrowser();
  browser.context.on('weberror', (error) => errors.push(error.error().message));
  browser.context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.location().url}: ${message.text()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  expect(errors).toEqual([]);
});

const at = (path: string) => new URL(path, server.url).href;
const summary = (scope: string) => `${scope} .pf-summary`;

describe('the search dialog', () => {
  it('works from the home page with the keyboard alone and lands on the result, words highlighted', async () => {
    const page = await searchFromHomeWithKeyboard(browser.context, server.url, 'Belousov');
    const target = new URL((await page.evaluate(() => document.activeElement?.getAttribute('href'))) ?? '', server.url);
    expect(target.searchParams.getAll('highlight')).toEqual(['belousov']);
    // Down and up move through the results and back to the input.
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatch(/^a\.pf-(result|heading)-link/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('input.pf-input');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => url.pathname === target.pathname), page.keyboard.press('Enter')]);
    const marks = page.locator('[data-pagefind-body] mark');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).every((text) => /^Belousov/i.test(text))).toBe(true);
    await page.close();
  });

  it('opens with Ctrl+K too, is accessible with results showing, and lists links that resolve', async () => {
    const page = await openPage(browser.context, at('timeline/'));
    await page.keyboard.press('Control+k');
    await page.locator(`${DIALOG}[open]`).waitFor();
    await page.keyboard.type('NIS estimate January 2025');
    await page.locator(`${DIALOG} .pf-result-link`).first().waitFor();
    // Results appear as the reader types; the count then settles on the whole query.
    await expect
      .poll(() => page.locator(summary(DIALOG)).textContent())
      .toMatch(/^\d+ results for NIS estimate January 2025$/);
    await page.locator(`${DIALOG} .pf-results[data-query="NIS estimate January 2025"]`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    const links = await resultLinks(page, DIALOG);
    expect(links.some((link) => link.includes('#figure-nis-2025-01-13-'))).toBe(true);
    await expectLinksResolve(page, links, new URL(server.url));
    await page.close();
  });

  it('keeps the search code off the page until search is opened', async () => {
    const page = await browser.context.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(at('casualties/'));
    await page.waitForLoadState('networkidle');
    expect(loaded.filter((path) => /pagefind|search-(ui|dialog|page)|search-highlight/.test(path))).toEqual([]);
    await page.keyboard.press('/');
    await page.locator(`${DIALOG}[open]`).waitFor();
    expect(loaded.some((path) => /search-dialog/.test(path))).toBe(true);
    await page.close();
  });
});

describe('the search page', () => {
  it('filters with counts, keeps query and filters in the URL, and browses without a query', async () => {
    const page = await openPage(browser.context, at('search/?q=Kursk'));
    await page.locator('site-search .pf-result-link').first().waitFor();
    const count = async () => Number((await page.locator(summary('site-search')).textContent())?.match(/^\d+/)?.[0]);
    const all = await count();
    expect(all).toBeGreaterThan(10);
    // Filter groups start closed; open Topic from the keyboard.
    await page.locator('details.pf-filter-group[data-filter-name="topic"] > summary').focus();
    await page.keyboard.press('Enter');
    const topic = page.locator('.pf-checkbox-input[name="topic"][value="Casualties"]');
    const facet = Number(
      await page.locator('.pf-filter-checkbox', { has: topic }).locator('.pf-filter-checkbox-count').textContent(),
    );
    await topic.focus();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('topic') === 'Casualties');
    await expect.poll(count).toBe(facet);
    expect(facet).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kursk');

    // Clearing the query keeps the filter and lists everything under it.
    await page.locator('site-search input.pf-input').focus();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('q') && url.searchParams.get('topic') === 'Casualties');
    await expect.poll(() => page.locator(summary('site-search')).textContent()).toMatch(/^\d+ results$/);
    expect(await count()).toBeGreaterThan(facet);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('opens a ?q= deep link with its filters, and Back from a result returns to it', async () => {
    const deepLink = at('search/?q=Sudzha&year=2025');
    const page = await openPage(browser.context, deepLink);
    await page.locator('site-search .pf-result-link').first().waitFor();
    expect(await page.locator('site-search input.pf-input').inputValue()).toBe('Sudzha');
    expect(await page.locator('.pf-checkbox-input[name="year"][value="2025"]').isChecked()).toBe(true);
    const links = await resultLinks(page, 'site-search');
    await expectLinksResolve(page, links, new URL(server.url));
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/search/'),
      page.locator('site-search .pf-result-link').first().click(),
    ]);
    await page.goBack();
    await page.locator('site-search .pf-result-link').first().waitFor();
    expect(page.url()).toBe(deepLink);
    expect(await page.locator('site-search input.pf-input').inputValue()).toBe('Sudzha');
    await page.close();
  });

  it('without JavaScript, lists every section and topic', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await openPage(noScript.context, at('search/'));
      expect(await page.locator('site-search').textContent()).toContain('Search needs JavaScript');
      const sections = await page.locator('#browse-sections + ul a').count();
      expect(sections).toBeGreaterThanOrEqual(8);
      const topics = await page.locator('.search-topics dt').allTextContents();
      expect(topics).toEqual(expect.arrayContaining(['Treaty', 'Casualties', 'Kursk', 'Prisoners of war']));
      const links = await page
        .locator('.search-browse a')
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      await expectLinksResolve(page, links, new URL(server.url));
    } finally {
      await noScript.close();
    }
  });
});

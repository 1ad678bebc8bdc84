/** The built site in headless Chromium: navigation, theme, search, console. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser';
import { serveBuiltSite, type SiteServer } from '../helpers/server';

let server: SiteServer;
let browser: Browser;
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await serveBuiltSite();
  browser = await launchBrowser();
  browser.context.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.location().url}: ${message.text()}`);
  });
  browser.context.on('weberror', (error) => consoleErrors.push(error.error().message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  const response = await page.goto(new URL(path, server.url).href);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('the built site', () => {
  it('renders the home page with its title, figures and notes', async () => {
    const page = await open('');
    await expect(page.locator('h1').textContent()).resolves.toContain('North Korea');
    expect(await page.locator('[data-figure]').count()).toBeGreaterThan(0);
    expect(await page.locator('#notes-heading').count()).toBe(1);
    await page.close();
  });

  it('reaches every section from the main navigation', async () => {
    const page = await open('');
    const links = await page
      .locator('nav[aria-label="Main"] a')
      .evaluateAll((anchors) =>
        anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent?.trim() ?? '' })),
      );
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) {
      const response = await page.goto(link.href);
      expect(response?.status(), link.href).toBe(200);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      expect(await page.locator('nav[aria-label="Main"] [aria-current="page"]').textContent()).toBe(link.text);
    }
    await page.close();
  });

  it('switches the theme and keeps it across pages and reloads', async () => {
    const page = await open('');
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? 'system');
    expect(await theme()).toBe('system');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.locator('[data-theme-toggle]').click();
    expect(await theme()).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.goto(new URL('timeline/', server.url).href);
    expect(await theme()).toBe('dark');
    await page.reload();
    expect(await theme()).toBe('dark');
    await page.locator('[data-theme-toggle]').click();
    expect(await theme()).toBe('light');
    await page.close();
  });

  it('finds "Kursk" and every result links to a real page', async () => {
    const page = await open('search/');
    await page.locator('site-search input.pf-input').fill('Kursk');
    await page.locator('site-search .pf-result-link').first().waitFor();
    const status = await page.locator('site-search .pf-summary').textContent();
    expect(status).toMatch(/^\d+ results? for Kursk$/);
    await page.waitForURL(/\?q=Kursk/);
    const hrefs = await page
      .locator('site-search .pf-result-link')
      .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs.slice(0, 5)) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    await page.close();
  });

  it('opens the search dialog from the keyboard with /', async () => {
    const page = await open('');
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal[open] input').waitFor();
    await page.close();
  });

  it('logged no console errors on any page visited', () => {
    expect(consoleErrors).toEqual([]);
  });
});

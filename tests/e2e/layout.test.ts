/**
 * The page shell on phones and wide screens, as a reader meets it: a short header whose menu opens
 * without JavaScript, an explainer's "On this page" list (closed at the top on a phone, beside the
 * text and following the reader on a wide screen), and estimate tables whose scope column a phone
 * reader sees without scrolling sideways, with room for who says so beside each estimate.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser';
import { serveBuiltSite, type SiteServer } from '../helpers/server';

/** The tallest the header may be on a phone, in CSS pixels. */
const PHONE_HEADER_MAX = 80;
/** Pages with the most in their header's neighbourhood: the home page, a long explainer, lists. */
const HEADER_PAGES = ['', 'casualties/', 'actors/kim-jong-un/', 'search/'];

let server: SiteServer;
let browser: Browser;
let noScript: Browser;

beforeAll(async () => {
  server = await serveBuiltSite();
  browser = await launchBrowser();
  noScript = await launchBrowser({ javaScriptEnabled: false });
});

afterAll(async () => {
  await browser?.close();
  await noScript?.close();
  await server?.close();
});

async function open(path: string, width: number, from = browser): Promise<Page> {
  const page = await from.context.newPage();
  await page.setViewportSize({ width, height: 700 });
  const response = await page.goto(new URL(path, server.url).href);
  expect(response?.status(), path).toBe(200);
  return page;
}

const headerHeight = (page: Page) =>
  page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);

describe('the header', () => {
  it.each([320, 390])(`is at most ${PHONE_HEADER_MAX} px tall at %i px, with and without JavaScript`, async (width) => {
    const tooTall: string[] = [];
    for (const from of [browser, noScript]) {
      for (const path of HEADER_PAGES) {
        const page = await open(path, width, from);
        const height = await headerHeight(page);
        if (height > PHONE_HEADER_MAX) tooTall.push(`/${path}: ${height} px${from === noScript ? ' without JS' : ''}`);
        await page.close();
      }
    }
    expect(tooTall).toEqual([]);
  });

  it('opens its menu without JavaScript on a phone, listing every section', async () => {
    const page = await open('casualties/', 320, noScript);
    const links = page.locator('nav[aria-label="Main"] a');
    await expect(links.first().isVisible()).resolves.toBe(false);
    await page.getByText('Menu', { exact: true }).click();
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < count; i += 1) expect(await links.nth(i).isVisible(), `menu link ${i + 1}`).toBe(true);
    expect(await page.locator('nav[aria-label="Main"] [aria-current="page"]').textContent()).toContain('Casualties');
    await page.close();
  });

  it('closes the menu with Escape and returns focus to it', async () => {
    const page = await open('', 390);
    const summary = page.locator('.site-menu > summary');
    await summary.click();
    await expect(page.locator('.site-menu').evaluate((menu) => (menu as HTMLDetailsElement).open)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('.site-menu').evaluate((menu) => (menu as HTMLDetailsElement).open)).resolves.toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.close();
  });

  it('lists every section without a menu button on a wide screen', async () => {
    const page = await open('', 1280);
    await expect(page.locator('.site-menu > summary').isVisible()).resolves.toBe(false);
    const links = page.locator('nav[aria-label="Main"] a');
    for (let i = 0; i < (await links.count()); i += 1) expect(await links.nth(i).isVisible()).toBe(true);
    await page.close();
  });
});

describe('an explainer’s contents', () => {
  it('is a closed disclosure near the top on a phone', async () => {
    const page = await open('casualties/', 320, noScript);
    const contents = page.locator('nav.contents');
    const top = await contents.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    expect(top, 'the contents start within the first two screens').toBeLessThan(1400);
    await expect(contents.locator('a').first().isVisible()).resolves.toBe(false);
    await contents.getByText('On this page').click();
    await expect(contents.locator('a').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('stays beside the text as a wide-screen reader scrolls, clear of the text column', async () => {
    const page = await open('casualties/', 1280);
    const contents = page.locator('nav.contents');
    await expect(contents.locator('a').first().isVisible()).resolves.toBe(true);
    const column = await page.locator('article h1').evaluate((h1) => h1.getBoundingClientRect().right);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const box = await contents.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.top, 'in view after scrolling half the page').toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(700);
    expect(box.left, 'right of the text column').toBeGreaterThanOrEqual(column);
    // Estimate tables grow to the left only, so the contents never cover one.
    const tablesRight = await page
      .locator('.estimates')
      .evaluateAll((tables) => Math.max(...tables.map((table) => table.getBoundingClientRect().right)));
    expect(tablesRight).toBeLessThanOrEqual(box.left);
    await page.close();
  });
});

describe('estimate tables on a phone', () => {
  it('show what each estimate counts without scrolling sideways', async () => {
    const page = await open('casualties/', 320);
    const table = page.locator('.estimates').first();
    const region = await table.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(region.scroll, 'the table scrolls sideways inside its box').toBeLessThanOrEqual(region.client);
    const scopes = await table.locator('tbody td:nth-child(4)').evaluateAll((cells) =>
      cells.map((cell) => {
        const box = cell.getBoundingClientRect();
        return { left: box.left, right: box.right, text: cell.textContent ?? '' };
      }),
    );
    expect(scopes.length).toBeGreaterThan(3);
    for (const scope of scopes) {
      expect(scope.left, scope.text).toBeGreaterThanOrEqual(0);
      expect(scope.right, scope.text).toBeLessThanOrEqual(320);
    }
    await page.close();
  });

  // A long estimate ("exactly 243 export-control items", on the list of other figures) once took
  // the whole card's width and left "who says so" a letter wide, one letter per line.
  it('leave who says so room for a word beside a long estimate', async () => {
    for (const width of [320, 390]) {
      const page = await open('data/estimates/other/', width);
      const cards = await page.locator('.estimates tbody tr').evaluateAll((rows) =>
        rows.map((row) => ({
          card: row.getBoundingClientRect().width,
          who: row.children[1]!.getBoundingClientRect().width,
          text: row.children[1]!.textContent ?? '',
        })),
      );
      expect(cards.length).toBeGreaterThan(3);
      for (const { card, who, text } of cards) expect(who, `${width} px: ${text}`).toBeGreaterThanOrEqual(card * 0.3);
      await page.close();
    }
  });
});

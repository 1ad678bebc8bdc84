/**
 * Search on a site served under a subpath: the /sub/ build the deploy tests read too (.build/sub/,
 * built by tests/global-setup.ts), served by Astro's preview server under /sub/. Every result link,
 * figure and event anchors included, must stay under /sub/ and resolve.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPLOY_ENV, SUB_BUILD } from '../deploy/support/build';
import { launchBrowser, type Browser } from '../helpers/browser';
import { serveBuiltSite, type SiteServer } from '../helpers/server';
import { DIALOG, expectLinksResolve, openPage, resultLinks, searchFromHomeWithKeyboard } from './browser';

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  // serveBuiltSite() and the preview server read the folder and the base from the environment.
  process.env['DIST_DIR'] = SUB_BUILD;
  process.env['BASE_PATH'] = DEPLOY_ENV.BASE_PATH;
  server = await serveBuiltSite();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`search under ${DEPLOY_ENV.BASE_PATH}`, () => {
  it('is served under the base path', () => {
    expect(new URL(server.url).pathname).toBe(DEPLOY_ENV.BASE_PATH);
  });

  it('opens the dialog from the home page, and every result link resolves under the base', async () => {
    const page = await searchFromHomeWithKeyboard(browser.context, server.url, 'Kursk');
    const links = await resultLinks(page, DIALOG);
    expect(await expectLinksResolve(page, links, new URL(server.url))).toBeGreaterThan(3);
    await page.close();
  });

  it('lands figure and event records on their anchors under the base, highlighted', async () => {
    const page = await openPage(browser.context, new URL('search/?q=NIS%20estimate%20January%202025', server.url).href);
    await page.locator('site-search .pf-result-link').first().waitFor();
    expect(new URL(page.url()).pathname).toBe(`${DEPLOY_ENV.BASE_PATH}search/`);
    const links = await resultLinks(page, 'site-search');
    const figure = links.find((link) => link.includes('#figure-nis-2025-01-13-'));
    expect(figure, links.join('\n')).toBeDefined();
    await expectLinksResolve(page, links, new URL(server.url));
    await page.goto(figure!);
    const anchor = decodeURIComponent(new URL(figure!).hash.slice(1));
    expect(await page.locator(`[id="${anchor}"] mark`).count()).toBeGreaterThan(0);
    await page.close();
  });
});

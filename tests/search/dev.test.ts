/**
 * Search in `astro dev`: the dev server builds its index in memory from its own pages
 * (src/integrations/search-dev.ts), so a search on a fresh dev server returns results, says
 * which index it searched, and links to pages that exist. The server is started with Astro's
 * `dev()` in a child process (tests/search/dev-server.mjs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../helpers/browser';
import { expectLinksResolve, openPage, resultLinks } from './browser';

let devServer: ChildProcess;
let origin: string;
let browser: Browser;

/** Vitest's own environment (NODE_ENV=test, MODE, BASE_URL…), which `astro dev` must not inherit. */
const VITEST_ENV = /^(VITEST|TEST$|NODE_ENV$|MODE$|PROD$|DEV$|SSR$|BASE_URL$)/;

beforeAll(async () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
  devServer = spawn(process.execPath, ['tests/search/dev-server.mjs'], {
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const listening = await new Promise<string>((resolve, reject) => {
    createInterface({ input: devServer.stdout! }).once('line', resolve);
    devServer.once('exit', (code) => reject(new Error(`astro dev stopped (exit code ${code}) before it listened`)));
  });
  origin = `http://127.0.0.1:${(JSON.parse(listening) as { port: number }).port}/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (devServer && devServer.exitCode === null) {
    const exited = new Promise((resolve) => devServer.once('exit', resolve));
    devServer.kill('SIGTERM');
    await exited;
  }
});

describe('search in astro dev', () => {
  it('returns results from the current pages, says so, and links to pages that exist', async () => {
    const page = await openPage(browser.context, new URL('search/?q=Kursk', origin).href);
    // The first search waits for the dev server to crawl and index its own pages (seconds; more
    // on a cold, busy machine, hence the long timeouts).
    await page.locator('site-search .pf-result-link').first().waitFor({ timeout: 90_000 });
    expect(await page.locator('site-search .pf-summary').textContent()).toMatch(/^\d+ results for Kursk$/);
    await expect
      .poll(() => page.locator('.search-dev-notice').textContent())
      .toMatch(/^Dev server index: \d+ pages and \d+ figures and events, built at /);
    await expectLinksResolve(page, await resultLinks(page, 'site-search'), new URL(origin));
    await page.close();
  }, 150_000);
});

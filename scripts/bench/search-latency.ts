/**
 * Search latency in headless Chromium, measured in the page with performance.now(). The built
 * site is served by a small static server on loopback.
 *
 * - cold: a fresh page with an empty HTTP cache; the reader presses `/` and types a query at
 *   once. Timed from the query being typed (one input event) until its first result shows in the
 *   dialog: loading the interface's engine (pagefind.js, WebAssembly, metadata), the index chunks
 *   for the query and the first results' fragments, and drawing them.
 * - warm: later queries on a page whose Pagefind is loaded, set up as the interface sets it up
 *   (the site's options from src/lib/search-options.ts, no worker), until Pagefind returns the
 *   ranked results, and until the first five results' data are loaded too.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from './static-server.ts';
import { PAGEFIND_OPTIONS } from '../../src/lib/search-options.ts';
import { median } from './analyse.ts';
import { listFiles } from '../../src/integrations/yaml-files.ts';

/**
 * What readers type: the story's common words (which match most pages, the slowest case),
 * prefixes as search-as-you-type sends them, a phrase, and names of the site's own actors.
 */
const COMMON_QUERIES = [
  'troops',
  'kursk',
  'casualties',
  'treaty',
  'ratification',
  'artillery',
  'prisoners',
  'sanctions',
  'intelligence',
  'depl',
  'casu',
  'north korean soldiers',
];
const NAME_QUERIES = 8;

/** The queries for a site: the common ones, then actor names spread over content/actors/. */
export function siteQueries(contentDir: string): string[] {
  const names = listFiles(join(contentDir, 'actors'), ['.yaml'])
    .map((file) => /^name: (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1]?.replace(/^['"]|['"]$/g, ''))
    .filter((name): name is string => Boolean(name));
  const step = Math.max(1, Math.floor(names.length / NAME_QUERIES));
  return [...COMMON_QUERIES, ...names.filter((_, index) => index % step === 0).slice(0, NAME_QUERIES)];
}
const COLD_TRIALS = 5;

export interface Latency {
  median: number;
  worst: number;
  samples: number[];
}

export interface SearchLatency {
  /** First query on a fresh page, from typing it in the search dialog to its first result shown. */
  coldMs: Latency;
  /** Later queries, until Pagefind returns the ranked results. */
  warmMs: Latency;
  /** Later queries, until the first five results' titles and excerpts are loaded too. */
  warmWithDataMs: Latency;
}

interface Timing {
  /** Until the ranked results are known. */
  search: number;
  /** Until the first five results' data are loaded. */
  total: number;
}

/**
 * Runs in the page: loads Pagefind as the search interface does, with the site's options, and
 * times each query to its ranked results and to its first five results' data.
 */
async function timeQueries({ queries, options }: { queries: string[]; options: object }): Promise<Timing[]> {
  type Pagefind = {
    options: (options: object) => Promise<void>;
    search: (term: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
  };
  const scope = globalThis as unknown as { benchPagefind?: Promise<Pagefind> };
  const times: Timing[] = [];
  for (const query of queries) {
    const started = performance.now();
    // A variable specifier keeps bundlers and TypeScript from resolving the site's own path.
    const bundle = '/pagefind/pagefind.js';
    scope.benchPagefind ??= (import(bundle) as Promise<{ createInstance: (options: object) => Pagefind }>).then(
      async ({ createInstance }) => {
        const pagefind = createInstance({ basePath: '/pagefind/', baseUrl: '/', noWorker: true });
        await pagefind.options(options);
        return pagefind;
      },
    );
    const pagefind = await scope.benchPagefind;
    const { results } = await pagefind.search(query);
    const searched = performance.now();
    await Promise.all(results.slice(0, 5).map((result) => result.data()));
    times.push({ search: searched - started, total: performance.now() - started });
  }
  return times;
}

/**
 * Runs in the page, with the search dialog just opened: types `query` into its input as one
 * input event and times until the first result link shows.
 */
async function timeFirstResult(query: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('dialog.pf-modal[open] input')!;
  const started = performance.now();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise<void>((resolve) => {
    const check = () =>
      document.querySelector('dialog.pf-modal .pf-result-link') ? resolve() : requestAnimationFrame(check);
    check();
  });
  return performance.now() - started;
}

export async function measureSearch(dist: string, queries: string[]): Promise<SearchLatency> {
  // The ranking and excerpt options readers get (src/lib/search-options.ts).
  const options = PAGEFIND_OPTIONS;
  const server = await serveStatic(dist);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  try {
    const cold: number[] = [];
    for (let trial = 0; trial < COLD_TRIALS; trial++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await page.goto(`${origin}/`);
      await page.waitForLoadState('networkidle');
      await page.keyboard.press('/');
      await page.locator('dialog.pf-modal[open] input').waitFor();
      cold.push(await page.evaluate(timeFirstResult, queries[trial % queries.length]!));
      await page.close();
    }
    const page = await browser.context.newPage();
    await page.goto(`${origin}/`);
    await page.evaluate(timeQueries, { queries: ['north'], options });
    const warm = await page.evaluate(timeQueries, { queries, options });
    const summary = (samples: number[]): Latency => ({
      median: median(samples),
      worst: Math.max(...samples),
      samples: samples.map((ms) => Math.round(ms * 10) / 10),
    });
    return {
      coldMs: summary(cold),
      warmMs: summary(warm.map((time) => time.search)),
      warmWithDataMs: summary(warm.map((time) => time.total)),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

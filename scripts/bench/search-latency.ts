/**
 * Search latency in headless Chromium, measured in the page with performance.now(). The built
 * site is served by a small static server on loopback.
 *
 * - cold: a fresh page with an empty HTTP cache; the reader presses `/` and types a query at
 *   once. Timed from the query being typed (one input event) until its first result shows in the
 *   dialog: loading the interface's engine (pagefind.js, WebAssembly, metadata), the index chunks
 *   for the query and the first results' fragments, and drawing them.
 * - warm: later queries on a page whose Pagefind is loaded, set up as the interface sets it up
 *   (the site's options from src/lib/search-options.ts, no worker), each a word not searched
 *   before, until Pagefind returns the ranked results. Timed two ways: as the interface runs a
 *   search, which starts loading the query's index chunks 40 ms into the reader's pause in typing
 *   and searches at 100 ms (src/components/client/search-ui.ts), timed from the search; and with
 *   the chunks loaded by the search itself, which on this machine's loopback costs about one
 *   request (`requestMs`, the median time to fetch a small file of the index).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from './static-server.ts';
import { PAGEFIND_OPTIONS, PRELOAD_PAUSE_MS, TYPING_PAUSE_MS } from '../../src/lib/search-options.ts';
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
  /** The warm queries, each searched once in each way. */
  queries: string[];
  /** First query on a fresh page, from typing it in the search dialog to its first result shown; null when not measured. */
  coldMs: Latency | null;
  /** Later queries as the interface runs them, from the end of the typing pause to the ranked results. */
  warmMs: Latency;
  /** Later queries searched at once, their index chunks loaded by the search: until the ranked results. */
  warmUnloadedMs: Latency;
  /** The same, until the first five results' titles and excerpts are loaded too. */
  warmWithDataMs: Latency;
  /** Fetching one small file of the index, the floor of anything that loads a chunk. */
  requestMs: Latency;
}

interface Timing {
  /** Until the ranked results are known. */
  search: number;
  /** Until the first five results' data are loaded. */
  total: number;
}

/**
 * Runs in the page: loads Pagefind as the search interface does, with the given options, and
 * times each query to its ranked results and to its first five results' data. With `pauseMs`,
 * each query's chunks start loading that long before the timed search, as they do while the
 * reader pauses in typing.
 */
async function timeQueries({
  queries,
  options,
  pauseMs,
}: {
  queries: string[];
  options: object;
  pauseMs: number;
}): Promise<Timing[]> {
  type Pagefind = {
    options: (options: object) => Promise<void>;
    preload: (term: string) => Promise<void>;
    search: (term: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
  };
  const scope = globalThis as unknown as { benchPagefind?: Promise<Pagefind> };
  const times: Timing[] = [];
  for (const query of queries) {
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
    if (pauseMs > 0) {
      void pagefind.preload(query);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
    const started = performance.now();
    const { results } = await pagefind.search(query);
    const searched = performance.now();
    await Promise.all(results.slice(0, 5).map((result) => result.data()));
    times.push({ search: searched - started, total: performance.now() - started });
  }
  return times;
}

/** Runs in the page: the time to fetch each of `paths`, one after the other. */
async function timeRequests(paths: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const path of paths) {
    const started = performance.now();
    await (await fetch(path, { cache: 'no-store' })).arrayBuffer();
    times.push(performance.now() - started);
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

/**
 * Measures search on a built site served from its root. `cold` needs the site's own dialog (ours,
 * not a reference site's); `options` are the ranking options of the site's interface.
 */
export async function measureSearch(
  dist: string,
  queries: string[],
  { cold: measureCold = true, options = PAGEFIND_OPTIONS }: { cold?: boolean; options?: object } = {},
): Promise<SearchLatency> {
  const server = await serveStatic(dist);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  const freshPage = async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.goto(`${origin}/`);
    return page;
  };
  try {
    const cold: number[] = [];
    for (let trial = 0; measureCold && trial < COLD_TRIALS; trial++) {
      const page = await freshPage();
      await page.waitForLoadState('networkidle');
      await page.keyboard.press('/');
      await page.locator('dialog.pf-modal[open] input').waitFor();
      cold.push(await page.evaluate(timeFirstResult, queries[trial % queries.length]!));
      await page.close();
    }
    const warm: Record<'paused' | 'unloaded', Timing[]> = { paused: [], unloaded: [] };
    for (const [kind, pauseMs] of [
      ['unloaded', 0],
      ['paused', TYPING_PAUSE_MS - PRELOAD_PAUSE_MS],
    ] as const) {
      const page = await freshPage();
      await page.evaluate(timeQueries, { queries: ['north'], options, pauseMs: 0 });
      warm[kind] = await page.evaluate(timeQueries, { queries, options, pauseMs });
      await page.close();
    }
    const page = await freshPage();
    const files = readdirSync(join(dist, 'pagefind', 'fragment')).slice(0, 20);
    const requests = await page.evaluate(
      timeRequests,
      files.map((file) => `/pagefind/fragment/${file}`),
    );
    const summary = (samples: number[]): Latency => ({
      median: median(samples),
      worst: Math.max(...samples),
      samples: samples.map((ms) => Math.round(ms * 10) / 10),
    });
    return {
      queries,
      coldMs: measureCold ? summary(cold) : null,
      warmMs: summary(warm.paused.map((time) => time.search)),
      warmUnloadedMs: summary(warm.unloaded.map((time) => time.search)),
      warmWithDataMs: summary(warm.unloaded.map((time) => time.total)),
      requestMs: summary(requests),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

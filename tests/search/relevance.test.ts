/**
 * The relevance suite: what readers type (tests/search/queries.ts), typed into the built site's
 * search page (DIST_DIR, else dist/) in Chromium, as a reader would: the interface's own query
 * handling, "did you mean" and Sources filter included. At least 95% must bring their page up
 * in the first three results. The index itself is checked in Node (tests/search/pagefind-node.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIBLIOGRAPHY_FILTER } from '../../src/lib/search-manifest';
import { PAGEFIND_OPTIONS } from '../../src/lib/search-options';
import { launchBrowser, type Browser } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { serveBuiltSite, type SiteServer } from '../helpers/server';
import { loadPagefind, type NodePagefind, type SearchHit } from './pagefind-node';
import { RELEVANCE_CASES, type RelevanceCase } from './queries';
import { searchOnPage, topResults } from './browser';

let pagefind: NodePagefind;
let server: SiteServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  pagefind = await loadPagefind(DIST, '/');
  await pagefind.options(PAGEFIND_OPTIONS);
  server = await serveBuiltSite();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.goto(new URL('search/', server.url).href);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Result URLs without the base's leading slash and without the highlight parameter. */
const path = (hit: SearchHit) => {
  const url = new URL(hit.url, 'http://site.invalid');
  return `${url.pathname.slice(1)}${url.hash}`;
};

async function top(query: string, count: number): Promise<SearchHit[]> {
  const search = await pagefind.search(query);
  return Promise.all(search.results.slice(0, count).map((result) => result.data()));
}

async function allPaths(query: string): Promise<Set<string>> {
  const search = await pagefind.search(query);
  return new Set((await Promise.all(search.results.map((result) => result.data()))).map(path));
}

describe('relevance: the page a reader wants is in the first three results of the search page', () => {
  it('has at least 80 queries, of every kind', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(80);
    const kinds = new Set(RELEVANCE_CASES.map((testCase) => testCase.kind));
    for (const kind of ['topic', 'name', 'other script', 'typo', 'question', 'number', 'event', 'place']) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it('finds the page in the top three for at least 95% of the queries', { timeout: 180_000 }, async () => {
    const misses: string[] = [];
    const found = async ({ query, expect: wanted }: RelevanceCase) => {
      await searchOnPage(page, 'site-search', query);
      const results = await topResults(page, 'site-search', 3, new URL(server.url).pathname);
      const hit = results.some((urls) => urls.some((url) => wanted.includes(url)));
      if (!hit) misses.push(`“${query}” → ${wanted[0]}; top three: ${results.map((urls) => urls[0]).join(', ')}`);
      return hit;
    };
    let hits = 0;
    for (const testCase of RELEVANCE_CASES) if (await found(testCase)) hits += 1;
    const share = hits / RELEVANCE_CASES.length;
    console.log(`relevance: ${hits} of ${RELEVANCE_CASES.length} (${(share * 100).toFixed(1)}%) in the top three`);
    if (misses.length > 0) console.log(`missed:\n  ${misses.join('\n  ')}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('shows prose as excerpts, never a list of names', async () => {
    for (const query of ['Kursk', 'Kim Jong Un', 'casualties', 'Russian Federation']) {
      await searchOnPage(page, 'site-search', query);
      const excerpts = await page.locator('site-search .pf-result-excerpt').allTextContents();
      for (const text of excerpts) expect(text, query).not.toMatch(/ · .* · /);
    }
  });

  it('says what each result is', async () => {
    await searchOnPage(page, 'site-search', 'Kursk');
    const kinds = await page.locator('site-search .search-result-kicker').allTextContents();
    expect(kinds.length).toBeGreaterThan(3);
    for (const kind of kinds)
      expect(kind).toMatch(/^(Explainer|Figure|Event|Actor|Glossary|Source list|Timeline|Index)\b/);
  });

  it('leaves the bibliography out unless the Sources filter asks for it', async () => {
    await searchOnPage(page, 'site-search', 'Reuters');
    expect(await page.locator('site-search .search-result-kicker', { hasText: /^Source list/ }).count()).toBe(0);
    await page.locator('details.pf-filter-group[data-filter-name="section"] > summary').click();
    await page.locator('.pf-checkbox-input[name="section"][value="Sources"]').check();
    await page.waitForURL((url) => url.searchParams.get('section') === 'Sources');
    await expect
      .poll(() => page.locator('site-search .search-result-kicker', { hasText: /^Source list/ }).count())
      .toBeGreaterThan(0);
    await page.locator('.pf-checkbox-input[name="section"][value="Sources"]').uncheck();
  });

  it('suggests a spelling, and what to try when nothing matches', async () => {
    await searchOnPage(page, 'site-search', 'Kurks');
    expect(await page.locator('site-search .search-hint').textContent()).toMatch(/Did you mean kursk\?/);
    await searchOnPage(page, 'site-search', 'qqqxzv');
    expect(await page.locator('site-search .pf-summary').textContent()).toBe('0 results for qqqxzv');
    expect(await page.locator('site-search .search-hint').textContent()).toMatch(/Try fewer or shorter words/);
  });
});

describe('names in other scripts and spellings', () => {
  const pairs = [
    ['Kim Jong Un', '김정은'],
    ['Kim Jong Un', 'Ким Чен Ын'],
    ['Kim Jong Un', 'Kim Jong-un'],
    ['Kursk', '쿠르스크'],
    ['National Intelligence Service', '국가정보원'],
    ['Storm Corps', '폭풍군단'],
  ] as const;

  it.each(pairs)('“%s” and “%s” find the same pages', async (english, other) => {
    const [englishPaths, otherPaths] = await Promise.all([allPaths(english), allPaths(other)]);
    const shared = [...englishPaths].filter((url) => otherPaths.has(url));
    expect(englishPaths.size).toBeGreaterThan(0);
    expect(shared.length / englishPaths.size).toBeGreaterThanOrEqual(0.9);
    expect((await top(other, 1)).map(path)).toEqual((await top(english, 1)).map(path));
  });
});

describe('records and anchors', () => {
  it('lands every anchor the suite expects on an element with that id', () => {
    for (const url of RELEVANCE_CASES.flatMap((testCase) => testCase.expect).filter((url) => url.includes('#'))) {
      const [page, anchor] = url.split('#') as [string, string];
      const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
      expect(html, url).toContain(`id="${anchor}"`);
    }
  });

  it('gives results their title, type, section and date from the data', async () => {
    const [figure] = await top('NIS 300 killed January 2025', 1);
    expect(figure!.url).toMatch(/#figure-/);
    expect(figure!.meta).toMatchObject({ type: 'Estimate', section: 'Estimates' });
    expect(figure!.meta['claimant']).toBe('National Intelligence Service (South Korea)');
    const event = (await top('Belousov Pyongyang visit', 3)).find((hit) => hit.url.includes('#event-'));
    expect(event!.meta).toMatchObject({
      type: 'Event',
      section: 'Timeline',
      title: 'Russian defence minister visits Pyongyang',
    });
    expect(event!.meta['date']).toMatch(/20\d\d$/);
    expect(event!.filters['year']).toHaveLength(1);
  });

  it('lands an estimate nobody in the ledger claims on its row in the full list of its kind', async () => {
    // Also cited on the treaty page, which must not win by the order the files are read in.
    const [figure] = await top('Putin previous visit years', 1);
    expect(path(figure!)).toBe('data/estimates/other/#figure-putin-first-visit-gap-years');
  });

  it('splits explainers into sections at their headings', async () => {
    const [casualties] = await top('casualties', 1);
    expect(path(casualties!)).toBe('casualties/');
    expect(casualties!.sub_results.some((section) => /#[a-z0-9-]+$/.test(section.url))).toBe(true);
  });
});

describe('filters', () => {
  it('offers section, topic, claimant and year, with counts', async () => {
    const filters = await pagefind.filters();
    // The pane's four, and the one that keeps the bibliography out of default results.
    expect(Object.keys(filters).sort()).toEqual([BIBLIOGRAPHY_FILTER.name, 'claimant', 'section', 'topic', 'year']);
    expect(filters[BIBLIOGRAPHY_FILTER.name]).toEqual({ [BIBLIOGRAPHY_FILTER.value]: filters['section']!['Sources'] });
    expect(filters['section']).toMatchObject({ Timeline: expect.any(Number), Estimates: expect.any(Number) });
    expect(filters['topic']!['Casualties']).toBeGreaterThan(10);
    expect(filters['claimant']!['National Intelligence Service (South Korea)']).toBeGreaterThan(10);
    expect(Object.keys(filters['year']!)).toEqual(expect.arrayContaining(['2024', '2025']));
  });

  it('browses by filter with no query', async () => {
    const search = await pagefind.search(null, { filters: { topic: ['Prisoners of war'], year: ['2025'] } });
    expect(search.results.length).toBeGreaterThan(3);
    const hits = await Promise.all(search.results.map((result) => result.data()));
    for (const hit of hits) {
      expect(hit.filters['topic'], hit.url).toContain('Prisoners of war');
      expect(hit.filters['year'], hit.url).toEqual(['2025']);
    }
  });

  it('keeps chrome, notes and metadata out of the searchable text', async () => {
    // Navigation labels are on every page; were chrome indexed, a menu word would match them all.
    const methodology = await allPaths('Methodology');
    expect(methodology.size).toBeLessThan(10);
    const hits = await top('Kursk', 20);
    for (const hit of hits) expect(hit.excerpt, hit.url).not.toMatch(/Skip to content|Last reviewed/);
  });
});

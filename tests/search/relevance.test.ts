/**
 * The relevance suite: what readers type, run in Node against the built index (DIST_DIR, else
 * dist/) with the site's own ranking options, through the same WebAssembly search the browser
 * runs. Each query must bring its page up in the first three results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_OPTIONS } from '../../src/lib/search-options';
import { DIST } from '../helpers/dist';
import { loadPagefind, type NodePagefind, type SearchHit } from './pagefind-node';
import { RELEVANCE_CASES } from './queries';

let pagefind: NodePagefind;

beforeAll(async () => {
  pagefind = await loadPagefind(DIST, '/');
  await pagefind.options(PAGEFIND_OPTIONS);
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

describe('relevance: the page a reader wants is in the first three results', () => {
  it('has at least 25 queries, of every kind', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(25);
    const kinds = new Set(RELEVANCE_CASES.map((testCase) => testCase.kind));
    for (const kind of [
      'topic',
      'name',
      'other script',
      'variant spelling',
      'misspelling',
      'number',
      'event',
      'place',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
  });

  it.each(RELEVANCE_CASES)('“$query” ($kind) → $expect.0', async ({ query, expect: wanted }) => {
    const found = (await top(query, 3)).map(path);
    expect(
      found.some((url) => wanted.includes(url)),
      `top three: ${found.join(', ')}`,
    ).toBe(true);
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

  it('splits explainers into sections at their headings', async () => {
    const [casualties] = await top('casualties', 1);
    expect(path(casualties!)).toBe('casualties/');
    expect(casualties!.sub_results.some((section) => /#[a-z0-9-]+$/.test(section.url))).toBe(true);
  });
});

describe('filters', () => {
  it('offers section, topic, claimant and year, with counts', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters).sort()).toEqual(['claimant', 'section', 'topic', 'year']);
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

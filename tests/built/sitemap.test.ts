/**
 * The sitemap in dist/, read as a crawler reads it: robots.txt names the index by its absolute
 * URL, the index names the sitemap files, and they list every page a reader may land on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, DIST, type BuiltPage } from '../helpers/dist';

/** The site's public root, e.g. `https://example.org/sub/`, from the home page's canonical URL. */
const root = builtPage('/').root.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
/** The file in dist/ that an absolute URL of the site serves. */
const fileOf = (url: string) => {
  expect(url.startsWith(root), `${url} is under ${root}`).toBe(true);
  return url.slice(root.length);
};

describe('the sitemap', () => {
  const sitemaps = locs(read('sitemap-index.xml'));
  const listed = sitemaps.flatMap((url) => locs(read(fileOf(url))));

  it('is named in robots.txt by its absolute URL, and its index names files that exist', () => {
    expect(read('robots.txt')).toContain(`\nSitemap: ${root}sitemap-index.xml\n`);
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const url of sitemaps) expect(existsSync(join(DIST, fileOf(url))), url).toBe(true);
  });

  it('lists every page once by its absolute, slash-ended URL, without the not-found page and noindex pages', () => {
    // No page is noindex today, so astro.config.mjs gives @astrojs/sitemap no `filter`; a page that
    // becomes one must be left out there, or this fails.
    const noindex = (page: BuiltPage) =>
      /\bnoindex\b/i.test(page.root.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '');
    const pages = builtPages()
      .filter((page) => page.path !== '/404.html' && !noindex(page))
      .map((page) => page.path);
    expect(listed.map((url) => `/${fileOf(url)}`).sort()).toEqual(pages.sort());
    expect(new Set(listed).size).toBe(listed.length);
  });
});

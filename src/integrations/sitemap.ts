import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeMarkup } from '../lib/html-entities';
import { joinBase, normaliseBase } from '../lib/paths';
import { listFiles } from './yaml-files';

const NOINDEX = /<meta\s[^>]*name=["']?robots["']?[^>]*content=["'][^"']*noindex/i;

/**
 * The sitemap's URLs: one per built page (`…/index.html`, so every URL ends in `/` like every
 * internal link and canonical URL), absolute, sorted. The not-found page and pages marked
 * `noindex` are left out.
 */
export function sitemapUrls(
  files: readonly string[],
  site: URL,
  base: string,
  readPage: (file: string) => string,
): string[] {
  return files
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .filter((file) => !file.startsWith('pagefind/') && !NOINDEX.test(readPage(file)))
    .map((file) => new URL(joinBase(base, file.slice(0, -'index.html'.length)), site).href)
    .sort();
}

export function formatSitemap(urls: readonly string[]): string {
  const entries = urls.map((url) => `<url><loc>${escapeMarkup(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

/**
 * Writes sitemap.xml from the built pages at the end of `astro build`, so that every page is in
 * it whichever route made it. robots.txt (src/pages/robots.txt.ts) names it by its absolute URL.
 */
export function sitemap(): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site)
          throw new Error('astro.config.mjs: `site` is not set; set SITE_URL to the public origin of the site.');
        const outDir = fileURLToPath(dir);
        const urls = sitemapUrls(listFiles(outDir, undefined, { relative: true }), site, base, (file) =>
          readFileSync(join(outDir, file), 'utf8'),
        );
        writeFileSync(join(outDir, 'sitemap.xml'), formatSitemap(urls));
        logger.info(`sitemap.xml lists ${urls.length} pages`);
      },
    },
  };
}

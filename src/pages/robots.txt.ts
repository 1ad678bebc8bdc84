import type { APIRoute } from 'astro';
import { joinBase } from '../lib/paths';

/**
 * robots.txt: the whole site may be crawled, and the sitemap is named by its absolute URL (the
 * only form crawlers accept). @astrojs/sitemap (astro.config.mjs) writes the index, which lists
 * the sitemap files. Crawlers read robots.txt only at the root of a host, so a site served under
 * a base path has it at /<base>/robots.txt, where docs/deploy.md says what to do.
 */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs: `site` is not set; set SITE_URL to the public origin of the site.');
  const base = import.meta.env.BASE_URL;
  const sitemap = new URL(joinBase(base, 'sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: ${joinBase(base, '')}\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};

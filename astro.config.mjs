// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { builtSite } from './src/integrations/built-site';
import { contentIntegrity } from './src/integrations/content-integrity';
import { normaliseBase } from './src/lib/paths';

/**
 * Where the site is deployed. SITE_URL is the origin (and any path) of the public site, used for
 * canonical URLs, the sitemap and feeds; BASE_PATH is the folder it is served from, e.g. `/sub/`
 * on GitHub Pages project sites. Both come from the environment so one build config serves every host.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH ?? '/');

/**
 * A production build without SITE_URL would publish canonical URLs, the sitemap, the feed, link
 * previews and the Data page's citations pointing at localhost: this says so loudly. A warning, not
 * an error, so that `npm start` and the test builds still work on a laptop.
 * @type {import('astro').AstroIntegration}
 */
const siteUrlWarning = {
  name: 'site-url-warning',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      if (command !== 'build' || process.env.SITE_URL) return;
      const rule = '!'.repeat(78);
      logger.warn(
        [
          rule,
          `SITE_URL is not set: this build says its address is ${site}.`,
          'Canonical URLs, the sitemap, the feed, link previews and data citations will all point there.',
          'Before publishing, build with your public address, e.g. SITE_URL=https://example.org npm run build',
          '(and REPO_URL=https://github.com/you/your-repo, so that "report a problem" reaches you).',
          rule,
        ].join('\n'),
      );
    },
  },
};

export default defineConfig({
  site,
  base,
  // One policy everywhere: pages are folders (`/timeline/`), every internal link ends in `/`.
  trailingSlash: 'always',
  // scripts/build.mjs builds into a staging folder and swaps it in only when the build succeeds.
  // DIST_DIR serves and tests another output folder (parallel builds, benchmarks).
  outDir: process.env.BUILD_OUT_DIR ?? process.env.DIST_DIR ?? './dist',
  // Stylesheets are always files, never inline <style>: the Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // builtSite() checks the finished pages, indexes them and writes _headers, which lists every
  // file the build wrote, the sitemap included: it comes last.
  // @astrojs/sitemap lists every page route by its absolute URL, without the 404 page; endpoints
  // (data files, feeds, robots.txt, social cards) are not pages. No page is marked noindex, so it
  // needs no filter (tests/built/sitemap.test.ts fails if one is). It writes sitemap-index.xml,
  // which robots.txt names, and sitemap-0.xml; only the sitemap namespace, for a plain <urlset>.
  integrations: [
    siteUrlWarning,
    contentIntegrity(),
    mdx(),
    sitemap({ namespaces: { news: false, xhtml: false, image: false, video: false } }),
    builtSite(),
  ],
  devToolbar: { enabled: false },
  vite: {
    // Keep every script an external file: the Content-Security-Policy then needs a hash for the
    // one inline theme script only. One stylesheet for the whole site (under 4 KiB gzip), so a
    // page costs one CSS request, not one per component family (tests/budgets.ts allows 4 requests).
    build: {
      assetsInlineLimit: 0,
      cssCodeSplit: false,
      rolldownOptions: {
        // Astro's content plugin writes the directive "use astro:head-inject" into the module it
        // makes for each MDX entry, and Rolldown warns that it may drop it when bundling. Nothing in
        // Astro 7 reads the directive back, so dropping it is harmless; the warning is not ours to
        // fix, and it is 12 lines per page (9,000 at 1,000 pages), burying any warning that matters.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // Parallel builds, benchmarks and tests write into .build/; the dev server need not watch them.
    server: { watch: { ignored: ['**/.build/**', '**/dist/**'] } },
  },
});

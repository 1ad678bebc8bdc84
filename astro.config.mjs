// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentIntegrity } from './src/integrations/content-integrity';
import { deployHeaders } from './src/integrations/headers';
import { pagefindIndex } from './src/integrations/pagefind';
import { sitemap } from './src/integrations/sitemap';
import { normaliseBase } from './src/lib/paths';

/**
 * Where the site is deployed. SITE_URL is the origin (and any path) of the public site, used for
 * canonical URLs, the sitemap and feeds; BASE_PATH is the folder it is served from, e.g. `/sub/`
 * on GitHub Pages project sites. Both come from the environment so one build config serves every host.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normaliseBase(process.env.BASE_PATH ?? '/');

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
  // sitemap() and deployHeaders() read the finished output, Pagefind index included, so they come last.
  integrations: [contentIntegrity(), mdx(), pagefindIndex(), sitemap(), deployHeaders()],
  devToolbar: { enabled: false },
  vite: {
    // Keep every script an external file: the Content-Security-Policy then needs a hash for the
    // one inline theme script only. One stylesheet for the whole site (under 4 KiB gzip), so a
    // page costs one CSS request, not one per component family (tests/budgets.ts allows 4 requests).
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    // Parallel builds, benchmarks and tests write into .build/; the dev server need not watch them.
    server: { watch: { ignored: ['**/.build/**', '**/dist/**'] } },
  },
});

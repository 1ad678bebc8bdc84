import { defineConfig } from 'vitest/config';

/**
 * Five layers, run in this order by `npm test`:
 * - unit: schemas, helpers, error text and the content check on fixtures (no build needed);
 * - built: checks on the built HTML in dist/ (after `npm run build`);
 * - browser: headless Chromium against the built site served locally;
 * - search: the relevance suite on the built index in Node, search in Chromium (keyboard, filters,
 *   deep links, highlighting) on the built site, on its own /sub/ build and in `astro dev`;
 * - deploy: its own build under a /sub/ base, served by nginx with deploy/nginx.conf, crawled over
 *   HTTP and opened in Chromium; reproducible builds; no bare internal link in the sources.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'built', include: ['tests/built/**/*.test.ts'] } },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'search',
          include: ['tests/search/**/*.test.ts'],
          testTimeout: 60_000,
          // The /sub/ base test builds the site once more; the dev server test starts `astro dev`.
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          // Builds the site for a /sub/ base into .build/deploy-sub before the files run.
          globalSetup: ['tests/deploy/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

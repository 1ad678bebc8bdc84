import { defineConfig } from 'vitest/config';

/**
 * Five layers. `npm test` runs unit alone first (it needs no build, and a failure there stops the
 * run early), then the other four in one Vitest run, in the groups set by `sequence.groupOrder`:
 * built and browser together, then search, then deploy (one Chromium at a time: two cores).
 * - unit: schemas, helpers, error text and the content check on fixtures; real builds of broken
 *   copies of the project that must fail;
 * - built: checks on the built HTML in dist/;
 * - browser: headless Chromium against dist/ served locally;
 * - search: the relevance suite on the built index in Node, search in Chromium (keyboard, filters,
 *   deep links, highlighting) on dist/ and on the /sub/ build;
 * - deploy: the /sub/ build served by nginx with deploy/nginx.conf, crawled over HTTP and opened in
 *   Chromium; a second /sub/ build compared with it byte for byte; no bare internal link in the sources.
 *
 * tests/global-setup.ts builds what the selected projects read before any file runs, each variant
 * once per run: dist/ (built, browser, search) and .build/sub/ (search, deploy).
 */
const GLOBAL_SETUP = ['tests/global-setup.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'built',
          include: ['tests/built/**/*.test.ts'],
          globalSetup: GLOBAL_SETUP,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: GLOBAL_SETUP,
          sequence: { groupOrder: 1 },
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
          globalSetup: GLOBAL_SETUP,
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          globalSetup: GLOBAL_SETUP,
          sequence: { groupOrder: 3 },
          // reproducible.test.ts builds /sub/ a second time.
          testTimeout: 180_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

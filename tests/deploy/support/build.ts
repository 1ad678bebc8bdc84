/**
 * The deploy tests' own builds: the site as docs/deploy.md builds it for a subpath, into folders
 * under .build/ that no other test uses.
 */
import { spawnSync } from 'node:child_process';

/** What the deploy tests build with: a subpath base and a public origin that is not the test server's. */
export const DEPLOY_ENV = { BASE_PATH: '/sub/', SITE_URL: 'https://nk-troops.example' } as const;

/** The build the server tests serve with nginx. */
export const SUB_BUILD = '.build/deploy-sub';

/** A second build of the same sources, for the reproducibility check. */
export const SUB_BUILD_AGAIN = '.build/deploy-sub-again';

const VITEST_ENV = new Set(['NODE_ENV', 'MODE', 'PROD', 'DEV', 'SSR', 'BASE_URL', 'TEST']);

/** Runs `npm run build` (scripts/build.mjs) into `outDir` with DEPLOY_ENV; throws with the build's output on failure. */
export function buildSite(outDir: string): void {
  // Vitest puts its import.meta.env into process.env (NODE_ENV=test, MODE, PROD='', DEV, BASE_URL…),
  // which would make this a test-mode build with the wrong base; `npm run build` runs without them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !VITEST_ENV.has(name) && !name.startsWith('VITEST')),
  );
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    encoding: 'utf8',
    env: { ...env, ...DEPLOY_ENV, DIST_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    throw new Error(
      `Building ${outDir} with ${JSON.stringify(DEPLOY_ENV)} failed:\n${result.stdout}\n${result.stderr}`,
    );
  }
}

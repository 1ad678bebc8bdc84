/**
 * The builds the tests read besides dist/: the site as docs/deploy.md builds it for a subpath
 * (.build/sub/), read by the search and deploy projects. tests/global-setup.ts builds dist/ and
 * .build/sub/ once per Vitest run, before the projects that read them; the reproducibility check
 * builds /sub/ once more.
 */
import { spawn } from 'node:child_process';

/** What the /sub/ build is made with: a subpath base and a public origin that is not the test server's. */
export const DEPLOY_ENV = { BASE_PATH: '/sub/', SITE_URL: 'https://nk-troops.example' } as const;

/** The /sub/ build: search under a subpath and the deploy tests (nginx, crawl, headers) read it. */
export const SUB_BUILD = '.build/sub';

/** A second build of the same sources with DEPLOY_ENV, for the reproducibility check. */
export const SUB_BUILD_AGAIN = '.build/sub-again';

const VITEST_ENV = new Set(['NODE_ENV', 'MODE', 'PROD', 'DEV', 'SSR', 'BASE_URL', 'TEST']);

/**
 * Runs scripts/build.mjs (`npm run build`) into `outDir`, with `env` on top of the environment
 * `npm run build` sees; rejects with the build's output on failure.
 */
export function buildSite(outDir: string, env: Readonly<Record<string, string>>): Promise<void> {
  // Vitest puts its import.meta.env into process.env (NODE_ENV=test, MODE, PROD='', DEV, BASE_URL…),
  // which would make this a test-mode build with the wrong base; `npm run build` runs without them.
  const npmEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !VITEST_ENV.has(name) && !name.startsWith('VITEST')),
  );
  const child = spawn(process.execPath, ['scripts/build.mjs'], {
    env: { ...npmEnv, ...env, DIST_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => {
      if (status === 0) resolve();
      else reject(new Error(`Building ${outDir} with ${JSON.stringify(env)} failed:\n${output}`));
    });
  });
}

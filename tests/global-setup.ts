/**
 * Builds the site each selected project reads, once per Vitest run and before any test file runs:
 * the root build (dist/) for built, browser and search, the /sub/ build (.build/sub/) for search
 * and deploy. `npm test` selects them all in one run, so each variant is built once and shared;
 * `npx vitest run --project deploy` alone builds only /sub/.
 *
 * TEST_REUSE_BUILDS=1 keeps a build already in its folder instead of building it again, for quick
 * reruns while writing a test; it says which folders it reused, since they may predate your edits.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, DEPLOY_ENV, SUB_BUILD } from './deploy/support/build';
import { DIST } from './helpers/dist';

interface SiteBuild {
  outDir: string;
  /** What the build is made with, on top of the environment `npm run build` sees. */
  env: Readonly<Record<string, string>>;
}

/** `npm run build` as the README runs it, into dist/ (or DIST_DIR, which the tests then read). */
const ROOT: SiteBuild = { outDir: DIST, env: {} };
/** The site as docs/deploy.md builds it for a subpath. */
const SUB: SiteBuild = { outDir: SUB_BUILD, env: DEPLOY_ENV };

const NEEDS: Record<string, SiteBuild[]> = {
  built: [ROOT],
  browser: [ROOT],
  search: [ROOT, SUB],
  deploy: [SUB],
};

/**
 * Every project loads this file through its own module runner, so a module-level cache would be one
 * per project; the builds started in this Vitest process are kept on globalThis instead.
 */
const started: Map<string, Promise<void>> = ((globalThis as { testBuilds?: Map<string, Promise<void>> }).testBuilds ??=
  new Map());

function buildOnce(build: SiteBuild): Promise<void> {
  let done = started.get(build.outDir);
  if (!done) {
    const index = join(build.outDir, 'index.html');
    if (process.env.TEST_REUSE_BUILDS === '1' && existsSync(index)) {
      console.log(`TEST_REUSE_BUILDS=1: testing ${build.outDir}/ as built at ${statSync(index).mtime.toISOString()}`);
      done = Promise.resolve();
    } else {
      const start = Date.now();
      done = buildSite(build.outDir, build.env).then(() =>
        console.log(`Built ${build.outDir}/ for the tests in ${((Date.now() - start) / 1000).toFixed(0)} s`),
      );
    }
    started.set(build.outDir, done);
  }
  return done;
}

export default async function setup(project: TestProject): Promise<void> {
  // One after the other: on two shared cores, two builds at once were not reliably faster (measured
  // 85 s in turn vs 95 s at once, then 123 s vs 72 s, under a load of 13–15), and a build's output
  // stays readable when it fails.
  for (const build of NEEDS[project.name] ?? []) await buildOnce(build);
}

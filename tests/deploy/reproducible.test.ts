/**
 * Two builds of the same sources are byte for byte the same, so a deploy changes exactly the
 * files whose content changed (and hashed asset names stay stable for caches). The first is the
 * /sub/ build the other tests read (tests/global-setup.ts); this file makes the second.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/integrations/yaml-files';
import { buildSite, DEPLOY_ENV, SUB_BUILD, SUB_BUILD_AGAIN } from './support/build';

afterAll(() => rmSync(SUB_BUILD_AGAIN, { recursive: true, force: true }));

describe('two builds of the same commit', () => {
  it('produce the same files with the same bytes', async () => {
    await buildSite(SUB_BUILD_AGAIN, DEPLOY_ENV);
    const first = listFiles(SUB_BUILD, undefined, { relative: true });
    const second = listFiles(SUB_BUILD_AGAIN, undefined, { relative: true });
    expect(second).toEqual(first);
    const differing = first.filter(
      (file) => !readFileSync(join(SUB_BUILD, file)).equals(readFileSync(join(SUB_BUILD_AGAIN, file))),
    );
    expect(differing).toEqual([]);
  });
});

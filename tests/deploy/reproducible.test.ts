/**
 * Two builds of the same sources are byte for byte the same, so a deploy changes exactly the
 * files whose content changed (and hashed asset names stay stable for caches).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/integrations/yaml-files';
import { buildSite, SUB_BUILD, SUB_BUILD_AGAIN } from './support/build';

afterAll(() => rmSync(SUB_BUILD_AGAIN, { recursive: true, force: true }));

describe('two builds of the same commit', () => {
  it('produce the same files with the same bytes', () => {
    buildSite(SUB_BUILD_AGAIN);
    const first = listFiles(SUB_BUILD, undefined, { relative: true });
    const second = listFiles(SUB_BUILD_AGAIN, undefined, { relative: true });
    expect(second).toEqual(first);
    const differing = first.filter(
      (file) => !readFileSync(join(SUB_BUILD, file)).equals(readFileSync(join(SUB_BUILD_AGAIN, file))),
    );
    expect(differing).toEqual([]);
  });
});

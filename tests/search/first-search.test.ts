/**
 * The byte budget of a reader's first search on the built site (DIST_DIR, else dist/): all that
 * the dialog downloads, from pressing `/` on the home page to the results on screen, compressed
 * (scripts/bench/search-bytes.ts, which `npm run bench` reports too).
 */
import { describe, expect, it } from 'vitest';
import {
  FIRST_SEARCH_BUDGET_KIB,
  FIRST_SEARCH_QUERIES,
  measureFirstSearchBytes,
} from '../../scripts/bench/search-bytes';
import { DIST } from '../helpers/dist';

describe('a first search', () => {
  it.each(FIRST_SEARCH_QUERIES)(
    `for “%s” downloads at most ${FIRST_SEARCH_BUDGET_KIB} KiB compressed`,
    async (query) => {
      const result = await measureFirstSearchBytes(DIST, query);
      const files = result.files.map((file) => `${(file.gzipBytes / 1024).toFixed(1)} KiB ${file.path}`).join('\n');
      expect(result.gzipBytes / 1024, `what it downloaded:\n${files}`).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET_KIB);
    },
  );
});

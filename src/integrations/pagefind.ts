import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind's Node API reports problems in `errors` arrays instead of throwing; this makes them fatal. */
function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${response.errors.map((e) => `  ${e}`).join('\n')}`);
  }
}

/**
 * Builds the search index from the finished HTML at the end of `astro build`, into dist/pagefind/.
 * Only elements marked `data-pagefind-body` are indexed (the main content of each page).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const created = await pagefind.createIndex({});
        assertNoErrors('createIndex', created);
        const index = created.index;
        if (!index) throw new Error('Pagefind createIndex returned no index and no error');
        try {
          const added = await index.addDirectory({ path: outDir });
          assertNoErrors('addDirectory', added);
          if (added.page_count === 0)
            throw new Error(`Pagefind indexed no page in ${outDir}: is data-pagefind-body missing?`);
          assertNoErrors('writeFiles', await index.writeFiles({ outputPath: join(outDir, 'pagefind') }));
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

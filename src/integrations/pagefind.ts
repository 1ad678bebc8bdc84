import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchManifest } from '../lib/search-manifest';
import { assertNoErrors, buildSearchIndex, type RenderedPage } from './search-index';
import { listFiles } from './yaml-files';

/** Where src/pages/search-manifest.json.ts writes the manifest; removed once the index is built. */
export const MANIFEST_FILE = 'search-manifest.json';

/** The site path of a built HTML file: "actors/x/index.html" → "actors/x/", "index.html" → "". */
function sitePath(file: string): string {
  return file
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The search index. At the end of `astro build` it indexes the finished HTML plus the search
 * manifest into dist/pagefind/, with the vocabulary "did you mean" uses. `astro dev` has no index:
 * the search interface says so there, and points to `npm run build` and `npm run preview`.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // The search interface is loaded on demand as a Vite worker bundle (`?worker&url`, see
        // src/components/client/header.ts), run by a <script type="module">: built as an ES
        // module, and named like every other bundle (name.<content hash>.ext), which the cache
        // headers mark immutable.
        const named = (kind: string) => `${config.build.assets}/[name].[hash].${kind}`;
        updateConfig({
          vite: {
            worker: {
              format: 'es',
              rolldownOptions: {
                output: { entryFileNames: named('js'), chunkFileNames: named('js'), assetFileNames: named('[ext]') },
              },
            },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Timed for `npm run bench` (scripts/bench/run.ts reads the "in N ms" of the line it logs).
        const started = performance.now();
        const manifestFile = join(outDir, MANIFEST_FILE);
        if (!existsSync(manifestFile)) {
          throw new Error(
            `${MANIFEST_FILE} is missing from the build output; src/pages/search-manifest.json.ts must build it`,
          );
        }
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as SearchManifest;
        rmSync(manifestFile);
        const pages: RenderedPage[] = listFiles(outDir, ['.html'])
          .map((file) => relative(outDir, file))
          .filter((file) => !file.startsWith(`pagefind${sep}`))
          .map((file) => ({ path: sitePath(file), html: readFileSync(join(outDir, file), 'utf8') }));
        try {
          const { index, report } = await buildSearchIndex(pages, manifest);
          for (const warning of report.warnings) logger.warn(warning);
          assertNoErrors('writeFiles', await index.writeFiles({ outputPath: join(outDir, 'pagefind') }));
          writeFileSync(join(outDir, 'pagefind', 'vocabulary.txt'), report.vocabulary);
          const ms = Math.round(performance.now() - started);
          logger.info(`indexed ${report.pages} pages and ${report.records} figures and events in ${ms} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * What happens to the finished output of `astro build`, in one integration: the pages are
 * indexed by Pagefind (src/integrations/search-index.ts), and while Pagefind's process writes
 * the index, this one checks every page for what readers must never see (entry ids, editors'
 * wording) and for what the Content-Security-Policy would block. Then the vocabulary "did you
 * mean" uses and `_headers` are written. Three integrations used to read the output one after
 * the other, each holding every page (docs/performance.md has the figures). `astro dev` has no
 * index: the search interface says so there, and points to `npm run build` and `npm run preview`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import { normaliseBase } from '../lib/paths';
import { findPolicyProblems } from './headers-check';
import { formatHeadersFile, headerRules } from './headers-rules';
import { readerTextProblems } from './reader-text-check';
import { searchManifest } from '../data/search';
import { checkedSiteData } from './content-integrity';
import { indexSite, nextTurn, type RenderedPage } from './search-index';
import { listFiles } from './yaml-files';

/** The site path of a built HTML file: "actors/x/index.html" → "actors/x/", "index.html" → "". */
const sitePath = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/** Fails the build with every problem of one kind, the first `shown` of them in full. */
function failOn(problems: string[], what: string, hint: string, shown = 40): void {
  if (problems.length === 0) return;
  const more = problems.length > shown ? `\n…and ${problems.length - shown} more` : '';
  throw new AstroError(
    `${what} failed with ${problems.length} problem${problems.length === 1 ? '' : 's'} in the built pages:\n${problems.slice(0, shown).join('\n')}${more}`,
    hint,
  );
}

export function builtSite(): AstroIntegration {
  let base = '/';
  return {
    name: 'built-site',
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
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await finishBuild(fileURLToPath(dir), base, logger);
      },
    },
  };
}

async function finishBuild(outDir: string, base: string, logger: AstroIntegrationLogger) {
  // Timed for `npm run bench` (scripts/bench/run.ts reads the "in N ms" of the line it logs).
  const started = performance.now();
  // The data the build's content check read: what the index gets beyond the rendered pages, and
  // the ids of the entries no page may show as text.
  const data = checkedSiteData();
  const manifest = searchManifest(data);
  const ids = new Set([data.figures, data.events, data.quotes, data.sources].flatMap((entries) => [...entries.keys()]));
  const pages: (RenderedPage & { file: string })[] = listFiles(outDir, undefined, { relative: true })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => ({ file, path: sitePath(file), read: () => readFileSync(join(outDir, file), 'utf8') }));
  try {
    const { report, written } = await indexSite(pages, manifest, join(outDir, 'pagefind'));
    const indexed = performance.now();
    for (const warning of report.warnings) logger.warn(warning);
    // Pagefind's process indexes what it was sent and writes the files on its own; meanwhile this
    // one checks every page (at 1,000 pages, Pagefind's part takes about 5 s and the checks about 2).
    const readerProblems: string[] = [];
    const policyProblems: string[] = [];
    for (const page of pages) {
      const html = page.read();
      readerProblems.push(...readerTextProblems(page.file, html, ids));
      policyProblems.push(...findPolicyProblems(page.file, html));
      await nextTurn();
    }
    failOn(
      readerProblems,
      'Reader text check',
      'Pages show readers words meant for editors. Each line names the page and the words.',
    );
    failOn(
      policyProblems,
      'Content-Security-Policy check',
      'The browser would block each of these. The policy is in src/lib/csp.ts.',
      30,
    );
    const checked = performance.now();
    await written;
    const ms = (from: number, to = performance.now()) => Math.round(to - from);
    logger.info(`${pages.length} pages show no entry ids or editors' wording and pass the Content-Security-Policy`);
    // `npm run bench` reads this line (scripts/bench/run.ts): the whole step, and the index's part.
    logger.info(
      `indexed ${report.pages} pages and ${report.records} figures and events in ${ms(started)} ms ` +
        `(reading the pages ${ms(started, indexed)} ms, then Pagefind ${ms(indexed)} ms while the checks took ${ms(indexed, checked)} ms)`,
    );
  } finally {
    await pagefind.close();
  }

  const rules = headerRules(base, listFiles(outDir, undefined, { relative: true }));
  writeFileSync(join(outDir, '_headers'), formatHeadersFile(rules));
  logger.info(`wrote _headers with ${rules.length} rules`);
}

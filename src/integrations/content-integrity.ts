import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { CollectionEntry } from 'astro:content';
import { siteData, type Collections, type SiteData } from '../data/site-data';
import { escapeMarkup } from '../lib/html-entities';
import { checkContent, type ContentReport } from './content-check';

/** The report of the check that started this build (not kept in dev, where content changes). */
let buildReport: ContentReport | undefined;

/**
 * The content as the build's check found it, in the shape pages read (src/data/site-data.ts), for
 * what runs after the build, which cannot read the content collections. The check left nothing
 * out: with a single problem the build would have stopped.
 */
export function checkedSiteData(): SiteData {
  if (!buildReport) {
    throw new Error(
      'checkedSiteData(): no content check has run in this build; contentIntegrity() must be among the integrations',
    );
  }
  const { entries } = buildReport;
  const collection = <K extends keyof Omit<Collections, 'explainers'>>(name: K) => entries[name] as Collections[K];
  return siteData({
    sources: collection('sources'),
    actors: collection('actors'),
    events: collection('events'),
    figures: collection('figures'),
    quotes: collection('quotes'),
    terms: collection('terms'),
    treaty: collection('treaty'),
    explainers: entries.explainers.map(({ id, file, data }) => ({
      id,
      collection: 'explainers',
      data: data as CollectionEntry<'explainers'>['data'],
      filePath: file,
    })),
  });
}

/**
 * Runs the content check before Astro loads or renders anything, so a bad entry fails
 * `astro build`, `astro check` and `astro dev` with our message and nothing is written to dist/.
 * In dev it checks again whenever a content file changes: it logs what is wrong and, until the
 * file is mended, the browser shows it too: Vite's error overlay on an open page, and in place of
 * any page loaded meanwhile, a page listing each problem with its file, field and fix. Time-bound
 * wording without a date ("still", "now") and uncited sources only warn in dev, so a draft can be
 * previewed, and fail every other command. After the build, src/integrations/built-site.ts reads
 * every page's visible text for entry ids and editors' wording (src/integrations/reader-text-check.ts).
 */
export function contentIntegrity(): AstroIntegration {
  let contentDir = '';
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // `astro preview` serves a folder that was checked when it was built.
        if (command === 'preview') return;
        contentDir = fileURLToPath(new URL('content/', config.root));
        const report = checkContent(contentDir);
        const { entries, warnings } = report;
        // Time-bound wording without a date may stand in a draft, never in a build.
        const problems = command === 'dev' ? report.problems : [...report.problems, ...warnings];
        if (command === 'dev') for (const warning of warnings) logger.warn(warning);
        if (problems.length > 0) {
          throw new AstroError(
            `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`,
            'Each line names the file, the field, what was found and what is expected. Fix them and build again.',
          );
        }
        if (command === 'build') buildReport = report;
        const counts = Object.entries(entries)
          .map(([name, list]) => `${list.length} ${name}`)
          .join(', ');
        logger.info(`content ok: ${counts}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        /** What the last check found, shown in the browser until the content is mended. */
        let problems: string[] = [];
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentDir)) return;
          const report = checkContent(contentDir);
          for (const problem of report.problems) logger.error(problem);
          for (const warning of report.warnings) logger.warn(warning);
          const wasBroken = problems.length > 0;
          problems = report.problems;
          if (problems.length > 0) {
            server.ws.send({
              type: 'error',
              err: { message: checkFailedMessage(problems), stack: '', plugin: 'content-integrity' },
            });
          } else if (wasBroken) {
            logger.info('content ok again');
            server.ws.send({ type: 'full-reload' });
          }
        });
        // A page asked for while the content is broken would render stale or broken data: show
        // the problems instead. Scripts, styles and Vite's own requests pass.
        server.middlewares.use((request, response, next) => {
          if (problems.length === 0 || !request.headers.accept?.includes('text/html')) return next();
          sendProblemsPage(response, problems, server.config.base);
        });
      },
    },
  };
}

function checkFailedMessage(problems: readonly string[]): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `Content check failed with ${count}:\n${problems.join('\n')}\n\nEach line names the file, the field, what was found and what is expected. Save the fixed file and this page reloads.`;
}

/**
 * The dev server's answer to a page request while the content check fails. Vite's client script
 * reloads it when the file is mended (the watcher sends a full reload).
 */
function sendProblemsPage(response: ServerResponse, problems: readonly string[], base: string): void {
  const items = problems.map((problem) => `<li><code>${escapeMarkup(problem)}</code></li>`).join('\n');
  response.statusCode = 500;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.end(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Content check failed</title>
<script type="module" src="${escapeMarkup(base)}@vite/client"></script></head>
<body>
<main id="content-check-failed">
<h1>Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}</h1>
<p>Each line names the file, the field, what was found and what is expected. Save the fixed file and this page reloads.</p>
<ul>
${items}
</ul>
</main>
</body>
</html>
`);
}

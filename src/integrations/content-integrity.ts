import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent } from './content-check';
import { readerTextProblems } from './reader-text-check';
import { listFiles } from './yaml-files';

/**
 * Runs the content check before Astro loads or renders anything, so a bad entry fails
 * `astro build`, `astro check` and `astro dev` with our message and nothing is written to dist/.
 * In dev it checks again whenever a content file changes and logs what is wrong. Time-bound
 * wording without a date ("still", "now") only warns in dev, so a draft can be previewed, and
 * fails every other command. After the build, it reads every page's visible text for entry ids and
 * editors' wording (src/integrations/reader-text-check.ts).
 */
export function contentIntegrity(): AstroIntegration {
  let contentDir = '';
  /** Figure, event, quote and source ids: no page may show one as text. */
  let entryIds = new Set<string>();
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
        entryIds = new Set(
          (['figures', 'events', 'quotes', 'sources'] as const).flatMap((name) => entries[name].map(({ id }) => id)),
        );
        const counts = Object.entries(entries)
          .map(([name, list]) => `${list.length} ${name}`)
          .join(', ');
        logger.info(`content ok: ${counts}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = listFiles(outDir, ['.html'], { relative: true }).filter((file) => !file.startsWith('pagefind/'));
        const problems = pages.flatMap((page) =>
          readerTextProblems(page, readFileSync(join(outDir, page), 'utf8'), entryIds),
        );
        if (problems.length > 0) {
          const shown = problems.slice(0, 40).join('\n');
          const more = problems.length > 40 ? `\n…and ${problems.length - 40} more` : '';
          throw new AstroError(
            `Reader text check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'} in the built pages:\n${shown}${more}`,
            'Pages show readers words meant for editors. Each line names the page and the words.',
          );
        }
        logger.info(`${pages.length} pages show no entry ids or editors' wording`);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('change', (path) => {
          if (!path.startsWith(contentDir)) return;
          const { problems, warnings } = checkContent(contentDir);
          for (const problem of problems) logger.error(problem);
          for (const warning of warnings) logger.warn(warning);
        });
      },
    },
  };
}

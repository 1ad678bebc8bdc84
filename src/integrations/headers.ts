import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { normaliseBase } from '../lib/paths';
import { findPolicyProblems } from './headers-check';
import { formatHeadersFile, headerRules } from './headers-rules';
import { listFiles } from './yaml-files';

/**
 * At the end of `astro build` (after the Pagefind index, so that its files are listed): checks
 * every built page against the Content-Security-Policy and writes `_headers` for Netlify and
 * Cloudflare Pages with the policy, the security headers and the cache rules, under the base path.
 * Must come after `pagefindIndex()` in the integrations list.
 */
export function deployHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'deploy-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = listFiles(outDir, undefined, { relative: true });
        if (!files.some((file) => file.startsWith('pagefind/'))) {
          throw new AstroError(
            'deploy-headers found no pagefind/ folder in the build output.',
            'List deployHeaders() after pagefindIndex() in astro.config.mjs, so that the cache rules cover the search index.',
          );
        }
        const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
        const problems = pages.flatMap((page) => findPolicyProblems(page, readFileSync(join(outDir, page), 'utf8')));
        if (problems.length > 0) {
          const shown = problems.slice(0, 30).join('\n');
          const more = problems.length > 30 ? `\n…and ${problems.length - 30} more` : '';
          throw new AstroError(
            `Content-Security-Policy check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'} in the built pages:\n${shown}${more}`,
            'The browser would block each of these. The policy is in src/lib/csp.ts.',
          );
        }
        const rules = headerRules(base, files);
        writeFileSync(join(outDir, '_headers'), formatHeadersFile(rules));
        logger.info(
          `${pages.length} pages pass the Content-Security-Policy; wrote _headers with ${rules.length} rules`,
        );
      },
    },
  };
}

#!/usr/bin/env node
// Prints what the content check finds in a content folder, one line each:
//   node scripts/check-content.mjs [content-dir]   (default: ./content)
// The same check runs in `astro dev` and `astro build`; this runs it alone, in a few seconds, on
// any folder (another worktree's content/, a fixture). Exits 1 when anything is found.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const contentDir = resolve(process.argv[2] ?? 'content');
const checker = fileURLToPath(new URL('../src/integrations/content-check.ts', import.meta.url));
// Vite's module runner reads the TypeScript sources as Astro does (extensionless imports, astro/zod).
const { module } = await runnerImport(checker, { configFile: false, logLevel: 'silent' });
const { problems, warnings } = module.checkContent(contentDir);

for (const line of problems) console.log(line);
for (const line of warnings) console.log(`${line} [fails the build; a warning in dev]`);
console.error(
  `\n${problems.length} problems, ${warnings.length} warnings (time-bound wording, uncited sources) in ${contentDir}`,
);
process.exit(problems.length + warnings.length > 0 ? 1 : 0);

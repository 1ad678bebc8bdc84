/** A scratch copy of the project, for tests that build or serve it with changed content. */
import { cpSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a build or `astro dev` reads, besides content/ and node_modules/. */
const PROJECT_FILES = [
  'astro.config.mjs',
  'site.config.ts',
  'tsconfig.json',
  'package.json',
  'src',
  'public',
  'scripts',
];

/**
 * Copies the project into `dir` (which must exist) with `content` as its content/ folder and the
 * checkout's node_modules/ linked, not copied.
 */
export function copyProject(dir: string, content = 'content'): void {
  for (const name of PROJECT_FILES) cpSync(name, join(dir, name), { recursive: true });
  cpSync(content, join(dir, 'content'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
}

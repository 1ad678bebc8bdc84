/** Reads the built site in dist/ for the HTML checks. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles } from '../../src/integrations/yaml-files';

/** The built site: DIST_DIR when set (a build made with DIST_DIR=…), else dist/. */
export const DIST = process.env.DIST_DIR ?? 'dist';

export interface BuiltPage {
  /** Path from dist/, e.g. "treaty/index.html". */
  file: string;
  /** Site path without base: "/treaty/". */
  path: string;
  html: string;
  root: HTMLElement;
}

let pages: BuiltPage[] | undefined;

/** Every HTML page in dist/ except the Pagefind bundle's. */
export function builtPages(): BuiltPage[] {
  pages ??= listFiles(DIST, ['.html'], { relative: true })
    .filter((file) => !file.startsWith('pagefind/'))
    .map((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      const path = `/${file.replace(/index\.html$/, '')}`;
      return { file, path, html, root: parse(html) };
    });
  return pages;
}

export function builtPage(path: string): BuiltPage {
  const page = builtPages().find((candidate) => candidate.path === path);
  if (!page) throw new Error(`No built page at ${path}`);
  return page;
}

/**
 * Finds internal URLs written by hand as bare `/…` paths in sources (MDX, Markdown, Astro
 * components and pages, client scripts, CSS). Such a link works at the root of a host and breaks
 * under a base path such as `/sub/`. The fix is always the same: `href('…')` in components and
 * pages, `<PageLink to="…">` in MDX, a relative `url()` in CSS.
 */
import { readFileSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import { listFiles } from '../../../src/integrations/yaml-files';

/** A path that starts with one slash (two would be a protocol-relative external URL). */
const BARE = String.raw`\/(?!\/)`;

interface Rule {
  /** File extensions the rule reads. */
  extensions: string[];
  pattern: RegExp;
  fix: string;
}

const RULES: Rule[] = [
  {
    // <a href="/x">, src='/x', action={'/x'}, href={`/x/${id}`}
    extensions: ['.astro', '.mdx', '.md', '.html'],
    pattern: new RegExp(
      String.raw`(?<![\w-])(href|src|srcset|action|formaction|poster|data|data-[\w-]+)\s*=\s*(?:\{\s*)?(["'\x60])${BARE}`,
      'g',
    ),
    fix: 'write it with href(\'…\') (components and pages) or <PageLink to="…"> (MDX)',
  },
  {
    // [text](/x), ![alt](/x.png), [id]: /x
    extensions: ['.mdx', '.md'],
    pattern: new RegExp(String.raw`\]\(\s*<?${BARE}|^[ \t]*\[[^\]]+\]:\s*<?${BARE}`, 'gm'),
    fix: 'link with <PageLink to="…"> or an <a href={href(\'…\')}> instead of a Markdown link to a bare path',
  },
  {
    // element.href = '/x'; setAttribute('src', "/x")
    extensions: ['.ts', '.astro'],
    pattern: new RegExp(
      String.raw`\.(href|src|action)\s*=\s*(["'\x60])${BARE}|setAttribute\(\s*(["'])(href|src|action)\3\s*,\s*(["'\x60])${BARE}`,
      'g',
    ),
    fix: 'build the URL from import.meta.env.BASE_URL (joinBase in src/lib/paths.ts) or pass it in a data-* attribute written with href()',
  },
  {
    // url(/fonts/x.woff2) in stylesheets and <style> blocks
    extensions: ['.css', '.astro'],
    pattern: new RegExp(String.raw`url\(\s*(["']?)${BARE}`, 'g'),
    fix: "use a relative url('../…') to a file in src/ (Vite rewrites it with the base) instead of a bare path",
  },
];

export interface BareLink {
  file: string;
  line: number;
  text: string;
  fix: string;
}

/** Every bare internal link in `text`, a file named `file` (its extension picks the rules). */
export function findBareLinks(file: string, text: string): BareLink[] {
  const found: BareLink[] = [];
  for (const rule of RULES) {
    if (!rule.extensions.includes(extname(file))) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const line = text.slice(0, match.index).split('\n').length;
      found.push({ file, line, text: text.split('\n')[line - 1]!.trim(), fix: rule.fix });
    }
  }
  // One finding per line, even where two rules see the same link.
  return found
    .sort((a, b) => a.line - b.line)
    .filter((link, index, sorted) => index === 0 || sorted[index - 1]!.line !== link.line);
}

const SCANNED = ['.astro', '.mdx', '.md', '.html', '.ts', '.css'];

/** Scans every source file under the folders, with paths relative to the project. */
export function scanForBareLinks(folders: readonly string[]): { files: number; found: BareLink[] } {
  let files = 0;
  const found: BareLink[] = [];
  for (const folder of folders) {
    for (const file of listFiles(folder, SCANNED)) {
      const path = relative('.', file).split(sep).join('/');
      files += 1;
      found.push(...findBareLinks(path, readFileSync(path, 'utf8')));
    }
  }
  return { files, found };
}

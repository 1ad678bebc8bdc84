/**
 * What a build produced: total size and file count, the search index's size, and what each page
 * costs a reader to load: the gzip-compressed bytes of its HTML plus the CSS and JavaScript it
 * references (module scripts with their static imports; code loaded on demand, such as the search
 * UI, is left out, as it is not part of reading the page).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageTransfer {
  /** Site path, e.g. "/timeline/". */
  path: string;
  /** Compressed bytes of the HTML, its stylesheets and its scripts. */
  bytes: number;
}

/** The most a page may cost a reader, compressed (the bench's page-weight target). */
export const PAGE_BUDGET_BYTES = 50 * 1024;

export interface PageBudget {
  budgetBytes: number;
  /** How many pages weigh more than the budget. */
  over: number;
  /** The heaviest pages, heaviest first, whether over the budget or not: every page over it, and at least `top`. */
  heaviest: PageTransfer[];
}

export interface DistReport {
  pages: number;
  files: number;
  bytes: number;
  indexFiles: number;
  indexBytes: number;
  transfer: { median: number; largest: PageTransfer; budget: PageBudget };
}

/**
 * How many pages are over `budgetBytes` (a page of exactly the budget is within it), and the
 * heaviest: every page over the budget, so a report names each one, and at least the `top`.
 */
export function pageBudget(pages: PageTransfer[], budgetBytes: number, top = 5): PageBudget {
  const heaviest = [...pages].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1));
  const over = heaviest.filter((page) => page.bytes > budgetBytes).length;
  return { budgetBytes, over, heaviest: heaviest.slice(0, Math.max(top, over)) };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Stylesheets and scripts a page's HTML references, as site paths. */
function assetsOf(html: string): string[] {
  const assets: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attribute(tag, 'href');
    if (href && /\srel="stylesheet"/.test(tag)) assets.push(href);
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attribute(tag, 'src');
    if (src) assets.push(src);
  }
  return assets;
}

/** Static imports of a bundled module ("./chunk.js"), resolved against the module's own path. */
function staticImports(code: string, from: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    found.push(posix.join(posix.dirname(from), match[1]!));
  }
  return found;
}

const inIndex = (dist: string, file: string) => relative(dist, file).startsWith(`pagefind${sep}`);

/** The HTML pages of a build (the Pagefind bundle's own HTML left out). */
function pageFiles(dist: string, files = walk(dist)): string[] {
  return files.filter((file) => file.endsWith('.html') && !inIndex(dist, file));
}

export const countPages = (dist: string): number => pageFiles(dist).length;

export function analyseDist(dist: string, base = '/'): DistReport {
  const files = walk(dist);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const indexFiles = files.filter((file) => inIndex(dist, file));
  const pages = pageFiles(dist, files);

  const gzipped = new Map<string, number>();
  const compressed = (sitePath: string): number => {
    let size = gzipped.get(sitePath);
    if (size === undefined) {
      const file = join(dist, sitePath.slice(base.length));
      try {
        size = gzipSync(readFileSync(file)).length;
      } catch {
        throw new Error(`${sitePath} is referenced by a page but ${relative(dist, file)} is not in the build`);
      }
      gzipped.set(sitePath, size);
    }
    return size;
  };
  const modules = new Map<string, string[]>();
  const withImports = (sitePath: string, seen: Set<string>) => {
    if (seen.has(sitePath)) return;
    seen.add(sitePath);
    if (!sitePath.endsWith('.js')) return;
    let imports = modules.get(sitePath);
    if (!imports) {
      imports = staticImports(readFileSync(join(dist, sitePath.slice(base.length)), 'utf8'), sitePath);
      modules.set(sitePath, imports);
    }
    for (const imported of imports) withImports(imported, seen);
  };

  const transfers: PageTransfer[] = pages.map((file) => {
    const html = readFileSync(file);
    const sitePath = `${base}${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const assets = new Set<string>();
    for (const asset of assetsOf(html.toString('utf8'))) {
      if (asset.startsWith(base) && !asset.startsWith('//')) withImports(asset, assets);
    }
    const assetBytes = [...assets].reduce((sum, asset) => sum + compressed(asset), 0);
    return { path: sitePath, bytes: gzipSync(html).length + assetBytes };
  });
  transfers.sort((a, b) => a.bytes - b.bytes);
  return {
    pages: pages.length,
    files: files.length,
    bytes,
    indexFiles: indexFiles.length,
    indexBytes: indexFiles.reduce((sum, file) => sum + statSync(file).size, 0),
    transfer: {
      median: median(transfers.map((page) => page.bytes)),
      largest: transfers.at(-1)!,
      budget: pageBudget(transfers, PAGE_BUDGET_BYTES),
    },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

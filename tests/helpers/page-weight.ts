/**
 * What a built page costs a first-time visitor: the HTML and every file it loads before any
 * interaction, each gzipped as a server would send it. Read from dist/, so the figures are
 * deterministic and can be held to budgets (tests/budgets.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, type BuiltPage } from './dist';

export type ResourceKind = 'html' | 'css' | 'script' | 'font' | 'image' | 'other';

export interface Resource {
  /** Path from dist/, e.g. "_astro/BaseLayout.x.css". */
  file: string;
  kind: ResourceKind;
  gzip: number;
}

export interface PageWeight {
  path: string;
  resources: Resource[];
  /** Every resource, the HTML included, gzipped. */
  total: number;
  css: number;
  script: number;
  requests: number;
}

const BASE = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const gzipCache = new Map<string, number>();

/** Gzipped size of a file in dist/, at zlib's default level 6 (see tests/budgets.ts). */
export function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(DIST, file)), { level: 6 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/**
 * The file in dist/ a URL on `page` points to, or an error for what a static site must not do
 * (a third-party request, a file that is not there).
 */
export function resolveInDist(url: string, fromFile: string): string {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) {
    throw new Error(`${fromFile}: loads ${url}, which is not a file of this site; expected a local file`);
  }
  const clean = url.replace(/[?#].*$/, '');
  let file: string;
  if (clean.startsWith('/')) {
    if (!clean.startsWith(BASE)) throw new Error(`${fromFile}: loads ${url}, outside the base path ${BASE}`);
    file = clean.slice(BASE.length);
  } else {
    file = posix.normalize(posix.join(posix.dirname(fromFile), clean));
  }
  if (file === '' || file.endsWith('/')) file += 'index.html';
  if (!existsSync(join(DIST, file))) throw new Error(`${fromFile}: loads ${url}, which is missing from the build`);
  return file;
}

const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]+))\s*\)/g;
const CSS_IMPORT = /@import\s+(?:url\()?\s*["']([^"']+)["']/g;

function kindOf(file: string): ResourceKind {
  if (/\.css$/.test(file)) return 'css';
  if (/\.m?js$/.test(file)) return 'script';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'font';
  if (/\.(svg|png|jpe?g|gif|webp|avif|ico)$/.test(file)) return 'image';
  return 'other';
}

/** Scripts a module imports statically (dynamic `import()` loads on demand and is not counted). */
function staticImports(file: string): string[] {
  const source = readFileSync(join(DIST, file), 'utf8');
  return [...source.matchAll(STATIC_IMPORT)].map((match) => resolveInDist(match[1]!, file));
}

/** Fonts and stylesheets a stylesheet pulls in (fonts are counted whether or not a glyph uses them). */
function cssDependencies(file: string): string[] {
  const source = readFileSync(join(DIST, file), 'utf8');
  const imports = [...source.matchAll(CSS_IMPORT)].map((match) => match[1]!);
  const fonts = [...source.matchAll(/@font-face\s*{[^}]*}/g)].flatMap((face) =>
    [...face[0].matchAll(CSS_URL)].map((match) => match[1] ?? match[2] ?? match[3]!),
  );
  return [...imports, ...fonts].filter((url) => !url.startsWith('data:')).map((url) => resolveInDist(url, file));
}

/** The page's first-visit transfer, resource by resource. */
export function pageWeight(page: BuiltPage): PageWeight {
  const root = page.root;
  const direct = [
    ...root.querySelectorAll('link[href]').filter((link) => {
      const rel = ` ${link.getAttribute('rel') ?? ''} `.toLowerCase();
      return / (stylesheet|preload|modulepreload|icon) /.test(rel);
    }),
    ...root.querySelectorAll('script[src]'),
    ...root.querySelectorAll('img[src]').filter((img) => img.getAttribute('loading') !== 'lazy'),
  ]
    .map((element) => element.getAttribute('href') ?? element.getAttribute('src')!)
    .filter((url) => !url.startsWith('data:'));

  const seen = new Set<string>([page.file]);
  const queue = direct.map((url) => resolveInDist(url, page.file));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const kind = kindOf(file);
    if (kind === 'script') queue.push(...staticImports(file));
    if (kind === 'css') queue.push(...cssDependencies(file));
  }

  const resources = [...seen].map((file) => ({
    file,
    kind: file === page.file ? ('html' as const) : kindOf(file),
    gzip: gzipSize(file),
  }));
  const sum = (kind?: ResourceKind) =>
    resources.filter((resource) => !kind || resource.kind === kind).reduce((total, { gzip }) => total + gzip, 0);
  return {
    path: page.path,
    resources,
    total: sum(),
    css: sum('css'),
    script: sum('script'),
    requests: resources.length,
  };
}

/** "12.3 KiB" */
export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

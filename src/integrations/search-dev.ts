/**
 * Search in `astro dev`. Documentation themes only search the last build, if anything; here the
 * dev server serves `<base>pagefind/` itself, from an index built in memory out of its own pages:
 * on the first search it crawls the site from the home page, reads the search manifest, and
 * indexes both exactly as the build does. When a file under content/ or src/ changes the index
 * is marked stale and rebuilt on the next page load that asks for it; `dev-status.json` tells
 * the search UI when it was built and whether it is stale, so it can say so.
 */
import { relative, sep } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { assertNoErrors, buildSearchIndex, type RenderedPage } from './search-index';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** What `<base>pagefind/dev-status.json` reports; read by src/components/client/search-ui.ts. */
export interface DevIndexStatus {
  /** ISO time of the last successful build, or null before the first. */
  builtAt: string | null;
  pages: number;
  records: number;
  /** True when a source file changed after the last build started (false before the first build). */
  stale: boolean;
  building: boolean;
  error: string | null;
}

export const DEV_STATUS_FILE = 'dev-status.json';

/** Pages fetched at once: the dev server renders on demand, and the machine may be small. */
const CRAWL_CONCURRENCY = 4;

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Every page reachable from the home page by internal links, as the dev server renders it. */
async function crawl(origin: string, base: string): Promise<RenderedPage[]> {
  const bundle = `${base}pagefind/`;
  const seen = new Set<string>([base]);
  const queue = [base];
  const pages: RenderedPage[] = [];
  const visit = async (pathname: string) => {
    const response = await fetch(new URL(pathname, origin));
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) return;
    const html = await response.text();
    pages.push({ path: decodeURI(pathname.slice(base.length)), html });
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      const url = new URL(href!.replace(/&amp;/g, '&'), new URL(pathname, origin));
      const path = url.pathname;
      if (url.origin !== origin || !path.startsWith(base) || path.startsWith(bundle)) continue;
      if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) continue;
      if (seen.has(path)) continue;
      seen.add(path);
      queue.push(path);
    }
  };
  // A small pool: each finished page may reveal more paths; done when nothing is queued or running.
  await new Promise<void>((resolve, reject) => {
    let running = 0;
    const pump = () => {
      if (queue.length === 0 && running === 0) resolve();
      while (running < CRAWL_CONCURRENCY && queue.length > 0) {
        running += 1;
        visit(queue.shift()!).then(() => {
          running -= 1;
          pump();
        }, reject);
      }
    };
    pump();
  });
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export function searchDevServer(server: DevServer, base: string, logger: AstroIntegrationLogger): void {
  const bundle = `${base}pagefind/`;
  const root = server.config.root;
  const files = new Map<string, Uint8Array>();
  const status: DevIndexStatus = { builtAt: null, pages: 0, records: 0, stale: false, building: false, error: null };
  let building: Promise<void> | null = null;

  server.watcher.on('all', (_event, file) => {
    const path = relative(root, file).split(sep).join('/');
    if (path.startsWith('content/') || path.startsWith('src/')) status.stale = true;
  });

  const rebuild = (origin: string): Promise<void> => {
    building ??= (async () => {
      const started = performance.now();
      status.building = true;
      status.stale = false;
      try {
        const pages = await crawl(origin, base);
        const manifestResponse = await fetch(new URL(`${base}search-manifest.json`, origin));
        if (!manifestResponse.ok) throw new Error(`${base}search-manifest.json answered ${manifestResponse.status}`);
        const { index, report } = await buildSearchIndex(pages, await manifestResponse.json());
        const written = await index.getFiles();
        assertNoErrors('getFiles', written);
        // Earlier chunks stay: a page that loaded the previous index can still fetch them.
        for (const file of written.files) files.set(file.path.split(sep).join('/'), file.content);
        await index.deleteIndex();
        for (const warning of report.warnings) logger.warn(warning);
        Object.assign(status, { builtAt: new Date().toISOString(), pages: report.pages, records: report.records });
        status.error = null;
        logger.info(
          `search index built in memory from ${report.pages} pages and ${report.records} figures and events in ${Math.round(performance.now() - started)} ms`,
        );
      } catch (error) {
        status.stale = true;
        status.error = error instanceof Error ? error.message : String(error);
        logger.error(`search index for the dev server failed: ${status.error}`);
      } finally {
        status.building = false;
        building = null;
      }
    })();
    return building;
  };

  server.middlewares.use((request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://dev.invalid');
    if (!url.pathname.startsWith(bundle)) {
      next();
      return;
    }
    const file = decodeURIComponent(url.pathname.slice(bundle.length));
    const origin = `http://${request.headers.host ?? 'localhost'}`;
    void (async () => {
      if (file === DEV_STATUS_FILE) {
        response.setHeader('Content-Type', CONTENT_TYPES.json!);
        response.setHeader('Cache-Control', 'no-store');
        response.end(JSON.stringify(status));
        return;
      }
      // A fresh page load starts with these two; later chunk requests use the index it got.
      if (files.size === 0 || (status.stale && (file === 'pagefind.js' || file === 'pagefind-entry.json'))) {
        await rebuild(origin);
      }
      const body = files.get(file);
      if (!body) {
        response.statusCode = 404;
        response.end(status.error ? `Search index unavailable: ${status.error}` : `No ${file} in the search index`);
        return;
      }
      response.setHeader('Content-Type', CONTENT_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream');
      response.setHeader('Cache-Control', 'no-store');
      response.end(body);
    })().catch(next);
  });

  server.httpServer?.once('close', () => void pagefind.close());
}

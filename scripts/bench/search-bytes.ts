/**
 * What a reader's first search downloads: everything the browser fetches from pressing `/` on a
 * page until the search dialog shows results for the query, with an empty cache. That is the
 * search interface (its script and two stylesheets), Pagefind's script, worker and WebAssembly,
 * the index's entry, metadata and filter files, the index chunks for the query's words and the
 * fragments of the results shown. Measured in headless Chromium against a built site served from
 * its root by a small static server, the way scripts/bench/search-latency.ts measures latency.
 *
 * `bytes` is what the files weigh as served; `gzipBytes` what a server compressing text would
 * send (level 6; Pagefind's index files and WebAssembly are compressed already, so they count as
 * they are). Usage: `measureFirstSearchBytes('dist')`, or run this file with a built folder.
 */
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from './static-server.ts';

/** What a reader's first search on the real site may download, compressed: `npm run bench` reports it, a test holds it. */
export const FIRST_SEARCH_BUDGET_KIB = 100;

/** The queries it is measured with: a place, a topic, a name of three words, a topic word. */
export const FIRST_SEARCH_QUERIES = ['kursk', 'treaty', 'Kim Jong Un', 'casualties'];

export interface FirstSearchFile {
  /** Path on the site, e.g. "/pagefind/wasm.en.pagefind". */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface FirstSearchBytes {
  query: string;
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** The search interface (script and styles), Pagefind's own files, and the index. */
  byPart: { interface: number; pagefind: number; index: number };
  files: FirstSearchFile[];
}

/** Text compresses on the wire; Pagefind's files (gzip inside) and WebAssembly go as they are. */
function wireSize(path: string, body: Buffer): number {
  if (!/\.(js|css|json|html|svg)$/.test(path)) return body.length;
  return Math.min(body.length, gzipSync(body, { level: 6 }).length);
}

function partOf(path: string): keyof FirstSearchBytes['byPart'] {
  if (/^\/pagefind\/(index|fragment|filter)\/|\.pf_meta$|pagefind-entry\.json$|vocabulary\.txt$/.test(path))
    return 'index';
  if (path.startsWith('/pagefind/')) return 'pagefind';
  return 'interface';
}

export async function measureFirstSearchBytes(dist: string, query = 'kursk'): Promise<FirstSearchBytes> {
  const server = await serveStatic(dist);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForLoadState('networkidle');
    const files: FirstSearchFile[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      pending.push(
        response.body().then(
          (body) => void files.push({ path, bytes: body.length, gzipBytes: wireSize(path, body) }),
          () => undefined,
        ),
      );
    });
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal[open] input').waitFor();
    await page.keyboard.type(query);
    await page.locator('dialog.pf-modal .pf-result-link').first().waitFor();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const sum = (list: FirstSearchFile[], key: 'bytes' | 'gzipBytes') =>
      list.reduce((total, file) => total + file[key], 0);
    const byPart = { interface: 0, pagefind: 0, index: 0 };
    for (const file of files) byPart[partOf(file.path)] += file.gzipBytes;
    return {
      query,
      requests: files.length,
      bytes: sum(files, 'bytes'),
      gzipBytes: sum(files, 'gzipBytes'),
      byPart,
      files: files.sort((a, b) => b.gzipBytes - a.gzipBytes),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureFirstSearchBytes(process.argv[2] ?? 'dist', process.argv[3]);
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(
    `First search for "${result.query}": ${result.requests} requests, ${kib(result.bytes)} (${kib(result.gzipBytes)} compressed): interface ${kib(result.byPart.interface)}, Pagefind ${kib(result.byPart.pagefind)}, index ${kib(result.byPart.index)}`,
  );
  for (const file of result.files) console.log(`  ${kib(file.gzipBytes).padStart(10)}  ${file.path}`);
}

/**
 * Pagefind's browser search API, run in Node against a built index: pagefind.js fetches its files
 * relative to its own URL, so a `file:` URL and a fetch that reads files are all it needs. This is
 * the same WebAssembly search readers run, without a browser.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface SearchHit {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

export interface NodePagefind {
  options: (options: object) => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ) => Promise<{
    results: { id: string; score: number; data: () => Promise<SearchHit> }[];
    filters: Record<string, Record<string, number>>;
    totalFilters: Record<string, Record<string, number>>;
    unfilteredResultCount: number;
  }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  destroy?: () => Promise<void>;
}

let fetchPatched = false;

function patchFetch(): void {
  if (fetchPatched) return;
  fetchPatched = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return networkFetch(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

/** Loads the index in `distDir`/pagefind with result URLs under `baseUrl` (the site's base path). */
export async function loadPagefind(distDir: string, baseUrl = '/'): Promise<NodePagefind> {
  patchFetch();
  const bundle = pathToFileURL(join(resolve(distDir), 'pagefind', 'pagefind.js')).href;
  const module = (await import(bundle)) as {
    createInstance: (options: Record<string, unknown>) => NodePagefind;
  };
  return module.createInstance({ baseUrl, basePath: bundle.replace(/pagefind\.js$/, ''), noWorker: true });
}

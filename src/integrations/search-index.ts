/**
 * Builds the Pagefind index from the built pages and the search manifest. Each page gets a
 * hidden block with its metadata, filters and names in every script (src/lib/search-html.ts);
 * figures and events become records that land on their anchors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { minifySync } from 'vite';
import {
  elementIds,
  hasSearchBody,
  injectSearchBlock,
  indexedText,
  searchBlock,
  sectionAnchorsOnly,
} from '../lib/search-html';
import type { SearchManifest, SearchName, SearchPage } from '../lib/search-manifest';
import { NameMatcher } from '../lib/search-names';
import { bareWord } from '../lib/search-query';

export interface RenderedPage {
  /** Site path without the base, e.g. "actors/kim-jong-un/" ("" for home). */
  path: string;
  /**
   * Reads the page's HTML. Read twice (once to learn which names each page mentions, once to
   * index it), so that no more than one page is held at a time: at 1,000 pages, holding them all
   * cost about 150 MiB of the build's peak memory.
   */
  read: () => string;
}

export interface IndexReport {
  pages: number;
  records: number;
  /** Problems worth an editor's attention, one line each; the index is still usable. */
  warnings: string[];
  /** The words the index knows, most frequent first, for "did you mean" (src/lib/search-query.ts). */
  vocabulary: string;
}

/**
 * Counts the words of texts, each once per text. Words of four letters or more only: shorter ones
 * are never corrected, and "did you mean" only needs words a reader may misspell.
 */
class WordCounter {
  readonly counts = new Map<string, number>();
  add(text: string, weight = 1): void {
    for (const token of new Set(text.split(/\s+/).map(bareWord))) {
      if (/^\p{L}{4,}$/u.test(token)) this.counts.set(token, (this.counts.get(token) ?? 0) + weight);
    }
  }
  /** Most frequent first; words of one text only are left out unless they are names. */
  list(): string {
    return [...this.counts]
      .filter(([, count]) => count > 1)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([word]) => word)
      .join('\n');
  }
}

/**
 * A glossary term without a page of its own ranks, like a title, the explainer that names it most
 * often, when that is at least this often: "Article 4" finds the treaty page first.
 */
const TERM_HOME_MENTIONS = 3;

/**
 * The size of Pagefind's index chunks, in its own unit (each word's locations on every page, plus
 * one per page). A search loads every chunk holding a word of the query, whole: at Pagefind's
 * default, 20,000, a chunk is 25–30 KiB compressed, the largest part of a reader's first search
 * after the WebAssembly, and most of what a later query waits for. At 4,000 a chunk is 5–9 KiB;
 * the chunk list in the metadata every search loads first grows by about 1 KiB on the real site.
 * Pagefind reads the size only from its process's environment, under a name it calls unstable
 * (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, pagefind/src/options.rs in Pagefind 1.6): should a later
 * version drop it, the index is the same, in larger chunks. A value already in the environment
 * wins, for experiments.
 */
const INDEX_CHUNK_SIZE = 4000;

/** Pagefind's Node API reports problems in `errors` arrays instead of throwing; this makes them fatal. */
export function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${response.errors.map((e) => `  ${e}`).join('\n')}`);
  }
}

/**
 * Creates an index and fills it; the caller writes or reads its files, then deletes it. Each
 * page is handed to Pagefind's process while the next one is prepared.
 */
export async function buildSearchIndex(
  pages: readonly RenderedPage[],
  manifest: SearchManifest,
): Promise<{ index: pagefind.PagefindIndex; report: IndexReport }> {
  // Pagefind's process starts with the first call and inherits this environment.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  const created = await pagefind.createIndex({ forceLanguage: 'en' });
  assertNoErrors('createIndex', created);
  const index = created.index;
  if (!index) throw new Error('Pagefind createIndex returned no index and no error');

  const warnings: string[] = [];
  const matcher = new NameMatcher(manifest.names);
  const pageData = new Map<string, SearchPage>(manifest.pages.map((page) => [page.path, page]));
  /** The indexed text of every page that has some (pages without it, like 404, stay out). */
  const texts = new Map<string, string>();
  for (const page of pages) {
    const html = page.read();
    if (hasSearchBody(html)) texts.set(page.path, indexedText(html));
  }
  const indexed = pages.filter((page) => texts.has(page.path));
  /** The names each page is about: an actor's on their page, a term's on the explainer that names it most. */
  const ownNames = new Map<string, string[]>();
  const own = (path: string, forms: string[]) => ownNames.set(path, [...(ownNames.get(path) ?? []), ...forms]);
  /** For each name without a page of its own, the explainer that names it most (the first of equals). */
  const mostMentions = new Map<SearchName, { path: string; count: number }>();
  for (const page of indexed) {
    if (pageData.get(page.path)?.meta['type'] !== 'Explainer') continue;
    for (const { name, count } of matcher.find(texts.get(page.path)!)) {
      if (name.home === null && count > (mostMentions.get(name)?.count ?? 0)) {
        mostMentions.set(name, { path: page.path, count });
      }
    }
  }
  for (const name of manifest.names) {
    if (name.home !== null) {
      own(name.home, name.forms);
      continue;
    }
    const best = mostMentions.get(name);
    if (best && best.count >= TERM_HOME_MENTIONS) own(best.path, name.forms);
  }
  const words = new WordCounter();
  // Names count as known however rarely the pages use them.
  for (const name of manifest.names) words.add(name.forms.join(' '), 2);
  /** Pages by the record anchors they carry, to land each record on a page that has its anchor. */
  const pagesByAnchor = new Map<string, string[]>(manifest.records.map((record) => [record.anchor, []]));

  /** The page Pagefind is indexing while the next one is prepared and checked. */
  let inFlight: Promise<void> = Promise.resolve();
  for (const page of pages) {
    if (!texts.has(page.path)) continue;
    const html = page.read();
    // Appended in place: copying the list for each page would cost time in the square of the
    // page count, as a figure's anchor is on every page that cites it.
    for (const id of elementIds(html)) pagesByAnchor.get(id)?.push(page.path);
    const data = pageData.get(page.path);
    // A page outside the manifest may still declare its own section (`data-pagefind-filter="section:…"`).
    if (!data && !/\sdata-pagefind-filter="section[:"]/.test(html)) {
      warnings.push(
        `/${page.path}: no search metadata or filters for this page; add it to searchManifest() in src/data/search.ts`,
      );
    }
    const text = texts.get(page.path)!;
    words.add(text);
    const block = searchBlock({
      meta: data?.meta ?? {},
      filters: data?.filters ?? {},
      ownNames: ownNames.get(page.path) ?? [],
      mentions: matcher.expansions(text),
    });
    const added = index
      .addHTMLFile({ url: `/${page.path}`, content: injectSearchBlock(sectionAnchorsOnly(html), block) })
      .then((response) => assertNoErrors(`addHTMLFile /${page.path}`, response));
    // Awaited one page later; marked handled now, so that a failure is reported there, not as an unhandled rejection.
    added.catch(() => {});
    await inFlight;
    inFlight = added;
  }
  await inFlight;
  if (indexed.length === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing from every page?');

  const builtPaths = new Set(indexed.map((page) => page.path));
  for (const page of manifest.pages) {
    if (!builtPaths.has(page.path)) {
      warnings.push(
        `/${page.path}: src/data/search.ts gives search metadata for this page, but no indexed page has that path`,
      );
    }
  }

  let records = 0;
  // Sent without waiting for each answer: one at a time, the round trips to Pagefind's process
  // cost about 2 s at 1,000 pages; the index it writes is the same either way.
  const sent: Promise<void>[] = [];
  for (const record of manifest.records) {
    const carriers = pagesByAnchor.get(record.anchor)!;
    const path = record.pages.find((candidate) => carriers.includes(candidate)) ?? carriers[0];
    if (path === undefined) {
      warnings.push(
        `#${record.anchor}: no page has this anchor, so search cannot land on it; it is left out of the index`,
      );
      continue;
    }
    const text = `${record.meta.title}. ${record.content}`;
    words.add(text);
    // A record of its own, with the other forms of the names it mentions as `aka` metadata.
    const aka = matcher.expansions(text).flatMap((expansion) => expansion.words);
    const added = index.addCustomRecord({
      url: `/${path}#${record.anchor}`,
      content: text,
      language: 'en',
      meta: { ...record.meta, ...(aka.length > 0 ? { aka: aka.join(' · ') } : {}) },
      filters: record.filters as Record<string, string[]>,
    });
    sent.push(added.then((response) => assertNoErrors(`addCustomRecord #${record.anchor}`, response)));
    records += 1;
  }
  await Promise.all(sent);
  return { index, report: { pages: indexed.length, records, warnings, vocabulary: words.list() } };
}

/**
 * Minifies the script Pagefind writes (`pagefind.js`), which every first search loads: Pagefind
 * ships it minified only in part, 13.1 KiB compressed; minified whole it is 10.8 KiB, about a
 * fiftieth of what a first search downloads. Vite's minifier (Oxc) is the one that builds the
 * site's own scripts.
 */
export function minifyPagefindScript(bundleDir: string): void {
  const file = join(bundleDir, 'pagefind.js');
  const result = minifySync(file, readFileSync(file, 'utf8'), { module: true });
  if (result.errors.length > 0) {
    throw new Error(`${file}: could not minify Pagefind's script: ${result.errors.map((e) => e.message).join('; ')}`);
  }
  writeFileSync(file, result.code);
}

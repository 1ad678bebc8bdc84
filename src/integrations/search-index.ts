/**
 * Builds the Pagefind index from the built pages and the search manifest. Each page gets a
 * hidden block with its metadata, filters and names in every script (src/lib/search-html.ts);
 * figures and events become records that land on their anchors.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { minifySync } from 'vite';
import { anchorIds, searchBlock, searchCopy, searchDocument } from '../lib/search-html';
import type { SearchManifest, SearchName, SearchPage } from '../lib/search-manifest';
import { NameMatcher, otherForms, type NameMention } from '../lib/search-names';
import { bareWord } from '../lib/search-query';

export interface RenderedPage {
  /** Site path without the base, e.g. "actors/kim-jong-un/" ("" for home). */
  path: string;
  /**
   * Reads the page's HTML. The index keeps only its copy (`searchCopy`, about a third of it) and
   * the checks read it again, so that no page's HTML is held for long.
   */
  read: () => string;
}

export interface IndexReport {
  pages: number;
  records: number;
  /** Problems worth an editor's attention, one line each; the index is still usable. */
  warnings: string[];
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
 * after the WebAssembly, and most of what a later query waits for. At 2,000 a chunk is 2–6 KiB,
 * so a name of three words ("Kim Jong Un", three chunks) costs a first search about 10 KiB less
 * than at 4,000; the chunk list in the metadata every search loads first grows by about 0.7 KiB
 * on the real site, and a word as common as "treaty" may span two chunks (docs/search.md has the
 * figures). Pagefind reads the size only from its process's environment, under a name it calls
 * unstable (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, pagefind/src/options.rs in Pagefind 1.6):
 * should a later version drop it, the index is the same, in larger chunks. A value already in
 * the environment wins, for experiments.
 */
const INDEX_CHUNK_SIZE = 2000;

/** Pagefind's Node API reports problems in `errors` arrays instead of throwing; this makes them fatal. */
function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${response.errors.map((e) => `  ${e}`).join('\n')}`);
  }
}

/** Lets Pagefind's answers in, and the pages queued for it out, between two pages of work. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Indexes the site into `outputPath`. Resolves once every page and record has been sent to
 * Pagefind's process, with the report and `written`, which settles when the index files are
 * written: the caller can work meanwhile, but must await it. Each page is read once.
 */
export async function indexSite(
  pages: Iterable<RenderedPage>,
  manifest: SearchManifest,
  outputPath: string,
): Promise<{ report: IndexReport; written: Promise<void> }> {
  // Pagefind's process starts with the first call and inherits this environment.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
  const created = await pagefind.createIndex({ forceLanguage: 'en' });
  assertNoErrors('createIndex', created);
  const index = created.index;
  if (!index) throw new Error('Pagefind createIndex returned no index and no error');

  const warnings: string[] = [];
  const sent: Promise<void>[] = [];
  /** Awaited all together at the end; marked handled now, so that a failure is reported there, not as unhandled. */
  const track = (step: string, response: Promise<{ errors: string[] }>) => {
    const checked = response.then((answer) => assertNoErrors(step, answer));
    checked.catch(() => {});
    sent.push(checked);
  };
  const pageData = new Map<string, SearchPage>(manifest.pages.map((page) => [page.path, page]));
  const matcher = new NameMatcher(manifest.names);
  const words = new WordCounter();
  // Names count as known however rarely the pages use them.
  for (const name of manifest.names) words.add(name.forms.join(' '), 2);

  // Each page is read once, into its copy and its ids; only the copies are kept.
  const pagesByAnchor = new Map<string, string[]>(manifest.records.map((record) => [record.anchor, []]));
  const copies: { path: string; body: string; mentions: NameMention[] }[] = [];
  for (const page of pages) {
    const html = page.read();
    const copy = searchCopy(html);
    if (!copy) continue;
    // Appended in place: copying the list for each page would cost time in the square of the
    // page count, as a figure's anchor is on every page that cites it.
    for (const id of anchorIds(html)) pagesByAnchor.get(id)?.push(page.path);
    words.add(copy.text);
    copies.push({ path: page.path, body: copy.body, mentions: matcher.find(copy.text) });
  }
  if (copies.length === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing from every page?');
  const indexedPaths = new Set(copies.map((copy) => copy.path));
  for (const page of manifest.pages) {
    if (!indexedPaths.has(page.path)) {
      warnings.push(
        `/${page.path}: src/data/search.ts gives search metadata for this page, but no indexed page has that path`,
      );
    }
  }

  // Each figure and event, on the first of its pages that has its anchor, else on the first page
  // in the build's order that has it. Pagefind indexes them while the copies are written.
  let records = 0;
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
    const aka = otherForms(matcher.find(text));
    track(
      `addCustomRecord #${record.anchor}`,
      index.addCustomRecord({
        url: `/${path}#${record.anchor}`,
        content: text,
        language: 'en',
        meta: { ...record.meta, ...(aka.length > 0 ? { aka: aka.join(' · ') } : {}) },
        filters: record.filters as Record<string, string[]>,
      }),
    );
    records += 1;
  }

  // The names each page is about: an actor's on their page, and a glossary term without a page of
  // its own on the explainer that names it most (of equals, the first in the site's order, not
  // the order the files happen to be read in).
  const ownNames = new Map<string, string[]>();
  const mostMentions = new Map<SearchName, { path: string; count: number }>();
  const mentionsOf = new Map(copies.map((copy) => [copy.path, copy.mentions]));
  for (const { path, meta } of manifest.pages) {
    if (meta['type'] !== 'Explainer') continue;
    for (const { name, count } of mentionsOf.get(path) ?? []) {
      if (name.home === null && count > (mostMentions.get(name)?.count ?? 0)) mostMentions.set(name, { path, count });
    }
  }
  for (const name of manifest.names) {
    const home = name.home ?? mostMentions.get(name);
    const path = typeof home === 'string' ? home : home && home.count >= TERM_HOME_MENTIONS ? home.path : null;
    if (path !== null) ownNames.set(path, [...(ownNames.get(path) ?? []), ...name.forms]);
  }

  // The copies go to Pagefind as a folder of pages, which it reads and parses on every core; sent
  // one by one (`addHTMLFile`), they would be parsed one after another (Pagefind 1.6's service
  // handles one message at a time).
  const scratch = mkdtempSync(join(tmpdir(), 'search-pages-'));
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  try {
    for (const { path, body, mentions } of copies) {
      const data = pageData.get(path);
      // A page outside the manifest may still declare its own section (`data-pagefind-filter="section:…"`).
      if (!data && !/\sdata-pagefind-filter="section[:"]/.test(body)) {
        warnings.push(
          `/${path}: no search metadata or filters for this page; add it to searchManifest() in src/data/search.ts`,
        );
      }
      const block = searchBlock({
        meta: data?.meta ?? {},
        filters: data?.filters ?? {},
        ownNames: ownNames.get(path) ?? [],
        aka: otherForms(mentions),
      });
      // Where Pagefind finds it under the page's URL: "actors/kim-jong-un/" is actors/kim-jong-un/index.html.
      const file = join(scratch, path.endsWith('.html') ? path : join(path, 'index.html'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, searchDocument(body, block));
      // The records queued for Pagefind go out meanwhile.
      await nextTurn();
    }
  } catch (error) {
    removeScratch();
    throw error;
  }
  const folder = index
    .addDirectory({ path: scratch })
    .finally(removeScratch)
    .then((answer) => {
      assertNoErrors('addDirectory', answer);
      if (answer.page_count !== copies.length) {
        throw new Error(`Pagefind indexed ${answer.page_count} of the ${copies.length} pages it was given`);
      }
    });
  folder.catch(() => {});
  sent.push(folder);

  const vocabulary = words.list();
  const written = Promise.all(sent).then(async () => {
    assertNoErrors('writeFiles', await index.writeFiles({ outputPath }));
    minifyPagefindScript(outputPath);
    writeFileSync(join(outputPath, 'vocabulary.txt'), vocabulary);
  });
  // Awaited by the caller; marked handled now, so that a failure is reported there.
  written.catch(() => {});
  return { report: { pages: indexedPaths.size, records, warnings }, written };
}

/**
 * Minifies the script Pagefind writes (`pagefind.js`), which every first search loads: Pagefind
 * ships it minified only in part, 13.1 KiB compressed; minified whole it is 10.8 KiB, about a
 * fiftieth of what a first search downloads. Vite's minifier (Oxc) is the one that builds the
 * site's own scripts.
 */
function minifyPagefindScript(bundleDir: string): void {
  const file = join(bundleDir, 'pagefind.js');
  const result = minifySync(file, readFileSync(file, 'utf8'), { module: true });
  if (result.errors.length > 0) {
    throw new Error(`${file}: could not minify Pagefind's script: ${result.errors.map((e) => e.message).join('; ')}`);
  }
  writeFileSync(file, result.code);
}

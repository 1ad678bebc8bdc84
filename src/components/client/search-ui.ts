/**
 * The search interface: a small one of the site's own on Pagefind's JavaScript API, shared by the
 * dialog (search-dialog.ts: header link, `/`, Ctrl/Cmd+K) and the search page (search-page.ts,
 * which adds the filters). Each of those is a bundle of its own with this module in it, so a
 * reader who searches from the dialog never downloads the search page's code.
 *
 * What it adds to Pagefind: a question is searched again without its question words when it
 * finds little, a misspelt word is corrected from the index's vocabulary (src/lib/search-query.ts),
 * the bibliography's pages stay out unless the reader chooses the Sources filter, and each result
 * says what it is (src/lib/search-results.ts).
 *
 * Content-Security-Policy: no inline script or style; the stylesheet is a file, and Pagefind
 * needs `'wasm-unsafe-eval'`. Pagefind runs on the page's own thread (`noWorker`): a search
 * takes a few milliseconds, and its worker would be one more file to fetch.
 */
import siteStyles from '../search/search.css?url';
import { BIBLIOGRAPHY_FILTER } from '../../lib/search-manifest';
import { PAGEFIND_OPTIONS, PRELOAD_PAUSE_MS, TYPING_PAUSE_MS } from '../../lib/search-options';
import { bareWord, corrected, Vocabulary, withoutStopWords } from '../../lib/search-query';
import { resultKicker } from '../../lib/search-results';

export const BASE = import.meta.env.BASE_URL;

export type Filters = Record<string, string[]>;
export type Counts = Record<string, Record<string, number>>;

interface Hit {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  sub_results: { title: string; url: string; excerpt: string; weighted_locations?: { balanced_score: number }[] }[];
}

export interface SearchResponse {
  results: { data(): Promise<Hit> }[];
  filters: Counts;
  totalFilters: Counts;
}

interface Pagefind {
  filters(): Promise<Counts>;
  preload(term: string, options?: { filters?: object }): Promise<void>;
  search(term: string | null, options?: { filters?: object }): Promise<SearchResponse>;
}

let engine: Promise<Pagefind> | undefined;
let vocabulary: Promise<Vocabulary | null> | undefined;

/**
 * Pagefind splits every query into graphemes with `Intl.Segmenter`, and the first segmenter a page
 * makes costs Chromium 20–100 ms (ICU loads its rules), which the first search would wait for.
 * Made while Pagefind's files download, that time is spent waiting anyway.
 */
function prepareSegmenter(): void {
  if (typeof Intl.Segmenter !== 'function') return;
  const language = document.documentElement.lang || 'en';
  void [...new Intl.Segmenter(language, { granularity: 'grapheme' }).segment(language)];
}

/**
 * Pagefind with the site's options, loaded once. The options go to `createInstance`, which
 * applies them as its WebAssembly starts: `options()` on an instance still starting waits for it
 * in steps of 50 ms (Pagefind's `getPtr`), time a reader's first search would wait too.
 */
export function loadEngine(bundle: string): Promise<Pagefind> {
  if (!engine) setTimeout(prepareSegmenter);
  engine ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(
    (module: { createInstance(options: object): Pagefind }) =>
      module.createInstance({ basePath: bundle, baseUrl: BASE, noWorker: true, ...PAGEFIND_OPTIONS }),
  );
  return engine;
}

/** The index's words for "did you mean", loaded the first time a search finds nothing. */
function loadVocabulary(bundle: string): Promise<Vocabulary | null> {
  vocabulary ??= fetch(`${bundle}vocabulary.txt`)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.statusText))))
    .then((text) => new Vocabulary(text))
    .catch(() => null);
  return vocabulary;
}

/** What the interface says when Pagefind cannot load: in `astro dev` there is no index. */
export const UNAVAILABLE = import.meta.env.DEV
  ? 'Search works on the built site only: run npm run build, then npm run preview.'
  : 'Search could not load. Try again, or browse by section or topic on the search page.';

let stylesLoaded: Promise<void> | undefined;

/** Links the stylesheet once and waits for it, so the interface never shows unstyled. */
export function loadStyles(): Promise<void> {
  stylesLoaded ??= new Promise<void>((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: siteStyles });
    // A stylesheet that fails to load leaves search usable, only plainer.
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
  return stylesLoaded;
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** Pagefind's excerpts are the page text, HTML-escaped, with <mark> around the matched words. */
function excerpt(className: string, html: string): HTMLParagraphElement {
  const paragraph = element('p', { class: className });
  paragraph.innerHTML = html;
  return paragraph;
}

/** The sections of a page that match best, up to three, best first (by Pagefind's scores). */
function sections(hit: Hit): Hit['sub_results'] {
  const score = (section: Hit['sub_results'][number]) =>
    (section.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
  return hit.sub_results
    .filter((section) => section.url.includes('#') && section.url !== hit.url)
    .sort((a, b) => score(b) - score(a))
    .slice(0, 3);
}

/** One result: what and where it is, its title as the link, the excerpt, its best sections. */
function renderResult(hit: Hit): HTMLLIElement {
  const title = hit.meta['title'] ?? hit.url;
  const item = element(
    'li',
    { class: 'pf-result' },
    element('p', { class: 'search-result-kicker' }, resultKicker(hit.meta)),
    element('p', { class: 'pf-result-title' }, element('a', { class: 'pf-result-link', href: hit.url }, title)),
  );
  if (hit.excerpt) item.append(excerpt('pf-result-excerpt', hit.excerpt));
  const parts = sections(hit);
  if (parts.length > 0) {
    item.append(
      element(
        'ul',
        { class: 'pf-heading-chips', 'aria-label': `In “${title}”` },
        ...parts.map((section) =>
          element(
            'li',
            {},
            element('a', { class: 'pf-heading-link', href: section.url }, section.title),
            excerpt('pf-heading-excerpt', section.excerpt),
          ),
        ),
      ),
    );
  }
  return item;
}

/**
 * True when a word of the query (four letters or more) is not among the words the first results
 * mark, nor close to one: Pagefind then matched something else, or nothing.
 */
function unmatched(query: string, hits: Hit[]): boolean {
  const marked = hits
    .flatMap((hit) => [hit.excerpt, ...hit.sub_results.map((section) => section.excerpt), hit.meta['title'] ?? ''])
    .join(' ')
    .toLowerCase();
  const found = [...marked.matchAll(/<mark>([^<]+)<\/mark>|([\p{L}\p{N}]+)/gu)].map((match) =>
    bareWord(match[1] ?? match[2]!),
  );
  return query
    .split(/\s+/)
    .map(bareWord)
    .filter((word) => /^\p{L}{4,}$/u.test(word))
    .some((word) => !found.some((other) => commonPrefix(word, other) >= Math.max(4, word.length - 2)));
}

const commonPrefix = (a: string, b: string) => {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at += 1;
  return at;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Input, count, suggestions and results on one Pagefind engine; the search page adds its filters
 * through `filters` and `onResults`. Each search replaces the last; a search overtaken by a newer
 * one is dropped.
 */
export class SearchView {
  readonly input = element('input', {
    class: 'pf-input',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-label': 'Search the site',
    placeholder: 'Search figures, events, people, places',
  });
  readonly summary = element('p', { class: 'pf-summary', 'aria-live': 'polite' });
  readonly announcer = element('div', { 'data-pagefind-announcer': '' }, this.summary);
  readonly hint = element('div', { class: 'search-hint' });
  readonly list = element('ol', { class: 'pf-results', 'aria-label': 'Search results' });
  readonly more = element('button', { class: 'search-more', type: 'button', hidden: '' }, 'More results');
  filters: Filters = {};
  onSearch: (term: string, filters: Filters) => void = () => undefined;
  /**
   * After each search, with Pagefind's response (null for an empty box) and whether that search is
   * still the latest.
   */
  onResults: (response: SearchResponse | null, current: () => boolean) => Promise<void> = async () => undefined;
  #sequence = 0;
  #pending: { data(): Promise<Hit> }[] = [];

  constructor(
    readonly bundle: string,
    readonly pageSize: number,
    readonly withFilters: boolean,
  ) {
    this.summary.textContent = withFilters
      ? 'Type to search, or choose a filter to browse.'
      : 'Type to search; the down arrow moves into the results.';
    // The search waits for a pause in typing, so that a word typed quickly fetches the index for
    // that word, not for each of its first letters. A shorter pause starts loading the index
    // chunks of what the box holds (Pagefind's `preload`, as its own debouncedSearch does), so
    // that they are there when the search runs: the rest of the pause and the download overlap.
    let preloading: ReturnType<typeof setTimeout> | undefined;
    let typing: ReturnType<typeof setTimeout> | undefined;
    this.input.addEventListener('input', () => {
      clearTimeout(preloading);
      clearTimeout(typing);
      const term = this.input.value.trim();
      // One Latin letter or digit matches too much to be worth its index chunk.
      if (/^[\p{Script=Latin}\d]$/u.test(term)) return;
      if (term) preloading = setTimeout(() => void this.preload(term), PRELOAD_PAUSE_MS);
      typing = setTimeout(() => void this.run(this.input.value), TYPING_PAUSE_MS);
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.links()[0]?.focus();
      } else if (event.key === 'Enter') {
        this.links()[0]?.click();
      } else if (event.key === 'Escape' && withFilters && this.input.value) {
        this.input.value = '';
        void this.run('');
      }
    });
    this.list.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      const links = this.links();
      const at = links.indexOf(document.activeElement as HTMLAnchorElement) + (event.key === 'ArrowDown' ? 1 : -1);
      (at < 0 ? this.input : links[Math.min(at, links.length - 1)])?.focus();
    });
    this.more.addEventListener('click', () => void this.show(this.#pending.splice(0, this.pageSize), this.#sequence));
  }

  /** Pagefind's filters for the reader's choices; the bibliography stays out unless chosen. */
  searchFilters(): Record<string, unknown> {
    const filters: Record<string, unknown> = Object.fromEntries(
      Object.entries(this.filters).map(([name, values]) => [name, { any: values }]),
    );
    // The bibliography's letter pages answer most words; they show only when asked for.
    if (!this.filters['section']) filters['not'] = { [BIBLIOGRAPHY_FILTER.name]: BIBLIOGRAPHY_FILTER.value };
    return filters;
  }

  /** Loads the index chunks a search for `term` needs, without searching. */
  async preload(term: string): Promise<void> {
    const pagefind = await loadEngine(this.bundle).catch(() => null);
    await pagefind?.preload(term, { filters: this.searchFilters() });
  }

  links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a')];
  }

  /** Runs a search for what the reader typed. */
  async run(term: string): Promise<void> {
    const sequence = ++this.#sequence;
    this.onSearch(term, this.filters);
    const chosen = Object.keys(this.filters).length > 0;
    if (!term.trim() && !chosen) {
      this.list.replaceChildren();
      this.hint.replaceChildren();
      this.more.hidden = true;
      this.summary.textContent = this.withFilters ? 'Type to search, or choose a filter to browse.' : '';
      await this.onResults(null, () => sequence === this.#sequence);
      return;
    }
    const pagefind = await loadEngine(this.bundle).catch(() => null);
    if (!pagefind) {
      this.summary.textContent = UNAVAILABLE;
      return;
    }
    const filters = this.searchFilters();
    // The query as typed first: a question's words often match an FAQ heading word for word.
    let searched = term.trim();
    let response = await pagefind.search(searched || null, { filters });
    const shorter = withoutStopWords(term);
    if (shorter !== null && response.results.length < 3) {
      const second = await pagefind.search(shorter, { filters });
      if (second.results.length > response.results.length) [response, searched] = [second, shorter];
    }
    let hits = await Promise.all(response.results.slice(0, this.pageSize).map((result) => result.data()));
    // Nothing found, or only pages that match other words: a word may be misspelt; the closest
    // words the index knows are tried instead.
    let suggestion: string | null = null;
    if (searched && unmatched(searched, hits)) {
      const vocabulary = await loadVocabulary(this.bundle);
      const fixed = vocabulary && corrected(searched, vocabulary);
      const retry = fixed ? await pagefind.search(fixed, { filters }) : null;
      if (retry && retry.results.length > 0) {
        [response, suggestion] = [retry, fixed];
        hits = await Promise.all(response.results.slice(0, this.pageSize).map((result) => result.data()));
      }
    }
    if (sequence !== this.#sequence) return;
    const shown = term.trim() ? ` for ${term.trim()}` : '';
    this.summary.textContent = `${plural(response.results.length, 'result')}${shown}`;
    this.renderHint(term, suggestion, response.results.length);
    this.list.replaceChildren(...hits.map(renderResult));
    this.#pending = response.results.slice(this.pageSize);
    this.more.hidden = this.#pending.length === 0;
    // Tests and the bench wait for this: the results of `term` are on screen.
    this.list.dataset['query'] = term;
    await this.onResults(response, () => sequence === this.#sequence);
  }

  async show(results: { data(): Promise<Hit> }[], sequence: number): Promise<void> {
    const hits = await Promise.all(results.map((result) => result.data()));
    if (sequence !== this.#sequence) return;
    this.list.append(...hits.map(renderResult));
    this.more.hidden = this.#pending.length === 0;
  }

  /** "Did you mean …?" for a corrected query; what to try when nothing matches. */
  renderHint(term: string, corrected: string | null, count: number): void {
    const parts: (Node | string)[] = [];
    if (corrected) {
      parts.push(
        `Nothing matches “${term.trim()}”. Did you mean `,
        element('strong', {}, corrected),
        '? Showing its results.',
      );
    }
    if (count === 0) {
      if (parts.length > 0) parts.push(' ');
      parts.push(
        'Nothing matches. Try fewer or shorter words, a surname, the English name of a place or a topic such as ',
        'casualties, treaty or prisoners',
        Object.keys(this.filters).length > 0 ? ', or clear the filters.' : '.',
      );
      if (!this.withFilters) {
        parts.push(' ', element('a', { href: `${BASE}search/` }, 'Browse by section or topic'), '.');
      }
    }
    this.hint.replaceChildren(...(parts.length > 0 ? [element('p', {}, ...parts)] : []));
  }
}

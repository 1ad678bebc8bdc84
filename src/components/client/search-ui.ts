/**
 * The search interface: Pagefind's Component UI (`@pagefind/component-ui`) with the site's result
 * layout, styles and options. It is a bundle of its own that the header script (header.ts) loads
 * when the reader opens search, or the search page (site-search.ts) as it loads, so reading
 * pages carry none of it; it hands its two entry points over as `window.siteSearchUi`.
 *
 * Content-Security-Policy: nothing here needs an inline script or an inline style attribute. The
 * two stylesheets are files linked from this module; Pagefind's Component UI sets one style
 * property from script (the width of a filter dropdown's loading placeholder, through CSSOM,
 * which `style-src 'self'` allows) and Pagefind itself needs `'wasm-unsafe-eval'`.
 */
import componentStyles from '@pagefind/component-ui/css?url';
import {
  configureInstance,
  type Instance,
  type PagefindInput,
  type PagefindModal,
  type PagefindResultData,
  type PagefindResults,
} from '@pagefind/component-ui';
import siteStyles from '../search/search.css?url';
import { PAGEFIND_OPTIONS } from '../../lib/search-options';
import { resultKicker, searchFromUrl, searchToUrl } from '../../lib/search-results';

const BASE = import.meta.env.BASE_URL;
const BUNDLE = `${BASE}pagefind/`;

/** Wording that fits this site; the rest is Pagefind's English. */
const WORDING = {
  placeholder: 'Search figures, events, people, places',
  search_label: 'Search the site',
  input_hint: 'Results appear as you type; press the down arrow to move into them',
  results_label: 'Search results',
};

let stylesLoaded: Promise<void> | undefined;

/** Links the two stylesheets once and waits for them, so the interface never shows unstyled. */
function loadStyles(): Promise<void> {
  stylesLoaded ??= Promise.all(
    [componentStyles, siteStyles].map(
      (href) =>
        new Promise<void>((resolve) => {
          const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
          // A stylesheet that fails to load leaves search usable, only plainer.
          link.addEventListener('load', () => resolve());
          link.addEventListener('error', () => resolve());
          document.head.append(link);
        }),
    ),
  ).then(() => undefined);
  return stylesLoaded;
}

function searchInstance(name: string, bundlePath = BUNDLE): Instance {
  const instance = configureInstance(name, { bundlePath, baseUrl: BASE, ...PAGEFIND_OPTIONS });
  instance.setTranslations(WORDING);
  return instance;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** A Component UI element (`pagefind-…`, defined by the import above) bound to an instance. */
function component(tag: string, instance: string, attributes: Record<string, string> = {}, ...children: Node[]) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries({ instance, ...attributes })) node.setAttribute(key, value);
  node.append(...children);
  return node;
}

/** Pagefind's excerpts are the page text, HTML-escaped, with <mark> around the matched words. */
function excerpt(className: string, html: string): HTMLParagraphElement {
  const paragraph = element('p', { class: className });
  paragraph.innerHTML = html;
  return paragraph;
}

/** One result: where and what it is, its title as the link, the excerpt, up to three sections. */
function renderResult(instance: Instance, result: PagefindResultData): HTMLLIElement {
  const title = result.meta['title'] ?? result.url;
  const content = element(
    'div',
    { class: 'pf-result-content' },
    element('p', { class: 'search-result-kicker' }, resultKicker(result.meta)),
    element('p', { class: 'pf-result-title' }, element('a', { class: 'pf-result-link', href: result.url }, title)),
  );
  if (result.excerpt) content.append(excerpt('pf-result-excerpt', result.excerpt));
  const item = element('li', { class: 'pf-result' }, element('div', { class: 'pf-result-card' }, content));
  const sections = instance.getDisplaySubResults(result, 3);
  if (sections.length > 0) {
    item.append(
      element(
        'ul',
        { class: 'pf-heading-chips', 'aria-label': `In “${title}”` },
        ...sections.map((section) =>
          element(
            'li',
            { class: 'pf-heading-chip' },
            element('a', { class: 'pf-heading-link', href: section.url }, section.title),
            excerpt('pf-heading-excerpt', section.excerpt),
          ),
        ),
      ),
    );
  }
  return item;
}

function results(instance: Instance, name: string): HTMLElement {
  const list = component('pagefind-results', name) as PagefindResults;
  list.resultTemplate = (result) => renderResult(instance, result);
  return list;
}

/**
 * In `astro dev` the index comes from the dev server (src/integrations/search-dev.ts); this says
 * when it was built and whether content changed since. Production builds drop this code.
 */
async function devNotice(instance: Instance): Promise<HTMLElement | null> {
  if (!import.meta.env.DEV) return null;
  const notice = element('p', { class: 'search-dev-notice', role: 'note' });
  const update = async () => {
    const response = await fetch(`${BUNDLE}dev-status.json`).catch(() => null);
    if (!response?.ok) return;
    const status = (await response.json()) as {
      builtAt: string | null;
      pages: number;
      records: number;
      stale: boolean;
      building: boolean;
      error: string | null;
    };
    const built = status.builtAt
      ? `Dev server index: ${status.pages} pages and ${status.records} figures and events, built at ${new Date(status.builtAt).toLocaleTimeString()}.`
      : `Dev server index: ${status.building ? 'building from the site’s pages…' : 'built from the site’s pages on the first search.'}`;
    const stale = status.stale ? ' Content has changed since: reload the page to search the current content.' : '';
    notice.textContent = `${built}${stale}${status.error ? ` Last build failed: ${status.error}` : ''}`;
    notice.classList.toggle('is-stale', status.stale || status.error !== null);
  };
  await update();
  // The first results mean the index is built; later, content may change under it.
  instance.on('results', () => void update());
  setInterval(() => void update(), 5000);
  return notice;
}

let dialog: PagefindModal | undefined;

/** Opens the search dialog; closing it returns focus to whatever had it (the header link, most often). */
export async function openSearchDialog(): Promise<void> {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  if (!dialog) {
    await loadStyles();
    const instance = searchInstance('dialog');
    const fullSearch = element('a', { class: 'search-full-link', href: `${BASE}search/` }, 'All results, with filters');
    instance.on('search', (term) => {
      const url = new URL(`${BASE}search/`, location.href);
      if (typeof term === 'string' && term.trim()) url.searchParams.set('q', term.trim());
      fullSearch.href = url.pathname + url.search;
    });
    const notice = await devNotice(instance);
    // The modal builds its own header (input), body (count, results) and footer (keyboard hints).
    // Children given to it are moved into its <dialog> after they have started, which starts
    // some of them twice (two close buttons), so the site's parts are added to what it built.
    const modal = component('pagefind-modal', 'dialog') as PagefindModal;
    document.body.append(modal);
    const list = modal.querySelector<PagefindResults>('pagefind-results');
    if (list) list.resultTemplate = (result) => renderResult(instance, result);
    modal
      .querySelector('pagefind-summary')
      ?.setAttribute('default-message', 'Type to search; the down arrow moves into the results.');
    if (notice) modal.querySelector('pagefind-modal-body')?.prepend(notice);
    modal.querySelector('pagefind-modal-footer')?.prepend(fullSearch);
    modal.dialogEl?.setAttribute('aria-label', WORDING.search_label);
    // Pagefind announces result counts from live regions at the end of <body>, which an open modal
    // dialog makes inert, so screen readers would never hear them: they move into the dialog.
    const announcer = document.querySelector('[data-pagefind-announcer][id^="pf-announcer-dialog-"]');
    if (announcer) modal.dialogEl?.append(announcer);
    dialog = modal;
  }
  const modal = dialog;
  modal.dialogEl?.addEventListener('close', () => returnTo?.isConnected && returnTo.focus(), { once: true });
  modal.open();
  // Pagefind focuses the input on the next frame; selecting its text too lets a new search
  // replace the last one.
  requestAnimationFrame(() => modal.querySelector<HTMLInputElement>('input.pf-input')?.select());
}

/**
 * The full search page inside `host`: input, result count, results and the filter pane with its
 * facet counts. A filter with no query lists everything under it, so filters alone browse the
 * site; with neither, the page waits for the reader. The query and filters live in the URL
 * (replaced, not pushed, as the reader types), so a search can be shared and the Back button
 * from a result returns to it.
 */
export async function mountSearchPage(host: HTMLElement): Promise<void> {
  const initial = searchFromUrl(new URL(location.href));
  await loadStyles();
  const instance = searchInstance('page', host.dataset['bundle']);
  const notice = await devNotice(instance);
  const input = component('pagefind-input', 'page') as PagefindInput;
  // Filter groups start closed, except those a deep link uses, so the page opens short.
  const filters = component('pagefind-filter-pane', 'page', {
    open: Object.keys(initial.filters).join(','),
    sort: 'alphabetical',
  });
  host.replaceChildren(
    element(
      'div',
      { class: 'search-layout' },
      element(
        'div',
        { class: 'search-main' },
        input,
        ...(notice ? [notice] : []),
        component('pagefind-summary', 'page', { 'default-message': 'Type to search, or choose a filter to browse.' }),
        results(instance, 'page'),
      ),
      element(
        'aside',
        { class: 'search-filters', 'aria-labelledby': 'search-filters-heading' },
        element('h2', { id: 'search-filters-heading' }, 'Filter results'),
        filters,
      ),
    ),
  );
  // The input shows a deep link's query. Focus stays where the reader's browser put it; `/` or
  // Ctrl/Cmd+K (header.ts) move it to the input.
  if (input.inputEl) input.inputEl.value = initial.term;
  input.updateState(initial.term);
  // Pagefind's faceted mode lists every page for an empty query; it is on only while a filter is
  // chosen. The 'search' event comes before the search runs, so the switch applies to it.
  instance.on('search', (_term, chosen) => {
    instance.faceted = Object.values(chosen as Record<string, string[]>).some((values) => values.length > 0);
  });
  await instance.triggerLoad();
  instance.on('search', (term, chosen) => {
    const next = searchToUrl(new URL(location.href), String(term), chosen as Record<string, string[]>);
    if (next.href !== location.href) history.replaceState(history.state, '', next);
  });
  instance.triggerSearchWithFilters(initial.term, initial.filters);
  window.addEventListener('popstate', () => {
    const { term, filters: chosen } = searchFromUrl(new URL(location.href));
    instance.triggerSearchWithFilters(term, chosen);
  });
}

export interface SearchUi {
  openSearchDialog: typeof openSearchDialog;
  mountSearchPage: typeof mountSearchPage;
}

declare global {
  interface Window {
    siteSearchUi?: SearchUi;
  }
}

window.siteSearchUi = { openSearchDialog, mountSearchPage };

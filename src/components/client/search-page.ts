/**
 * The search page's interface: search-ui.ts with filters and their counts, and the query and
 * filters in the URL. A bundle of its own that <site-search> (site-search.ts) loads, handing
 * `mountSearchPage` over as `window.siteSearchPage`.
 */
import { SEARCH_FILTERS } from '../../lib/search-manifest';
import { SOURCES_SECTION } from '../../lib/search-options';
import { searchFromUrl, searchToUrl } from '../../lib/search-results';
import { BASE, element, loadEngine, loadStyles, SearchView, UNAVAILABLE, type SearchResponse } from './search-ui';

/** The filter groups with each value's count; the groups the reader opened stay open. */
async function renderFilters(
  view: SearchView,
  pane: HTMLElement,
  response: SearchResponse | null,
  current: () => boolean,
): Promise<void> {
  const counts =
    response?.filters ?? (await loadEngine(view.bundle).then((pagefind) => pagefind.search(null)))?.totalFilters;
  if (!current() || !counts) return;
  const open = new Set(
    [...pane.querySelectorAll<HTMLDetailsElement>('details[open]')].map((group) => group.dataset['filterName']),
  );
  for (const name of Object.keys(view.filters)) open.add(name);
  pane.replaceChildren(
    ...SEARCH_FILTERS.filter((name) => counts[name]).map((name) => {
      const values = Object.entries(counts[name]!).sort(([a], [b]) => a.localeCompare(b));
      const group = element(
        'details',
        { class: 'pf-filter-group', 'data-filter-name': name },
        element('summary', { class: 'pf-filter-group-title' }, name.charAt(0).toUpperCase() + name.slice(1)),
        ...values.map(([value, count]) => {
          const box = element('input', { type: 'checkbox', class: 'pf-checkbox-input', name, value });
          box.checked = view.filters[name]?.includes(value) ?? false;
          // Sources are left out until chosen; their count is what choosing them would show.
          const shown =
            name === 'section' && value === SOURCES_SECTION && response
              ? (response.totalFilters[name]?.[value] ?? count)
              : count;
          return element(
            'label',
            { class: 'pf-filter-checkbox' },
            box,
            ` ${value} `,
            element('span', { class: 'pf-filter-checkbox-count' }, String(shown)),
          );
        }),
      );
      group.open = open.has(name);
      return group;
    }),
  );
}

/**
 * The full search page inside `host`: input, result count, filters with their counts, results.
 * A filter with no query lists everything under it, so filters alone browse the site. The query
 * and filters live in the URL (replaced, not pushed, as the reader types), so a search can be
 * shared and the Back button from a result returns to it.
 */
export async function mountSearchPage(host: HTMLElement): Promise<void> {
  const initial = searchFromUrl(new URL(location.href));
  const bundle = host.dataset['bundle'] ?? `${BASE}pagefind/`;
  const engine = loadEngine(bundle);
  await loadStyles();
  const view = new SearchView(bundle, 10, true);
  const pane = element('div', { class: 'pf-filter-pane' });
  pane.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const values = new Set(view.filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    view.filters = { ...view.filters, [box.name]: [...values] };
    if (values.size === 0) delete view.filters[box.name];
    void view.run(view.input.value);
  });
  view.onResults = (response, current) => renderFilters(view, pane, response, current);
  host.replaceChildren(
    element(
      'div',
      { class: 'search-layout' },
      element('div', { class: 'search-bar' }, view.input, view.announcer, view.hint),
      element(
        'aside',
        { class: 'search-filters', 'aria-labelledby': 'search-filters-heading' },
        element('h2', { id: 'search-filters-heading' }, 'Filter results'),
        pane,
      ),
      element('div', { class: 'search-main' }, view.list, view.more),
    ),
  );
  view.input.value = initial.term;
  view.filters = initial.filters;
  view.onSearch = (term, filters) => {
    const next = searchToUrl(new URL(location.href), term, filters);
    if (next.href !== location.href) history.replaceState(history.state, '', next);
  };
  try {
    // Every filter's values, so that each search counts them all (Pagefind loads them on demand).
    await (await engine).filters();
  } catch {
    view.summary.textContent = UNAVAILABLE;
    return;
  }
  // The reader may have typed while Pagefind loaded: search what the box holds now, not what the URL held.
  await view.run(view.input.value);
  window.addEventListener('popstate', () => {
    const { term, filters } = searchFromUrl(new URL(location.href));
    view.input.value = term;
    view.filters = filters;
    void view.run(term);
  });
}

declare global {
  interface Window {
    siteSearchPage?: typeof mountSearchPage;
  }
}

window.siteSearchPage = mountSearchPage;

/**
 * <site-search>: the search page. Loads Pagefind only when the reader searches (or arrives with
 * `?q=`), keeps the query in the URL so searches can be shared, and announces the result count.
 * Without JavaScript the form still submits and the page lists every section.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (term: string, options?: object, debounceMs?: number) => Promise<PagefindSearch | null>;
}

const MAX_RESULTS = 20;

class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('#search-input');
    if (!form || !input) return;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(input.value);
    });
    input.addEventListener('input', () => void this.search(input.value));
    input.addEventListener('focus', () => void this.load(), { once: true });
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      input.value = query;
      void this.search(query);
    }
  }

  load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const url = `${this.dataset.bundle ?? '/pagefind/'}pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ baseUrl: import.meta.env.BASE_URL });
      return pagefind;
    })();
    return this.#pagefind;
  }

  async search(rawQuery: string): Promise<void> {
    const query = rawQuery.trim();
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await this.load();
    } catch {
      status.textContent =
        'Search is not available: the search index did not load. Build the site with `npm run build`.';
      return;
    }
    const search = await pagefind.debouncedSearch(query);
    if (search === null) return; // A newer query superseded this one.
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...results.map((result) => this.renderResult(result)));
    const count = search.results.length;
    status.textContent = `${count} result${count === 1 ? '' : 's'} for “${query}”${count > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
  }

  renderResult(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and adds only <mark> around matched terms.
    excerpt.innerHTML = result.excerpt;
    item.append(heading, excerpt);
    return item;
  }
}

customElements.define('site-search', SiteSearch);

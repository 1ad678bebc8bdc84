/**
 * <site-search>: the search page's host element. It loads the search page's interface
 * (search-page.ts) at once, as the page is search opened, and says so if that fails. Without JavaScript the
 * element keeps its server-rendered note, and the page lists sections and topics. It rides in
 * the site-wide header script, so the search page makes no extra request for it.
 */
import { loadScript } from './header';
import pageScript from './search-page?worker&url';

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const status = document.createElement('p');
    status.className = 'search-status';
    status.setAttribute('role', 'status');
    status.textContent = 'Loading search…';
    this.replaceChildren(status);
    // The bundle sets window.siteSearchPage as it runs, before its script element's load event.
    loadScript(pageScript)
      .then(() => window.siteSearchPage!(this))
      .catch(() => {
        status.textContent = 'Search could not load: browse by section or topic below.';
      });
  }
}

customElements.define('site-search', SiteSearch);

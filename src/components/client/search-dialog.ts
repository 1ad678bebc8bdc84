/**
 * The search dialog (header link, `/`, Ctrl/Cmd+K): a bundle of its own that the header script
 * (header.ts) loads when the reader opens search, handing `openSearchDialog` over as
 * `window.siteSearchDialog`. The interface itself is search-ui.ts.
 */
import { BASE, element, loadEngine, loadStyles, SearchView, UNAVAILABLE } from './search-ui';

let dialog: HTMLDialogElement | undefined;
let dialogView: SearchView | undefined;

/** Opens the search dialog; closing it returns focus to whatever had it (the header link, most often). */
export async function openSearchDialog(): Promise<void> {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  if (!dialog || !dialogView) {
    const view = new SearchView(`${BASE}pagefind/`, 5, false);
    // Pagefind loads as the dialog opens, while the reader starts typing.
    void loadEngine(view.bundle).catch(() => (view.summary.textContent = UNAVAILABLE));
    await loadStyles();
    const fullSearch = element('a', { class: 'search-full-link', href: `${BASE}search/` }, 'All results, with filters');
    view.onSearch = (term) => {
      const url = new URL(`${BASE}search/`, location.href);
      if (term.trim()) url.searchParams.set('q', term.trim());
      fullSearch.href = url.pathname + url.search;
    };
    const close = element('button', { type: 'button', class: 'search-close' }, 'Close');
    dialog = element(
      'dialog',
      { class: 'pf-modal', 'aria-label': 'Search the site' },
      element('div', { class: 'search-dialog-head' }, view.input, close),
      element('div', { class: 'search-dialog-body' }, view.announcer, view.hint, view.list, view.more),
      element(
        'div',
        { class: 'search-dialog-foot' },
        fullSearch,
        element('span', {}, '↑ ↓ to move, Enter to open, Esc to close'),
      ),
    );
    close.addEventListener('click', () => dialog?.close());
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
    document.body.append(dialog);
    dialogView = view;
  }
  const [modal, view] = [dialog, dialogView];
  modal.addEventListener('close', () => returnTo?.isConnected && returnTo.focus(), { once: true });
  modal.showModal();
  view.input.focus();
  view.input.select();
}

declare global {
  interface Window {
    siteSearchDialog?: typeof openSearchDialog;
  }
}

window.siteSearchDialog = openSearchDialog;

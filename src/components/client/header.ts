/**
 * The header's only behaviour: the theme toggle (persisted in localStorage; the inline script in
 * BaseLayout applies it before paint), opening search (header link, `/`, Ctrl/Cmd+K), closing the
 * phone menu with Escape or a tap outside and, on a page reached from a search result,
 * highlighting the searched words. Search code loads on demand.
 */

import { HIGHLIGHT_PARAM } from '../../lib/search-options';
import highlightScript from './search-highlight?worker&url';
import dialogScript from './search-dialog?worker&url';

/**
 * Loads a script on demand. Search code comes as Vite worker bundles (`?worker&url`): each is one
 * self-contained module file, built from src/components/client/ like any other script. A plain
 * `import()` would do the same, except that Vite wraps every `import()` in client code with a
 * preload helper, a shared chunk of about 0.9 KiB gzip that every page would then fetch before
 * search is ever opened. The pagefind integration builds these bundles as ES modules.
 */
export function loadScript(src: string): Promise<unknown> {
  return new Promise((onload, onerror) => {
    document.head.append(Object.assign(document.createElement('script'), { type: 'module', src, onload, onerror }));
  });
}

let searchDialog: Promise<() => Promise<void>> | undefined;

/** The search dialog (search-dialog.ts), loaded once, the first time the reader opens search. */
function loadSearchDialog(): Promise<() => Promise<void>> {
  // The bundle sets window.siteSearchDialog as it runs, before its script element's load event.
  searchDialog ??= loadScript(dialogScript).then(() => window.siteSearchDialog!);
  return searchDialog;
}

const root = document.documentElement;

function currentTheme(): 'light' | 'dark' {
  const chosen = root.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function enhanceHeader(): void {
  const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (toggle) {
    const show = () => toggle.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
    toggle.hidden = false;
    show();
    toggle.addEventListener('click', () => {
      const next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      show();
    });
  }

  // Search: the header link goes to /search/ without JavaScript; with it, the link, `/` and
  // Ctrl/Cmd+K open the search dialog, whose code (search-dialog.ts) loads only then. On the search
  // page they focus its own input instead.
  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  const openSearch = () => {
    const pageInput = document.querySelector<HTMLInputElement>('site-search input');
    if (pageInput) return pageInput.focus();
    loadSearchDialog().then(
      (open) => open(),
      () => trigger && location.assign(trigger.href),
    );
  };
  trigger?.setAttribute('aria-haspopup', 'dialog');
  trigger?.addEventListener('click', (event) => {
    // A click meant for a new tab or window opens the search page there.
    if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openSearch();
  });
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === '/' && !isTyping(event.target)) || (event.key === 'k' && (event.ctrlKey || event.metaKey));
    if (!shortcut || event.defaultPrevented) return;
    event.preventDefault();
    openSearch();
  });

  // The phone menu is a <details> that works without JavaScript; with it, Escape or a tap outside
  // closes it, as readers expect of a menu.
  const menu = document.querySelector<HTMLDetailsElement>('.site-menu');
  if (menu) {
    const close = (focus: boolean) => {
      if (!menu.open) return;
      menu.open = false;
      if (focus) menu.querySelector('summary')!.focus();
    };
    menu.addEventListener('keydown', (event) => event.key === 'Escape' && close(true));
    document.addEventListener('click', (event) => menu.contains(event.target as Node) || close(false));
  }

  // A page opened from a search result marks the searched words.
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void loadScript(highlightScript);
}

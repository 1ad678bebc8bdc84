/**
 * The header's only behaviour: the theme toggle (persisted in localStorage; the inline script in
 * BaseLayout applies it before paint) and the search shortcuts `/` and Ctrl/Cmd+K.
 */

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

  const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
  document.addEventListener('keydown', (event) => {
    const shortcut =
      (event.key === '/' && !isTyping(event.target)) || (event.key === 'k' && (event.ctrlKey || event.metaKey));
    if (!shortcut || !trigger) return;
    event.preventDefault();
    const input = document.querySelector<HTMLInputElement>('#search-input');
    if (input) input.focus();
    else trigger.click();
  });
}

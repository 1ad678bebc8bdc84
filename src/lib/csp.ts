/**
 * The site's Content-Security-Policy, in one place. BaseLayout renders it as a `<meta>` tag (for
 * hosts that cannot send headers, such as GitHub Pages) and the headers integration writes it into
 * `_headers` and checks every built page against it; deploy/nginx.conf carries the same value
 * (a deploy test fails when it drifts).
 *
 * Scripts: only files from the site itself, plus the one inline script below, allowed by its
 * SHA-256 hash, and `'wasm-unsafe-eval'` so that Pagefind can compile its WebAssembly. Never
 * `'unsafe-inline'`: styles and scripts are external files (see `vite.build.assetsInlineLimit`
 * and `build.inlineStylesheets` in astro.config.mjs).
 */
import { createHash } from 'node:crypto';

/**
 * Applies the reader's saved theme before first paint. It has to be inline (an external script
 * would run after the first paint and a dark-mode reader would see a light flash), so BaseLayout
 * renders exactly this text and the policy allows exactly its hash.
 */
export const THEME_SCRIPT = `
try {
  const t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
  // Storage blocked: follow the system theme.
}
`;

/** A CSP hash source for an inline script or style: `'sha256-…'` of its exact text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hash sources of every inline script the site may run. */
export const INLINE_SCRIPT_HASHES: readonly string[] = [sha256Source(THEME_SCRIPT)];

export type Directives = Readonly<Record<string, readonly string[]>>;

/** The policy, directive by directive. Everything is served by the site itself. */
export const CSP_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", ...INLINE_SCRIPT_HASHES, "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  // data: for the small SVG icons inlined in Pagefind's UI stylesheet.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // Pagefind runs its search in a Web Worker loaded from pagefind/.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Directives that browsers ignore when the policy comes from a `<meta>` tag (CSP Level 3 says
 * `report-uri`, `frame-ancestors` and `sandbox` are not supported there): only a header sets them.
 */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox'];

/** Serialises directives as a policy string: `default-src 'self'; script-src …`. */
export function serialisePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy as sent in the `Content-Security-Policy` header. */
export const CSP_HEADER = serialisePolicy(CSP_DIRECTIVES);

/** The policy for `<meta http-equiv="Content-Security-Policy">`: the header minus what a meta tag cannot carry. */
export const CSP_META = serialisePolicy(
  Object.fromEntries(Object.entries(CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name))),
);

/** Parses a policy string back into directives (for checks on served headers and meta tags). */
export function parsePolicy(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = sources;
  }
  return directives;
}

/**
 * Internal URLs. Every link the site writes goes through `joinBase`, so the site works at the
 * root of a host and under a subpath (`/sub/`) alike. The trailing-slash policy is "always":
 * page URLs end in `/`, file URLs (with an extension) do not.
 */

/** Normalises a base path to the form `/`, or `/sub/` with both slashes. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const HAS_EXTENSION = /\.[a-z0-9]+$/i;

/**
 * Joins a site path ("timeline", "/actors/kim-jong-un", "data/figures.json", "treaty#article-4")
 * to the base path, adding the trailing slash to page paths.
 */
export function joinBase(base: string, path: string): string {
  const [pathPart, hash = ''] = splitOnce(path, '#');
  const [pathname, query = ''] = splitOnce(pathPart, '?');
  let clean = pathname.replace(/^\/+/, '');
  if (clean !== '' && !clean.endsWith('/') && !HAS_EXTENSION.test(clean)) clean += '/';
  return `${normaliseBase(base)}${clean}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

function splitOnce(text: string, separator: string): [string, string?] {
  const index = text.indexOf(separator);
  return index === -1 ? [text] : [text.slice(0, index), text.slice(index + 1)];
}

/** Anchor ids for entries, stable so that links and search results keep working. */
export const anchors = {
  figure: (id: string) => `figure-${id}`,
  event: (id: string) => `event-${id}`,
  source: (id: string) => `source-${id}`,
  quote: (id: string) => `quote-${id}`,
  term: (id: string) => `term-${id}`,
} as const;

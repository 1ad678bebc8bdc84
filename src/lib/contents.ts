/**
 * Finding your way through an explainer: its "On this page" list and its neighbours in reading
 * order. Pure, so the route and the tests compute them the same way.
 */

/** A heading as Astro's `render()` reports it for an MDX page. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

/** One line of the contents: a section and the subsections under it. */
export interface ContentsItem {
  slug: string;
  text: string;
  children: ContentsItem[];
}

/**
 * The page's sections (h2) with their subsections (h3) nested under them, in document order.
 * Deeper headings are left out: the list is for finding a section, not an index. An h3 before
 * any h2 is listed at the top level rather than dropped.
 */
export function contentsOf(headings: readonly PageHeading[]): ContentsItem[] {
  const items: ContentsItem[] = [];
  for (const { depth, slug, text } of headings) {
    const item = { slug, text, children: [] };
    if (depth === 2) items.push(item);
    else if (depth === 3) (items.at(-1)?.children ?? items).push(item);
  }
  return items;
}

/** The pages before and after `id` in a list already in reading order; undefined at either end. */
export function neighbours<T extends { id: string }>(
  ordered: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const index = ordered.findIndex((entry) => entry.id === id);
  if (index === -1) throw new Error(`neighbours: "${id}" is not in the reading order`);
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

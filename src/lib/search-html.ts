/**
 * What the Pagefind integration reads from and adds to a rendered page before indexing it. The
 * HTML is the site's own output, so a few patterns suffice: no general HTML parsing happens here.
 */
import { decodeEntities, escapeMarkup } from './html-entities';
import type { SearchFilters, SearchMeta } from './search-manifest';
import type { NameExpansion } from './search-names';

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The text Pagefind indexes: inside `data-pagefind-body` elements, outside `data-pagefind-ignore`
 * ones, without scripts, styles or tags. The name matcher reads this, so names in ignored parts
 * (notes, a list indexed as records) do not count as mentions.
 */
export function indexedText(html: string): string {
  const source = html.replace(/<(script|style|template)[\s>][\s\S]*?<\/\1>/gi, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  const text: string[] = [];
  let depth = 0;
  /** Depth at which the current indexed body, and the current ignored element, started. */
  let bodyAt: number | null = null;
  let ignoredAt: number | null = null;
  let last = 0;
  for (const tag of source.matchAll(/<(\/?)([a-z][a-z0-9-]*)([^>]*)>/gi)) {
    if (bodyAt !== null && ignoredAt === null) text.push(source.slice(last, tag.index));
    last = tag.index + tag[0].length;
    const [, closing, name, attributes = ''] = tag;
    if (closing) {
      depth -= 1;
      if (ignoredAt === depth) ignoredAt = null;
      if (bodyAt === depth) bodyAt = null;
      continue;
    }
    if (VOID_ELEMENTS.has(name!.toLowerCase()) || attributes.endsWith('/')) continue;
    if (bodyAt === null && /\sdata-pagefind-body[\s=/]|\sdata-pagefind-body$/.test(attributes)) bodyAt = depth;
    if (
      bodyAt !== null &&
      ignoredAt === null &&
      /\sdata-pagefind-ignore[\s=/]|\sdata-pagefind-ignore$/.test(attributes)
    ) {
      ignoredAt = depth;
    }
    depth += 1;
  }
  return decodeEntities(text.join(' ')).replace(/\s+/g, ' ').trim();
}

/** True when the page marks content for the index (pages without it, like 404, stay out). */
export function hasSearchBody(html: string): boolean {
  return /<[a-z][^>]*\sdata-pagefind-body[\s>=/]/i.test(html);
}

/** Every element id on the page. */
export function elementIds(html: string): Set<string> {
  return new Set([...html.matchAll(/<[a-z][^>]*?\sid="([^"]+)"/gi)].map((match) => match[1]!));
}

/**
 * The page as Pagefind should index it: ids kept on headings and on elements with their own
 * `data-pagefind-title` (glossary terms), the anchors Pagefind makes sections of a result, and
 * taken off every other element. Pagefind records every element with an id as an anchor, with its
 * text, in the fragment a result loads: the citations, figures and events of an explainer are
 * about 190 of them, nearly half of a fragment's bytes, and no result shows them (figures and
 * events are records of their own). The page served keeps all its ids.
 */
export function sectionAnchorsOnly(html: string): string {
  return html.replace(
    /<([a-z][a-z0-9-]*)((?:\s[^>]*?)?)\sid="[^"]*"([^>]*)>/gi,
    (tag, name: string, before: string, after: string) =>
      /^h[1-6]$/i.test(name) || /\sdata-pagefind-title[\s=>/]/.test(`${before}${after}>`)
        ? tag
        : `<${name}${before}${after}>`,
  );
}

export interface SearchBlock {
  meta: SearchMeta;
  filters: SearchFilters;
  /**
   * Every name of the page's own subject (an actor on their page), as the `names` metadata, which
   * the search weighs like the title (SEARCH_RANKING in src/lib/search-options.ts).
   */
  ownNames: string[];
  /**
   * The other forms of the names the page mentions (NameMatcher.expansions), as the `aka`
   * metadata: searched and ranked, never shown as the excerpt, which stays the page's prose.
   */
  mentions: NameExpansion[];
}

/**
 * A hidden element with the page's metadata, filters and names for Pagefind. Values are element
 * text, not `key:value` attributes, so commas and colons in them need no escaping; the element is
 * ignored text, so none of it is searched as the page's words or shown in its excerpt.
 */
export function searchBlock(block: SearchBlock): string {
  const meta: SearchMeta = { ...block.meta };
  if (block.ownNames.length > 0) meta['names'] = block.ownNames.join(' · ');
  const aka = block.mentions.flatMap((mention) => mention.words);
  if (aka.length > 0) meta['aka'] = aka.join(' · ');
  const fields: string[] = [];
  for (const [key, value] of Object.entries(meta)) {
    fields.push(`<span data-pagefind-meta="${escapeMarkup(key)}">${escapeMarkup(value)}</span>`);
  }
  for (const [key, values] of Object.entries(block.filters)) {
    for (const value of values ?? []) {
      fields.push(`<span data-pagefind-filter="${escapeMarkup(key)}">${escapeMarkup(value)}</span>`);
    }
  }
  return `<div hidden data-pagefind-body data-search-block><div data-pagefind-ignore>${fields.join('')}</div></div>`;
}

/** Adds the block at the end of `<main>` (or of `<body>`), inside the page's indexed content. */
export function injectSearchBlock(html: string, block: string): string {
  for (const closing of ['</main>', '</body>']) {
    const at = html.lastIndexOf(closing);
    if (at !== -1) return `${html.slice(0, at)}${block}${html.slice(at)}`;
  }
  return `${html}${block}`;
}

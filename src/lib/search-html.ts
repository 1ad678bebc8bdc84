/**
 * What the Pagefind integration reads from and adds to a rendered page before indexing it. The
 * HTML is the site's own output, so a few patterns suffice: no general HTML parsing happens here.
 */
import { decodeEntities, escapeMarkup } from './html-entities';
import type { SearchFilters, SearchMeta } from './search-manifest';

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

/** What Pagefind gets of a rendered page, and what the index reads from it (`searchCopy`). */
export interface SearchCopy {
  /**
   * The indexed elements (`data-pagefind-body`, without their `data-pagefind-ignore` parts,
   * which stay as empty elements), ids left only on the anchors a result shows as sections:
   * headings and elements with a `data-pagefind-title` (glossary terms). Pagefind records every
   * element with an id, with its text, in the fragment a result loads; an explainer's citations,
   * figures and events are about 190 of them, and no result shows them (figures and events are
   * records of their own). Notes, bibliography, scripts and chrome are more than half of a page's
   * bytes, all of which Pagefind would be sent and would parse only to leave out.
   */
  body: string;
  /** The indexed text, for the name matcher: names in ignored parts (notes) are not mentions. */
  text: string;
}

/** Every element id on a page, indexed or not: the anchors records can land on. */
export const anchorIds = (html: string): Set<string> =>
  new Set(Array.from(html.matchAll(/<[a-z][^>]*?\sid="([^"]+)"/gi), (match) => match[1]!));

const BODY = /\sdata-pagefind-body(?:[\s=/]|$)/;
const IGNORED = /\sdata-pagefind-ignore(?:[\s=/]|$)/;
const TITLED = /\sdata-pagefind-title(?:[\s=/]|$)/;
/** Elements whose content is not text: skipped whole. */
const RAW = new Set(['script', 'style', 'template']);
/**
 * Elements that end a word. Pagefind joins the text of neighbouring elements as it comes, so a
 * definition list's "Signed" and "6 July 1961" would be one word, "signed6"; the copy puts a space
 * at each of their tags.
 */
const BLOCKS = new Set(
  'address article aside blockquote br caption dd details dialog div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/** Where the element `name` opened just before `from` ends: after its closing tag, nested ones counted. */
function closingTag(source: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}[\\s/>]`, 'gi');
  tags.lastIndex = from;
  let open = 1;
  for (let tag = tags.exec(source); tag; tag = tags.exec(source)) {
    open += tag[1] ? -1 : 1;
    if (open === 0) return source.indexOf('>', tag.index) + 1;
  }
  return source.length;
}

/**
 * Text as Pagefind should index it. Pagefind drops a possessive written with a straight apostrophe
 * (it indexes "Russia's" as russia) but keeps a typographic one as part of the word: "Russia’s" was
 * a word of its own, "russia’". Excerpts then show straight apostrophes.
 */
const plainApostrophes = (text: string): string => text.replaceAll('\u2019', "'");

/**
 * Reads a rendered page in one walk over the tags of its indexed elements (the HTML is the site's
 * own output, so a few patterns suffice; the walk jumps from one `data-pagefind-body` to the
 * next); null for a page with nothing to index, like the 404 page.
 */
export function searchCopy(html: string): SearchCopy | null {
  const source = html.includes('<!--') ? html.replace(/<!--[\s\S]*?-->/g, ' ') : html;
  const tags = /<(\/?)([a-z][a-z0-9-]*)([^>]*)>/gi;
  const body: string[] = [];
  const text: string[] = [];
  /** Depth inside the current indexed element; 0 outside. */
  let depth = 0;
  let last = 0;
  for (;;) {
    if (depth === 0) {
      const next = source.indexOf('data-pagefind-body', tags.lastIndex);
      if (next === -1) break;
      tags.lastIndex = source.lastIndexOf('<', next);
    }
    const tag = tags.exec(source);
    if (!tag) break;
    const [whole, closing, name = '', attributes = ''] = tag;
    const lower = name.toLowerCase();
    if (depth === 0) {
      if (closing || VOID_ELEMENTS.has(lower) || !BODY.test(attributes)) continue;
    } else {
      const between = source.slice(last, tag.index);
      body.push(plainApostrophes(between));
      text.push(between);
    }
    last = tags.lastIndex;
    const space = BLOCKS.has(lower) ? ' ' : '';
    if (closing) {
      depth -= 1;
      body.push(whole, space);
      continue;
    }
    const isVoid = VOID_ELEMENTS.has(lower) || attributes.endsWith('/');
    const ignored = !isVoid && (RAW.has(lower) || IGNORED.test(attributes));
    if (ignored) {
      // Left empty, so that the text on either side stays apart as it was.
      last = tags.lastIndex = closingTag(source, lower, last);
      text.push(' ');
      if (!RAW.has(lower)) body.push(whole, `</${name}>`);
      continue;
    }
    const id = /\sid="[^"]*"/.exec(attributes);
    const section = /^h[1-6]$/.test(lower) || TITLED.test(attributes);
    body.push(space, id && !section ? whole.replace(id[0], '') : whole, isVoid ? space : '');
    if (!isVoid) depth += 1;
  }
  if (body.length === 0) return null;
  return { body: body.join(''), text: decodeEntities(text.join(' ')).replace(/\s+/g, ' ').trim() };
}

/** The page Pagefind indexes: the indexed elements, then the search block, which is indexed content too. */
export const searchDocument = (body: string, block: string): string =>
  `<!doctype html><html><body>${body}${block}</body></html>`;

export interface SearchBlock {
  meta: SearchMeta;
  filters: SearchFilters;
  /**
   * Every name of the page's own subject (an actor on their page), as the `names` metadata, which
   * the search weighs like the title (SEARCH_RANKING in src/lib/search-options.ts).
   */
  ownNames: string[];
  /**
   * The other forms of the names the page mentions (`otherForms` in src/lib/search-names.ts), as
   * the `aka` metadata: searched and ranked, never shown as the excerpt, which stays the page's prose.
   */
  aka: string[];
}

/**
 * A hidden element with the page's metadata, filters and names for Pagefind. Values are element
 * text, not `key:value` attributes, so commas and colons in them need no escaping; the element is
 * ignored text, so none of it is searched as the page's words or shown in its excerpt.
 */
export function searchBlock(block: SearchBlock): string {
  const meta: SearchMeta = { ...block.meta };
  if (block.ownNames.length > 0) meta['names'] = block.ownNames.join(' · ');
  if (block.aka.length > 0) meta['aka'] = block.aka.join(' · ');
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

/**
 * The one place markup is escaped and decoded: HTML pages, the Atom feed, the sitemap and the
 * social cards' SVG all escape text with `escapeMarkup`, and the checks that read built HTML
 * decode it with `decodeEntities`. Both come from `entities` (the escaper and decoder of
 * htmlparser2), which knows every named entity, instead of a hand-written table of five.
 */
import { decodeHTML, escapeUTF8 } from 'entities';

/**
 * Text made safe inside an element or a quoted attribute of HTML or XML: `& < > " '` become
 * entities that both languages define; every other character stays as it is (pages are UTF-8).
 */
export const escapeMarkup: (text: string) => string = escapeUTF8;

/** HTML text or an attribute value with its character references (`&amp;`, `&#x27;`, `&nbsp;`) decoded. */
export const decodeEntities: (text: string) => string = decodeHTML;

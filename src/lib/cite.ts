/**
 * "Cite this" in three forms: a plain-text reference, BibTeX and CSL-JSON (what Zotero, Pandoc
 * and citeproc read). The version is the date of the newest fact, not the build date, so the
 * same data always cites the same way.
 */
import { formatDate, parseDate } from './dates';

export interface CitationInput {
  title: string;
  /** Who publishes it: the site's name (no personal authors are credited). */
  publisher: string;
  /** Absolute URL. */
  url: string;
  /** The version: `YYYY-MM-DD` or `YYYY-MM`. */
  version: string;
  /** CSL type, e.g. "dataset" or "webpage". */
  type: 'dataset' | 'webpage';
  /** Licence name, shown in the note. */
  licence?: string;
}

export interface Citations {
  text: string;
  bibtex: string;
  csl: string;
}

/** Braces and backslashes would break a BibTeX field; percent and hash start comments and macros. */
function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%#&$_]/g, (char) => (char === '\\' ? '\\textbackslash{}' : `\\${char}`));
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function citations(input: CitationInput): Citations {
  const date = parseDate(input.version);
  if (!date) throw new Error(`citations: version "${input.version}" is not a date; expected YYYY-MM-DD or YYYY-MM`);
  const asOf = formatDate(input.version);
  const kind = input.type === 'dataset' ? 'Dataset' : 'Web page';
  const licence = input.licence ? ` Licence: ${input.licence}.` : '';
  const text = `${input.publisher}. ${input.title}. ${kind}, facts as of ${asOf}. ${input.url}.${licence}`;
  const key = `${input.publisher}-${input.title}`
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 5)
    .join('-');
  const bibtex = [
    `@misc{${key}-${input.version},`,
    `  title = {${bibtexEscape(input.title)}},`,
    `  author = {{${bibtexEscape(input.publisher)}}},`,
    `  year = {${date.year}},`,
    `  month = ${BIBTEX_MONTHS[date.month - 1]},`,
    `  url = {${input.url}},`,
    `  note = {${kind}, facts as of ${asOf}.${bibtexEscape(licence)}}`,
    '}',
  ].join('\n');
  const dateParts = date.day === undefined ? [date.year, date.month] : [date.year, date.month, date.day];
  const csl = JSON.stringify(
    [
      {
        id: `${key}-${input.version}`,
        type: input.type,
        title: input.title,
        author: [{ literal: input.publisher }],
        publisher: input.publisher,
        URL: input.url,
        version: input.version,
        issued: { 'date-parts': [dateParts] },
        ...(input.licence ? { license: input.licence } : {}),
      },
    ],
    null,
    2,
  );
  return { text, bibtex, csl };
}

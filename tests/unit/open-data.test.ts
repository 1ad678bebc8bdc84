/** The open-data helpers: CSV, field docs from the schema source, citations and the Atom feed. */
import { describe, expect, it } from 'vitest';
import figureSource from '../../src/schemas/figure.ts?raw';
import sourceSource from '../../src/schemas/source.ts?raw';
import { atomFeed, atomTimestamp } from '../../src/lib/atom';
import { citations } from '../../src/lib/cite';
import { csvCell, toCsv } from '../../src/lib/csv';
import { parseCsv } from '../helpers/csv';
import { commentText, schemaDocs } from '../../src/lib/schema-docs';

describe('CSV', () => {
  it('quotes only what needs quoting and writes lists and nulls as documented', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(['a', 'b'])).toBe('a | b');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(0)).toBe('0');
  });

  it('round-trips through the parser, CRLF line ends and all', () => {
    const text = toCsv(
      ['id', 'note'],
      [
        { id: 'a', note: 'comma, "quote"\nand a line' },
        { id: 'b', note: null },
      ],
    );
    expect(text).toBe('id,note\r\na,"comma, ""quote""\nand a line"\r\nb,\r\n');
    expect(parseCsv(text)).toEqual([
      ['id', 'note'],
      ['a', 'comma, "quote"\nand a line'],
      ['b', ''],
    ]);
  });

  it('rejects an unclosed quote', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow(/not closed/);
  });
});

describe('schemaDocs', () => {
  it('reads each field’s comment and the schema’s own from the source', () => {
    const docs = schemaDocs(figureSource, 'figureSchema');
    expect(docs.entry).toBe('One numeric estimate, exactly as one claimant gave it.');
    expect(docs.fields.get('as_of')).toBe('The date the number describes (YYYY-MM-DD or YYYY-MM).');
    expect(docs.fields.get('claimant')).toMatch(/^Actor id of whoever made the estimate; null for a press report/);
    expect(docs.fields.get('plan')).toBeTruthy();
  });

  it('keeps each comment to itself when a constant or another schema comes first', () => {
    const docs = schemaDocs(sourceSource, 'sourceSchema');
    expect(docs.entry).toBe('A public web page that supports one or more facts.');
    expect(docs.fields.get('tier')).toMatch(/^What the page is: official/);
    expect(docs.fields.get('original')).toBe('For a relay: the story it copies.');
  });

  it('joins multi-line comments and fails on an unknown schema', () => {
    expect(commentText('\n   * One line\n   * and `more`\n   ')).toBe('One line and more');
    expect(() => schemaDocs(figureSource, 'nopeSchema')).toThrow('no "export const nopeSchema"');
  });
});

describe('citations', () => {
  const cite = citations({
    title: 'Open data: figures & events',
    publisher: 'North Korea’s troops in Russia',
    url: 'https://example.org/data/',
    version: '2026-02-12',
    type: 'dataset',
    licence: 'CC-BY-4.0',
  });

  it('writes plain text with the version and the licence', () => {
    expect(cite.text).toBe(
      'North Korea’s troops in Russia. Open data: figures & events. Dataset, facts as of 12 February 2026. https://example.org/data/. Licence: CC-BY-4.0.',
    );
  });

  it('writes BibTeX with escaped specials and a stable key', () => {
    expect(cite.bibtex).toMatchInlineSnapshot(`
      "@misc{north-korea-s-troops-in-2026-02-12,
        title = {Open data: figures \\& events},
        author = {{North Korea’s troops in Russia}},
        year = {2026},
        month = feb,
        url = {https://example.org/data/},
        note = {Dataset, facts as of 12 February 2026. Licence: CC-BY-4.0.}
      }"
    `);
  });

  it('writes CSL-JSON that reference managers read', () => {
    const [item] = JSON.parse(cite.csl) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'dataset',
      title: 'Open data: figures & events',
      URL: 'https://example.org/data/',
      issued: { 'date-parts': [[2026, 2, 12]] },
      version: '2026-02-12',
    });
    const monthOnly = JSON.parse(
      citations({ ...cite, title: 't', publisher: 'p', url: 'u', version: '2025-03', type: 'webpage' }).csl,
    );
    expect(monthOnly[0].issued).toEqual({ 'date-parts': [[2025, 3]] });
  });
});

describe('atomFeed', () => {
  const xml = atomFeed({
    title: 'Timeline',
    subtitle: 'Events & claims',
    self: 'https://example.org/feed.xml',
    alternate: 'https://example.org/timeline/',
    author: 'Site',
    entries: [
      {
        url: 'https://example.org/timeline/#event-b',
        title: 'B <new>',
        date: '2025-04',
        summary: 'b',
        categories: ['kursk'],
      },
      { url: 'https://example.org/timeline/#event-a', title: 'A', date: '2024-06-19', summary: 'a', categories: [] },
    ],
  });

  it('keeps the given order and dates the feed by its newest entry', () => {
    expect(xml.indexOf('event-b')).toBeLessThan(xml.indexOf('event-a'));
    expect(xml).toContain('<updated>2025-04-01T00:00:00Z</updated>\n  <author>');
    expect(atomTimestamp('2024-06-19')).toBe('2024-06-19T00:00:00Z');
  });

  it('escapes text and is well-formed enough to have one root', () => {
    expect(xml).toContain('<title>B &lt;new&gt;</title>');
    expect(xml).toContain('<subtitle>Events &amp; claims</subtitle>');
    expect(xml.match(/<feed /g)).toHaveLength(1);
    expect(xml.trim().endsWith('</feed>')).toBe(true);
  });
});

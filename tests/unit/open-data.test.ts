/** The open-data helpers: CSV, the published JSON Schemas, citations and the Atom feed. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { publishedEntrySchema } from '../../src/data/json-schema';
import { atomFeed, atomTimestamp } from '../../src/lib/atom';
import { citations } from '../../src/lib/cite';
import { csvCell, toCsv } from '../../src/lib/csv';
import { entryBase } from '../../src/schemas/common';
import { figureSchema } from '../../src/schemas/figure';
import { sourceSchema } from '../../src/schemas/source';
import { parseCsv } from '../helpers/csv';

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

describe('publishedEntrySchema', () => {
  const figures = publishedEntrySchema(figureSchema, 'figureSchema');
  const sources = publishedEntrySchema(sourceSchema, 'sourceSchema');

  it('describes the entry and every field with the words of its Zod schema', () => {
    expect(figures.description).toBe('One numeric estimate, exactly as one claimant gave it.');
    expect(figures.properties?.as_of?.description).toBe('The date the number describes (YYYY-MM-DD or YYYY-MM).');
    expect(figures.properties?.claimant?.description).toMatch(
      /^Actor id of whoever made the estimate; null for a press/,
    );
    expect(figures.properties?.id?.description).toMatch(/^The entry’s id: its file name under content\//);
    expect(sources.properties?.original?.properties?.publisher?.description).toBe(
      'Who published the original story (an agency, newspaper or government).',
    );
  });

  it('keeps what a validator needs: required fields with id first, enums, date patterns and URL formats', () => {
    expect(figures.required?.slice(0, 3)).toEqual(['id', 'metric', 'value']);
    expect(figures.required).not.toContain('plan');
    expect(figures.properties?.metric?.enum).toContain('killed_or_wounded');
    expect(figures.properties?.as_of?.pattern).toBe('^\\d{4}-\\d{2}(-\\d{2})?$');
    expect(figures.properties?.reviewed?.pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
    expect(sources.properties?.published?.anyOf?.[0]?.pattern).toBe('^\\d{4}-\\d{2}(-\\d{2})?$');
    expect(sources.properties?.url).toMatchObject({ type: 'string', format: 'uri' });
  });

  it('leaves editors’ notes out of the downloads', () => {
    expect(figures.properties).not.toHaveProperty('editor_note');
    expect(figures.required).not.toContain('editor_note');
  });

  it('fails naming the schema and the field that has no description', () => {
    const undocumented = entryBase.extend({ name: z.string().meta({ description: 'A name.' }), kind: z.string() });
    expect(() => publishedEntrySchema(undocumented, 'testSchema')).toThrow(
      `src/schemas/ (testSchema): field "kind" has no description; expected .meta({ description: '…' }) on it, in one line`,
    );
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

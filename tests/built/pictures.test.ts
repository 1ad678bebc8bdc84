/**
 * Pictures and open data on the built site: every chart has its summary and table, the map its
 * text alternative, the downloads parse and match their schemas and the collections, the feed
 * lists the newest events first, and every page points at a social card that exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import { FEED_EVENTS } from '../../src/data/timeline';
import { parseCsv } from '../helpers/csv';
import { dataSchemas } from '../../src/schemas';
import { builtPage, builtPages, DIST } from '../helpers/dist';
import { validate, type Schema } from '../helpers/json-schema';

const { entries } = checkContent('content');
const DATASETS = ['figures', 'events', 'sources', 'actors', 'quotes'] as const;
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const gzip = (text: string) => gzipSync(text, { level: 6 }).length;

describe('charts', () => {
  const pagesWithCharts = builtPages().filter((page) => page.root.querySelector('figure[data-chart]'));

  /** The charts /data/charts/ links to, each on the page of the metric it plots. */
  const chartLinks = () =>
    builtPage('/data/charts/')
      .root.querySelectorAll('article section a')
      .map((link) => {
        const [path, id] = link.getAttribute('href')!.split('#');
        return { path: path!, figure: builtPage(path!).root.querySelector(`#${id}`) };
      });

  it('are linked from the Data page’s charts page, each on the page of what it counts, with the map', () => {
    const links = chartLinks();
    expect(links.map((link) => link.figure?.getAttribute('data-chart'))).toEqual([
      ...Array(4).fill('casualties'),
      ...Array(2).fill('deployment'),
    ]);
    for (const { path } of links) expect(path).toMatch(/\/data\/estimates\/[a-z-]+\/$/);
    expect(builtPage('/data/charts/').root.querySelector('figure.locator-map')).not.toBeNull();
  });

  it('each have a caption with the as-of date and sources, named claimants, a summary per picture and a data table', () => {
    expect(pagesWithCharts.length).toBeGreaterThan(0);
    for (const page of pagesWithCharts) {
      for (const figure of page.root.querySelectorAll('figure[data-chart]')) {
        const where = `${page.path} #${figure.id}`;
        const caption = figure.querySelector('figcaption')?.textContent ?? '';
        expect(caption, where).toMatch(/Data as of (\d{1,2} )?[A-Z][a-z]+ \d{4}/);
        expect(caption, where).toMatch(/\d+ sources/);
        // Claimants are named beside their marks, not in a legend of colours.
        expect(figure.querySelectorAll('.chart-key').length, where).toBe(0);
        const svgs = figure.querySelectorAll('svg[role="img"]');
        expect(svgs.length, where).toBeGreaterThan(0);
        for (const svg of svgs) {
          const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
          expect(ids, where).toHaveLength(2);
          const [title, summary] = ids.map((id) => page.root.querySelector(`#${id}`));
          expect(title?.tagName, where).toBe('TITLE');
          expect(summary?.classList.contains('chart-summary'), where).toBe(true);
          expect(summary?.textContent, where).toMatch(/\d+ estimates? from \d+ claimants?/);
          expect(svg.querySelectorAll('path.m').length, where).toBeGreaterThan(0);
          expect(svg.querySelectorAll('.series-label text').length, where).toBeGreaterThan(0);
        }
        const estimates = Number(/(\d+) estimates from/.exec(caption)?.[1]);
        const tableLink = figure.querySelector('figcaption a[href^="#"]');
        if (tableLink) {
          // Beside the page's own estimates table: the chart links to it instead of repeating it.
          const section = page.root.querySelector(tableLink.getAttribute('href')!);
          expect(section, where).not.toBeNull();
          let next = section!.nextElementSibling;
          while (next && !next.classList.contains('estimates') && next.tagName !== 'H2') next = next.nextElementSibling;
          expect(next?.classList.contains('estimates'), `${where}: an estimates table follows #${section!.id}`).toBe(
            true,
          );
          expect(next!.querySelectorAll('tbody tr').length, where).toBeGreaterThanOrEqual(estimates);
        } else {
          const rows = figure.querySelectorAll('table tbody tr:not(:has(th[scope="rowgroup"]))');
          expect(rows.length, where).toBe(estimates);
          for (const row of rows) expect(row.querySelector('a[href^="http"]'), where).not.toBeNull();
        }
      }
    }
  });

  it('plot every casualty and troop figure with a number, and no plan', () => {
    const plotted = (kind: string) =>
      chartLinks()
        .filter((link) => link.figure?.getAttribute('data-chart') === kind)
        .reduce(
          (sum, link) =>
            sum + Number(/(\d+) estimates? from/.exec(link.figure!.querySelector('figcaption')!.textContent)![1]),
          0,
        );
    const figures = JSON.parse(read('data/figures.json')) as {
      metric: string;
      value: number | null;
      low: number | null;
      high: number | null;
      plan?: true;
    }[];
    const expected = (metrics: string[]) =>
      figures.filter((f) => metrics.includes(f.metric) && !f.plan && (f.value ?? f.low ?? f.high) !== null).length;
    expect(plotted('casualties')).toBe(expected(['killed', 'wounded', 'killed_or_wounded', 'captured']));
    expect(plotted('deployment')).toBe(expected(['troops_deployed', 'additional_troops']));
  });

  it('stay within their byte budgets (gzip, as served)', () => {
    const pictures = ['/data/charts/', ...chartLinks().map((link) => link.path)].flatMap((path) =>
      [...builtPage(path).html.matchAll(/<figure class="chart[^"]*" id="([^"]+)"[\s\S]*?<\/figure>/g)].map((match) => ({
        id: match[1]!,
        gzip: gzip(match[0]),
      })),
    );
    // A chart of one metric, beside its table rather than with a copy of it; the map, with its text.
    for (const picture of pictures) {
      expect(picture.gzip, picture.id).toBeLessThanOrEqual(picture.id === 'locator-map' ? 6_144 : 4_096);
    }
    expect(pictures).toHaveLength(7);
  });
});

describe('locator map', () => {
  it('is an image with a title and a text alternative naming every place', () => {
    const figure = builtPage('/data/charts/').root.querySelector('figure.locator-map')!;
    const svgs = figure.querySelectorAll('svg[role="img"]');
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      for (const id of svg.getAttribute('aria-labelledby')!.split(' ')) {
        expect(figure.querySelector(`#${id}`)?.textContent.trim()).toBeTruthy();
      }
    }
    const text = figure.querySelector('ul')!.textContent;
    for (const place of ['Pyongyang', 'Moscow', 'Kyiv', 'Sudzha']) expect(text).toContain(place);
    expect(figure.querySelector('figcaption')!.textContent).toMatch(/Kursk region’s own boundary is not drawn/);
  });
});

describe('open data', () => {
  it.each(DATASETS)('%s.json parses, matches its JSON Schema and its Zod schema, and has every entry', (name) => {
    const json = JSON.parse(read(`data/${name}.json`)) as Record<string, unknown>[];
    const schema = JSON.parse(read(`data/${name}.schema.json`)) as Schema;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validate(schema, json)).toEqual([]);
    for (const entry of json) expect(() => dataSchemas[name].parse(entry), String(entry.id)).not.toThrow();
    expect(json.map((entry) => entry.id).sort()).toEqual(entries[name].map((entry) => entry.id).sort());
  });

  it('publishes schemas that catch a bad entry', () => {
    const schema = JSON.parse(read('data/figures.schema.json')) as Schema;
    const [first] = JSON.parse(read('data/figures.json')) as Record<string, unknown>[];
    expect(validate(schema, [{ ...first, as_of: '2025-13-40x' }])[0]).toMatch(/\$\[0]\.as_of: .* does not match/);
    expect(validate(schema, [{ ...first, extra: 1 }])).toEqual(['$[0]: "extra" is not allowed']);
    const { id: _id, ...withoutId } = first!;
    expect(validate(schema, [withoutId])).toEqual(['$[0]: "id" is missing']);
  });

  it.each(DATASETS)('%s.csv has a header and one row per JSON entry, in the same order', (name) => {
    const rows = parseCsv(read(`data/${name}.csv`));
    const json = JSON.parse(read(`data/${name}.json`)) as Record<string, unknown>[];
    const [header, ...body] = rows;
    expect(header![0]).toBe('id');
    expect(body.map((row) => row[0])).toEqual(json.map((entry) => entry.id));
    for (const row of body) expect(row).toHaveLength(header!.length);
    const column = (field: string) => header!.indexOf(field);
    if (name === 'figures') {
      const first = json[0]!;
      expect(body[0]![column('value')]).toBe(first.value === null ? '' : String(first.value));
      expect(body[0]![column('sources')]).toBe((first.sources as string[]).join(' | '));
    }
    if (name === 'actors') expect(header).toContain('names.ko');
  });

  it('are documented on the Data page: every file linked, every field described, licence and citations', () => {
    const page = builtPage('/data/');
    const links = page.root.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    for (const name of DATASETS) {
      for (const file of [`${name}.json`, `${name}.csv`, `${name}.schema.json`]) {
        expect(
          links.some((href) => href.endsWith(`/data/${file}`)),
          file,
        ).toBe(true);
        expect(existsSync(join(DIST, 'data', file)), file).toBe(true);
      }
      const schema = JSON.parse(read(`data/${name}.schema.json`)) as { items: { properties: Record<string, unknown> } };
      const documented = page.root
        .querySelectorAll(`#dataset-${name} ~ .table-wrap`)[0]!
        .querySelectorAll('tbody th code')
        .map((code) => code.textContent.split('.')[0]);
      for (const field of Object.keys(schema.items.properties)) expect(documented, `${name}.${field}`).toContain(field);
    }
    expect(page.root.querySelector('a[rel="license"]')?.getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    // node-html-parser keeps a <pre>'s content as raw text: parse it again to read it.
    const cites = page.root.querySelectorAll('pre.cite-block').map((pre) => parse(pre.innerHTML).textContent);
    expect(cites).toHaveLength(3);
    expect(cites[1]).toMatch(/^@misc\{/);
    const csl = JSON.parse(cites[2]!) as { type: string; URL: string }[];
    expect(csl[0]).toMatchObject({ type: 'dataset' });
    expect(csl[0]!.URL).toMatch(/^https?:\/\/.+\/data\/$/);
  });
});

describe('feed', () => {
  const xml = read('feed.xml');
  const entryXml = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((match) => match[1]!);

  it('is Atom with the newest events, newest first, each linking to where the timeline tells it in full', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(entryXml).toHaveLength(Math.min(FEED_EVENTS, entries.events.length));
    const updated = entryXml.map((entry) => /<updated>([^<]+)<\/updated>/.exec(entry)![1]!);
    expect([...updated].sort().reverse()).toEqual(updated);
    for (const entry of entryXml) {
      const link = new URL(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>/.exec(entry)![1]!);
      const monthPage = builtPage(link.pathname.replace(/^.*(?=\/timeline\/)/, ''));
      expect(monthPage.root.querySelector(link.hash), link.href).not.toBeNull();
    }
  });

  it('is linked from every page’s head', () => {
    for (const page of builtPages()) {
      expect(page.root.querySelector('link[rel="alternate"][type="application/atom+xml"]'), page.path).not.toBeNull();
    }
  });
});

describe('social cards', () => {
  const pngSize = (file: string) => {
    const png = readFileSync(file);
    expect([...png.subarray(0, 8)], file).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  };

  it('every page names an absolute og:image and twitter:image that the build wrote, 1200 × 630', () => {
    const checked = new Set<string>();
    for (const page of builtPages()) {
      const image = page.root.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(image, page.path).toMatch(/^https?:\/\/[^/]+\/.*og\/[a-z0-9-]+\.png$/);
      expect(page.root.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(image);
      expect(page.root.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')?.trim()).toBeTruthy();
      const file = join(DIST, `og/${image.split('/og/')[1]!}`);
      if (checked.has(file)) continue;
      checked.add(file);
      expect(existsSync(file), `${page.path}: ${file}`).toBe(true);
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    }
    // One card per top-level explainer and a default: a fixed number whatever the number of pages.
    expect(checked.size).toBeLessThanOrEqual(entries.explainers.filter((e) => !e.id.includes('/')).length + 1);
  });

  it('gives explainers their own card with their headline figure in the alt text', () => {
    const home = builtPage('/').root.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(home).toMatch(/\/og\/home\.png$/);
    const alt = builtPage('/').root.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')!;
    expect(alt).toMatch(/as of \d{1,2} \w+ \d{4}/);
    const actor = builtPages().find((page) => page.path.startsWith('/actors/') && page.path !== '/actors/')!;
    expect(actor.root.querySelector('meta[property="og:image"]')!.getAttribute('content')).toMatch(/\/og\/site\.png$/);
  });
});

describe('navigation', () => {
  it('links the Data page from the main navigation and the footer', () => {
    const home = builtPage('/');
    expect(home.root.querySelector('nav[aria-label="Main"] a[href$="/data/"]')?.textContent.trim()).toBe('Data');
    expect(home.root.querySelector('footer a[href$="/data/"]')).not.toBeNull();
  });
});

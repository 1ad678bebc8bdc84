/**
 * The benchmark's content generator (scripts/bench/generate.ts): what it writes passes the site's
 * own content check, in the numbers its plan promises, and the plan adds up to the pages wanted.
 * Also the bench's other pure parts: the reference sites' plain pages and the page-weight budget.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import { splitFrontmatter } from '../../src/integrations/yaml-files';
import { pageRefs } from '../../src/lib/mdx-refs';
import { pageBudget } from '../../scripts/bench/analyse.ts';
import {
  countFixedPages,
  generateContent,
  plainPages,
  planSite,
  registeredComponents,
} from '../../scripts/bench/generate.ts';
import { referenceSite } from '../../scripts/bench/reference.ts';
import type { CollectionEntry } from 'astro:content';
import { siteData } from '../../src/data/site-data';
import type { Actor } from '../../src/schemas/actor';
import type { Event } from '../../src/schemas/event';
import type { Figure } from '../../src/schemas/figure';
import type { Quote } from '../../src/schemas/quote';
import type { Source } from '../../src/schemas/source';
import type { Term } from '../../src/schemas/term';
import type { Treaty } from '../../src/schemas/treaty';

const scratch = mkdtempSync(join(tmpdir(), 'bench-generator-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('planSite', () => {
  it.each([1000, 5000])('splits %i pages into explainers, actor, fixed and derived pages', (pages) => {
    const plan = planSite(pages, 8, { bibliography: 20, timelineYears: 3, unplanned: 2 });
    expect(plan.explainers + plan.actors + plan.fixedPages + 20 + 3 + 2).toBe(pages);
    expect(plan.actors).toBe(pages / 5);
  });

  it('refuses a size too small for the fixed pages', () => {
    expect(() => planSite(10, 8)).toThrow('--pages 10: too few for 8 fixed and derived pages');
  });
});

describe('countFixedPages', () => {
  it('counts routes without a parameter, pages only', () => {
    const pages = join(scratch, 'pages');
    for (const file of [
      'index.astro',
      '404.astro',
      'about.md',
      '[...slug].astro',
      'actors/[id].astro',
      'actors/index.astro',
      'feed.xml.ts',
    ]) {
      mkdirSync(join(pages, file, '..'), { recursive: true });
      writeFileSync(join(pages, file), '');
    }
    expect(countFixedPages(pages)).toBe(4);
  });
});

describe('generateContent', () => {
  const contentDir = join(scratch, 'site', 'content');
  const plan = generateContent(contentDir, {
    pages: 200,
    fixedPages: 8,
    components: registeredComponents(process.cwd()),
  });
  const report = checkContent(contentDir);

  it('writes content that passes the content check', () => {
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('writes as many entries of each kind as its plan says', () => {
    expect(report.entries.explainers).toHaveLength(plan.explainers);
    expect(report.entries.actors).toHaveLength(plan.actors);
    expect(report.entries.sources).toHaveLength(plan.sources);
    expect(report.entries.events).toHaveLength(plan.events);
    expect(report.entries.figures).toHaveLength(plan.figures);
    expect(report.entries.quotes).toHaveLength(plan.quotes);
    expect(report.entries.terms).toHaveLength(plan.terms);
    expect(report.entries.treaty).toHaveLength(1);
    const { bibliography, timelineYears, unplanned } = plan.derivedPages;
    expect(plan.explainers + plan.actors + plan.fixedPages + bibliography + timelineYears + unplanned).toBe(200);
    const initials = new Set(report.entries.sources.map((entry) => (entry.data as { publisher: string }).publisher[0]));
    const years = new Set(report.entries.events.map((entry) => (entry.data as { date: string }).date.slice(0, 4)));
    expect(bibliography).toBe(initials.size);
    expect(timelineYears).toBe(years.size);
  });

  it('writes explainers that cite figures, events, quotes and sources through the components', () => {
    const used = new Set(
      report.entries.explainers.flatMap((entry) =>
        pageRefs(splitFrontmatter(readFileSync(entry.file.replace(/^content/, contentDir), 'utf8')).body).citing.map(
          (ref) => ref.component,
        ),
      ),
    );
    expect([...used]).toEqual(expect.arrayContaining(['Cite', 'Event', 'Figure', 'Quote']));
  });

  it('puts all but the home page and the section pages in section folders, out of the main navigation', () => {
    const topLevel = readdirSync(join(contentDir, 'explainers')).filter((name) => name.endsWith('.mdx'));
    expect(topLevel).toHaveLength(8); // index.mdx and one page per topic
  });

  it("gives each explainer the collection's id, its path under content/explainers/", () => {
    for (const entry of report.entries.explainers) {
      expect(entry.file).toBe(`content/explainers/${entry.id}.mdx`);
    }
    expect(report.entries.explainers.some((entry) => entry.id.includes('/'))).toBe(true);
  });

  it('reads the same site data whatever order the entries come in', () => {
    const collections = (reverse: boolean) => {
      const list = <T>(name: keyof typeof report.entries) => {
        const entries = report.entries[name] as { id: string; data: T }[];
        return reverse ? [...entries].reverse() : entries;
      };
      return {
        sources: list<Source>('sources'),
        actors: list<Actor>('actors'),
        events: list<Event>('events'),
        figures: list<Figure>('figures'),
        quotes: list<Quote>('quotes'),
        terms: list<Term>('terms'),
        treaty: list<Treaty>('treaty'),
        explainers: list<CollectionEntry<'explainers'>['data']>('explainers').map((entry) => ({
          ...entry,
          collection: 'explainers' as const,
        })),
      };
    };
    const [forward, backward] = [siteData(collections(false)), siteData(collections(true))];
    for (const key of ['sources', 'actors', 'events', 'figures', 'quotes', 'terms'] as const) {
      expect([...backward[key].keys()], key).toEqual([...forward[key].keys()]);
    }
    expect(backward.explainers.map((entry) => entry.id)).toEqual(forward.explainers.map((entry) => entry.id));
    expect(backward.eventsByDate).toEqual(forward.eventsByDate);
  });

  it('is deterministic: the same seed writes the same site', () => {
    const again = join(scratch, 'again', 'content');
    generateContent(again, { pages: 200, fixedPages: 8, components: registeredComponents(process.cwd()) });
    const file = join('figures', readdirSync(join(contentDir, 'figures'))[7]!);
    expect(readFileSync(join(again, file), 'utf8')).toBe(readFileSync(join(contentDir, file), 'utf8'));
  });

  it("never writes into the project's own content/", () => {
    expect(() => generateContent(resolve('content'), { pages: 200, fixedPages: 8 })).toThrow(
      'refusing to write generated content into content',
    );
    expect(() => generateContent(resolve('content', 'sub'), { pages: 200, fixedPages: 8 })).toThrow(
      'refusing to write generated content into content/sub',
    );
  });
});

describe('plainPages', () => {
  const pages = plainPages(120);

  it('lays out as many pages as asked as the explainers are laid out', () => {
    expect(pages).toHaveLength(120);
    expect(new Set(pages.map((page) => page.path)).size).toBe(120);
    expect(pages[0]!.path).toBe('index');
    // The home page and one page per section at the top, the rest in the sections' folders.
    expect(pages.filter((page) => !page.path.includes('/'))).toHaveLength(8);
  });

  it('writes Markdown that any MDX site builds: a title and description, no JSX, imports or expressions', () => {
    for (const { text } of pages) {
      const [, frontmatter, body] = text.split(/^---$/m);
      expect(frontmatter).toMatch(/^title: .+$/m);
      expect(frontmatter).toMatch(/^description: .+$/m);
      expect(body).not.toMatch(/[<>{}]|^import /m);
      expect(body).toMatch(/^## /m);
    }
  });

  it('writes as much prose as an explainer has, within a fifth', () => {
    const words = (text: string) => text.split(/\s+/).filter((word) => /^[\p{L}]/u.test(word)).length;
    const plain = pages.reduce((sum, page) => sum + words(page.text), 0) / pages.length;
    const dir = join(scratch, 'explainers-for-length');
    generateContent(dir, { pages: 200, fixedPages: 8 });
    const explainers = readdirSync(join(dir, 'explainers'), { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.name.endsWith('.mdx'),
    );
    const cited =
      explainers.reduce((sum, entry) => {
        // Words of the prose only: the citing components' tags are left out.
        const text = readFileSync(join(entry.parentPath, entry.name), 'utf8').replace(/<[A-Z][^>]*\/>/g, '');
        return sum + words(text);
      }, 0) / explainers.length;
    expect(plain / cited).toBeGreaterThan(0.8);
    expect(plain / cited).toBeLessThan(1.2);
  });

  it('is deterministic: the same seed writes the same pages', () => {
    expect(plainPages(120)).toEqual(pages);
  });
});

describe('referenceSite', () => {
  it('writes a bare Astro site of as many pages as asked, on the packages the project has installed', () => {
    const site = referenceSite('bare', 30);
    try {
      const pages = readdirSync(join(site.dir, 'src', 'content', 'pages'), { recursive: true }).filter((name) =>
        String(name).endsWith('.mdx'),
      );
      expect(pages).toHaveLength(30);
      const manifest = JSON.parse(readFileSync(join(site.dir, 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      };
      const installed = JSON.parse(readFileSync(resolve('node_modules', 'astro', 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(manifest.dependencies.astro).toBe(installed.version);
      expect(Object.keys(manifest.dependencies).sort()).toEqual(['@astrojs/mdx', 'astro', 'pagefind']);
    } finally {
      site.remove();
    }
  });

  it('refuses to write a Starlight site before Starlight is installed', () => {
    expect(() => referenceSite('starlight', 30)).toThrow('needs installStarlight() first');
  });
});

describe('pageBudget', () => {
  const kib = (n: number) => n * 1024;
  const pages = [
    { path: '/a/', bytes: kib(12) },
    { path: '/timeline/2025/', bytes: kib(105) },
    { path: '/b/', bytes: kib(50) },
    { path: '/sources/', bytes: kib(50) + 1 },
    { path: '/c/', bytes: kib(8) },
    { path: '/d/', bytes: kib(30) },
    { path: '/e/', bytes: kib(20) },
  ];

  it('counts the pages over the budget; a page of exactly the budget is within it', () => {
    expect(pageBudget(pages, kib(50)).over).toBe(2);
    expect(pageBudget(pages, kib(200)).over).toBe(0);
  });

  it('names the five heaviest pages, heaviest first', () => {
    expect(pageBudget(pages, kib(50)).heaviest.map((page) => page.path)).toEqual([
      '/timeline/2025/',
      '/sources/',
      '/b/',
      '/d/',
      '/e/',
    ]);
  });

  it('names every page over the budget, however many', () => {
    const budget = pageBudget(pages, kib(10));
    expect(budget.over).toBe(6);
    expect(budget.heaviest.map((page) => page.path)).toEqual([
      '/timeline/2025/',
      '/sources/',
      '/b/',
      '/d/',
      '/e/',
      '/a/',
    ]);
  });
});

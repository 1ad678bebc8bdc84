/**
 * The benchmark's content generator (scripts/bench/generate.ts): what it writes passes the site's
 * own content check, in the numbers its plan promises, and the plan adds up to the pages wanted.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import { splitFrontmatter } from '../../src/integrations/yaml-files';
import { pageRefs } from '../../src/lib/mdx-refs';
import { countFixedPages, generateContent, planSite, registeredComponents } from '../../scripts/bench/generate.ts';

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

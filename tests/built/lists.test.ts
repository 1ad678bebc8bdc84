/**
 * Lists that grow with the ledger and are split into parts past a page's worth (src/lib/parts.ts):
 * the glossary, the actors' index and each metric's full list of estimates. Whatever the split,
 * every entry is listed exactly once, every link into a list lands on the part that holds its
 * anchor, and an explainer's table of estimates points to the full list when it shows only the newest.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import { builtPage, builtPages } from '../helpers/dist';

const { entries } = checkContent('content');
const listPages = (pattern: RegExp) => builtPages().filter((page) => pattern.test(page.path));
const glossary = listPages(/^\/glossary\/(?:\d+\/)?$/);
const actorIndex = listPages(/^\/actors\/(?:\d+\/)?$/);
const estimateLists = listPages(/^\/data\/estimates\/[a-z-]+\/(?:\d+\/)?$/);
const idsOf = (pages: typeof glossary, selector: string, prefix: string) =>
  pages.flatMap((page) => page.root.querySelectorAll(selector).map((element) => element.id.slice(prefix.length)));

describe('lists split into parts', () => {
  it('define every glossary term exactly once', () => {
    expect(idsOf(glossary, 'dl.glossary > div[id]', 'term-').toSorted()).toEqual(
      entries.terms.map((term) => term.id).toSorted(),
    );
  });

  it('link every actor’s page exactly once from the actors’ index', () => {
    const linked = actorIndex.flatMap((page) =>
      page.root.querySelectorAll('article li > a[href^="/actors/"]').map((link) => link.getAttribute('href')),
    );
    expect(linked.toSorted()).toEqual(entries.actors.map((actor) => `/actors/${actor.id}/`).toSorted());
  });

  it('list every estimate exactly once, on the full list of what it counts, with its sources', () => {
    const listed = estimateLists.flatMap((page) =>
      page.root.querySelectorAll('table tr[id^="figure-"]').map((row) => {
        expect(row.querySelector('a[href^="http"]'), `${page.path}#${row.id}`).not.toBeNull();
        const metric = (entries.figures.find((figure) => `figure-${figure.id}` === row.id)?.data as { metric: string })
          .metric;
        expect(page.path, row.id).toMatch(new RegExp(`^/data/estimates/${metric.replaceAll('_', '-')}/`));
        return row.id.slice('figure-'.length);
      }),
    );
    expect(listed.toSorted()).toEqual(entries.figures.map((figure) => figure.id).toSorted());
  });

  it('name each part by its first and last entries, the one shown marked, on every part of a split list', () => {
    for (const page of [...glossary, ...actorIndex, ...estimateLists]) {
      const parts = page.root.querySelectorAll('nav.parts-nav a');
      const heading = page.root.querySelector('h1')!.textContent;
      if (!/, part \d+ of \d+$/.test(heading)) {
        expect(parts, `${page.path}: one page, no parts`).toHaveLength(0);
        continue;
      }
      const total = Number(/of (\d+)$/.exec(heading)![1]);
      expect(
        parts.map((link) => link.textContent.trim().replace(/:.*/, '')),
        page.path,
      ).toEqual(Array.from({ length: total }, (_, index) => `Part ${index + 1}`));
      expect(
        parts.filter((link) => link.getAttribute('aria-current') === 'page').map((link) => link.getAttribute('href')),
      ).toEqual([page.path]);
    }
  });

  it('land every link into them on a page that has its anchor', () => {
    const byPath = new Map(builtPages().map((page) => [page.path, page]));
    const lists = /^\/(glossary|actors|data\/estimates\/[a-z-]+)\/(?:\d+\/)?#/;
    let checked = 0;
    for (const page of builtPages()) {
      for (const link of page.root.querySelectorAll('a[href*="#"]')) {
        const href = link.getAttribute('href')!;
        if (!lists.test(href)) continue;
        const [path, anchor] = href.split('#');
        expect(byPath.get(path!)?.root.querySelector(`#${anchor}`), `${page.path} → ${href}`).toBeTruthy();
        checked += 1;
      }
    }
    expect(checked, 'links into the glossary and the lists of estimates').toBeGreaterThan(0);
  });

  it('give an explainer’s table of estimates a link to every full list it shortens, and the chart pages one each', () => {
    for (const page of builtPages()) {
      for (const note of page.root.querySelectorAll('.estimates-more')) {
        const table = note.previousElementSibling!;
        expect(table.querySelector('caption')?.textContent, page.path).toMatch(/the newest \d+ of [\d,]+ estimates/);
        for (const link of note.querySelectorAll('a'))
          expect(isBuilt(link.getAttribute('href')!), page.path).toBe(true);
      }
    }
    const charts = builtPage('/data/charts/').root.querySelectorAll('article section a');
    expect(charts.length).toBeGreaterThan(0);
    for (const link of charts) expect(isBuilt(link.getAttribute('href')!)).toBe(true);
  });
});

/** A link's page was built (its #fragment aside). */
function isBuilt(path: string): boolean {
  return builtPages().some((page) => page.path === path.split('#')[0]);
}

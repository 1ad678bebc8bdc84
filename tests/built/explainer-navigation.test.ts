/**
 * Finding your way through the explainers, on the built HTML: every explainer lists its own
 * sections under "On this page" (each link landing on its heading, in the order they come),
 * explains its dates, offers a way back to the top, and links the explainers before and after it
 * in reading order (frontmatter `order`).
 */
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import { builtPage } from '../helpers/dist';

const { entries } = checkContent('content');
const explainers = entries.explainers
  .map((entry) => ({ id: entry.id, ...(entry.data as { title: string; order: number }) }))
  .sort((a, b) => a.order - b.order);
const pathOf = (id: string) => (id === 'index' ? '/' : `/${id}/`);
const text = (element: HTMLElement) => element.textContent.replace(/\s+/g, ' ').trim();
/** The link's target path without the base: "/treaty/". */
const linkPath = (link: HTMLElement) => new URL(link.getAttribute('href')!, 'http://site/').pathname;

describe.each(explainers.map((explainer, index) => [pathOf(explainer.id), index] as const))('%s', (path, index) => {
  const page = builtPage(path);
  const article = page.root.querySelector('main article')!;
  const contents = article.querySelector('nav.contents');

  it('lists every section under "On this page", in order, each link landing on its heading', () => {
    expect(contents, 'the "On this page" list').not.toBeNull();
    expect(text(contents!.querySelector('summary')!)).toBe('On this page');
    const sections = article
      .querySelectorAll('h2')
      .filter((heading) => !heading.closest('nav'))
      .map((heading) => ({ id: heading.id, text: text(heading) }));
    expect(sections.length).toBeGreaterThan(1);
    const listed = contents!
      .querySelectorAll(':scope > details > ol > li > a')
      .map((link) => ({ id: link.getAttribute('href')!.replace(/^#/, ''), text: text(link) }));
    expect(listed).toEqual(sections);
    // Subsections (h3) sit under their section and land on a heading of this page.
    for (const link of contents!.querySelectorAll('li li a')) {
      const target = article.getElementById(link.getAttribute('href')!.slice(1));
      expect(target?.tagName, `${text(link)} links to a subsection heading`).toBe('H3');
      expect(text(target!)).toBe(text(link));
    }
  });

  it('explains "Facts as of" and "Last reviewed" where they are shown', () => {
    const meta = article.querySelector('.page-meta')!;
    expect(text(meta)).toContain('Last reviewed');
    const explained = text(meta.querySelector('details.dates-explained')!);
    expect(explained).toMatch(/Last reviewed is the day/);
    if (text(meta).includes('Facts as of')) expect(explained).toMatch(/Facts as of is the newest date/);
  });

  it('has a link back to the top of the page', () => {
    const back = article.querySelector('.back-to-top a');
    expect(back?.getAttribute('href')).toBe('#top');
    expect(page.root.getElementById('top'), 'the element "Back to top" goes to').not.toBeNull();
  });

  it('links the previous and next explainers in reading order', () => {
    const pager = page.root.querySelector('nav.pager');
    const previous = explainers[index - 1];
    const next = explainers[index + 1];
    const prevLink = pager?.querySelector('a[rel="prev"]') ?? null;
    const nextLink = pager?.querySelector('a[rel="next"]') ?? null;
    if (previous) {
      expect(prevLink && linkPath(prevLink)).toBe(pathOf(previous.id));
      expect(text(prevLink!)).toContain(previous.title);
    } else expect(prevLink, 'the first explainer has no previous page').toBeNull();
    if (next) {
      expect(nextLink && linkPath(nextLink)).toBe(pathOf(next.id));
      expect(text(nextLink!)).toContain(next.title);
    } else expect(nextLink, 'the last explainer has no next page').toBeNull();
  });
});

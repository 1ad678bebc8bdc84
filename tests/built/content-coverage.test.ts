/**
 * Issue 3's rules on the built site: every figure and event is shown (with its anchor) on at
 * least one page, every in-page link (notes, back-references, sources) lands on something, and
 * key facts from the fact base are on the pages that should hold them.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import { anchors } from '../../src/lib/paths';
import { builtPage, builtPages } from '../helpers/dist';

const pages = builtPages();
const { entries } = checkContent('content');

/** Every element id on the site, with the pages that carry it. */
const idsOnSite = new Map<string, string[]>();
for (const page of pages) {
  for (const element of page.root.querySelectorAll('[id]')) {
    const list = idsOnSite.get(element.id) ?? [];
    list.push(page.path);
    idsOnSite.set(element.id, list);
  }
}

describe('every entry is on the site', () => {
  it.each([
    ['figures', entries.figures, anchors.figure],
    ['events', entries.events, anchors.event],
  ] as const)('every entry in %s has its anchor on at least one page', (collection, list, anchor) => {
    expect(list.length).toBeGreaterThan(0);
    const missing = list
      .filter((entry) => !idsOnSite.has(anchor(entry.id)))
      .map((entry) => `${entry.file}: no page has #${anchor(entry.id)}; cite it on the page it belongs to`);
    expect(missing, collection).toEqual([]);
  });
});

describe('links within a page', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s: every #fragment link has its target', (_path, page) => {
    const ids = new Set(page.root.querySelectorAll('[id]').map((element) => element.id));
    const broken = page.root
      .querySelectorAll('a[href^="#"]')
      .map((link) => link.getAttribute('href')!)
      .filter((href) => href !== '#' && !ids.has(decodeURIComponent(href.slice(1))));
    expect(broken).toEqual([]);
  });

  it('notes go both ways on every explainer: reference to note and back', () => {
    let notes = 0;
    for (const entry of entries.explainers) {
      const page = builtPage(entry.id === 'index' ? '/' : `/${entry.id}/`);
      const ids = new Set(page.root.querySelectorAll('[id]').map((element) => element.id));
      for (const ref of page.root.querySelectorAll('sup.note-ref a')) {
        const target = ref.getAttribute('href')!;
        expect(target, page.path).toMatch(/^#note-\d+$/);
        expect(ids.has(target.slice(1)), `${page.path} ${target}`).toBe(true);
      }
      for (const note of page.root.querySelectorAll('.notes li[id^="note-"]')) {
        notes += 1;
        const back = note.querySelector('a.note-back')?.getAttribute('href') ?? '';
        expect(ids.has(back.slice(1)), `${page.path} ${note.id} → ${back}`).toBe(true);
        const sources = note.querySelectorAll('.note-sources a');
        expect(sources.length, `${page.path} ${note.id}`).toBeGreaterThan(0);
        for (const source of sources) {
          expect(source.getAttribute('href'), `${page.path} ${note.id}`).toMatch(/^#source-/);
        }
      }
    }
    expect(notes).toBeGreaterThan(100);
  });
});

/**
 * Key facts from the fact base (its README's "latest state of knowledge" and "ten most important
 * disagreements"), each with the page that must state it. Text is matched in the page's main
 * content with whitespace collapsed.
 */
const KEY_FACTS: { page: string; text: string; fact: string }[] = [
  { page: '/', text: 'about 15,000', fact: 'NIS: 15,000 sent in two deployments (30 Apr 2025)' },
  { page: '/', text: 'about 2,000', fact: 'NIS: about 2,000 killed (2 Sep 2025), the latest death estimate' },
  { page: '/', text: 'about 6,000', fact: 'NIS: about 6,000 killed or wounded (12 Feb 2026)' },
  { page: '/', text: 'about 4,100', fact: 'NIS: about 4,100 wounded (30 Apr 2025), the last separate figure' },
  { page: '/', text: '19 June 2024', fact: 'treaty signed in Pyongyang' },
  { page: '/deployment/', text: 'about 1,500', fact: 'NIS: first ~1,500 special forces shipped 8–13 Oct 2024' },
  { page: '/deployment/', text: 'Vladivostok', fact: 'first troops shipped to Vladivostok' },
  { page: '/deployment/', text: 'Storm Corps', fact: 'the 11th “Storm Corps” as the core of the force' },
  { page: '/deployment/', text: 'Reconnaissance General Bureau', fact: 'the captured soldiers’ unit' },
  { page: '/deployment/', text: '528th Engineer Regiment', fact: 'the engineer regiment sent in August 2025' },
  { page: '/deployment/', text: 'at least 3,000', fact: 'JCS: 3,000 or more sent in Jan–Feb 2025' },
  { page: '/deployment/', text: 'about 13,000', fact: 'Yonhap: about 13,000 sent (Sep 2025)' },
  { page: '/deployment/', text: 'It looks like another piece of fake news.', fact: 'Kremlin denial, 10 Oct 2024' },
  { page: '/deployment/', text: '28 April 2025', fact: 'North Korea admits the deployment' },
  { page: '/casualties/', text: 'at least 100', fact: 'NIS first estimate: at least 100 dead (19 Dec 2024)' },
  { page: '/casualties/', text: 'about 4,700', fact: 'NIS: about 4,700 casualties (30 Apr 2025)' },
  { page: '/casualties/', text: 'at least 101', fact: 'North Korea showed 101 named portraits (Aug 2025)' },
  { page: '/casualties/', text: 'Lee Seong-kweun', fact: 'the lawmaker who relays most NIS figures' },
  { page: '/casualties/', text: 'heartrending loss of nine lives', fact: 'Kim: nine engineers killed (12 Dec 2025)' },
  { page: '/casualties/', text: 'at least 1,000', fact: 'Kirby: more than 1,000 killed or wounded in one week' },
  { page: '/treaty/', text: '4 December 2024', fact: 'the treaty enters into force' },
  { page: '/treaty/', text: 'Article 4', fact: 'the mutual-assistance clause' },
  { page: '/kursk/', text: 'Gornal', fact: 'the village Russia said it took on 26 Apr 2025' },
  { page: '/prisoners/', text: '5 February 2026', fact: 'the POWs left out of the prisoner exchange' },
];

describe('key facts', () => {
  it('are at least 15, on at least five pages', () => {
    expect(KEY_FACTS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(KEY_FACTS.map((fact) => fact.page)).size).toBeGreaterThanOrEqual(5);
  });

  it.each(KEY_FACTS.map((fact) => [fact.page, fact.text, fact] as const))('%s states “%s”', (path, text, fact) => {
    const main = builtPage(path).root.querySelector('main');
    const content = (main?.textContent ?? '').replace(/\s+/g, ' ');
    expect(content, `${path} should state: ${fact.fact}`).toContain(text);
  });
});

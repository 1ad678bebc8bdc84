/** Checks on the built HTML in dist/: run after `npm run build`. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import { builtPage, builtPages, DIST } from '../helpers/dist';

const pages = builtPages();
const { entries } = checkContent('content');

describe('every built page', () => {
  it('exists for every route DESIGN.md fixes', () => {
    const paths = new Set(pages.map((page) => page.path));
    for (const path of ['/', '/timeline/', '/sources/', '/glossary/', '/actors/', '/search/', '/404.html']) {
      expect(paths, path).toContain(path);
    }
    for (const actor of entries.actors) expect(paths).toContain(`/actors/${actor.id}/`);
    for (const explainer of entries.explainers) {
      expect(paths).toContain(explainer.id === 'index' ? '/' : `/${explainer.id}/`);
    }
  });

  it.each(pages.map((page) => [page.path, page] as const))(
    '%s has a title, a description, one h1 and a canonical link',
    (_path, page) => {
      expect(page.root.querySelector('title')?.textContent.trim()).toBeTruthy();
      expect(page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
      expect(page.root.querySelectorAll('h1')).toHaveLength(1);
      const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical).toMatch(/^https?:\/\//);
      expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('en');
      expect(page.root.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
      expect(page.root.querySelector('main#main')).not.toBeNull();
    },
  );

  it('has no duplicate element ids on any page', () => {
    for (const page of pages) {
      const ids = page.root.querySelectorAll('[id]').map((element) => element.id);
      const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
      expect(duplicates, page.path).toEqual([]);
    }
  });
});

describe('figures on explainer pages', () => {
  const explainerPages = entries.explainers.map((entry) => builtPage(entry.id === 'index' ? '/' : `/${entry.id}/`));

  it('each rendered figure has a note whose sources link out', () => {
    let figures = 0;
    for (const page of explainerPages) {
      for (const figure of page.root.querySelectorAll('[data-figure]')) {
        figures += 1;
        const noteLink = figure.querySelector('sup.note-ref a')?.getAttribute('href') ?? '';
        expect(noteLink, `${page.path} ${figure.getAttribute('data-figure')}`).toMatch(/^#note-\d+$/);
        const note = page.root.querySelector(noteLink);
        const sourceAnchors = note?.querySelectorAll('.note-sources a') ?? [];
        expect(sourceAnchors.length, `${page.path} ${noteLink}`).toBeGreaterThan(0);
        for (const anchor of sourceAnchors) {
          const entry = page.root.querySelector(anchor.getAttribute('href')!);
          expect(entry?.querySelector('a[href^="http"]'), anchor.getAttribute('href')!).toBeTruthy();
        }
      }
    }
    expect(figures).toBeGreaterThan(0);
  });
});

describe('JavaScript on reading pages', () => {
  it('is only the inline theme script and small bundled modules, never a framework', () => {
    for (const page of pages.filter((p) => p.path !== '/search/')) {
      const scripts = page.root.querySelectorAll('script');
      const inline = scripts.filter((script) => !script.getAttribute('src'));
      expect(inline, page.path).toHaveLength(1);
      expect(inline[0]!.textContent).toContain("localStorage.getItem('theme')");
      for (const script of scripts.filter((s) => s.getAttribute('src'))) {
        expect(script.getAttribute('type'), page.path).toBe('module');
        const file = `${DIST}${script.getAttribute('src')!.replace(/^\/[^_]*_astro/, '/_astro')}`;
        expect(existsSync(file), file).toBe(true);
        const code = readFileSync(file, 'utf8');
        expect(code).not.toMatch(/astro-island|react|preact|svelte|vue/i);
      }
      expect(page.html).not.toContain('<astro-island');
    }
  });

  it('loads the search code only from the search page', () => {
    for (const page of pages.filter((p) => p.path !== '/search/')) {
      expect(page.html, page.path).not.toMatch(/pagefind\/|pagefind\.js/);
    }
    expect(builtPage('/search/').html).toContain('pagefind/');
  });
});

describe('search index', () => {
  it('is written by the build', () => {
    expect(existsSync(`${DIST}/pagefind/pagefind.js`)).toBe(true);
    expect(existsSync(`${DIST}/pagefind/pagefind-entry.json`)).toBe(true);
  });

  it('indexes only the main content', () => {
    for (const page of pages.filter((p) => p.root.querySelector('[data-pagefind-body]'))) {
      const body = page.root.querySelector('[data-pagefind-body]')!;
      expect(body.closest('main'), page.path).not.toBeNull();
      expect(body.querySelector('header, footer, nav[aria-label="Main"]'), page.path).toBeNull();
    }
  });
});

/** No internal link in the sources is a bare `/…` path: each goes through href() and so through the base path. */
import { describe, expect, it } from 'vitest';
import { findBareLinks, scanForBareLinks } from './support/bare-links';

const lines = (file: string, text: string) => findBareLinks(file, text).map((link) => `${link.line}: ${link.text}`);

describe('the bare-link check', () => {
  it('finds bare internal paths in attributes, Markdown links, DOM code and CSS', () => {
    expect(
      lines(
        'Page.astro',
        [
          '<a href="/timeline/">Timeline</a>',
          "<img src='/og/home.png' alt='' />",
          '<a href={`/actors/${id}/`}>x</a>',
          "<form action={'/search/'}></form>",
          '<div data-bundle="/pagefind/"></div>',
          '<style>.x { background: url(/images/a.png); }</style>',
          "<script>link.href = '/timeline/';</script>",
        ].join('\n'),
      ),
    ).toEqual([
      '1: <a href="/timeline/">Timeline</a>',
      "2: <img src='/og/home.png' alt='' />",
      '3: <a href={`/actors/${id}/`}>x</a>',
      "4: <form action={'/search/'}></form>",
      '5: <div data-bundle="/pagefind/"></div>',
      '6: <style>.x { background: url(/images/a.png); }</style>',
      "7: <script>link.href = '/timeline/';</script>",
    ]);
    expect(lines('page.mdx', 'See [the timeline](/timeline/).\n\n[t]: /timeline/\n![map](/map.png)')).toEqual([
      '1: See [the timeline](/timeline/).',
      '3: [t]: /timeline/',
      '4: ![map](/map.png)',
    ]);
    expect(lines('client.ts', "anchor.setAttribute('href', '/x/');")).toEqual([
      "1: anchor.setAttribute('href', '/x/');",
    ]);
  });

  it('lets base-aware, external, protocol-relative-free and fragment links through', () => {
    expect(
      lines(
        'Page.astro',
        [
          "<a href={href('timeline')}>Timeline</a>",
          '<a href="https://www.example.org/a">source</a>',
          '<a href="#notes">notes</a>',
          '<a href={`${import.meta.env.BASE_URL}feed.xml`}>feed</a>',
          '<a class="x" data-path="timeline">t</a>',
          'const p = "/timeline/"; // a string, not a link',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      lines('page.mdx', 'See <PageLink to="timeline">the timeline</PageLink> and [BBC](https://bbc.co.uk/x).'),
    ).toEqual([]);
  });
});

describe('the sources', () => {
  it('write no internal link as a bare /… path (MDX, components, pages, client scripts, styles)', () => {
    const { files, found } = scanForBareLinks(['src', 'content']);
    expect(files).toBeGreaterThan(20);
    expect(found.map((link) => `${link.file}:${link.line}: ${link.text} -> ${link.fix}`)).toEqual([]);
  });
});

/** The bibliography, split by publisher initial: every source listed once, every link resolving. */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import { relayName } from '../../src/lib/source-label';
import { builtPage, builtPages } from '../helpers/dist';

const { entries } = checkContent('content');
// An initial longer than a page continues on /sources/<initial>/2/ (src/data/bibliography.ts).
const letterPages = builtPages().filter((page) => /^\/sources\/[^/]+\/(?:\d+\/)?$/.test(page.path));
const front = builtPage('/sources/');

describe('the bibliography', () => {
  it('lists every source exactly once, on the page of its publisher’s initial', () => {
    const listed = letterPages.flatMap((page) =>
      page.root.querySelectorAll('li[id^="source-"]').map((item) => item.id.slice('source-'.length)),
    );
    expect(listed.toSorted()).toEqual(entries.sources.map((source) => source.id).toSorted());
  });

  it('links every source out to its page', () => {
    for (const page of letterPages) {
      for (const item of page.root.querySelectorAll('li[id^="source-"]')) {
        expect(item.querySelector('cite a')?.getAttribute('href'), `${page.path}#${item.id}`).toMatch(/^https?:\/\//);
      }
    }
  });

  it('links every initial page and every publisher from /sources/, and each link lands', () => {
    const links = front.root
      .querySelectorAll('main a[href^="/sources/"]')
      .map((anchor) => anchor.getAttribute('href')!)
      .filter((link) => link !== '/sources/');
    const initials = new Set(links.map((link) => link.split('#')[0]));
    expect([...initials].toSorted()).toEqual(letterPages.map((page) => page.path).toSorted());
    // A relay is filed under its own name, without the "(via …)" its publisher field may carry.
    const publishers = new Set(
      entries.sources.map(({ data }) => {
        const { publisher, original } = data as { publisher: string; original?: unknown };
        return original ? relayName(publisher) : publisher;
      }),
    );
    const publisherLinks = links.filter((link) => link.includes('#'));
    expect(publisherLinks).toHaveLength(publishers.size);
    for (const link of publisherLinks) {
      const [path, anchor] = link.split('#') as [string, string];
      expect(builtPage(path).root.getElementById(anchor), link).not.toBeNull();
    }
  });
});

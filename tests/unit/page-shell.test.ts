/** The page shell's pure helpers: contents, reading order, "report a problem" links, REPO_URL. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_REPOSITORY, repositoryFrom } from '../../site.config';
import { contentsOf, neighbours } from '../../src/lib/contents';
import { reportProblemUrl } from '../../src/lib/report-problem';

describe('contentsOf', () => {
  it('lists sections with their subsections under them, leaving deeper headings out', () => {
    expect(
      contentsOf([
        { depth: 2, slug: 'numbers', text: 'The numbers' },
        { depth: 3, slug: 'killed', text: 'Killed' },
        { depth: 4, slug: 'detail', text: 'Detail' },
        { depth: 3, slug: 'wounded', text: 'Wounded' },
        { depth: 2, slug: 'why', text: 'Why they differ' },
      ]),
    ).toEqual([
      {
        slug: 'numbers',
        text: 'The numbers',
        children: [
          { slug: 'killed', text: 'Killed', children: [] },
          { slug: 'wounded', text: 'Wounded', children: [] },
        ],
      },
      { slug: 'why', text: 'Why they differ', children: [] },
    ]);
  });

  it('keeps a subsection that comes before any section', () => {
    expect(contentsOf([{ depth: 3, slug: 'intro', text: 'Intro' }])).toEqual([
      { slug: 'intro', text: 'Intro', children: [] },
    ]);
  });
});

describe('neighbours', () => {
  const pages = [{ id: 'index' }, { id: 'treaty' }, { id: 'faq' }];
  it('finds the pages before and after, and nothing past either end', () => {
    expect(neighbours(pages, 'treaty')).toEqual({ previous: { id: 'index' }, next: { id: 'faq' } });
    expect(neighbours(pages, 'index').previous).toBeUndefined();
    expect(neighbours(pages, 'faq').next).toBeUndefined();
  });
  it('fails on a page that is not in the order', () => {
    expect(() => neighbours(pages, 'nowhere')).toThrow('"nowhere" is not in the reading order');
  });
});

describe('reportProblemUrl', () => {
  it("opens the repository's new-issue form, naming the entry's kind, id and page in the title", () => {
    const url = new URL(
      reportProblemUrl('https://github.com/owner/repo/', {
        kind: 'figure',
        id: 'nis-2025-01-13-killed',
        page: '/casualties/',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://github.com/owner/repo/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem with figure nis-2025-01-13-killed on /casualties/');
    expect(url.searchParams.get('body')).toContain('Entry: figure:nis-2025-01-13-killed\nPage: /casualties/');
  });
});

describe('repositoryFrom (REPO_URL)', () => {
  it('defaults to the project repository when unset or empty', () => {
    expect(repositoryFrom(undefined)).toBe(DEFAULT_REPOSITORY);
    expect(repositoryFrom('  ')).toBe(DEFAULT_REPOSITORY);
  });
  it('takes a web address, without its trailing slash', () => {
    expect(repositoryFrom('https://github.com/you/fork/')).toBe('https://github.com/you/fork');
  });
  it('rejects what is not a web address, saying what was expected', () => {
    expect(() => repositoryFrom('you/fork')).toThrow(
      'REPO_URL: "you/fork" is not a web address; expected e.g. https://github.com/owner/repo',
    );
    expect(() => repositoryFrom('ftp://example.org/repo')).toThrow('is not an http(s) address');
  });
});

/**
 * Slips a template makes and a reader notices: doubled qualifiers, attributions that bury the
 * sentence, "what we know" out of date order, a heading that says "not given", and a summary at
 * the top of every topic page.
 */
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages } from '../helpers/dist';

const explainers = builtPages().filter((page) => page.root.querySelector('article[data-pagefind-body] .page-meta'));

const QUALIFIERS = 'at least|about|up to|exactly|more than|some|nearly|around|roughly|almost|fewer than';
// "put it at about 600" and "over about three months" are English; "at at least" is a slip, and so
// is "the about 350" (an article before a figure's own qualifier; "the roughly 11,000" in prose is not).
const DOUBLED = new RegExp(`\\b(${QUALIFIERS}) (${QUALIFIERS}|over)\\b|\\bat at\\b`, 'i');
/** An article, then a figure whose amount starts with its own qualifier: "the about 350". */
const ARTICLE_BEFORE_QUALIFIER = new RegExp(
  `\\b(the|a|an)\\s+(<(?!/)[^>]*>\\s*)*<strong class="figure-amount">(${QUALIFIERS})\\b`,
  'i',
);

describe('reading the explainers', () => {
  it('finds them', () => {
    expect(explainers.map((page) => page.path)).toEqual(expect.arrayContaining(['/', '/casualties/', '/treaty/']));
  });

  it('never doubles a qualifier ("about about", "more than at least", "at at least", "the about")', () => {
    const slips = explainers.flatMap((page) => {
      const text = (page.root.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ');
      const match = DOUBLED.exec(text);
      return match ? [`${page.path}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`] : [];
    });
    expect(slips).toEqual([]);
    const articles = explainers.flatMap((page) => {
      const match = ARTICLE_BEFORE_QUALIFIER.exec(page.html);
      return match ? [`${page.path}: ${match[0]}`] : [];
    });
    expect(articles).toEqual([]);
  });

  it('attributes figures in short form, the detail in the note: no "via" and at most one pair of brackets', () => {
    const long = explainers.flatMap((page) =>
      page.root
        .querySelectorAll('.figure-claim')
        .map((claim) => claim.textContent.replace(/\s+/g, ' ').trim())
        .filter((text) => / via |\(.*\(/.test(text) || text.length > 60)
        .map((text) => `${page.path}: ${text}`),
    );
    expect(long).toEqual([]);
  });

  it('lists "what we know" oldest first', () => {
    for (const page of explainers) {
      for (const list of page.root.querySelectorAll('.know-what-we-know ul, .know-what-is-disputed ul')) {
        const dates = list
          .querySelectorAll(':scope > li')
          .map((item) => item.querySelector('time')?.getAttribute('datetime') ?? '')
          .map((date) => date.padEnd(10, '-00'));
        expect(dates, page.path).toEqual([...dates].sort());
      }
    }
  });

  it('opens every topic page with a summary before the first section', () => {
    for (const path of ['/', '/treaty/', '/deployment/', '/casualties/', '/kursk/', '/prisoners/', '/reactions/']) {
      const article = builtPage(path).root.querySelector('article')!;
      const glance = article.querySelector('.glance');
      expect(glance, path).not.toBeNull();
      const firstSection = article.querySelector('h2:not(.glance-title)');
      expect(article.innerHTML.indexOf(glance!.outerHTML), path).toBeLessThan(
        article.innerHTML.indexOf(firstSection!.outerHTML),
      );
    }
  });
});

describe('the treaty page', () => {
  const page = builtPage('/treaty/');

  it('groups the provisions without a number under one honest heading, none saying "not given"', () => {
    const headings = page.root.querySelectorAll('h2, h3, h4').map((heading) => heading.textContent.trim());
    expect(headings.filter((heading) => /not given/i.test(heading))).toEqual([]);
    expect(page.root.querySelector('#provisions-without-numbers')).not.toBeNull();
  });

  it('links to where the full text was published', () => {
    const facts = page.root.querySelector('.treaty-facts')!;
    const fullText = facts.querySelectorAll('dt').find((dt) => dt.textContent.trim() === 'Full text');
    expect(fullText).toBeDefined();
    const links = fullText!.nextElementSibling!.querySelectorAll('a[href^="http"]');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      expect.arrayContaining([expect.stringContaining('kcnawatch.org')]),
    );
  });
});

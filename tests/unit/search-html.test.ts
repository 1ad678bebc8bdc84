import { describe, expect, it } from 'vitest';
import { anchorIds, searchBlock, searchCopy, searchDocument } from '../../src/lib/search-html';

const page = `<!doctype html><html lang="en"><head><title>T</title><script>const x = "<main>";</script></head>
<body><header><nav><a href="/">Kursk in the menu</a></nav></header>
<main id="main"><article data-pagefind-body>
<h1 id="top">Kim Jong Un</h1><p id="lead">Met Putin &amp; Shoigu<sup class="note-ref" data-pagefind-ignore><a href="#note-1" id="ref-1">1</a></sup><br>in Pyongyang.</p>
<img src="x.png" alt=""><svg><path d="M0 0" /></svg>
<div data-pagefind-ignore><p>Notes name Zelensky.</p><div><p>Deeper Zelensky.</p></div></div>
<dl><dt>Signed</dt><dd>6 July 1961</dd></dl><script>const y = "</div>";</script>
<div id="term-storm-corps" data-pagefind-title="Storm Corps"><dt>Storm Corps</dt></div><H3 class="x" id="faq">Q?</H3>
</article><aside id="event-a"><p>Outside the body: Budanov.</p></aside></main></body></html>`;

describe('searchCopy', () => {
  const copy = searchCopy(page)!;

  it('keeps the text inside data-pagefind-body and drops ignored parts, note numbers, chrome, tags and scripts', () => {
    expect(copy.text).toBe('Kim Jong Un Met Putin & Shoigu in Pyongyang. Signed 6 July 1961 Storm Corps Q?');
  });

  it('sends Pagefind only the indexed elements, ignored ones left empty, with a space where an element ends a word', () => {
    expect(copy.body).toContain('<div data-pagefind-ignore></div>');
    expect(copy.body).toContain('Shoigu<sup class="note-ref" data-pagefind-ignore></sup> <br> in Pyongyang.');
    expect(copy.body).toContain('<dt>Signed</dt>  <dd>6 July 1961</dd>');
    expect(copy.body).not.toMatch(/Kursk in the menu|Budanov|Zelensky|<script|<main|<aside/);
    expect(copy.body.trimStart().startsWith('<article data-pagefind-body>')).toBe(true);
    expect(copy.body.trimEnd().endsWith('</article>')).toBe(true);
  });

  it('keeps the ids of headings and titled sections, the only anchors a result shows, and drops the rest', () => {
    expect(copy.body).toContain('<h1 id="top">');
    expect(copy.body).toContain('<p>Met Putin');
    expect(copy.body).toContain('<div id="term-storm-corps" data-pagefind-title="Storm Corps">');
    expect(copy.body).toContain('<H3 class="x" id="faq">');
  });

  it('gives Pagefind straight apostrophes, so that a possessive is indexed as its word', () => {
    expect(searchCopy('<p data-pagefind-body>Russia’s treaty</p>')!.body.trim()).toBe(
      "<p data-pagefind-body>Russia's treaty</p>",
    );
  });

  it('is null for a page with nothing to index', () => {
    expect(searchCopy('<html><body><main><h1>Not found</h1></main></body></html>')).toBeNull();
  });

  it('makes a page of the indexed elements and the search block', () => {
    expect(searchDocument('<article data-pagefind-body>x</article>', '<div>B</div>')).toBe(
      '<!doctype html><html><body><article data-pagefind-body>x</article><div>B</div></body></html>',
    );
  });
});

describe('anchorIds', () => {
  it('lists every element id on the page, indexed or not, not data-id or aria attributes', () => {
    expect(anchorIds(page)).toEqual(new Set(['main', 'top', 'lead', 'ref-1', 'term-storm-corps', 'faq', 'event-a']));
    expect(anchorIds('<li id="event-a" data-id="x"><p aria-labelledby="b" id="c"></p></li>')).toEqual(
      new Set(['event-a', 'c']),
    );
  });
});

describe('searchBlock', () => {
  it("writes metadata, filters and names as ignored text, never as the page's words", () => {
    const block = searchBlock({
      meta: { type: 'Person', section: 'Actors' },
      filters: { topic: ['Treaty', 'Prisoners of war'], claimant: ['A, B & C'] },
      ownNames: ['Kim Jong Un', '김정은'],
      aka: ['Кремль', 'Kremlin Palace'],
    });
    expect(block).toBe(
      '<div hidden data-pagefind-body data-search-block><div data-pagefind-ignore>' +
        '<span data-pagefind-meta="type">Person</span><span data-pagefind-meta="section">Actors</span>' +
        '<span data-pagefind-meta="names">Kim Jong Un · 김정은</span>' +
        '<span data-pagefind-meta="aka">Кремль · Kremlin Palace</span>' +
        '<span data-pagefind-filter="topic">Treaty</span><span data-pagefind-filter="topic">Prisoners of war</span>' +
        '<span data-pagefind-filter="claimant">A, B &amp; C</span></div></div>',
    );
  });
});

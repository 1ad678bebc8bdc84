import { describe, expect, it } from 'vitest';
import {
  elementIds,
  hasSearchBody,
  indexedText,
  injectSearchBlock,
  searchBlock,
  sectionAnchorsOnly,
} from '../../src/lib/search-html';

const page = `<!doctype html><html lang="en"><head><title>T</title><script>const x = "<main>";</script></head>
<body><header><nav><a href="/">Kursk in the menu</a></nav></header>
<main id="main"><article data-pagefind-body>
<h1 id="top">Kim Jong Un</h1><p>Met Putin &amp; Shoigu<br>in Pyongyang.</p>
<img src="x.png" alt=""><svg><path d="M0 0" /></svg>
<div data-pagefind-ignore><p>Notes name Zelensky.</p><div><p>Deeper Zelensky.</p></div></div>
<p>After the notes.</p>
</article><aside><p>Outside the body: Budanov.</p></aside></main></body></html>`;

describe('indexedText', () => {
  it('keeps the text inside data-pagefind-body and drops ignored parts, chrome, tags and scripts', () => {
    expect(indexedText(page)).toBe('Kim Jong Un Met Putin & Shoigu in Pyongyang. After the notes.');
  });
});

describe('page inspection', () => {
  it('tells indexed pages from the rest', () => {
    expect(hasSearchBody(page)).toBe(true);
    expect(hasSearchBody('<html><body><main><h1>Not found</h1></main></body></html>')).toBe(false);
  });

  it('lists element ids, not data-id or aria attributes', () => {
    expect(elementIds('<li id="event-a" data-id="x"><p aria-labelledby="b" id="c"></p></li>')).toEqual(
      new Set(['event-a', 'c']),
    );
  });
});

describe('sectionAnchorsOnly', () => {
  it('keeps the ids of headings and titled sections, the only anchors a result shows, and drops the rest', () => {
    const html =
      '<h2 id="in-brief">In brief</h2><p>Text<a id="ref-1" href="#note-1">1</a></p>' +
      '<li class="event" id="event-a" data-id="x">28 October 2024</li>' +
      '<div id="term-storm-corps" data-pagefind-title="Storm Corps"><dt>Storm Corps</dt></div><H3 class="x" id="faq">Q?</H3>';
    expect(sectionAnchorsOnly(html)).toBe(
      '<h2 id="in-brief">In brief</h2><p>Text<a href="#note-1">1</a></p>' +
        '<li class="event" data-id="x">28 October 2024</li>' +
        '<div id="term-storm-corps" data-pagefind-title="Storm Corps"><dt>Storm Corps</dt></div><H3 class="x" id="faq">Q?</H3>',
    );
  });
});

describe('searchBlock', () => {
  it("writes metadata, filters and names as ignored text, never as the page's words", () => {
    const block = searchBlock({
      meta: { type: 'Person', section: 'Actors' },
      filters: { topic: ['Treaty', 'Prisoners of war'], claimant: ['A, B & C'] },
      ownNames: ['Kim Jong Un', '김정은'],
      mentions: [{ count: 12, words: ['Кремль', 'Kremlin Palace'] }],
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

  it('goes at the end of <main>, inside the page and after its chrome', () => {
    expect(injectSearchBlock('<body><a>Skip</a><main id="main"><h1>x</h1></main></body>', '<div>B</div>')).toBe(
      '<body><a>Skip</a><main id="main"><h1>x</h1><div>B</div></main></body>',
    );
    expect(injectSearchBlock('<body class="a"><p>x</p></body>', '<div>B</div>')).toBe(
      '<body class="a"><p>x</p><div>B</div></body>',
    );
  });
});

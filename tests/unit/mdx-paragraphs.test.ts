/**
 * MDX reads a line that holds nothing but JSX as a block, even in the middle of a paragraph, so
 * a citation wrapped onto a line of its own (`<Event id="…" cite />` alone) silently splits the
 * sentence into two paragraphs. The content check reports such lines in `astro dev` and
 * `astro build` (tests/unit/content-check.test.ts, fixture citation-splits-paragraph).
 */
import { describe, expect, it } from 'vitest';
import { splitParagraphLines } from '../../src/lib/mdx-prose';
import { parseMdx } from '../../src/lib/mdx-refs';

const splitLines = (body: string, bodyLine?: number) => splitParagraphLines(parseMdx(body), bodyLine);

describe('splitParagraphLines', () => {
  it('finds a citation alone on a line inside a paragraph', () => {
    expect(splitLines('The treaty was signed\n<Event id="a" cite /> <Cite ids="s" />\nin June.')).toEqual([2]);
    expect(splitLines('Two prisoners remain\n<Event id="a" cite />')).toEqual([2]);
    expect(splitLines('Read more about\n<PageLink to="treaty" />\nthe treaty.', 8)).toEqual([9]);
  });

  it('passes citations that share a line with text, and block components on their own', () => {
    expect(splitLines('The treaty was signed\n<Event id="a" cite />.\nin June.')).toEqual([]);
    expect(splitLines('Text.\n\n<Quote id="q" />\n\nMore.')).toEqual([]);
    expect(splitLines('Text.\n<Quote id="q" />\nMore.')).toEqual([]);
    expect(splitLines('Text.\n\n<Figure id="f" />\n\nMore.')).toEqual([]);
    expect(splitLines('- <Event id="a" />\n- <Event id="b" />')).toEqual([]);
  });

  it('passes examples in code and comments', () => {
    expect(splitLines('Text\n\n```mdx\nThe treaty\n<Event id="a" />\n```')).toEqual([]);
    expect(splitLines('Text\n{/* <Event id="a" /> */}')).toEqual([]);
  });
});

/**
 * MDX reads a line that holds nothing but JSX as a block, even in the middle of a paragraph, so
 * a citation wrapped onto a line of its own (`<Event id="…" cite />` alone) silently splits the
 * sentence into two paragraphs. Inline components must share their line with some text.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLAINER_EXTENSIONS } from '../../src/integrations/content-check';
import { listFiles, splitFrontmatter } from '../../src/integrations/yaml-files';
import { blankFencedCode } from '../../src/lib/mdx-refs';

/** Components that belong inside a sentence. */
const INLINE = ['Figure', 'Event', 'Cite', 'PageLink'];
const ONLY_INLINE_JSX = new RegExp(
  `^\\s*(?:[-*]\\s+)?(?:<(?:${INLINE.join('|')})\\b(?:[^>"']|"[^"]*"|'[^']*')*/>\\s*)+$`,
);

/** Lines (1-based) that hold only inline components and continue a paragraph. */
function splitParagraphLines(body: string): number[] {
  const lines = blankFencedCode(body).split('\n');
  const isText = (line: string | undefined) => line !== undefined && line.trim() !== '' && !/^\s*[-*]\s/.test(line);
  return lines.flatMap((line, index) =>
    ONLY_INLINE_JSX.test(line) && !/^\s*[-*]\s/.test(line) && (isText(lines[index - 1]) || isText(lines[index + 1]))
      ? [index + 1]
      : [],
  );
}

describe('splitParagraphLines', () => {
  it('finds a citation alone on a line inside a paragraph', () => {
    expect(splitParagraphLines('The treaty was signed\n<Event id="a" cite /> <Cite ids="s" />\nin June.')).toEqual([2]);
    expect(splitParagraphLines('Two prisoners remain\n<Event id="a" cite />')).toEqual([2]);
  });

  it('passes citations that share a line with text, and block components on their own', () => {
    expect(splitParagraphLines('The treaty was signed\n<Event id="a" cite />.\nin June.')).toEqual([]);
    expect(splitParagraphLines('Text.\n\n<Quote id="q" />\n\nMore.')).toEqual([]);
    expect(splitParagraphLines('- <Event id="a" />\n- <Event id="b" />')).toEqual([]);
  });
});

describe('MDX prose in content/explainers/', () => {
  it.each(listFiles('content/explainers', EXPLAINER_EXTENSIONS).map((path) => [relative('.', path)]))(
    '%s never puts a citation alone on a line inside a paragraph',
    (file) => {
      const { body, bodyLine } = splitFrontmatter(readFileSync(file, 'utf8'));
      const found = splitParagraphLines(body).map(
        (line) =>
          `${file}:${line + bodyLine - 1}: a line of only inline components splits the paragraph; join it to the text before it`,
      );
      expect(found).toEqual([]);
    },
  );
});

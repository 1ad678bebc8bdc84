/**
 * The prose of an MDX page as sentences, read with an MDX parser (satteri, the parser Astro's
 * MDX integration uses), so that components, code and expressions are never mistaken for words.
 * Each sentence keeps its line in the page and notes the components inside it that render a date.
 * The content check reads them for time-bound wording without a date and for editors' words, and
 * reads the same tree for citations that split a paragraph (`splitParagraphLines`).
 */
import { NOT_PROSE, parseMdx, type MdxNode } from './mdx-refs';

export interface ProseSentence {
  /** The sentence as a reader reads it; an inline component shows as `<Name>`. */
  text: string;
  /** 1-based line in the MDX source where the sentence starts. */
  line: number;
  /** Components in the sentence that render a date (`<Figure>` shows "as of …"). */
  dateComponents: string[];
}

/**
 * Components that print a date where they stand: a figure's "as of", an event's date unless it
 * is only a citation (`cite`), a quote's date.
 */
export function rendersDate(name: string, props: Record<string, string | true>): boolean {
  if (name === 'Figure' || name === 'Quote') return true;
  if (name === 'Event') return props['cite'] === undefined;
  return false;
}

/** Blocks whose children are running text. */
const PHRASING_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The running text of one paragraph, heading or table cell, as a reader reads it. */
export interface ProseRun {
  text: string;
  /** Where the source lines change: from offset `at` in `text` on, the text is on `line`. */
  lines: { at: number; line: number }[];
  /** Components in the text that render a date, by offset. */
  dates: { at: number; name: string }[];
}
type Run = ProseRun;

type Node = MdxNode;

function propsOf(node: Node): Record<string, string | true> {
  const props: Record<string, string | true> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name) {
      props[attribute.name] = typeof attribute.value === 'string' ? attribute.value : true;
    }
  }
  return props;
}

function collectInline(node: Node, run: Run, line: number): void {
  const at = node.position?.start.line ?? line;
  if (NOT_PROSE.has(node.type)) {
    // Inline code still reads as a word in the sentence; its content is not prose.
    if (node.type === 'inlineCode') append(run, '…', at);
    return;
  }
  if (node.type === 'text') {
    append(run, node.value ?? '', at);
    return;
  }
  if (node.type === 'break') {
    append(run, ' ', at);
    return;
  }
  if (node.type === 'mdxJsxTextElement' && node.name) {
    const props = propsOf(node);
    if (rendersDate(node.name, props)) run.dates.push({ at: run.text.length, name: node.name });
    if (!node.children?.length) {
      append(run, `<${node.name}>`, at);
      return;
    }
  }
  for (const child of node.children ?? []) collectInline(child, run, at);
}

/** From offset `at` on, the run's text is on `line`. */
function mark(run: Run, at: number, line: number): void {
  const last = run.lines.at(-1);
  if (last?.line === line) return;
  if (last?.at === at) last.line = line;
  else run.lines.push({ at, line });
}

function append(run: Run, text: string, line: number): void {
  mark(run, run.text.length, line);
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    mark(run, run.text.length + index + 1, (line += 1));
  }
  // A line break inside a paragraph is a space to the reader (and would end a sentence for
  // Intl.Segmenter, which reads it as a paragraph break).
  run.text += text.replaceAll('\n', ' ');
}

/** The source line of offset `at` in the run's text. */
function lineAt(run: Run, at: number): number {
  let line = run.lines[0]?.line ?? 1;
  for (const mark of run.lines) {
    if (mark.at > at) break;
    line = mark.line;
  }
  return line;
}

function collectBlocks(node: Node, runs: Run[]): void {
  if (NOT_PROSE.has(node.type)) return;
  if (PHRASING_BLOCKS.has(node.type)) {
    const run: Run = { text: '', lines: [], dates: [] };
    for (const child of node.children ?? []) collectInline(child, run, node.position?.start.line ?? 1);
    runs.push(run);
    return;
  }
  for (const child of node.children ?? []) collectBlocks(child, runs);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits a run of text into sentences, each with its line and the date components inside it. */
export function sentencesOf(run: ProseRun): ProseSentence[] {
  const sentences: ProseSentence[] = [];
  for (const { segment, index } of segmenter.segment(run.text)) {
    const text = segment.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const end = index + segment.length;
    const lead = segment.length - segment.trimStart().length;
    sentences.push({
      text,
      line: lineAt(run, index + lead),
      dateComponents: run.dates.filter(({ at }) => at >= index && at < end).map(({ name }) => name),
    });
  }
  return sentences;
}

/**
 * The runs of prose in an MDX body's tree (`bodyLine` is the body's first line in the file, so
 * lines point into the file). Splitting them into sentences (`sentencesOf`) is the expensive part,
 * so the content check splits only the runs that hold a word one of its rules looks for.
 */
export function proseRuns(tree: MdxNode, bodyLine = 1): ProseRun[] {
  const runs: Run[] = [];
  collectBlocks(tree, runs);
  for (const run of runs) for (const mark of run.lines) mark.line += bodyLine - 1;
  return runs;
}

/**
 * Every sentence of prose in an MDX body or its parsed tree, with lines counted from `bodyLine`.
 * Throws the parser's error for MDX that does not compile; the caller reports it.
 */
export function proseSentences(page: string | MdxNode, bodyLine = 1): ProseSentence[] {
  return proseRuns(typeof page === 'string' ? parseMdx(page) : page, bodyLine).flatMap(sentencesOf);
}

/** The plain-text sentences of a short text such as a page description. */
export function textSentences(text: string): string[] {
  return [...segmenter.segment(text)].map(({ segment }) => segment.trim()).filter(Boolean);
}

/**
 * Words that make a sentence true only at a moment: "still", "now", "currently", "remain(s)",
 * "to date". The reader of a later month cannot tell which moment without a date.
 */
const TIME_BOUND = /\b(still|now|currently|remains?|to date)\b/i;

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** "February 2026", "14 Nov 2025", "November 14, 2025", "2026-02" or "2026-02-14". */
const DATE_IN_TEXT = new RegExp(
  `\\b(?:(?:\\d{1,2} )?(?:${MONTHS})\\.?(?: \\d{1,2},?)? \\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?)\\b`,
);

/** True when the text holds a time-bound word, dated or not. */
export const hasTimeBoundWord = (text: string) => TIME_BOUND.test(text);

/** The time-bound word in a sentence that has no date, or null when the sentence is fine. */
export function undatedTimeBoundWord(sentence: string, dateComponents: readonly string[] = []): string | null {
  const word = TIME_BOUND.exec(sentence)?.[0];
  if (!word) return null;
  if (dateComponents.length > 0 || DATE_IN_TEXT.test(sentence)) return null;
  return word;
}

/** The rule, as the check explains it to an editor. */
export const TIME_BOUND_RULE =
  'time-bound wording needs a date in the same sentence, so that a later reader can tell when it was true. Add the month and year the data gives (e.g. "as of February 2026"), or put the <Figure>, <Event> or <Quote> that shows the date in the sentence, or reword without it';

/** Components that belong inside a sentence. */
const INLINE_COMPONENTS: ReadonlySet<string> = new Set(['Figure', 'Event', 'Cite', 'PageLink']);

/**
 * Lines where inline components stand alone inside a paragraph. MDX reads a line that holds
 * nothing but JSX as a block, even in the middle of a paragraph, so a citation wrapped onto a line
 * of its own (`<Event id="…" cite />` alone) silently splits the sentence into two paragraphs:
 * in the tree, a block of inline components with a paragraph on the line before or after it.
 * Inline components must share their line with some text. Lines count from `bodyLine`.
 */
export function splitParagraphLines(tree: MdxNode, bodyLine = 1): number[] {
  const found: number[] = [];
  const start = (node: MdxNode | undefined) => node?.position?.start.line ?? Number.NaN;
  const end = (node: MdxNode | undefined) => node?.position?.end.line ?? Number.NaN;
  const isInline = (node: MdxNode) => node.type === 'mdxJsxFlowElement' && INLINE_COMPONENTS.has(node.name ?? '');
  const walk = (node: MdxNode) => {
    if (NOT_PROSE.has(node.type)) return;
    const children = node.children ?? [];
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index]!;
      if (!isInline(child)) {
        walk(child);
        continue;
      }
      // A run of inline components on touching lines, then what stands before and after it.
      let last = index;
      while (
        last + 1 < children.length &&
        isInline(children[last + 1]!) &&
        start(children[last + 1]) - end(children[last]) <= 1
      )
        last += 1;
      const before = children[index - 1];
      const after = children[last + 1];
      if (
        (before?.type === 'paragraph' && start(child) - end(before) <= 1) ||
        (after?.type === 'paragraph' && start(after) - end(children[last]) <= 1)
      )
        found.push(start(child) + bodyLine - 1);
      index = last;
    }
  };
  walk(tree);
  return found;
}

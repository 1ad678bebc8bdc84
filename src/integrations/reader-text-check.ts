/**
 * The last guard on editors' words: after the build, every page's visible text is read with an
 * HTML parser and must hold no entry id ("nis-2024-11-20-10900-kursk") and no editors' wording
 * ("claimant field", "seed article", "fact base"). The content check catches these in the data
 * and the MDX first; this catches whatever a component or a page writes on its own.
 */
import { htmlToHast, type HastNode } from 'satteri';
import { editorWording, idsInText } from '../lib/ledger-wording';

type Node = HastNode & { type: string; tagName?: string; value?: string; children?: Node[] };

/** Elements whose content is not text a reader sees. */
const NOT_TEXT = new Set(['script', 'style', 'template']);
/** Elements that start a new line of text, so words on either side never run together. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'title', 'tr', 'ul',
]); // prettier-ignore

/** The page's visible text, one line per block (its title included: the browser shows it). */
export function visibleText(html: string): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.type === 'text') current += node.value ?? '';
    if (node.type === 'comment' || (node.tagName && NOT_TEXT.has(node.tagName))) return;
    const block = node.tagName !== undefined && BLOCKS.has(node.tagName);
    if (block) flush();
    for (const child of node.children ?? []) walk(child);
    if (block) flush();
  };
  walk(htmlToHast(html) as Node);
  flush();
  return lines;
}

const context = (line: string, word: string) => {
  const at = line.toLowerCase().indexOf(word.toLowerCase());
  const start = Math.max(0, at - 30);
  return `${start > 0 ? '…' : ''}${line.slice(start, at + word.length + 30)}${at + word.length + 30 < line.length ? '…' : ''}`;
};

/** What a built page shows that is meant for editors, one line each, prefixed with `file`. */
export function readerTextProblems(file: string, html: string, ids: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const line of visibleText(html)) {
    const phrase = editorWording(line);
    if (phrase) {
      problems.push(
        `${file}: found "${phrase}", editors' wording, in the text readers see ("${context(line, phrase)}"); expected words for readers. Find it in content/ (a note, scope, summary, context or the MDX) or in the component that writes it, and reword it or move it to editor_note.`,
      );
    }
    for (const id of idsInText(line, ids)) {
      problems.push(
        `${file}: found the entry id "${id}" in the text readers see ("${context(line, id)}"); expected words for readers: an id belongs in a link or an anchor, not in the text.`,
      );
    }
  }
  return problems;
}

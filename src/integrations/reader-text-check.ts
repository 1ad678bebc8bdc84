/**
 * The last guard on editors' words: after the build, every page's visible text is read and must hold no entry id ("nis-2024-11-20-10900-kursk") and no editors' wording
 * ("claimant field", "seed article", "fact base"). The content check catches these in the data
 * and the MDX first; this catches whatever a component or a page writes on its own.
 */
import { editorWording, idsInText } from '../lib/ledger-wording';
import { decodeEntities } from '../lib/html-entities';

/** Elements whose content is not text a reader sees. */
const NOT_TEXT = new Set(['script', 'style', 'template']);
/** Elements that start a new line of text, so words on either side never run together. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'title', 'tr', 'ul',
]); // prettier-ignore

/**
 * A comment, or a start or end tag whose quoted attribute values may hold ">" (the tokenizer's
 * grammar for the site's own, valid output: tests/built/html-valid.test.ts holds every page to it).
 */
const TOKEN =
  /<!--[\s\S]*?-->|<![a-zA-Z][^>]*>|<(\/?)([a-zA-Z][\w:-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;

/**
 * The page's visible text, one line per block (its title included: the browser shows it). A
 * tokenizer, not a tree: the pages are the build's own valid HTML, and at 1,000 pages building a
 * tree for each took 3.6 s of the build against 0.4 s for this.
 */
export function visibleText(html: string): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = decodeEntities(current).replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  /** The element whose content is skipped (script, style, template), until its end tag. */
  let skipping: string | null = null;
  let last = 0;
  for (const token of html.matchAll(TOKEN)) {
    if (skipping === null) current += html.slice(last, token.index);
    last = token.index + token[0].length;
    const name = token[2]?.toLowerCase();
    if (name === undefined) continue; // a comment or the doctype
    const closing = token[1] === '/';
    if (skipping !== null) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (!closing && NOT_TEXT.has(name) && !token[0].endsWith('/>')) skipping = name;
    else if (BLOCKS.has(name)) flush();
  }
  if (skipping === null) current += html.slice(last);
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

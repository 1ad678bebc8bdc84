/**
 * Finds numbers typed by hand into MDX prose. Every casualty or troop number must come from the
 * figures ledger through a component (`<Figure id="…" />`), so that a correction in one YAML file
 * reaches every page; a number of 100 or more written in the prose itself is almost always a
 * copy of a ledger figure that will drift. Years, unit names and labels are not counts and pass.
 * Only the prose is read, from the page's MDX tree: the text a reader sees, never a component's
 * props, a link's address, code or a comment.
 */
import { NOT_PROSE, parseMdx, type MdxNode } from './mdx-refs';

export interface ProseNumber {
  /** 1-based line: in the file when a body line is given, else in the body. */
  line: number;
  /** The number as written: "11,000", "2000", "4.700". */
  text: string;
  value: number;
}

/**
 * A number not glued to a word or another number: "11,000", "11 000" (thin or normal space
 * between groups), "4.700", "2000". "KN-23", "M1991" and "T-72" are names and are not matched.
 */
const NUMBER =
  /(?<![\p{L}\p{N}_\-./])\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\p{N}])|(?<![\p{L}\p{N}_\-./,])\d+(?:\.\d+)?(?![\p{N}])/gu;
/** "1.5 million", "two hundred": a number word after the digits multiplies them. */
const MULTIPLIER = /^\s*(hundred|thousand|million|billion)\b/i;
const MULTIPLIERS: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9 };

/** Labels and measures that are not counts: "Article 118", "Resolution 2270", "170 mm", "528th". */
const NOT_A_COUNT_BEFORE = /(?:Article|Articles|Resolution|Resolutions|resolution|resolutions|No\.)\s*$/;
const NOT_A_COUNT_AFTER = /^(?:st|nd|rd|th|\s?mm|\s?(?:sanctions\s)?[Cc]ommittee)\b/;

/** A four-digit year from 1900 to 2099 written without separators. */
const isYear = (text: string) => /^(19|20)\d{2}$/.test(text);

/** The numbers of 100 or more in one run of text that starts on `line`. */
function numbersIn(prose: string, line: number): ProseNumber[] {
  const found: ProseNumber[] = [];
  for (const match of prose.matchAll(NUMBER)) {
    const text = match[0];
    const after = prose.slice(match.index + text.length, match.index + text.length + 20);
    const grouped = /\d[,.\u00a0\u202f ]\d{3}(?!\d)/.test(text);
    const multiplier = MULTIPLIERS[MULTIPLIER.exec(after)?.[1]?.toLowerCase() ?? ''] ?? 1;
    const value = (grouped ? Number(text.replace(/[,.\u00a0\u202f ]/g, '')) : Number(text)) * multiplier;
    if (value < 100 || (multiplier === 1 && isYear(text))) continue;
    const before = prose.slice(Math.max(0, match.index - 20), match.index);
    if (NOT_A_COUNT_BEFORE.test(before) || NOT_A_COUNT_AFTER.test(after)) continue;
    found.push({ line: line + prose.slice(0, match.index).split('\n').length - 1, text, value });
  }
  return found;
}

/**
 * Every number of 100 or more in the prose of an MDX body or its parsed tree, outside components'
 * props and code. Lines count from `bodyLine`, the body's first line in the file.
 */
export function findHandTypedNumbers(page: string | MdxNode, bodyLine = 1): ProseNumber[] {
  const found: ProseNumber[] = [];
  const walk = (node: MdxNode) => {
    if (NOT_PROSE.has(node.type)) return;
    if (node.type === 'text')
      found.push(...numbersIn(node.value ?? '', (node.position?.start.line ?? 1) + bodyLine - 1));
    for (const child of node.children ?? []) walk(child);
  };
  walk(typeof page === 'string' ? parseMdx(page) : page);
  return found;
}

/**
 * Finds the data components an MDX page uses (`<Figure id="…"/>`, `<Cite ids="…"/>`, …) in
 * document order, with line numbers, by reading the page's MDX syntax tree (satteri, the parser
 * Astro's MDX integration uses): a tag inside inline code, a code block or an MDX comment
 * (`{/* … *\/}`) is not a usage, as it renders nothing. The integrity check uses it to fail on a
 * dangling id before anything renders, and the page's notes are numbered from the same refs, so
 * the check and the page agree and note numbers never depend on render order.
 */
import { parseExpression } from '@babel/parser';
import { mdxToMdast, type MdastNode } from 'satteri';
import { GLANCE_QUESTIONS, isGlanceQuestion } from './glance';

/** Components that cite entries, and which props name which collection. */
export const CITING_COMPONENTS = {
  Figure: { id: 'figures' },
  Event: { id: 'events' },
  Quote: { id: 'quotes' },
  Cite: { ids: 'sources' },
} as const;

export type CitingComponent = keyof typeof CITING_COMPONENTS;

export type ComponentRef = TagRef<CitingComponent>;

/** A node of satteri's MDX tree, with the fields this module and mdx-prose.ts read. */
export type MdxNode = MdastNode & {
  type: string;
  value?: string;
  name?: string | null;
  children?: MdxNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number }; end: { line: number } };
};

/** Nodes that hold neither prose nor component usages: code, imports, expressions (comments), raw HTML. */
export const NOT_PROSE = new Set([
  'code',
  'inlineCode',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'html',
  'yaml',
]);

/** Parses an MDX body into its syntax tree; throws the parser's error for MDX that does not compile. */
export function parseMdx(body: string): MdxNode {
  return mdxToMdast(body) as MdxNode;
}

export interface TagRef<Name extends string> {
  component: Name;
  /**
   * Props as text: a string as written, a list of strings (`ids={["a", "b"]}`) joined by spaces,
   * a prop written without a value as "".
   */
  props: Record<string, string>;
  /** Props whose value is an expression other than text or a list of texts, as written. */
  expressions: Record<string, string>;
  /** 1-based line in the file (or the body, when no body line is given). */
  line: number;
}

/** A string or a list of strings written as a JavaScript expression, as text; null for anything else. */
function literalText(expression: string): string | null {
  let node: ReturnType<typeof parseExpression>;
  try {
    node = parseExpression(expression);
  } catch {
    return null;
  }
  const text = (item: Extract<typeof node, { type: 'ArrayExpression' }>['elements'][number]): string | null => {
    if (item?.type === 'StringLiteral') return item.value;
    if (item?.type === 'TemplateLiteral' && item.expressions.length === 0) return item.quasis[0]?.value.cooked ?? null;
    return null;
  };
  if (node.type !== 'ArrayExpression') return text(node);
  const items = node.elements.map(text);
  return items.every((item) => item !== null) ? items.join(' ') : null;
}

function tagRef<Name extends string>(node: MdxNode, bodyLine: number): TagRef<Name> {
  const props: Record<string, string> = {};
  const expressions: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const { name, value } = attribute;
    if (value === null || value === undefined) props[name] = '';
    else if (typeof value === 'string') props[name] = value;
    else {
      const expression = String((value as { value?: unknown }).value ?? '');
      const text = literalText(expression);
      if (text === null) expressions[name] = expression;
      else props[name] = text;
    }
  }
  return { component: node.name as Name, props, expressions, line: (node.position?.start.line ?? 1) + bodyLine - 1 };
}

/** Tags of the named components in document order, outside code, expressions and comments. */
export function findTags<Name extends string>(tree: MdxNode, names: readonly Name[], bodyLine = 1): TagRef<Name>[] {
  const wanted = new Set<string>(names);
  const refs: TagRef<Name>[] = [];
  const walk = (node: MdxNode) => {
    if (NOT_PROSE.has(node.type)) return;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && wanted.has(node.name))
      refs.push(tagRef(node, bodyLine));
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return refs;
}

const CITING_NAMES = Object.keys(CITING_COMPONENTS) as CitingComponent[];

/** What an MDX page uses: its citing components and its data components, in document order. */
export interface PageRefs {
  citing: ComponentRef[];
  data: DataComponentRef[];
}

/** The component usages in a parsed page; `bodyLine` makes the lines point into the file. */
export function refsOf(tree: MdxNode, bodyLine = 1): PageRefs {
  return {
    citing: findTags(tree, CITING_NAMES, bodyLine),
    data: findTags(tree, Object.keys(DATA_COMPONENTS) as DataComponent[], bodyLine),
  };
}

/**
 * The component usages of an MDX body, read once per body: the notes, the corrections and the
 * social cards all read them for every page (lines count from the body's first line).
 */
const refsByBody = new Map<string, PageRefs>();
export function pageRefs(body: string): PageRefs {
  let refs = refsByBody.get(body);
  if (!refs) {
    refs = refsOf(parseMdx(body));
    refsByBody.set(body, refs);
  }
  return refs;
}

/**
 * "a b, c" → ["a", "b", "c"]: `<Cite ids>` takes ids separated by spaces or commas, or a list
 * (`ids={["a", "b"]}`), which is how a component receives it when it renders.
 */
export function splitIds(ids: string | readonly string[]): string[] {
  return (typeof ids === 'string' ? [ids] : ids).flatMap((item) => item.split(/[\s,]+/)).filter(Boolean);
}

/**
 * Components that show entries straight from the data, with their sources as inline links
 * instead of numbered notes (so they never shift the note numbers), and what each prop names.
 * The content check validates every usage with `dataComponentProblems` before anything renders,
 * and the components run the same check when they render.
 */
export const DATA_COMPONENTS = {
  /** `<Estimates metric="killed" />`, `claimant="actor-id"`, or `ids="figure-a figure-b"`. */
  Estimates: { metric: 'metrics', claimant: 'actors', ids: 'figures' },
  /** `<Know known="figure:x event:y" disputed="event:z">what we do not know</Know>`. */
  Know: { known: 'entries', disputed: 'entries' },
  /** `<PageLink to="treaty">the treaty</PageLink>`: a base-aware link to a page of the site. */
  PageLink: { to: 'pages' },
  /** `<AtAGlance show="sent killed" events="event-a" />`: the latest estimates and key dates. */
  AtAGlance: { show: 'questions', events: 'events' },
} as const;

export type DataComponent = keyof typeof DATA_COMPONENTS;
export type DataComponentRef = TagRef<DataComponent>;
export type EntryCollection = 'figures' | 'events' | 'quotes' | 'sources' | 'actors';

/** What `dataComponentProblems` needs to know about the site. */
export interface RefLookup {
  has: (collection: EntryCollection, id: string) => boolean;
  /** The figure metrics the schema allows. */
  metrics: readonly string[];
  /** True when a site path (no base, no leading slash, no fragment) is a page of the site. */
  hasPage: (path: string) => boolean;
}

/** The kinds an entry reference in `<Know>` may name, and their collections. */
export const ENTRY_KINDS = { figure: 'figures', event: 'events' } as const;
export type EntryKind = keyof typeof ENTRY_KINDS;

export interface EntryRef {
  kind: EntryKind;
  id: string;
}

/**
 * "figure:a event:b" → [{ kind: 'figure', id: 'a' }, …]. Returns the problem text instead of a
 * reference for an item without a known kind.
 */
export function parseEntryRefs(value: string): (EntryRef | { problem: string })[] {
  return splitIds(value).map((item) => {
    const [kind, id] = item.split(':', 2) as [string, string?];
    if (!id || !(kind in ENTRY_KINDS)) {
      return {
        problem: `found "${item}"; expected kind:id with kind ${Object.keys(ENTRY_KINDS).join(' or ')}, e.g. "figure:nis-2025-09-02-killed" or "event:treaty-signed"`,
      };
    }
    return { kind: kind as EntryKind, id };
  });
}

/**
 * What is wrong with one data component usage, as messages that name the prop, what was found
 * and what is expected (the caller adds the file and line). Empty when the usage is fine.
 */
export function dataComponentProblems(
  component: DataComponent,
  props: Record<string, string | undefined>,
  lookup: RefLookup,
): string[] {
  const problems: string[] = [];
  const tag = `<${component}>`;
  const missing = (prop: string, expected: string) =>
    problems.push(`${tag} has no ${prop}; expected ${prop}="…" naming ${expected}`);
  const given = (prop: string) => props[prop] !== undefined && props[prop]!.trim() !== '';

  if (component === 'Estimates') {
    if (given('metric') === given('ids')) {
      problems.push(
        `${tag} needs exactly one of metric="…" (one of ${lookup.metrics.join(', ')}) or ids="…" (figure ids); found ${given('metric') ? 'both' : 'neither'}`,
      );
    }
    if (given('ids') && given('claimant')) {
      problems.push(`${tag} takes claimant="…" only with metric="…"; with ids="…" the ids already choose the rows`);
    }
  }
  if (component === 'Know' && !given('known')) missing('known', 'entries as kind:id, e.g. "figure:x event:y"');
  if (component === 'AtAGlance' && !given('show') && !given('events'))
    problems.push(`${tag} shows nothing; expected show="…" (questions) or events="…" (event ids), or both`);
  if (component === 'PageLink' && !given('to'))
    missing('to', 'a page of the site, e.g. "treaty" or "actors/kim-jong-un"');

  for (const [prop, kind] of Object.entries(DATA_COMPONENTS[component]) as [string, string][]) {
    const value = props[prop];
    if (value === undefined || value.trim() === '') continue;
    const where = `<${component} ${prop}="${value}">`;
    switch (kind) {
      case 'questions':
        for (const question of splitIds(value)) {
          if (!isGlanceQuestion(question)) {
            problems.push(`${where}: found "${question}"; expected one of ${Object.keys(GLANCE_QUESTIONS).join(', ')}`);
          }
        }
        break;
      case 'metrics':
        for (const metric of splitIds(value)) {
          if (!lookup.metrics.includes(metric)) {
            problems.push(`${where}: found "${metric}"; expected one of ${lookup.metrics.join(', ')}`);
          }
        }
        break;
      case 'entries':
        for (const ref of parseEntryRefs(value)) {
          if ('problem' in ref) problems.push(`${where}: ${ref.problem}`);
          else if (!lookup.has(ENTRY_KINDS[ref.kind], ref.id)) {
            const collection = ENTRY_KINDS[ref.kind];
            problems.push(
              `${where}: found "${ref.id}", which is not in content/${collection}/; expected the id of an existing ${ref.kind} (a file content/${collection}/${ref.id}.yaml)`,
            );
          }
        }
        break;
      case 'pages': {
        const path = value.split('#')[0]!.replace(/\/+$/, '');
        if (value.startsWith('/') || /^[a-z]+:/i.test(value)) {
          problems.push(
            `${where}: found a URL; expected a site path without a leading slash, e.g. "treaty" or "timeline#event-treaty-signed" (the base path is added for you)`,
          );
        } else if (!lookup.hasPage(path) && /^actors\/[^/]+$/.test(path)) {
          const id = path.slice('actors/'.length);
          problems.push(
            `${where}: found "${path}", but "${id}" is not in content/actors/; expected "actors/<actor id>" naming an existing actor (add content/actors/${id}.yaml or fix the id)`,
          );
        } else if (!lookup.hasPage(path)) {
          problems.push(
            `${where}: found "${path}", which is not a page of the site; expected an explainer (a file content/explainers/${path}.mdx), a reference page such as "timeline", or "actors/<actor id>"`,
          );
        }
        break;
      }
      default:
        for (const id of splitIds(value)) {
          const collection = kind as EntryCollection;
          if (!lookup.has(collection, id)) {
            problems.push(
              `${where}: found "${id}", which is not in content/${collection}/; expected the id of an existing entry (a file content/${collection}/${id}.yaml)`,
            );
          }
        }
    }
  }
  return problems;
}

/**
 * The site paths the routes in src/pages make, as a test for `RefLookup.hasPage`. `routeFiles`
 * are paths relative to src/pages ("timeline.astro", "actors/[id].astro", "glossary/[...part].astro").
 * The explainer route makes one page per explainer (index is home, ""), the actor route one per
 * actor; any other dynamic segment accepts any value, since its values are not known here, and a
 * list's `[...part]` at the end accepts none or a part number (src/lib/parts.ts).
 */
export function pageMatcher(
  routeFiles: readonly string[],
  explainers: ReadonlySet<string>,
  actors: ReadonlySet<string>,
): (path: string) => boolean {
  const patterns = routeFiles
    .map((file) => file.replace(/\.(astro|ts|js|md|mdx)$/, '').replace(/(^|\/)index$/, ''))
    .filter((route) => route !== '404')
    .map((route) => route.split('/').filter(Boolean));
  return (path) => {
    const parts = path.split('/').filter(Boolean);
    return patterns.some((segments) => {
      if (segments.length === 1 && segments[0] === '[...slug]') {
        const id = parts.length === 0 ? 'index' : parts.join('/');
        return explainers.has(id);
      }
      // A list split into parts ("glossary/[...part]") makes the list's page and its numbered parts.
      const list = segments.at(-1) === '[...part]';
      const fixed = list ? segments.slice(0, -1) : segments;
      const continued = list && parts.length === segments.length && /^\d+$/.test(parts.at(-1)!);
      if (parts.length !== fixed.length && !continued) return false;
      return fixed.every((segment, index) => {
        const part = parts[index]!;
        if (!segment.startsWith('[')) return segment === part;
        if (segments[index - 1] === 'actors' && segment === '[id]') return actors.has(part);
        return true;
      });
    });
  };
}

/**
 * Finds the data components an MDX page uses (`<Figure id="…"/>`, `<Cite ids="…"/>`, …) in
 * document order, with line numbers. The integrity check uses it to fail on a dangling id before
 * anything renders, and the page's notes are numbered from it, so note numbers never depend on
 * render order.
 */
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

/** An opening or self-closing tag of a capitalised component, with its props. */
const TAG = /<([A-Z][A-Za-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/g;
const PROP = /([A-Za-z_][\w-]*)=(?:"([^"]*)"|'([^']*)')/g;
const FENCE = /^(```|~~~)/;

/** The body with fenced code blocks blanked out (lines kept), so examples are not read as usages. */
export function blankFencedCode(body: string): string {
  let inFence = false;
  return body
    .split('\n')
    .map((line) => {
      if (FENCE.test(line.trim())) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : line;
    })
    .join('\n');
}

export interface TagRef<Name extends string> {
  component: Name;
  /** String props as written. */
  props: Record<string, string>;
  /** 1-based line in the MDX body. */
  line: number;
}

/** Tags of the named components in document order, skipping fenced code blocks. */
export function scanTags<Name extends string>(body: string, names: readonly Name[]): TagRef<Name>[] {
  const wanted = new Set<string>(names);
  const visible = blankFencedCode(body);
  const refs: TagRef<Name>[] = [];
  for (const match of visible.matchAll(TAG)) {
    if (!wanted.has(match[1]!)) continue;
    const props: Record<string, string> = {};
    for (const prop of (match[2] ?? '').matchAll(PROP)) props[prop[1]!] = prop[2] ?? prop[3] ?? '';
    const line = visible.slice(0, match.index).split('\n').length;
    refs.push({ component: match[1] as Name, props, line });
  }
  return refs;
}

const CITING_NAMES = Object.keys(CITING_COMPONENTS) as CitingComponent[];

/** Citing component tags in document order, skipping fenced code blocks. */
export function scanComponentRefs(body: string): ComponentRef[] {
  return scanTags(body, CITING_NAMES);
}

/** "a b, c" → ["a", "b", "c"]: `<Cite ids>` takes ids separated by spaces or commas. */
export function splitIds(ids: string): string[] {
  return ids.split(/[\s,]+/).filter(Boolean);
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

/** Data component tags in document order, skipping fenced code blocks. */
export function scanDataComponentRefs(body: string): DataComponentRef[] {
  return scanTags(body, Object.keys(DATA_COMPONENTS) as DataComponent[]);
}

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
 * are paths relative to src/pages ("timeline.astro", "actors/[id].astro", "[...slug].astro").
 * The explainer route makes one page per explainer (index is home, ""), the actor route one per
 * actor; any other dynamic segment accepts any value, since its values are not known here.
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
      if (segments.length !== parts.length) return false;
      return segments.every((segment, index) => {
        const part = parts[index]!;
        if (!segment.startsWith('[')) return segment === part;
        if (segments[index - 1] === 'actors' && segment === '[id]') return actors.has(part);
        return true;
      });
    });
  };
}

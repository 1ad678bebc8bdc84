/**
 * Finds the data components an MDX page uses (`<Figure id="…"/>`, `<Cite ids="…"/>`, …) in
 * document order, with line numbers. The integrity check uses it to fail on a dangling id before
 * anything renders, and the page's notes are numbered from it, so note numbers never depend on
 * render order.
 */

/** Components that cite entries, and which props name which collection. */
export const CITING_COMPONENTS = {
  Figure: { id: 'figures' },
  Event: { id: 'events' },
  Quote: { id: 'quotes' },
  Cite: { ids: 'sources' },
} as const;

export type CitingComponent = keyof typeof CITING_COMPONENTS;

export interface ComponentRef {
  component: CitingComponent;
  /** String props as written (`id`, `ids`, …). */
  props: Record<string, string>;
  /** 1-based line in the MDX body. */
  line: number;
}

const TAG = /<(Figure|Event|Quote|Cite)\b((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/g;
const PROP = /([A-Za-z_][\w-]*)=(?:"([^"]*)"|'([^']*)')/g;
const FENCE = /^(```|~~~)/;

/** Component tags in document order, skipping fenced code blocks. */
export function scanComponentRefs(body: string): ComponentRef[] {
  const refs: ComponentRef[] = [];
  // Blank out fenced code so examples in code blocks are not read as usages.
  let inFence = false;
  const visible = body
    .split('\n')
    .map((line) => {
      if (FENCE.test(line.trim())) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : line;
    })
    .join('\n');
  for (const match of visible.matchAll(TAG)) {
    const props: Record<string, string> = {};
    for (const prop of (match[2] ?? '').matchAll(PROP)) props[prop[1]!] = prop[2] ?? prop[3] ?? '';
    const line = visible.slice(0, match.index).split('\n').length;
    refs.push({ component: match[1] as CitingComponent, props, line });
  }
  return refs;
}

/** "a b, c" → ["a", "b", "c"]: `<Cite ids>` takes ids separated by spaces or commas. */
export function splitIds(ids: string): string[] {
  return ids.split(/[\s,]+/).filter(Boolean);
}

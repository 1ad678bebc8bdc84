/**
 * Copies of one story. A Reuters story read on The Star and on Fox News is one source, not
 * three: "one source" and every source count must count the story, not the pages. Two pages are
 * copies of one story when they name the same original (publisher and date, and headline or
 * address when both give one), or when their headlines are near-identical and their dates agree.
 */

/** The fields of a source this needs (a structural type, so any source-like record fits). */
export interface SourceFacts {
  id: string;
  publisher: string;
  title: string;
  published: string | null;
  tier?: string | undefined;
  original?: SourceOriginal | undefined;
}

/** The story a relay copies, as a source records it (see `originalSchema` in src/schemas/source.ts). */
export interface SourceOriginal {
  publisher: string;
  title?: string | null | undefined;
  published?: string | null | undefined;
  url?: string | null | undefined;
}

/** The story a page carries: its original's, or its own when it is not a copy. */
export interface Story {
  publisher: string;
  title: string | null;
  published: string | null;
  url: string | null;
}

export function storyOf(source: SourceFacts): Story {
  const { original } = source;
  if (original) {
    return {
      publisher: original.publisher,
      title: original.title ?? null,
      published: original.published ?? null,
      url: original.url ?? null,
    };
  }
  return { publisher: source.publisher, title: source.title, published: source.published, url: null };
}

// groupCopies compares every pair of a list (the whole bibliography on /sources/), so each text is
// normalised once and remembered rather than once per comparison.
const normalised = new Map<string, string>();
const normalise = (text: string): string => {
  let done = normalised.get(text);
  if (done === undefined) {
    done = text
      .normalize('NFKD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[‘’“”"'`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    normalised.set(text, done);
  }
  return done;
};

/** "Reuters", "reuters.com", "Reuters (via Fox)" all name Reuters. */
function samePublisher(a: string, b: string): boolean {
  const first = (text: string) => normalise(text.replace(/\(.*\)/, '')).replace(/ (com|co uk|net|org)$/, '');
  return first(a) === first(b);
}

const headlines = new Map<string, { words: string[]; set: Set<string> }>();

/** The words of a headline, without a trailing "- Publisher" or "| Site" suffix (remembered). */
function headlineWords(title: string): { words: string[]; set: Set<string> } {
  let found = headlines.get(title);
  if (found === undefined) {
    const words = normalise(title.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, ''))
      .split(' ')
      .filter(Boolean);
    found = { words, set: new Set(words) };
    headlines.set(title, found);
  }
  return found;
}

/**
 * True when two headlines are near-identical: at least 85 % of the longer one's words are in
 * the other (so "N. Korea" and "North Korea" or a dropped article still match), and there are
 * enough words for that to mean something.
 */
export function nearIdenticalTitles(a: string, b: string): boolean {
  const { words: left } = headlineWords(a);
  const { words: right, set: shared } = headlineWords(b);
  if (Math.min(left.length, right.length) < 4) return normalise(a) === normalise(b);
  // At most all of `left` can be shared: skip counting when even that is too few.
  if (left.length / Math.max(left.length, right.length) < 0.85) return false;
  const common = left.filter((word) => shared.has(word)).length;
  return common / Math.max(left.length, right.length) >= 0.85;
}

/** Dates agree when both are known and one contains the other (`2025-11` contains `2025-11-14`), or either is unknown. */
function datesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** True when two pages carry the same story. */
export function sameStory(a: SourceFacts, b: SourceFacts): boolean {
  const left = storyOf(a);
  const right = storyOf(b);
  if (left.url && right.url && left.url === right.url) return true;
  const copied = a.original !== undefined || b.original !== undefined;
  if (
    copied &&
    samePublisher(left.publisher, right.publisher) &&
    left.published !== null &&
    right.published !== null &&
    datesAgree(left.published, right.published) &&
    (left.title === null || right.title === null || nearIdenticalTitles(left.title, right.title))
  ) {
    return true;
  }
  return nearIdenticalTitles(a.title, b.title) && datesAgree(a.published, b.published);
}

/**
 * The sources grouped by story, in the order given: each group holds the pages that are copies
 * of one story. Pairs are compared directly, and copies of a copy join the same group.
 */
export function groupCopies<S extends SourceFacts>(sources: readonly S[]): S[][] {
  const parent = sources.map((_source, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  for (let i = 0; i < sources.length; i += 1) {
    for (let j = i + 1; j < sources.length; j += 1) {
      if (root(i) !== root(j) && sameStory(sources[i]!, sources[j]!)) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, S[]>();
  sources.forEach((source, index) => {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), source]);
  });
  return [...groups.values()];
}

/** How many independent stories the sources carry (copies of one story count once). */
export function countStories(sources: readonly SourceFacts[]): number {
  return groupCopies(sources).length;
}

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

/** A publisher's name as compared: "Reuters", "reuters.com", "Reuters (via Fox)" all give "reuters". */
const publisherKey = (text: string) => normalise(text.replace(/\(.*\)/, '')).replace(/ (com|co uk|net|org)$/, '');

/** "Reuters", "reuters.com", "Reuters (via Fox)" all name Reuters. */
function samePublisher(a: string, b: string): boolean {
  return publisherKey(a) === publisherKey(b);
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
 * The pairs `i < j` that could be copies of one story: every pair `sameStory` can accept is among
 * them, so that comparing only these finds the same groups as comparing every pair, without time
 * in the square of the bibliography (10,000 sources were 50 million comparisons). A pair can only
 * match through a shared story address, through a copy and a page of the same publisher, or
 * through near-identical headlines: equal once normalised, or, for headlines of four words or
 * more, sharing at least one of the first's rarest words (it may lack at most 15 % of its words).
 */
function candidatePairs(sources: readonly SourceFacts[]): [number, number][] {
  const pairs = new Set<number>();
  const add = (i: number, j: number) => {
    if (i !== j) pairs.add(Math.min(i, j) * sources.length + Math.max(i, j));
  };
  const buckets = (key: (source: SourceFacts) => string | null) => {
    const byKey = new Map<string, number[]>();
    sources.forEach((source, index) => {
      const value = key(source);
      if (value === null) return;
      const bucket = byKey.get(value);
      if (bucket) bucket.push(index);
      else byKey.set(value, [index]);
    });
    return byKey;
  };
  const pairAll = (bucket: number[]) => {
    for (let x = 0; x < bucket.length; x += 1)
      for (let y = x + 1; y < bucket.length; y += 1) add(bucket[x]!, bucket[y]!);
  };
  for (const bucket of buckets((source) => storyOf(source).url).values()) pairAll(bucket);
  for (const bucket of buckets((source) => normalise(source.title)).values()) pairAll(bucket);
  // A copy against every page of its story's publisher.
  for (const bucket of buckets((source) => publisherKey(storyOf(source).publisher)).values()) {
    for (const i of bucket) if (sources[i]!.original !== undefined) for (const j of bucket) add(i, j);
  }
  // Headlines of four words or more: every page whose headline has a word, and each headline's
  // rarest words, enough that a near-identical headline must have one of them.
  const pagesWithWord = new Map<string, number[]>();
  sources.forEach((source, index) => {
    for (const word of headlineWords(source.title).set) {
      const list = pagesWithWord.get(word);
      if (list) list.push(index);
      else pagesWithWord.set(word, [index]);
    }
  });
  sources.forEach((source, index) => {
    const { words, set } = headlineWords(source.title);
    if (words.length < 4) return;
    const needed = Math.floor(words.length * 0.15) + 2;
    const rarest = [...set]
      .sort((a, b) => pagesWithWord.get(a)!.length - pagesWithWord.get(b)!.length)
      .slice(0, needed);
    for (const word of rarest) for (const other of pagesWithWord.get(word)!) add(index, other);
  });
  return [...pairs].sort((a, b) => a - b).map((key) => [Math.floor(key / sources.length), key % sources.length]);
}

/**
 * The sources grouped by story, in the order given: each group holds the pages that are copies
 * of one story. Pairs that could match are compared (`candidatePairs`), and copies of a copy join
 * the same group.
 */
export function groupCopies<S extends SourceFacts>(sources: readonly S[]): S[][] {
  const parent = sources.map((_source, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  for (const [i, j] of candidatePairs(sources)) {
    if (root(i) !== root(j) && sameStory(sources[i]!, sources[j]!)) parent[root(j)] = root(i);
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

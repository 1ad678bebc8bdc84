/**
 * What the search does with what a reader types when Pagefind finds little for it: question
 * words are dropped ("when did the treaty take effect" searches "treaty take effect"), and a word
 * the site never uses is replaced by the closest one it does ("Kurks" → "kursk", "Sirsky" →
 * "syrskyi", "Budanow" → "budanov"). The vocabulary is the index's own words and the data's
 * names, written by the Pagefind integration to pagefind/vocabulary.txt, most frequent first.
 */

/** Words that carry no topic in a question or phrase. */
const STOP_WORDS = new Set(
  'a an and are as at be by can could did do does for from had has have how in into is it its many much of on or than that the their there these they this to was were what when where which who whom why will with would'.split(
    ' ',
  ),
);

/** A word as the vocabulary holds it: lower case, without surrounding punctuation. */
export const bareWord = (token: string): string => token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * A spelling's skeleton, so that transliterations meet: no diacritics, w as v, y as i, kh as h,
 * j as y's i, doubled letters once. "Syrskyi", "Syrsky" and "Sirsky" all become "sirski".
 */
export function skeleton(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** Edit distance with adjacent swaps ("Kurks" is one from "Kursk"), giving up above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** The words the index knows, most frequent first, for "did you mean". */
export class Vocabulary {
  readonly #words: string[];
  readonly #sorted: string[];
  readonly #skeletons: string[];

  constructor(text: string) {
    this.#words = text.split(/\s+/).filter(Boolean);
    this.#sorted = [...this.#words].sort();
    this.#skeletons = this.#words.map(skeleton);
  }

  /** True when the index has the word, or a word it starts (readers type as results appear). */
  knows(word: string): boolean {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#sorted[middle]! < word) low = middle + 1;
      else high = middle;
    }
    return this.#sorted[low]?.startsWith(word) ?? false;
  }

  /** The closest known word: the same skeleton first, then one edit (two for long words). */
  closest(word: string): string | null {
    const shape = skeleton(word);
    const limit = shape.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = limit + 1;
    for (let index = 0; index < this.#words.length && bestDistance > 0; index++) {
      const distance = editDistance(shape, this.#skeletons[index]!, Math.min(limit, bestDistance - 1));
      if (distance < bestDistance) {
        best = this.#words[index]!;
        bestDistance = distance;
      }
    }
    return best;
  }
}

/** The query without question words, or null when it has none (or nothing else). */
export function withoutStopWords(query: string): string | null {
  const tokens = query.trim().split(/\s+/).filter(Boolean);
  const content = tokens.filter((token) => !STOP_WORDS.has(bareWord(token)));
  return content.length > 0 && content.length < tokens.length ? content.join(' ') : null;
}

/**
 * The query with each word of four letters or more that the index does not know replaced by the
 * closest word it does; null when no word changed.
 */
export function corrected(query: string, vocabulary: Vocabulary): string | null {
  let changed = false;
  const fixed = query
    .trim()
    .split(/\s+/)
    .map((token) => {
      const word = bareWord(token);
      if (!/^\p{L}{4,}$/u.test(word) || vocabulary.knows(word)) return token;
      const closest = vocabulary.closest(word);
      if (closest === null || closest === word) return token;
      changed = true;
      return closest;
    });
  return changed ? fixed.join(' ') : null;
}

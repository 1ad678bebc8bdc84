/**
 * Names in any script or spelling. An actor or glossary term goes by several names (Kim Jong Un,
 * Kim Jong-un, 김정은, Ким Чен Ын); wherever a text mentions one of them, the index adds all the
 * others, so a search for any of them finds the same pages as the English name.
 */
import type { SearchName } from './search-manifest';

/** Word tokens, compared without case or diacritics; hyphens and apostrophes split words. */
function tokens(text: string): { words: string[]; cased: string[] } {
  const cased = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return { words: cased.map((word) => word.toLowerCase()), cased };
}

/** The words of a name as the matcher compares them. */
const wordsOf = (text: string): string[] => tokens(text).words;

/** Short all-capital forms (NIS, KPA, UN) match only in capitals, never the word "nis" or "un". */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

export interface NameMention {
  name: SearchName;
  /** How many times the text names it, in any form. */
  count: number;
  /** The forms the text uses, as written in `name.forms` (forms with the same words count as the first). */
  formsUsed: Set<string>;
}

interface Form {
  /** As written in the data. */
  form: string;
  words: string[];
  /** The exact capitals to match, for an acronym. */
  acronym: string | null;
  name: SearchName;
}

export class NameMatcher {
  /** Forms by their first word, longest first. */
  readonly #byFirstWord = new Map<string, Form[]>();

  constructor(names: readonly SearchName[]) {
    for (const name of names) {
      for (const form of name.forms) {
        const { words } = tokens(form);
        const first = words[0];
        if (first === undefined) continue;
        const list = this.#byFirstWord.get(first) ?? [];
        list.push({ form, words, acronym: ACRONYM.test(form) ? form : null, name });
        this.#byFirstWord.set(first, list);
      }
    }
    for (const list of this.#byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /**
   * The names mentioned in `text`, in order of first mention, with how often and in which forms.
   * The longest form wins where several start at the same word, and its words are used up:
   * "Lee Seong-kweun" is not also a "Lee".
   */
  find(text: string): NameMention[] {
    const { words, cased } = tokens(text);
    const found = new Map<SearchName, NameMention>();
    let start = 0;
    while (start < words.length) {
      const match = (this.#byFirstWord.get(words[start]!) ?? []).find(
        (form) =>
          (form.acronym === null || cased[start] === form.acronym) &&
          form.words.every((formWord, offset) => words[start + offset] === formWord),
      );
      if (match) {
        const mention = found.get(match.name) ?? { name: match.name, count: 0, formsUsed: new Set<string>() };
        mention.count += 1;
        mention.formsUsed.add(match.form);
        found.set(match.name, mention);
      }
      start += match ? match.words.length : 1;
    }
    return [...found.values()];
  }
}

/**
 * The words Pagefind indexes for a name: each word, and a hyphenated one also joined ("Kim
 * Jong-un" is kim, jong, un and jongun).
 */
const indexedWords = (form: string): string[] => [
  ...wordsOf(form),
  ...form.split(/\s+/).flatMap((part) => (/\p{L}-\p{L}/u.test(part) ? [wordsOf(part).join('')] : [])),
];

/**
 * What a text needs so that every name it mentions is found by all the name's forms: for each
 * name, the forms the text does not use (spelled differently for Pagefind: "Kim Jong-un" is one
 * word "jongun" to it).
 */
export function otherForms(mentions: readonly NameMention[]): string[] {
  return mentions.flatMap((mention) => {
    const known = new Set([...mention.formsUsed].flatMap(indexedWords));
    const forms: string[] = [];
    for (const form of mention.name.forms) {
      const words = indexedWords(form);
      if (words.every((word) => known.has(word))) continue;
      for (const word of words) known.add(word);
      forms.push(form);
    }
    return forms;
  });
}

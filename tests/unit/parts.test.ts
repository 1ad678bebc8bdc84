/** How long lists are split into numbered parts (src/lib/parts.ts): the glossary, the actors' index, the estimates. */
import { describe, expect, it } from 'vitest';
import { partPath, partRange, partsByKey, partTitle, splitParts } from '../../src/lib/parts';

const letters = (count: number) => Array.from({ length: count }, (_, index) => `item-${index + 1}`);

describe('list parts', () => {
  it('keeps a list that fits on its own page, at the list’s path', () => {
    const [only, ...rest] = splitParts(letters(3), 'glossary', 3);
    expect(rest).toEqual([]);
    expect(only).toEqual({ part: 1, parts: 1, path: 'glossary', items: letters(3), first: 1, total: 3 });
    expect(partTitle('Glossary', only!)).toBe('Glossary');
  });

  it('continues a longer list on numbered parts, in order, every item once and none over the limit', () => {
    const parts = splitParts(letters(7), 'data/estimates/killed', 3);
    expect(parts.map((part) => [part.path, part.first, part.items.length, part.total])).toEqual([
      ['data/estimates/killed', 1, 3, 7],
      ['data/estimates/killed/2', 4, 3, 7],
      ['data/estimates/killed/3', 7, 1, 7],
    ]);
    expect(parts.flatMap((part) => part.items)).toEqual(letters(7));
    expect(parts.map(partRange)).toEqual(['1 to 3 of 7', '4 to 6 of 7', '7 to 7 of 7']);
    expect(partRange(splitParts(letters(1200), 'actors', 400)[1]!)).toBe('401 to 800 of 1,200');
    expect(parts.map((part) => partTitle('Glossary', part))).toEqual([
      'Glossary, part 1 of 3',
      'Glossary, part 2 of 3',
      'Glossary, part 3 of 3',
    ]);
  });

  it('keeps an item on its part when items are added after it', () => {
    const before = partsByKey(splitParts(letters(5), 'actors', 2), (item) => item);
    const after = partsByKey(splitParts(letters(9), 'actors', 2), (item) => item);
    for (const item of letters(5)) expect(after.get(item)!.path, item).toBe(before.get(item)!.path);
    expect(after.get('item-9')!.path).toBe(partPath('actors', 5));
  });

  it('gives an empty list its page, and refuses a page size that is not a whole number', () => {
    expect(splitParts([], 'glossary', 10).map((part) => [part.path, part.items.length])).toEqual([['glossary', 0]]);
    expect(() => splitParts(letters(2), 'glossary', 0)).toThrow('perPage is 0; expected a whole number ≥ 1');
  });
});

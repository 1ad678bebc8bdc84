import { describe, expect, it } from 'vitest';
import { corrected, editDistance, skeleton, Vocabulary, withoutStopWords } from '../../src/lib/search-query';

const vocabulary = new Vocabulary(['kursk', 'casualties', 'syrskyi', 'budanov', 'treaty', 'korean'].join('\n'));

describe('"did you mean"', () => {
  it('meets transliterations at one skeleton', () => {
    expect(skeleton('Syrskyi')).toBe(skeleton('Sirsky'));
    expect(skeleton('Budanow')).toBe(skeleton('Budanov'));
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('kurks', 'kursk', 2)).toBe(1);
    expect(editDistance('casulties', 'casualties', 2)).toBe(1);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });

  it('corrects only words the index does not know, keeping the rest', () => {
    expect(corrected('Kurks', vocabulary)).toBe('kursk');
    expect(corrected('Sirsky', vocabulary)).toBe('syrskyi');
    expect(corrected('Budanow', vocabulary)).toBe('budanov');
    expect(corrected('casulties in Kurks', vocabulary)).toBe('casualties in kursk');
    expect(corrected('treaty', vocabulary)).toBeNull();
    // A word being typed is known when a known word starts with it.
    expect(corrected('casua', vocabulary)).toBeNull();
    expect(corrected('zzzzzzz', vocabulary)).toBeNull();
  });
});

describe('questions', () => {
  it('drop their question words, unless nothing else is left', () => {
    expect(withoutStopWords('when did the treaty take effect')).toBe('treaty take effect');
    expect(withoutStopWords('Kursk')).toBeNull();
    expect(withoutStopWords('how many')).toBeNull();
  });
});

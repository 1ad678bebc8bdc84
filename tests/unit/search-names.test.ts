import { describe, expect, it } from 'vitest';
import type { SearchName } from '../../src/lib/search-manifest';
import { NameMatcher, otherForms } from '../../src/lib/search-names';

const kim: SearchName = { forms: ['Kim Jong Un', 'Kim Jong-un', '김정은', 'Ким Чен Ын'], home: 'actors/kim-jong-un/' };
const nis: SearchName = {
  forms: ['National Intelligence Service (South Korea)', 'NIS', '국가정보원', 'National Intelligence Service (NIS)'],
  home: 'actors/south-korea-nis/',
};
const lee: SearchName = { forms: ['Lee Seong-kweun', 'Lee Sung-kwon', '이성권'], home: 'actors/lee-seong-kweun/' };
const ri: SearchName = { forms: ['Ri (North Korean POW)', 'Lee', '리 씨'], home: 'actors/pow-ri/' };
const kursk: SearchName = { forms: ['Kursk region', 'Kursk', 'Kursk Oblast', '쿠르스크'], home: null };
const matcher = new NameMatcher([kim, nis, lee, ri, kursk]);

describe('NameMatcher.find', () => {
  it('finds a name in any of its forms, spelling or script, and counts the mentions', () => {
    const found = matcher.find('Kim Jong-un met Putin. 김정은 later said… Kim Jong Un again.');
    expect(found.map((mention) => [mention.name, mention.count])).toEqual([[kim, 3]]);
    // "Kim Jong-un" reads the same word for word as "Kim Jong Un", so it counts as that form.
    expect([...found[0]!.formsUsed]).toEqual(['Kim Jong Un', '김정은']);
  });

  it('matches acronyms in capitals only', () => {
    expect(matcher.find('the nis of it')).toEqual([]);
    expect(matcher.find('the NIS said').map((mention) => mention.name)).toEqual([nis]);
  });

  it('lets the longest form use up its words, so "Lee Seong-kweun" is not also "Lee"', () => {
    expect(matcher.find('Lee Seong-kweun told reporters').map((mention) => mention.name)).toEqual([lee]);
    expect(matcher.find('a soldier named Lee').map((mention) => mention.name)).toEqual([ri]);
  });

  it('ignores case, diacritics and punctuation between words', () => {
    expect(matcher.find('KURSK oblast’s border').map((mention) => mention.name)).toEqual([kursk]);
  });
});

describe('otherForms', () => {
  it('adds the forms a text does not use, each once, however often it names them', () => {
    expect(otherForms(matcher.find('The NIS briefed lawmakers; the NIS later revised.'))).toEqual([
      'National Intelligence Service (South Korea)',
      '국가정보원',
    ]);
  });

  it('leaves out a form whose every word is already there', () => {
    // "National Intelligence Service (NIS)" adds no word to "NIS" and "National Intelligence
    // Service (South Korea)", only bytes to every page that names the agency.
    expect(otherForms(matcher.find('The National Intelligence Service (South Korea) said'))).toEqual([
      'NIS',
      '국가정보원',
    ]);
  });

  it('adds a hyphenated spelling even where the text spells the same words apart', () => {
    // The matcher reads "Kim Jong-un" as "Kim Jong Un"; Pagefind indexes "Jong-un" as one word, so
    // a page that says "Kim Jong Un" needs it to be found by a search for "Kim Jong-un".
    expect(otherForms(matcher.find('Kim Jong Un signed it.'))).toEqual(['Kim Jong-un', '김정은', 'Ким Чен Ын']);
  });

  it('adds nothing for a text that names no one', () => {
    expect(otherForms(matcher.find('No names here.'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  compareDates,
  dateBounds,
  formatDate,
  isCertainlyAfter,
  isValidDate,
  latestDate,
  monthKey,
  parseDate,
} from '../../src/lib/dates';
import { pageRefs, splitIds } from '../../src/lib/mdx-refs';
import { amountSpan, formatAmount } from '../../src/lib/numbers';
import { joinBase, normaliseBase } from '../../src/lib/paths';

describe('dates', () => {
  it('parses days and months and rejects impossible dates', () => {
    expect(parseDate('2024-06-19')).toEqual({ year: 2024, month: 6, day: 19, precision: 'day' });
    expect(parseDate('2024-10')).toEqual({ year: 2024, month: 10, precision: 'month' });
    expect(isValidDate('2025-02-30')).toBe(false);
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2025-13')).toBe(false);
    expect(isValidDate('19 June 2024')).toBe(false);
  });

  it('formats at the precision it knows, never inventing a day', () => {
    expect(formatDate('2024-06-19')).toBe('19 June 2024');
    expect(formatDate('2024-12')).toBe('December 2024');
  });

  it('compares month-only dates by the days they may stand for', () => {
    expect(dateBounds('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(isCertainlyAfter('2024-10-28', '2024-10')).toBe(false);
    expect(isCertainlyAfter('2024-11-01', '2024-10-18')).toBe(true);
    expect(compareDates('2024-10', '2024-10-01')).toBeLessThan(0);
    expect(monthKey('2025-04-28')).toBe('2025-04');
    expect(latestDate(['2025-01-13', '2025-01', '2024-12-31'])).toBe('2025-01');
  });
});

describe('numbers', () => {
  const amount = (
    value: number | null,
    low: number | null,
    high: number | null,
    qualifier: 'about' | 'at_least' | 'up_to' | 'exactly' | null,
  ) => ({ value, low, high, qualifier });

  it('writes the qualifier in words and never rounds', () => {
    expect(formatAmount(amount(11000, null, null, 'about'))).toBe('about 11,000');
    expect(formatAmount(amount(100, null, null, 'at_least'))).toBe('at least 100');
    expect(formatAmount(amount(12000, null, 12000, 'up_to'))).toBe('up to 12,000');
    expect(formatAmount(amount(23, null, null, 'exactly'))).toBe('exactly 23');
    expect(formatAmount(amount(10001, null, null, null))).toBe('10,001');
  });

  it('writes ranges with an en dash', () => {
    expect(formatAmount(amount(null, 10000, 12000, null))).toBe('10,000–12,000');
    expect(formatAmount(amount(null, 1000, 3000, 'about'))).toBe('about 1,000–3,000');
    expect(formatAmount(amount(null, 5000, null, null))).toBe('at least 5,000');
  });

  it('gives no number when only a proportion was given', () => {
    expect(formatAmount(amount(null, null, null, null))).toBeNull();
    expect(amountSpan(amount(null, null, null, null))).toBeNull();
    expect(amountSpan(amount(null, 1000, 3000, null))).toEqual([1000, 3000]);
  });
});

describe('paths', () => {
  it('normalises base paths', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('sub')).toBe('/sub/');
    expect(normaliseBase('/sub/')).toBe('/sub/');
  });

  it('joins paths to the base with one trailing-slash policy', () => {
    expect(joinBase('/', '')).toBe('/');
    expect(joinBase('/', 'timeline')).toBe('/timeline/');
    expect(joinBase('/sub/', '/actors/kim-jong-un')).toBe('/sub/actors/kim-jong-un/');
    expect(joinBase('/sub/', 'timeline#event-treaty-signed')).toBe('/sub/timeline/#event-treaty-signed');
    expect(joinBase('/sub/', 'search?q=Kursk')).toBe('/sub/search/?q=Kursk');
    expect(joinBase('/sub/', 'data/figures.json')).toBe('/sub/data/figures.json');
    expect(joinBase('/sub/', 'pagefind/')).toBe('/sub/pagefind/');
  });
});

describe('mdx refs', () => {
  it('finds citing components in order with their lines, from the MDX tree', () => {
    const body = [
      'Intro <Figure id="a" bare /> and <Cite ids="s1 s2" />.',
      '```mdx',
      '<Figure id="in-code" />',
      '```',
      "<Event id='e1'/>",
    ].join('\n');
    expect(pageRefs(body).citing).toEqual([
      { component: 'Figure', props: { id: 'a', bare: '' }, expressions: {}, line: 1 },
      { component: 'Cite', props: { ids: 's1 s2' }, expressions: {}, line: 1 },
      { component: 'Event', props: { id: 'e1' }, expressions: {}, line: 5 },
    ]);
    expect(splitIds('a, b  c')).toEqual(['a', 'b', 'c']);
    expect(splitIds(['a', 'b c'])).toEqual(['a', 'b', 'c']);
  });

  it('skips citations in inline code and MDX comments, which render nothing', () => {
    const body = [
      'Write `<Cite ids="in-inline-code" />` to cite {/* <Cite ids="in-a-comment" /> */} a source.',
      '',
      '{/* <Figure id="in-a-block-comment" /> */}',
      '',
      'Cited <Cite ids="real" />.',
    ].join('\n');
    expect(pageRefs(body).citing.map(({ props, line }) => [props.ids, line])).toEqual([['real', 5]]);
  });

  it('reads a list of ids as well as a string, and keeps other expressions as written', () => {
    const body = ['One <Cite ids={["a", \'b\']} /> two <Cite ids={`c`} /> three <Cite ids={sources} />.'].join('\n');
    expect(pageRefs(body).citing.map(({ props, expressions }) => [props, expressions])).toEqual([
      [{ ids: 'a b' }, {}],
      [{ ids: 'c' }, {}],
      [{}, { ids: 'sources' }],
    ]);
  });
});

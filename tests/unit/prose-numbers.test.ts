/**
 * No casualty or troop number is typed by hand into MDX prose: every number of 100 or more that
 * is not a year must come from the figures ledger through a component, so that one correction in
 * content/figures/ reaches every page. The content check runs the rule on every page in `astro dev`
 * and `astro build` (tests/unit/content-check.test.ts, fixture number-in-prose).
 */
import { describe, expect, it } from 'vitest';
import { findHandTypedNumbers } from '../../src/lib/prose-numbers';

describe('findHandTypedNumbers', () => {
  it('finds counts written with or without separators, and spelled multipliers', () => {
    const body = [
      'About 11,000 soldiers, 4.700 dead, 15 000 sent and 12000 more.',
      'Some 1.5 million shells and 99 or 100 dead.',
    ].join('\n');
    expect(findHandTypedNumbers(body).map(({ line, text }) => `${line}:${text}`)).toEqual([
      '1:11,000',
      '1:4.700',
      '1:15 000',
      '1:12000',
      '2:1.5',
      '2:100',
    ]);
  });

  it('passes years, labels, unit names, calibres and everything inside components and code', () => {
    const body = [
      'In 2024 and 2025, on 19 June 2024, under Article 118 and resolution 2270, the 1718 Committee.',
      'The 528th Engineer Regiment, 170 mm guns, KN-23 missiles and M1991 launchers; 40% of them.',
      '<Figure id="nis-2025-04-30-total-15000" /> and <Estimates ids="a b" caption="over 9000" />',
      '[a link](https://example.com/2025/12345) and `code 5000`.',
      '```',
      '12345',
      '```',
      'An aside {/* about 4,000 men */} and <Know known="figure:a">text</Know>.',
    ].join('\n');
    expect(findHandTypedNumbers(body)).toEqual([]);
  });

  it('reads the text inside components and formatting, with lines counted from the body line', () => {
    const body = ['Intro.', '', '<Know known="figure:a">', '', '- About **2,500** were sent.', '', '</Know>'].join(
      '\n',
    );
    expect(findHandTypedNumbers(body, 10).map(({ line, text }) => `${line}:${text}`)).toEqual(['14:2,500']);
  });
});

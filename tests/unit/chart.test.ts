/** The estimate charts' data shaping: claimant styles, grouping, scales, marks and summaries. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  asOfInterval,
  claimantStyles,
  directLabels,
  groupByFacet,
  layoutFacet,
  markerPath,
  PALETTE_SIZE,
  SHAPES,
  summariseFacet,
  timeScale,
  timeTicks,
  valueScale,
  valueTicks,
  type ChartEstimate,
  type FacetFrame,
} from '../../src/lib/chart';

function estimate(overrides: Partial<ChartEstimate> & Pick<ChartEstimate, 'id'>): ChartEstimate {
  return {
    metric: 'killed',
    facet: 'killed:total',
    asOf: '2025-01-13',
    low: 300,
    high: 300,
    qualifier: 'about',
    claimantKey: 'nis',
    claimantLabel: 'NIS',
    claimantShort: 'NIS',
    amount: 'about 300',
    scope: 'soldiers killed',
    ...overrides,
  };
}

const frame: FacetFrame = { width: 560, height: 170, margin: { top: 26, right: 12, bottom: 24, left: 48 } };

describe('claimantStyles', () => {
  it('orders claimants by how many estimates they made, then by name', () => {
    const styles = claimantStyles([
      estimate({ id: 'a', claimantKey: 'zelensky', claimantLabel: 'Zelensky' }),
      estimate({ id: 'b', claimantKey: 'nis', claimantLabel: 'NIS' }),
      estimate({ id: 'c', claimantKey: 'nis', claimantLabel: 'NIS' }),
      estimate({ id: 'd', claimantKey: 'blinken', claimantLabel: 'Blinken' }),
    ]);
    expect([...styles.keys()]).toEqual(['nis', 'blinken', 'zelensky']);
    expect(styles.get('nis')).toMatchObject({ colour: 1, shape: 'circle', label: 'NIS' });
    expect(styles.get('blinken')).toMatchObject({ colour: 2, shape: 'square' });
  });

  it('gives the first 32 claimants 32 different colour-and-shape pairs, neighbours differing in both', () => {
    const many = Array.from({ length: PALETTE_SIZE * SHAPES.length }, (_, index) =>
      estimate({ id: `e${index}`, claimantKey: `c${String(index).padStart(2, '0')}`, claimantLabel: `C${index}` }),
    );
    const styles = [...claimantStyles(many).values()];
    const pairs = new Set(styles.map((style) => `${style.colour}/${style.shape}`));
    expect(pairs.size).toBe(32);
    for (let i = 1; i < styles.length; i += 1) {
      expect(styles[i]!.colour).not.toBe(styles[i - 1]!.colour);
      expect(styles[i]!.shape).not.toBe(styles[i - 1]!.shape);
    }
  });
});

describe('groupByFacet', () => {
  it('keeps the facet order asked for, leaves out empty facets and sorts each by as-of date', () => {
    const groups = groupByFacet(
      [
        estimate({ id: 'w', metric: 'wounded', facet: 'wounded:total', asOf: '2025-04-30' }),
        estimate({ id: 'k2', asOf: '2025-09-02' }),
        estimate({ id: 'k1', asOf: '2024-12' }),
        estimate({ id: 'b', facet: 'killed:part', asOf: '2025-01' }),
        estimate({ id: 'x', metric: 'other', facet: 'other:total' }),
      ],
      ['killed:total', 'killed:part', 'wounded:total', 'captured:total'],
    );
    expect(groups.map((group) => group.facet)).toEqual(['killed:total', 'killed:part', 'wounded:total']);
    expect(groups[0]!.estimates.map((e) => e.id)).toEqual(['k1', 'k2']);
  });
});

describe('directLabels', () => {
  it('names each claimant once, beside its newest mark, in the margin, with no two labels overlapping', () => {
    const estimates = [
      estimate({ id: 'n1', asOf: '2024-12-19', low: 100, high: 100 }),
      estimate({ id: 'n2', asOf: '2025-09-02', low: 2000, high: 2000 }),
      estimate({ id: 'z', asOf: '2025-01-21', low: 1990, high: 1990, claimantKey: 'z', claimantShort: 'Zelensky' }),
      estimate({
        id: 'w',
        asOf: '2025-01',
        low: 2010,
        high: 2010,
        claimantKey: 'w',
        claimantShort: 'Western officials',
      }),
    ];
    const styles = claimantStyles(estimates);
    const x = timeScale(estimates, [48, 450]);
    const layout = layoutFacet(estimates, x, { ...frame, margin: { ...frame.margin, right: 110 } }, styles);
    const labels = directLabels(layout.marks, layout.plot, 15);
    expect(labels.map((label) => label.text).sort()).toEqual(['NIS', 'Western officials', 'Zelensky']);
    const nis = labels.find((label) => label.text === 'NIS')!;
    const newestNis = layout.marks.find((mark) => mark.estimate.id === 'n2')!;
    expect(nis.from.x).toBeCloseTo(newestNis.x, 0);
    expect(nis.from.y).toBeCloseTo(newestNis.yLow, 0);
    const ys = labels.map((label) => label.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i += 1) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(15);
    for (const label of labels) {
      expect(label.x).toBeGreaterThan(layout.plot.right);
      expect(label.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(label.y).toBeLessThanOrEqual(layout.plot.bottom);
    }
  });
});

describe('scales', () => {
  it('spans whole months, a month-only date to the end of its month', () => {
    expect(asOfInterval('2025-01-13').map((d) => d.toISOString())).toEqual([
      '2025-01-13T00:00:00.000Z',
      '2025-01-13T00:00:00.000Z',
    ]);
    expect(asOfInterval('2024-02').map((d) => d.toISOString())).toEqual([
      '2024-02-01T00:00:00.000Z',
      '2024-03-01T00:00:00.000Z',
    ]);
    const x = timeScale([estimate({ id: 'a', asOf: '2024-12-19' }), estimate({ id: 'b', asOf: '2025-02' })], [0, 100]);
    expect(x.domain().map((d) => d.toISOString().slice(0, 10))).toEqual(['2024-12-01', '2025-04-01']);
    expect(x.range()).toEqual([0, 100]);
  });

  it('starts values at 0 and ends on a round number at or above the highest end of any range', () => {
    const y = valueScale(
      [estimate({ id: 'a', low: 1000, high: 3000 }), estimate({ id: 'b', low: 2700, high: 2700 })],
      [150, 0],
    );
    expect(y.domain()).toEqual([0, 3000]);
    expect(valueTicks(y).map((tick) => tick.label)).toEqual(['0', '1,000', '2,000', '3,000']);
    const small = valueScale([estimate({ id: 'c', low: 2, high: 2 })], [150, 0]);
    expect(valueTicks(small).map((tick) => tick.label)).toEqual(['0', '1', '2']);
  });

  it('labels months, thinning the ticks on long spans', () => {
    const x = timeScale(
      [estimate({ id: 'a', asOf: '2024-10-01' }), estimate({ id: 'b', asOf: '2026-02-12' })],
      [0, 500],
    );
    const ticks = timeTicks(x);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]!.label).toBe('Oct 2024');
    expect(ticks.map((tick) => tick.label)).toContain('Jan 2025');
  });

  it('refuses an empty chart instead of drawing a blank one', () => {
    expect(() => timeScale([], [0, 1])).toThrow(/no estimates/);
  });
});

describe('layoutFacet', () => {
  const estimates = [
    estimate({ id: 'point', asOf: '2025-01-13', low: 300, high: 300, qualifier: 'about' }),
    estimate({ id: 'range', asOf: '2025-02-27', low: 1000, high: 3000, qualifier: null, claimantKey: 'press' }),
    estimate({ id: 'month', asOf: '2025-03', low: 4000, high: 4000, qualifier: 'at_least' }),
    estimate({ id: 'cap', asOf: '2025-04-30', low: 2000, high: 2000, qualifier: 'up_to' }),
  ];
  const styles = claimantStyles(estimates);
  const x = timeScale(estimates, [frame.margin.left, frame.width - frame.margin.right]);
  const layout = layoutFacet(estimates, x, frame, styles);
  const mark = (id: string) => layout.marks.find((m) => m.estimate.id === id)!;

  it('draws a single value as a point and a range as a bar from low to high, never a midpoint', () => {
    expect(mark('point').yLow).toBe(mark('point').yHigh);
    expect(mark('point').x1).toBe(mark('point').x2);
    const range = mark('range');
    expect(range.yLow).toBeGreaterThan(range.yHigh);
    const y = valueScale(estimates, [layout.plot.bottom, layout.plot.top]);
    expect(range.yLow).toBeCloseTo(y(1000));
    expect(range.yHigh).toBeCloseTo(y(3000));
  });

  it('spreads a month-only date across its month and centres the marker', () => {
    const month = mark('month');
    expect(month.x1).toBeCloseTo(x(new Date('2025-03-01T00:00:00Z')));
    expect(month.x2).toBeCloseTo(x(new Date('2025-04-01T00:00:00Z')));
    expect(month.x).toBeCloseTo((month.x1 + month.x2) / 2);
  });

  it('points "at least" up and "up to" down', () => {
    expect(mark('month').arrow).toBe('up');
    expect(mark('cap').arrow).toBe('down');
    expect(mark('point').arrow).toBeNull();
  });

  it('keeps every mark inside the plotting area', () => {
    for (const m of layout.marks) {
      expect(m.x1).toBeGreaterThanOrEqual(layout.plot.left);
      expect(m.x2).toBeLessThanOrEqual(layout.plot.right);
      expect(m.yHigh).toBeGreaterThanOrEqual(layout.plot.top);
      expect(m.yLow).toBeLessThanOrEqual(layout.plot.bottom);
    }
  });

  it('fails on a claimant with no style, naming the estimate', () => {
    expect(() => layoutFacet([estimate({ id: 'lost', claimantKey: 'nobody' })], x, frame, styles)).toThrow(
      'layoutFacet: no style for claimant "nobody" of lost',
    );
  });
});

describe('summariseFacet', () => {
  it('names the lowest, the highest and the latest estimate, a month-only date counting as late as it can', () => {
    const summary = summariseFacet([
      estimate({ id: 'a', asOf: '2025-01-13', low: 300, high: 300, claimantKey: 'nis' }),
      estimate({ id: 'b', asOf: '2025-01-21', low: 4000, high: 4000, claimantKey: 'zelensky' }),
      estimate({ id: 'c', asOf: '2025-02', low: 13, high: 13, claimantKey: 'sso' }),
      estimate({ id: 'd', asOf: '2025-02-14', low: 1000, high: 1000, claimantKey: 'nis' }),
    ]);
    expect(summary).toMatchObject({ count: 4, claimants: 3, from: '2025-01-13', to: '2025-02' });
    expect(summary.lowest.id).toBe('c');
    expect(summary.highest.id).toBe('b');
    expect(summary.latest.id).toBe('c');
  });
});

describe('markerPath', () => {
  it('draws closed shapes centred on the point', () => {
    for (const shape of SHAPES) expect(markerPath(shape, 10, 20)).toMatch(/^M[\d. -]+.*Z$/);
    expect(markerPath('square', 10, 20, 4)).toBe('M6.6 16.6h6.8v6.8h-6.8Z');
  });
});

describe('chart colour tokens', () => {
  // Every colour token is written once, as light-dark(light, dark), in the :root block.
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
  const token = (name: string, theme: 'light' | 'dark') => {
    const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(root);
    if (!match) throw new Error(`tokens.css: --${name} is missing or not light-dark(#rrggbb, #rrggbb)`);
    return theme === 'light' ? match[1]! : match[2]!;
  };
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  it.each(['light', 'dark'] as const)(
    'gives every claimant colour at least 3:1 against the %s background (WCAG 1.4.11)',
    (theme) => {
      const bg = token('bg', theme);
      for (let n = 1; n <= PALETTE_SIZE; n += 1) {
        expect(contrast(token(`chart-${n}`, theme), bg), `--chart-${n}`).toBeGreaterThanOrEqual(3);
      }
    },
  );
});

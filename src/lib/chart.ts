/**
 * Chart data shaping for the estimate charts: which estimates are plotted, how claimants get a
 * colour and a marker, the scales (d3-scale) and where each mark goes. Pure functions, so the
 * geometry is unit-tested; the SVG components in src/components/charts/ only draw what this
 * returns.
 *
 * Honesty rules the shapes follow: a range is drawn as a bar from low to high (never as a
 * midpoint); a month-only date is drawn across its whole month (never as a made-up day); "at
 * least" and "up to" carry an arrow; nothing is rounded, merged or averaged.
 */
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { compareDates, dateBounds, parseDate } from './dates';
import type { Qualifier } from './numbers';

/** One estimate ready to plot, as the query layer hands it over. */
export interface ChartEstimate {
  /** Figure id (for anchors and stable ordering). */
  id: string;
  /** The figure metric. */
  metric: string;
  /**
   * The facet it belongs to: its metric and what the number covers ("killed:total",
   * "killed:part"), so a count of one battle never shares an axis with a national total.
   */
  facet: string;
  /** The date the number describes: `YYYY-MM-DD` or `YYYY-MM`. */
  asOf: string;
  /** Lower and upper end of the number; equal for a single value. */
  low: number;
  high: number;
  qualifier: Qualifier | null;
  /** Groups estimates by who made them: an actor id, or `press:<outlet>` without one. */
  claimantKey: string;
  /** "South Korea’s National Intelligence Service (NIS)". */
  claimantLabel: string;
  /** "NIS": the direct label beside the claimant's marks. */
  claimantShort: string;
  /** The number as the claimant worded it: "about 2,000", "1,000–3,000". */
  amount: string;
  /** Exactly what the number counts; estimates of one metric often count different things. */
  scope: string;
}

/** The marker shapes, so claimants differ by more than colour. */
export const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Shape = (typeof SHAPES)[number];

/** How many chart colours the tokens define (`--chart-1` … `--chart-8`). */
export const PALETTE_SIZE = 8;

export interface ClaimantStyle {
  key: string;
  label: string;
  /** 1-based index of the colour token `--chart-N`. */
  colour: number;
  shape: Shape;
}

/**
 * A colour and a shape per claimant, the most frequent claimant first (ties by name). Colour
 * cycles every 8 and shape shifts by one each cycle, so the first 32 claimants all differ and
 * neighbours in the legend differ in both. Pass every chart's estimates to keep one claimant in
 * one style across the site.
 */
export function claimantStyles(estimates: readonly ChartEstimate[]): Map<string, ClaimantStyle> {
  const counts = new Map<string, { label: string; count: number }>();
  for (const estimate of estimates) {
    const entry = counts.get(estimate.claimantKey) ?? { label: estimate.claimantLabel, count: 0 };
    entry.count += 1;
    counts.set(estimate.claimantKey, entry);
  }
  const ordered = [...counts].sort(([, a], [, b]) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
  return new Map(
    ordered.map(([key, { label }], index) => {
      const cycle = Math.floor(index / PALETTE_SIZE);
      const style: ClaimantStyle = {
        key,
        label,
        colour: (index % PALETTE_SIZE) + 1,
        shape: SHAPES[(index + cycle) % SHAPES.length]!,
      };
      return [key, style];
    }),
  );
}

/** Estimates by facet, in the order given; facets without estimates are left out. */
export function groupByFacet(
  estimates: readonly ChartEstimate[],
  facets: readonly string[],
): { facet: string; estimates: ChartEstimate[] }[] {
  return facets
    .map((facet) => ({ facet, estimates: sortByAsOf(estimates.filter((e) => e.facet === facet)) }))
    .filter((group) => group.estimates.length > 0);
}

/** Oldest as-of first; ties by id, so output never depends on file order. */
export function sortByAsOf(estimates: readonly ChartEstimate[]): ChartEstimate[] {
  return [...estimates].sort((a, b) => compareDates(a.asOf, b.asOf) || a.id.localeCompare(b.id));
}

/** The instants an as-of date spans: one day, or the whole month for a month-only date (UTC). */
export function asOfInterval(asOf: string): [start: Date, end: Date] {
  const [first, last] = dateBounds(asOf);
  const start = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  // A month-only date covers to the end of its last day.
  if (parseDate(asOf)?.precision === 'month') end.setUTCDate(end.getUTCDate() + 1);
  return [start, end];
}

/** A time scale over every estimate's as-of interval, widened to whole months. */
export function timeScale(estimates: readonly ChartEstimate[], range: [number, number]): ScaleTime<number, number> {
  if (estimates.length === 0) throw new Error('timeScale: no estimates to plot; expected at least one');
  const intervals = estimates.map((e) => asOfInterval(e.asOf));
  const start = utcMonth.floor(new Date(Math.min(...intervals.map(([s]) => s.getTime()))));
  const end = utcMonth.ceil(new Date(Math.max(...intervals.map(([, e]) => e.getTime())) + 1));
  return scaleUtc().domain([start, end]).range(range);
}

/** A linear scale from 0 to a round number above the highest estimate. */
export function valueScale(estimates: readonly ChartEstimate[], range: [number, number]): ScaleLinear<number, number> {
  const max = Math.max(1, ...estimates.map((e) => e.high));
  return scaleLinear().domain([0, max]).range(range).nice(4);
}

export interface Tick {
  /** Position along the axis, in chart units. */
  at: number;
  label: string;
}

const monthYear = utcFormat('%b %Y');
const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** Month ticks every 1, 2, 3, 6 or 12 months, whichever gives no more than `max` labels. */
export function timeTicks(scale: ScaleTime<number, number>, max = 6): Tick[] {
  const [start, end] = scale.domain() as [Date, Date];
  const months = Math.max(1, utcMonth.count(start, end));
  const step = [1, 2, 3, 6, 12].find((every) => Math.floor(months / every) + 1 <= max) ?? 12;
  const interval = utcMonth.every(step)!;
  return scale.ticks(interval).map((date) => ({ at: scale(date), label: monthYear(date) }));
}

/** About four value ticks with thousands separators; whole numbers only. */
export function valueTicks(scale: ScaleLinear<number, number>): Tick[] {
  return scale
    .ticks(4)
    .filter(Number.isInteger)
    .map((value) => ({ at: scale(value), label: integer.format(value) }));
}

/** Chart geometry in SVG user units. */
export interface FacetFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface Mark {
  estimate: ChartEstimate;
  style: ClaimantStyle;
  /** Centre of the as-of interval, where the marker sits. */
  x: number;
  /** The as-of interval's ends; equal to x for a day. */
  x1: number;
  x2: number;
  /** The number's ends (y grows downwards, so yLow >= yHigh); equal for a single value. */
  yLow: number;
  yHigh: number;
  /** An arrow from the marker: up for "at least", down for "up to". */
  arrow: 'up' | 'down' | null;
}

export interface FacetLayout {
  marks: Mark[];
  xTicks: Tick[];
  yTicks: Tick[];
  /** The plotting area, inside the margins. */
  plot: { left: number; right: number; top: number; bottom: number };
}

/**
 * Where every mark of one facet goes. `x` is shared by all facets of a chart (one time axis to
 * compare across); the value axis is the facet's own, because killed and captured differ by
 * orders of magnitude.
 */
export function layoutFacet(
  estimates: readonly ChartEstimate[],
  x: ScaleTime<number, number>,
  frame: FacetFrame,
  styles: ReadonlyMap<string, ClaimantStyle>,
  maxTimeTicks = 6,
): FacetLayout {
  const plot = {
    left: frame.margin.left,
    right: frame.width - frame.margin.right,
    top: frame.margin.top,
    bottom: frame.height - frame.margin.bottom,
  };
  const y = valueScale(estimates, [plot.bottom, plot.top]);
  const marks = sortByAsOf(estimates).map((estimate): Mark => {
    const style = styles.get(estimate.claimantKey);
    if (!style) throw new Error(`layoutFacet: no style for claimant "${estimate.claimantKey}" of ${estimate.id}`);
    const [start, end] = asOfInterval(estimate.asOf);
    const x1 = x(start);
    const x2 = x(end);
    return {
      estimate,
      style,
      x: estimate.asOf.length === 7 ? (x1 + x2) / 2 : x1,
      x1,
      x2: estimate.asOf.length === 7 ? x2 : x1,
      yLow: y(estimate.low),
      yHigh: y(estimate.high),
      arrow: estimate.qualifier === 'at_least' ? 'up' : estimate.qualifier === 'up_to' ? 'down' : null,
    };
  });
  return { marks, xTicks: timeTicks(x, maxTimeTicks), yTicks: valueTicks(y), plot };
}

/** A claimant's name written beside its newest mark, in the right margin. */
export interface DirectLabel {
  style: ClaimantStyle;
  text: string;
  /** The newest mark of the claimant in the facet, where the leader line starts. */
  from: { x: number; y: number };
  /** Where the label's marker sits; the text follows it. */
  x: number;
  y: number;
}

/**
 * One label per claimant, in the right margin at the height of its newest mark, moved apart by at
 * least `gap` units (top to bottom, then pulled back up from the bottom edge) so none overlap.
 * A label names the claimant instead of a legend: no colour has to be looked up.
 */
export function directLabels(marks: readonly Mark[], plot: FacetLayout['plot'], gap = 15): DirectLabel[] {
  const newest = new Map<string, Mark>();
  for (const mark of marks) newest.set(mark.style.key, mark); // marks come oldest first
  const labels = [...newest.values()]
    .map((mark) => ({ mark, y: (mark.yLow + mark.yHigh) / 2 }))
    .sort((a, b) => a.y - b.y || a.mark.style.label.localeCompare(b.mark.style.label, 'en'));
  const ys = labels.map(({ y }) => y);
  for (let i = 0; i < ys.length; i += 1) ys[i] = Math.max(ys[i]!, i === 0 ? plot.top : ys[i - 1]! + gap);
  for (let i = ys.length - 1; i >= 0; i -= 1) {
    ys[i] = Math.min(ys[i]!, i === ys.length - 1 ? plot.bottom : ys[i + 1]! - gap);
  }
  return labels.map(({ mark, y }, index) => ({
    style: mark.style,
    text: mark.estimate.claimantShort,
    from: { x: round(mark.x), y: round(y) },
    x: round(plot.right + 10),
    y: round(ys[index]!),
  }));
}

/** SVG path data for a marker of the given shape centred on (x, y). */
export function markerPath(shape: Shape, x: number, y: number, size = 4.5): string {
  const r = round(size);
  const at = (dx: number, dy: number) => `${round(x + dx)} ${round(y + dy)}`;
  switch (shape) {
    case 'circle':
      return `M${at(-r, 0)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case 'square': {
      const s = round(size * 0.85);
      return `M${at(-s, -s)}h${round(2 * s)}v${round(2 * s)}h${round(-2 * s)}Z`;
    }
    case 'triangle':
      return `M${at(0, -r * 1.15)}L${at(r * 1.1, r * 0.85)}L${at(-r * 1.1, r * 0.85)}Z`;
    case 'diamond':
      return `M${at(0, -r * 1.2)}L${at(r * 1.2, 0)}L${at(0, r * 1.2)}L${at(-r * 1.2, 0)}Z`;
  }
}

/** One decimal place is finer than a pixel at any size the charts are shown; it keeps bytes low. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The extreme and the newest estimates of a facet, for the text summary. */
export interface FacetSummary {
  count: number;
  claimants: number;
  lowest: ChartEstimate;
  highest: ChartEstimate;
  latest: ChartEstimate;
  /** Earliest and latest as-of dates. */
  from: string;
  to: string;
}

export function summariseFacet(estimates: readonly ChartEstimate[]): FacetSummary {
  const sorted = sortByAsOf(estimates);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) throw new Error('summariseFacet: no estimates; expected at least one');
  const byLow = [...sorted].sort((a, b) => a.low - b.low || compareDates(a.asOf, b.asOf));
  const byHigh = [...sorted].sort((a, b) => b.high - a.high || compareDates(a.asOf, b.asOf));
  // The newest by the latest day its as-of may stand for, so a month-only date counts as late as it can.
  const latest = [...sorted].sort(
    (a, b) => dateBounds(b.asOf)[1].localeCompare(dateBounds(a.asOf)[1]) || b.id.localeCompare(a.id),
  )[0]!;
  return {
    count: sorted.length,
    claimants: new Set(sorted.map((e) => e.claimantKey)).size,
    lowest: byLow[0]!,
    highest: byHigh[0]!,
    latest,
    from: first.asOf,
    to: latest.asOf,
  };
}

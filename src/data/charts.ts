/**
 * The estimate charts' data, from the figures ledger: which figures each chart plots and which it
 * leaves out (plans, and shares given without a number), with the claimant worded as everywhere
 * else on the site. Computed once per build.
 */
import { claimantStyles, type ChartEstimate, type ClaimantStyle } from '../lib/chart';
import { amountSpan, formatAmount } from '../lib/numbers';
import type { Figure, FigureMetric } from '../schemas/figure';
import { getSiteData, type SiteData, type WithId } from './entries';
import { figureWords, shortAttribution } from './present';
import { tallyOf } from './tallies';
import type { Tally } from '../lib/glance';

/** The charts the site has, and the metrics each one facets by, in order. */
export const CHARTS = {
  casualties: {
    title: 'Casualty estimates over time',
    metrics: ['killed', 'wounded', 'killed_or_wounded', 'captured'],
  },
  deployment: {
    title: 'Troop estimates over time',
    metrics: ['troops_deployed', 'additional_troops'],
  },
} as const satisfies Record<string, { title: string; metrics: readonly FigureMetric[] }>;

export type ChartKind = keyof typeof CHARTS;

/** The chart that plots a metric, if any. */
export function chartOf(metric: FigureMetric): ChartKind | undefined {
  return (Object.keys(CHARTS) as ChartKind[]).find((kind) =>
    (CHARTS[kind].metrics as readonly string[]).includes(metric),
  );
}

/** Facet headings: what each metric counts, as a reader would say it. */
export const FACET_TITLES: Partial<Record<FigureMetric, string>> = {
  killed: 'Killed',
  wounded: 'Wounded',
  killed_or_wounded: 'Killed or wounded (combined)',
  captured: 'Captured',
  troops_deployed: 'Troops sent',
  additional_troops: 'Additional contingents',
};

/** What each tally adds to a facet's heading; a whole tally needs no words. */
const TALLY_TITLES: Record<Tally, string> = {
  total: '',
  presence: ' — present at a date',
  part: ' — one battle, week, unit or ceremony',
};

const TALLY_ORDER: readonly Tally[] = ['total', 'presence', 'part'];

/** The facets of some metrics, in order: each metric's whole tallies, then presence, then parts. */
export const facetsOf = (metrics: readonly string[]): string[] =>
  metrics.flatMap((metric) => TALLY_ORDER.map((tally) => `${metric}:${tally}`));

/** "Killed — one battle, week, unit or ceremony". */
export function facetTitle(facet: string): string {
  const [metric, tally] = facet.split(':') as [FigureMetric, Tally];
  const base = FACET_TITLES[metric] ?? metric;
  if (metric === 'troops_deployed' && tally === 'presence') return 'Troops present at a date';
  if (metric === 'troops_deployed' && tally === 'part') return 'Troops sent in one deployment';
  return `${base}${TALLY_TITLES[tally]}`;
}

export interface ChartRow extends ChartEstimate {
  figure: WithId<Figure>;
  /** "via lawmaker Lee Seong-kweun", or null. */
  via: string | null;
}

export interface ChartData {
  kind: ChartKind;
  title: string;
  metrics: readonly FigureMetric[];
  rows: ChartRow[];
  /** Figures of these metrics that are not plotted, and why. */
  leftOut: { plans: WithId<Figure>[]; withoutNumber: WithId<Figure>[] };
}

export interface Charts {
  byKind: Record<ChartKind, ChartData>;
  /** One style per claimant across every chart, so a claimant looks the same everywhere. */
  styles: Map<string, ClaimantStyle>;
}

let cached: Promise<Charts> | undefined;

export function getCharts(): Promise<Charts> {
  cached ??= getSiteData().then(buildCharts);
  return cached;
}

function toRow(figure: WithId<Figure>, data: SiteData): ChartRow | null {
  const span = amountSpan(figure);
  const amount = formatAmount(figure);
  if (figure.plan || !span || amount === null) return null;
  const words = figureWords(figure, data);
  return {
    id: figure.id,
    metric: figure.metric,
    facet: `${figure.metric}:${tallyOf(figure.id, data).tally}`,
    asOf: figure.as_of,
    low: span[0],
    high: span[1],
    qualifier: figure.qualifier,
    claimantKey: figure.claimant ?? `press:${figure.via ?? 'unknown'}`,
    claimantLabel: words.claimant,
    // A chart's direct label has room for a name only: a press composite is labelled with its outlet.
    claimantShort: figure.composite && figure.via ? figure.via.split(',')[0]!.trim() : shortAttribution(figure, data),
    amount,
    scope: figure.scope,
    figure,
    via: words.via,
  };
}

export function buildCharts(data: SiteData): Charts {
  const figures = [...data.figures.values()];
  const build = (kind: ChartKind): ChartData => {
    const { title, metrics } = CHARTS[kind];
    const candidates = figures.filter((figure) => (metrics as readonly string[]).includes(figure.metric));
    const rows = candidates.map((figure) => toRow(figure, data)).filter((row) => row !== null);
    if (rows.length === 0) throw new Error(`Chart "${kind}": no figure of ${metrics.join(', ')} has a number to plot`);
    const plotted = new Set(rows.map((row) => row.id));
    const plans = candidates.filter((figure) => figure.plan);
    return {
      kind,
      title,
      metrics,
      rows,
      leftOut: { plans, withoutNumber: candidates.filter((figure) => !figure.plan && !plotted.has(figure.id)) },
    };
  };
  const byKind = { casualties: build('casualties'), deployment: build('deployment') };
  return { byKind, styles: claimantStyles([...byKind.casualties.rows, ...byKind.deployment.rows]) };
}

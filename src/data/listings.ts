/**
 * What the data components (`<Estimates>`, `<Know>`, `<PageLink>`) show, computed from their
 * props. The components render these rows; the notes module reads the same rows for a page's
 * "facts as of", so a table's newest estimate counts like a cited one.
 */
import {
  dataComponentProblems,
  parseEntryRefs,
  splitIds,
  type DataComponent,
  type EntryRef,
  type RefLookup,
} from '../lib/mdx-refs';
import { isGlanceQuestion } from '../lib/glance';
import type { Event } from '../schemas/event';
import { splitParts, type Part } from '../lib/parts';
import { FIGURE_METRICS, type Figure, type FigureMetric } from '../schemas/figure';
import type { SiteData, WithId } from './entries';
// Not from ./entries, which loads astro:content: the search index reads this module after the build.
import { need } from './site-data';
import { glanceAnswer } from './glance';
import { eventStatus, type StatusWords } from './present';

/**
 * Throws when a data component's props are wrong, naming the page (`where`) and the bad value.
 * The content check has already run the same test on the MDX source with file and line; this
 * guards usages it cannot see. Reference pages ("timeline", "sources") are checked there only,
 * against the routes in src/pages.
 */
export function assertDataComponent(
  component: DataComponent,
  props: Record<string, string | undefined>,
  data: SiteData,
  where: string,
): void {
  const explainers = new Set(data.explainers.map((entry) => entry.id));
  const lookup: RefLookup = {
    has: (collection, id) => data[collection].has(id),
    metrics: FIGURE_METRICS,
    hasPage: (path) => {
      if (explainers.has(path === '' ? 'index' : path)) return true;
      const actor = /^actors\/([^/]+)$/.exec(path);
      return actor ? data.actors.has(actor[1]!) : true;
    },
  };
  const problems = dataComponentProblems(component, props, lookup);
  if (problems.length > 0) throw new Error(`${where}: ${problems.join('; ')}`);
}

export interface EstimatesProps {
  /** One or more metrics, separated by spaces. */
  metric?: string | undefined;
  /** Only this claimant's estimates (an actor id). */
  claimant?: string | undefined;
  /** Exactly these figures, instead of a metric. */
  ids?: string | undefined;
}

/** The figures an `<Estimates>` table lists, oldest reported first (ties by as-of, then id). */
export function estimateRows(props: EstimatesProps, data: SiteData, where: string): WithId<Figure>[] {
  let rows: WithId<Figure>[];
  if (props.ids) {
    const wanted = new Set(splitIds(props.ids));
    for (const id of wanted) need(data.figures, id, 'figure', where);
    rows = data.figuresByReported.filter((figure) => wanted.has(figure.id));
  } else {
    const metrics = new Set(splitIds(props.metric ?? ''));
    rows = data.figuresByReported.filter(
      (figure) => metrics.has(figure.metric) && (!props.claimant || figure.claimant === props.claimant),
    );
  }
  if (rows.length === 0) {
    throw new Error(
      `${where}: matches no figures (metric "${props.metric ?? ''}"${props.claimant ? `, claimant "${props.claimant}"` : ''}); expected a metric and claimant that have estimates in content/figures/`,
    );
  }
  return rows;
}

/** Estimates on one page of a metric's full list (`/data/estimates/killed/`): about 20 KiB gzip. */
export const ESTIMATES_PER_PAGE = 100;

/**
 * Rows an `<Estimates>` table chosen by metric shows at most: the newest, so that an explainer
 * stays inside the page budget however many estimates the ledger gains; the rest are a link away,
 * on the metric's full list. A table of named `ids` is as long as its author wrote it.
 */
export const ESTIMATES_IN_TABLE = 40;

export type EstimateListPage = Part<WithId<Figure>> & {
  /** The metric listed. */
  metric: FigureMetric;
};

/** Site path of a metric's full list of estimates: "data/estimates/killed-or-wounded". */
export const estimateListPath = (metric: FigureMetric): string => `data/estimates/${metric.replaceAll('_', '-')}`;

/** What a metric's full list is called: "Every estimate of North Korean soldiers killed". */
export const ESTIMATE_LIST_TITLES: Record<FigureMetric, string> = {
  troops_deployed: 'Every estimate of North Korean troops deployed',
  additional_troops: 'Every estimate of additional North Korean troops',
  killed: 'Every estimate of North Korean soldiers killed',
  wounded: 'Every estimate of North Korean soldiers wounded',
  killed_or_wounded: 'Every estimate of North Korean soldiers killed or wounded',
  casualties_incl_missing: 'Every estimate of North Korean casualties including missing and captured',
  captured: 'Every estimate of North Korean soldiers captured',
  missing: 'Every estimate of North Korean soldiers missing',
  prisoners_taken: 'Every estimate of prisoners taken',
  area_held: 'Every estimate of the area held',
  settlements_held: 'Every estimate of the settlements held',
  other: 'Every other figure',
};

const listCache = new WeakMap<SiteData, Map<FigureMetric, EstimateListPage[]>>();

/**
 * Every estimate of each metric that has any, oldest reported first, split into pages of
 * `ESTIMATES_PER_PAGE` (src/lib/parts.ts): where a long table of estimates is read in full.
 */
export function estimateLists(data: SiteData): Map<FigureMetric, EstimateListPage[]> {
  let lists = listCache.get(data);
  if (!lists) {
    const byMetric = Map.groupBy(data.figuresByReported, (figure) => figure.metric);
    lists = new Map(
      FIGURE_METRICS.filter((metric) => byMetric.has(metric)).map((metric) => [
        metric,
        splitParts(byMetric.get(metric)!, estimateListPath(metric), ESTIMATES_PER_PAGE).map((page) => ({
          ...page,
          metric,
        })),
      ]),
    );
    listCache.set(data, lists);
  }
  return lists;
}

export interface ShownEstimates {
  /** The rows the table shows, oldest reported first. */
  rows: WithId<Figure>[];
  /** How many estimates the table's choice matches, shown or not. */
  total: number;
  /** Where every one of them is listed, when the table shows only the newest: a page per metric, or the claimant's page. */
  fullLists: { label: string; path: string; count: number }[];
}

/** What an `<Estimates>` table shows of `rows` (estimateRows): all of them, or the newest `ESTIMATES_IN_TABLE`. */
export function shownEstimates(props: EstimatesProps, rows: WithId<Figure>[], data: SiteData): ShownEstimates {
  if (props.ids || rows.length <= ESTIMATES_IN_TABLE) return { rows, total: rows.length, fullLists: [] };
  const fullLists = props.claimant
    ? [
        {
          label: `every estimate by ${data.actors.get(props.claimant)!.name}`,
          path: `actors/${props.claimant}#estimates`,
          count: rows.length,
        },
      ]
    : [...Map.groupBy(rows, (figure) => figure.metric)].map(([metric, figures]) => ({
        label: ESTIMATE_LIST_TITLES[metric].replace(/^E/, 'e'),
        path: estimateListPath(metric),
        count: figures.length,
      }));
  return { rows: rows.slice(-ESTIMATES_IN_TABLE), total: rows.length, fullLists };
}

export type KnowItem =
  | { kind: 'figure'; entry: WithId<Figure>; status: StatusWords; singleSource: boolean }
  | { kind: 'event'; entry: WithId<Event>; status: StatusWords; singleSource: boolean };

/** "figure:a event:b" → the entries, in the order written, each with its status. */
export function knowItems(value: string | undefined, data: SiteData, where: string): KnowItem[] {
  if (!value) return [];
  return parseEntryRefs(value).map((ref) => {
    if ('problem' in ref) throw new Error(`${where}: ${ref.problem}`);
    return knowItem(ref, data, where);
  });
}

function knowItem(ref: EntryRef, data: SiteData, where: string): KnowItem {
  if (ref.kind === 'figure') {
    const entry = need(data.figures, ref.id, 'figure', where);
    return { kind: 'figure', entry, status: figureStatus(entry, data), singleSource: entry.single_source };
  }
  const entry = need(data.events, ref.id, 'event', where);
  return { kind: 'event', entry, status: eventStatus(entry, data), singleSource: entry.single_source };
}

/**
 * An estimate is always someone's claim: "claimed by South Korea's NIS", or "reported by
 * Yonhap" when no official source stands behind it.
 */
export function figureStatus(figure: Figure, data: SiteData): StatusWords {
  const actor = figure.claimant ? data.actors.get(figure.claimant) : undefined;
  return {
    status: 'claimed',
    label: actor ? `claimed by ${actor.name}` : `reported by ${figure.via ?? 'the press'}`,
  };
}

/** The dates of the entries a data component shows, for the page's "facts as of". */
export function shownDates(
  component: DataComponent,
  props: Record<string, string | undefined>,
  data: SiteData,
  where: string,
): string[] {
  if (component === 'Estimates') return estimateRows(props, data, where).map((figure) => figure.reported);
  if (component === 'Know') {
    return [...knowItems(props.known, data, where), ...knowItems(props.disputed, data, where)].map((item) =>
      item.kind === 'figure' ? item.entry.reported : item.entry.date,
    );
  }
  if (component === 'AtAGlance') {
    const figures = splitIds(props.show ?? '').flatMap((question) =>
      isGlanceQuestion(question)
        ? glanceAnswer(question, data).estimates.map((estimate) => estimate.figure.reported)
        : [],
    );
    const events = splitIds(props.events ?? '').map((id) => need(data.events, id, 'event', where).date);
    return [...figures, ...events];
  }
  return [];
}

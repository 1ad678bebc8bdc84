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
import { FIGURE_METRICS, type Figure } from '../schemas/figure';
import { need, type SiteData, type WithId } from './entries';
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

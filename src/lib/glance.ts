/**
 * "At a glance": the answer to each headline question (how many were sent, killed, wounded,
 * captured) as the latest estimate of each claimant, for the top of the home page and the topic
 * pages. Pure, so the choice is unit-tested: the query layer (src/data/glance.ts) passes the
 * figures in.
 *
 * Rules that protect readers: one estimate per claimant, never merged, averaged or rounded with
 * another claimant's; plans, press composites and entries without a claimant are no agency's
 * estimate and are left out; a count of one battle, one week or one unit (`part`) never answers a
 * question about the whole war, and troops present at a date (`presence`) never answer "how many
 * were sent".
 */
import { compareDates, dateBounds } from './dates';

/**
 * What a figure's number covers. `total`: the whole deployment or the whole war to its date.
 * `presence`: troops in a place at a date (some were sent, some went home, some died).
 * `part`: one engagement, a few days, one week, one unit, or what one ceremony showed.
 */
export type Tally = 'total' | 'presence' | 'part';

/** The questions a summary can answer, in the order shown. */
export const GLANCE_QUESTIONS = {
  sent: { label: 'Troops sent', metrics: ['troops_deployed'], tally: 'total' },
  present: { label: 'Troops in Russia at the latest count', metrics: ['troops_deployed'], tally: 'presence' },
  killed: { label: 'Killed', metrics: ['killed'], tally: 'total' },
  wounded: { label: 'Wounded', metrics: ['wounded'], tally: 'total' },
  killed_or_wounded: { label: 'Killed or wounded', metrics: ['killed_or_wounded'], tally: 'total' },
  captured: { label: 'Captured', metrics: ['captured'], tally: 'total' },
  area: { label: 'Area of Kursk region Ukraine held, by its claims', metrics: ['area_held'], tally: 'total' },
} as const satisfies Record<string, { label: string; metrics: readonly string[]; tally: Tally }>;

export type GlanceQuestion = keyof typeof GLANCE_QUESTIONS;

export const isGlanceQuestion = (key: string): key is GlanceQuestion => Object.hasOwn(GLANCE_QUESTIONS, key);

/** What the choice needs to know of a figure. */
export interface GlanceCandidate {
  id: string;
  metric: string;
  claimant: string | null;
  reported: string;
  as_of: string;
  plan?: true | undefined;
  composite?: true | undefined;
  /** False when only a share or words were given: nothing to show as a number. */
  hasNumber: boolean;
  tally: Tally;
}

/** Newest first: by the date made public, then by the date described, then by id (stable). */
function newestFirst(a: GlanceCandidate, b: GlanceCandidate): number {
  return (
    dateBounds(b.reported)[1].localeCompare(dateBounds(a.reported)[1]) ||
    compareDates(b.reported, a.reported) ||
    compareDates(b.as_of, a.as_of) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The latest estimate of each claimant answering `question`, newest first. An estimate counts
 * when it has a number and a claimant, is no plan or composite, and covers what the question asks.
 */
export function latestByClaimant<F extends GlanceCandidate>(figures: readonly F[], question: GlanceQuestion): F[] {
  const { metrics, tally } = GLANCE_QUESTIONS[question];
  const latest = new Map<string, F>();
  for (const figure of figures) {
    if (!(metrics as readonly string[]).includes(figure.metric)) continue;
    if (figure.plan || figure.composite || figure.claimant === null || !figure.hasNumber) continue;
    if (figure.tally !== tally) continue;
    const current = latest.get(figure.claimant);
    if (!current || newestFirst(figure, current) < 0) latest.set(figure.claimant, figure);
  }
  return [...latest.values()].sort(newestFirst);
}

/**
 * What each figure's number covers (see `Tally` in src/lib/glance.ts and `tally` in
 * src/schemas/figure.ts): the whole war, troops present at a date, or a part (one battle, one
 * week, one unit, one ceremony). The summaries at the top of the pages answer "how many" only with
 * whole tallies, and the charts never put a part on the same axis as a national total.
 */
import type { Tally } from '../lib/glance';
import type { SiteData } from './entries';

export interface TallyOf {
  tally: Tally;
  /** What a part or a presence count covers, in a few words; null for a whole tally. */
  covers: string | null;
}

/** The tally of a figure, from its entry; a figure without `tally` is a whole tally. */
export function tallyOf(id: string, data: SiteData): TallyOf {
  const figure = data.figures.get(id);
  if (!figure) throw new Error(`tallyOf: "${id}" is not in content/figures/`);
  return { tally: figure.tally ?? 'total', covers: figure.covers ?? null };
}

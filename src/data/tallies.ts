/**
 * What each figure's number covers (see `Tally` in src/lib/glance.ts): the whole war, troops
 * present at a date, or a part (one battle, one week, one unit, one ceremony). The summaries at
 * the top of the pages answer "how many" only with whole tallies, and the charts never put a part
 * on the same axis as a national total.
 *
 * Kept here, by figure id with the reason, until the ledger records it as a field of each figure
 * (a schema change for the ledger's owners); every id must exist, or the build fails. A figure not
 * listed counts as a whole tally, which is what the ledger's `scope` says of all the others.
 */
import type { Tally } from '../lib/glance';
import type { SiteData } from './entries';

const PRESENCE: Record<string, string> = {
  'nis-2024-11-11000-moved-to-kursk': 'troops moved to Kursk',
  'nis-2024-11-20-10900-kursk': 'troops deployed to Kursk',
  'pentagon-2024-11-18-11000-kursk': 'troops moved into Kursk',
  'umerov-2024-11-05-11000': 'troops deployed to the Kursk region',
  'politico-2025-04-26-11000': 'troops fighting in Kursk',
  'skibitskyi-2025-08-12-11000-remain': 'troops remaining in Russia',
  'nis-2025-11-border-troops-10000': 'troops on guard duty in the border areas',
  'nis-2026-02-11000-kursk': 'troops stationed in Kursk in early 2026',
};

const PART: Record<string, string> = {
  'jcs-2025-03-27-first-wave-11000': 'the first deployment only',
  'nyt-2025-01-11000-first-round': 'the first deployment only',
  'hur-2024-12-14-killed-200': 'scope disputed: may count mixed Russian and North Korean units',
  'sso-2024-12-17-killed': 'three days of fighting',
  'sso-2024-12-17-wounded': 'three days of fighting',
  'sso-2025-01-07-killed': 'one engagement',
  'sso-2025-01-killed-21': 'one attack',
  'sso-2025-01-wounded-40': 'one attack',
  'hur-2024-12-16-killed-wounded': 'two days of assaults',
  'hur-2024-12-16-missing': 'two days of assaults',
  'kirby-2024-12-27-killed-wounded-week': 'one week',
  'blinken-2025-01-killed-wounded-week': 'one week',
  'northkorea-2025-08-portraits-101': 'the portraits shown at one ceremony',
  'northkorea-2025-08-29-portraits-250': 'the portraits shown at one ceremony',
  'northkorea-2025-08-disclosed-dead': 'the dead North Korea showed at its ceremonies',
  'northkorea-2025-12-12-engineers-killed': 'one engineer regiment',
  'pow-2024-12-26-captured-died': 'one soldier, who died of his wounds',
};

export interface TallyOf {
  tally: Tally;
  /** What a part or a presence count covers, in a few words; null for a whole tally. */
  covers: string | null;
}

let checked = false;

/** The tally of a figure; checks once per build that every listed id is a figure. */
export function tallyOf(id: string, data: SiteData): TallyOf {
  if (!checked) {
    const missing = [...Object.keys(PRESENCE), ...Object.keys(PART)].filter((listed) => !data.figures.has(listed));
    if (missing.length > 0) {
      throw new Error(
        `src/data/tallies.ts: lists ${missing.map((m) => `"${m}"`).join(', ')}, not in content/figures/; expected existing figure ids (remove or rename the line)`,
      );
    }
    checked = true;
  }
  if (Object.hasOwn(PRESENCE, id)) return { tally: 'presence', covers: PRESENCE[id]! };
  if (Object.hasOwn(PART, id)) return { tally: 'part', covers: PART[id]! };
  return { tally: 'total', covers: null };
}

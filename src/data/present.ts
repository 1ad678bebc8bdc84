/**
 * Presentation of entries as words: who claims a figure, via whom, as of when. Pure functions
 * of the data, shared by the MDX components, tables, actor pages and search records.
 */
import { formatDate, monthKey } from '../lib/dates';
import { formatAmount } from '../lib/numbers';
import type { Event } from '../schemas/event';
import type { Figure } from '../schemas/figure';
import type { SiteData, WithId } from './entries';

export const METRIC_LABELS: Record<Figure['metric'], string> = {
  troops_deployed: 'troops deployed',
  additional_troops: 'additional troops',
  killed: 'killed',
  wounded: 'wounded',
  killed_or_wounded: 'killed or wounded',
  casualties_incl_missing: 'casualties including missing and captured',
  captured: 'captured',
  missing: 'missing',
  prisoners_taken: 'prisoners taken',
  area_held: 'area held',
  settlements_held: 'settlements held',
  other: 'other figure',
};

export interface FigureWords {
  /** "about 11,000", or null when only a proportion was given (see scope). */
  amount: string | null;
  /** "South Korea's National Intelligence Service (NIS)", or "reported by Yonhap" without a claimant. */
  claimant: string;
  /** The claimant's short name for attributions ("NIS"), or "reported by Yonhap" without a claimant. */
  short: string;
  /** Actor id of the claimant, for a link. */
  claimantId: string | null;
  /** "via lawmaker Lee Seong-kweun". */
  via: string | null;
  asOf: string;
  reported: string;
  plan: boolean;
}

export function figureWords(figure: Figure, data: SiteData): FigureWords {
  const actor = figure.claimant ? data.actors.get(figure.claimant) : undefined;
  return {
    amount: formatAmount(figure),
    claimant: actor ? actor.name : `reported by ${figure.via ?? 'the press'}`,
    short: actor ? (actor.short ?? actor.name) : `reported by ${figure.via ?? 'the press'}`,
    claimantId: actor ? figure.claimant : null,
    via: actor && figure.via ? figure.via : null,
    asOf: formatDate(figure.as_of),
    reported: formatDate(figure.reported),
    plan: figure.plan === true,
  };
}

/**
 * Who claims a figure, in a few words: the claimant's short name ("NIS"); for a press composite,
 * "reported by" and the outlet; for press reports without a claimant, "press reports". The full
 * name and who relayed it are in the figure's note and on its entry.
 */
export function shortAttribution(figure: Figure, data: SiteData): string {
  const actor = figure.claimant ? data.actors.get(figure.claimant) : undefined;
  if (actor) return actor.short ?? actor.name;
  if (figure.composite && figure.via) return `reported by ${figure.via.split(',')[0]!.trim()}`;
  return 'press reports';
}

/**
 * The month a figure describes, for short attributions: "April 2025" (`short`: "Apr 2025"). The
 * day stays in the figure's note and on its entry.
 */
export function figureMonth(figure: Pick<Figure, 'as_of'>, short = false): string {
  const words = formatDate(monthKey(figure.as_of));
  return short ? `${words.slice(0, 3)} ${words.slice(-4)}` : words;
}

/**
 * The detail a short attribution leaves out, for the figure's note: "National Intelligence
 * Service (South Korea), via lawmakers after a closed briefing, as of 30 April 2025".
 */
export function figureAttribution(figure: Figure, data: SiteData): string {
  const words = figureWords(figure, data);
  return `${words.claimant}${words.via ? `, via ${words.via}` : ''}, as of ${words.asOf}`;
}

/** "about 11,000 people" with the unit, or the scope when no number was given. */
export function figureAmountWithUnit(figure: Figure): string {
  const amount = formatAmount(figure);
  if (amount === null) return figure.scope;
  return figure.unit === 'people' ? amount : `${amount} ${figure.unit}`;
}

export interface StatusWords {
  status: Event['status'] | 'single-source';
  label: string;
}

/** "confirmed", "claimed by HUR", "disputed by Russia", with short names. */
export function eventStatus(event: WithId<Event>, data: SiteData): StatusWords {
  // Short names ("claimed by NIS"): the badge sits in running text; the actor's page has the full name.
  const name = (id: string | null) => {
    const actor = id ? data.actors.get(id) : undefined;
    return actor ? (actor.short ?? actor.name) : (id ?? 'unknown');
  };
  if (event.status === 'claimed') return { status: 'claimed', label: `claimed by ${name(event.claimed_by)}` };
  if (event.status === 'disputed') {
    return {
      status: 'disputed',
      label: `claimed by ${name(event.claimed_by)}, disputed by ${name(event.disputed_by)}`,
    };
  }
  return { status: 'confirmed', label: 'confirmed' };
}

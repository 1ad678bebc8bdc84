import { splitParts, type Part } from '../lib/parts';
import { ACTOR_KINDS, type Actor } from '../schemas/actor';
import type { Event } from '../schemas/event';
import type { Figure } from '../schemas/figure';
import type { Quote } from '../schemas/quote';
import { getSiteData, type SiteData, type WithId } from './entries';

export interface ActorPage {
  actor: WithId<Actor>;
  /** Estimates they made, oldest reported first. */
  figures: WithId<Figure>[];
  /** Events they took part in, claimed or disputed, oldest first. */
  events: WithId<Event>[];
  /** Their quotations, oldest first. */
  quotes: WithId<Quote>[];
}

/** One page per actor, each with what links to them, computed in one pass over the data. */
export async function getActorPages(): Promise<ActorPage[]> {
  const data = await getSiteData();
  const pages = new Map<string, ActorPage>(
    [...data.actors.values()].map((actor) => [actor.id, { actor, figures: [], events: [], quotes: [] }]),
  );
  for (const figure of data.figuresByReported) {
    if (figure.claimant) pages.get(figure.claimant)?.figures.push(figure);
  }
  for (const event of data.eventsByDate) {
    const involved = new Set([...event.actors, event.claimed_by, event.disputed_by].filter((id) => id !== null));
    for (const id of involved) pages.get(id)?.events.push(event);
  }
  const quotes = [...data.quotes.values()].sort((a, b) => a.date.localeCompare(b.date));
  for (const quote of quotes) pages.get(quote.speaker)?.quotes.push(quote);
  return [...pages.values()];
}

/** Actors on one page of the actors' index at most: about 20 KiB gzip, well inside the page budget. */
export const ACTORS_PER_PAGE = 400;

export type ActorIndexPage = Part<WithId<Actor>>;

/**
 * The actors' index (`/actors/`): every actor grouped by kind (in `ACTOR_KINDS` order), by name
 * within a kind; past `ACTORS_PER_PAGE` it continues on `/actors/2/` … (src/lib/parts.ts), a
 * kind's list carrying on where the previous part stopped.
 */
export function actorIndexPages(data: SiteData): ActorIndexPage[] {
  const actors = [...data.actors.values()].sort(
    (a, b) => ACTOR_KINDS.indexOf(a.kind) - ACTOR_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name),
  );
  // The index's parts and the actors' own pages share the folder: /actors/2/ must not be an actor's.
  const clash = actors.find((actor) => /^\d+$/.test(actor.id));
  if (clash) {
    throw new Error(
      `content/actors/${clash.id}.yaml: the id "${clash.id}" is a number, which would collide with a page of the actors' index (/actors/2/); give the file a name with a letter in it`,
    );
  }
  return splitParts(actors, 'actors', ACTORS_PER_PAGE);
}

/**
 * Events an actor's page lists at most, the newest: about 5 KiB gzip. An actor in every story (a
 * state, a ministry) takes part in events without end, so past this the page links to the full
 * list of their events, `/actors/<id>/events/`, continued past `ACTOR_EVENTS_PER_PAGE` on
 * `/actors/<id>/events/2/` … (src/lib/parts.ts). Their estimates all stay on their page, where
 * links to each estimate land.
 */
export const ACTOR_EVENTS_SHOWN = 100;

/** Events on one page of an actor's full list at most: about 10 KiB gzip. */
export const ACTOR_EVENTS_PER_PAGE = 200;

export type ActorEventsPage = Part<WithId<Event>>;

/** Site path of the full list of an actor's events: "actors/russia/events". */
export const actorEventsPath = (actorId: string): string => `actors/${actorId}/events`;

/** The pages of an actor's full list of events: none when their own page lists them all. */
export function actorEventPages(page: ActorPage): ActorEventsPage[] {
  if (page.events.length <= ACTOR_EVENTS_SHOWN) return [];
  return splitParts(page.events, actorEventsPath(page.actor.id), ACTOR_EVENTS_PER_PAGE);
}

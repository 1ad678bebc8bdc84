import type { Actor } from '../schemas/actor';
import type { Event } from '../schemas/event';
import type { Figure } from '../schemas/figure';
import type { Quote } from '../schemas/quote';
import { getSiteData, type WithId } from './entries';

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

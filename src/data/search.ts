/**
 * What the search index knows that is not written on the pages: the metadata and filters of
 * every page, figures and events as records of their own, and every name an entry goes by. All of
 * it is computed from the data here, never scraped from the HTML; the Pagefind integration
 * (src/integrations/search-index.ts) only applies it.
 */
import { formatDate } from '../lib/dates';
import type { Actor } from '../schemas/actor';
import type { EventTopic } from '../schemas/event';
import type { Figure } from '../schemas/figure';
import {
  BIBLIOGRAPHY_FILTER,
  type SearchManifest,
  type SearchName,
  type SearchPage,
  type SearchRecord,
} from '../lib/search-manifest';
import { bibliographyPages } from './bibliography';
import { estimateLists } from './listings';
import { partsByKey } from '../lib/parts';
import type { SiteData, WithId } from './entries';
import { eventStatus, figureAmountWithUnit, figureWords, METRIC_LABELS } from './present';
import { eventPagePath, getTimeline } from './timeline';

type Explainer = SiteData['explainers'][number];

/** Topic ids as readers see them in the topic filter. */
export const TOPIC_LABELS: Record<EventTopic, string> = {
  treaty: 'Treaty',
  deployment: 'Deployment',
  casualties: 'Casualties',
  kursk: 'Kursk',
  diplomacy: 'Diplomacy',
  weapons: 'Weapons',
  pows: 'Prisoners of war',
};

/** The topics a figure belongs to follow from what it counts. */
const METRIC_TOPICS: Record<Figure['metric'], EventTopic[]> = {
  troops_deployed: ['deployment'],
  additional_troops: ['deployment'],
  killed: ['casualties'],
  wounded: ['casualties'],
  killed_or_wounded: ['casualties'],
  casualties_incl_missing: ['casualties'],
  captured: ['casualties', 'pows'],
  missing: ['casualties'],
  prisoners_taken: ['pows'],
  area_held: ['kursk'],
  settlements_held: ['kursk'],
  other: [],
};

const ACTOR_KIND_LABELS: Record<Actor['kind'], string> = {
  person: 'Person',
  state: 'State',
  organisation: 'Organisation',
  agency: 'Agency',
  'military-unit': 'Military unit',
  media: 'Media',
};

const REFERENCE_PAGES: SearchPage[] = [
  { path: 'timeline/', meta: { type: 'Timeline', section: 'Timeline' }, filters: { section: ['Timeline'] } },
  { path: 'actors/', meta: { type: 'Index', section: 'Actors' }, filters: { section: ['Actors'] } },
  { path: 'glossary/', meta: { type: 'Glossary', section: 'Glossary' }, filters: { section: ['Glossary'] } },
  {
    path: 'sources/',
    meta: { type: 'Bibliography', section: 'Sources' },
    filters: { section: ['Sources'], [BIBLIOGRAPHY_FILTER.name]: [BIBLIOGRAPHY_FILTER.value] },
  },
];
/** The bibliography's pages by initial (sources/k/ …) file under Sources like its front page. */
const SOURCES_PAGE = REFERENCE_PAGES.find((page) => page.path === 'sources/')!;

const yearOf = (date: string) => date.slice(0, 4);
const unique = <T>(items: Iterable<T>) => [...new Set(items)];
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Names in other scripts, as given. */
const otherScripts = (names: Partial<Record<string, string>> | null | undefined) =>
  Object.values(names ?? {}).filter((name): name is string => name !== undefined);

/**
 * The section of an explainer, for the section filter: its navigation title (the home page is
 * the overview); a page in a subfolder (content/explainers/<section>/…) belongs to its folder's
 * page, so the filter lists sections, not every page.
 */
export function explainerSection(entry: Explainer, explainersById: ReadonlyMap<string, Explainer>): string {
  const folder = entry.id.includes('/') ? entry.id.slice(0, entry.id.indexOf('/')) : null;
  const owner = (folder === null ? undefined : explainersById.get(folder)) ?? entry;
  return owner.data.nav_title ?? (owner.id === 'index' ? 'Overview' : owner.data.title);
}

/** "About 300 killed, as of 13 January 2025". */
export function figureTitle(figure: WithId<Figure>): string {
  const metric = figure.metric === 'other' ? '' : ` ${METRIC_LABELS[figure.metric]}`;
  return `${capitalise(figureAmountWithUnit(figure))}${metric}, as of ${formatDate(figure.as_of)}`;
}

/** `listPath`: the page of the metric's full list that has the figure's row. */
function figureRecord(figure: WithId<Figure>, data: SiteData, listPath: string): SearchRecord {
  const words = figureWords(figure, data);
  const claimant = figure.claimant ? data.actors.get(figure.claimant) : undefined;
  const title = figureTitle(figure);
  const numbers = [figure.value, figure.low, figure.high].filter((n): n is number => n !== null);
  const content = [
    `${words.plan ? 'A plan' : 'An estimate'} ${words.claimantId ? `by ${words.claimant}` : words.claimant}${words.via ? `, via ${words.via}` : ''}, as of ${words.asOf}, reported ${words.reported}.`,
    sentence(figure.scope),
    figure.note ? sentence(figure.note) : '',
    // Digits without separators, so "11000" finds "11,000" however the reader types it.
    numbers.length > 0 ? `Figure: ${unique(numbers).join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    anchor: `figure-${figure.id}`,
    // The claimant's page, else the full list of the metric's estimates, where the row gives who,
    // as of when and the sources.
    pages: [...(figure.claimant ? [`actors/${figure.claimant}/`] : []), listPath],
    content,
    meta: {
      title,
      type: words.plan ? 'Plan' : 'Estimate',
      section: 'Estimates',
      date: words.asOf,
      ...(claimant ? { claimant: claimant.name } : {}),
    },
    filters: {
      section: ['Estimates'],
      topic: METRIC_TOPICS[figure.metric].map((topic) => TOPIC_LABELS[topic]),
      ...(claimant ? { claimant: [claimant.name] } : {}),
      year: [yearOf(figure.as_of)],
    },
  };
}

function eventRecord(event: SiteData['eventsByDate'][number], data: SiteData): SearchRecord {
  const status = eventStatus(event, data);
  const claimant = event.claimed_by ? data.actors.get(event.claimed_by) : undefined;
  const involved = unique([...event.actors, event.claimed_by, event.disputed_by])
    .filter((id): id is string => id !== null)
    .map((id) => data.actors.get(id))
    .filter((actor) => actor !== undefined);
  const topics = event.topics.map((topic) => TOPIC_LABELS[topic]);
  const content = [
    sentence(event.summary),
    `${formatDate(event.date)}: ${status.label}.`,
    involved.length > 0 ? `Involved: ${involved.map((actor) => actor.name).join(', ')}.` : '',
    `Topics: ${topics.join(', ')}.`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    anchor: `event-${event.id}`,
    // Its month's page tells the event in full, the one timeline page with its anchor.
    pages: [`${eventPagePath(event, data)}/`],
    content,
    meta: {
      title: event.title,
      type: 'Event',
      section: 'Timeline',
      date: formatDate(event.date),
      status: status.label,
      ...(claimant ? { claimant: claimant.name } : {}),
    },
    filters: {
      section: ['Timeline'],
      topic: topics,
      ...(claimant ? { claimant: [claimant.name] } : {}),
      year: [yearOf(event.date)],
    },
  };
}

/** What each actor claims or is part of, gathered in one pass over the figures and events. */
interface ActorRecords {
  figures: WithId<Figure>[];
  events: SiteData['eventsByDate'];
}

function recordsByActor(data: SiteData): Map<string, ActorRecords> {
  const byActor = new Map<string, ActorRecords>();
  const of = (id: string) => {
    let records = byActor.get(id);
    if (!records) byActor.set(id, (records = { figures: [], events: [] }));
    return records;
  };
  for (const figure of data.figuresByReported) if (figure.claimant) of(figure.claimant).figures.push(figure);
  for (const event of data.eventsByDate) {
    for (const id of unique([...event.actors, event.claimed_by, event.disputed_by])) {
      if (id !== null) of(id).events.push(event);
    }
  }
  return byActor;
}

function actorPage(actor: WithId<Actor>, { figures, events }: ActorRecords): SearchPage {
  const claims = figures.length > 0 || events.some((event) => event.claimed_by === actor.id);
  const topics = unique([
    ...events.flatMap((event) => event.topics),
    ...figures.flatMap((figure) => METRIC_TOPICS[figure.metric]),
  ]);
  return {
    path: `actors/${actor.id}/`,
    meta: { type: ACTOR_KIND_LABELS[actor.kind], section: 'Actors' },
    filters: {
      section: ['Actors'],
      ...(topics.length > 0 ? { topic: topics.map((topic) => TOPIC_LABELS[topic]) } : {}),
      ...(claims ? { claimant: [actor.name] } : {}),
    },
  };
}

/**
 * The explainer about a topic, for the glossary term of the same topic: the page whose id is the
 * topic's ("treaty", "kursk") or whose title is its label ("Prisoners of war").
 */
function topicHomes(data: SiteData): Map<string, string> {
  const homes = new Map<string, string>();
  for (const [topic, label] of Object.entries(TOPIC_LABELS)) {
    const page = data.explainers.find((entry) => entry.id === topic || entry.data.title === label);
    const term = [...data.terms.values()].find((entry) => entry.id === topic || entry.term.startsWith(label));
    if (page && term) homes.set(term.id, `${page.id}/`);
  }
  return homes;
}

/**
 * The names of actors and glossary terms; a term that is an actor adds its names to the actor's.
 * The term of a topic has the topic's explainer as its home, so "договір" or "comprehensive
 * strategic partnership" find the treaty page as "Kim Jong Un" finds Kim's.
 */
function searchNames(data: SiteData): SearchName[] {
  const byActor = new Map<string, SearchName>();
  for (const actor of data.actors.values()) {
    byActor.set(actor.id, {
      forms: [actor.name, ...actor.aliases, ...otherScripts(actor.names)],
      home: `actors/${actor.id}/`,
    });
  }
  const names = [...byActor.values()];
  const homes = topicHomes(data);
  for (const term of data.terms.values()) {
    const forms = [term.term, ...term.aliases, ...otherScripts(term.names)];
    const actor = term.actor ? byActor.get(term.actor) : undefined;
    if (actor) actor.forms.push(...forms);
    else names.push({ forms, home: homes.get(term.id) ?? null });
  }
  // A name of one form adds nothing to the pages that mention it, but a term's may still be the
  // name of the explainer that mentions it most ("Sudzha" for the Kursk campaign).
  return names
    .map((name) => ({ ...name, forms: unique(name.forms.map((form) => form.trim()).filter(Boolean)) }))
    .filter((name) => name.forms.length > 1 || (name.forms.length === 1 && name.home === null));
}

/** The search manifest of the whole site. */
export function searchManifest(data: SiteData): SearchManifest {
  const explainersById = new Map(data.explainers.map((entry) => [entry.id, entry]));
  const byActor = recordsByActor(data);
  const listPageOf = new Map(
    [...estimateLists(data).values()].flatMap((pages) => [...partsByKey(pages, (figure) => figure.id)]),
  );
  const explainers: SearchPage[] = data.explainers.map((entry) => ({
    path: entry.id === 'index' ? '' : `${entry.id}/`,
    meta: {
      type: 'Explainer',
      section: explainerSection(entry, explainersById),
      reviewed: formatDate(entry.data.reviewed),
    },
    filters: {
      section: [explainerSection(entry, explainersById)],
      ...(entry.data.topics.length > 0 ? { topic: entry.data.topics.map((topic) => TOPIC_LABELS[topic]) } : {}),
    },
  }));
  return {
    pages: [
      ...explainers,
      ...REFERENCE_PAGES,
      ...bibliographyPages(data).map((page) => ({ ...SOURCES_PAGE, path: `${page.path}/` })),
      // Each month's timeline page, where its events are told in full.
      ...getTimeline(data)
        .pages.map(({ path }) => `${path}/`)
        .map((path) => ({
          path,
          meta: { type: 'Timeline', section: 'Timeline' },
          filters: { section: ['Timeline'], year: [path.match(/\d{4}/)![0]] },
        })),
      ...[...data.actors.values()].map((actor) =>
        actorPage(actor, byActor.get(actor.id) ?? { figures: [], events: [] }),
      ),
    ],
    records: [
      ...data.figuresByReported.map((figure) => figureRecord(figure, data, `${listPageOf.get(figure.id)!.path}/`)),
      ...data.eventsByDate.map((event) => eventRecord(event, data)),
    ],
    names: searchNames(data),
  };
}

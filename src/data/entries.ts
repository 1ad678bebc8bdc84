/**
 * The query layer: the only code outside routes that reads content collections. Everything is
 * loaded once per build and indexed by id, so pages and components look entries up in O(1).
 */
import { getCollection } from 'astro:content';
import { dateBounds } from '../lib/dates';
import { siteData, type SiteData } from './site-data';

export type { SiteData, WithId } from './site-data';
export { need } from './site-data';

let cached: Promise<SiteData> | undefined;

/** All content, loaded once. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [sources, actors, events, figures, quotes, terms, treaty, explainers] = await Promise.all([
    getCollection('sources'),
    getCollection('actors'),
    getCollection('events'),
    getCollection('figures'),
    getCollection('quotes'),
    getCollection('terms'),
    getCollection('treaty'),
    getCollection('explainers'),
  ]);
  return siteData({ sources, actors, events, figures, quotes, terms, treaty, explainers });
}

/** The newest date among entries, by their latest possible day. */
export function newestDate(dates: string[]): string | undefined {
  return dates.reduce<string | undefined>(
    (latest, date) => (latest === undefined || dateBounds(date)[1] > dateBounds(latest)[1] ? date : latest),
    undefined,
  );
}

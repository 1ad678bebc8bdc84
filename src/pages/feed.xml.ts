/**
 * `/feed.xml`: the timeline's newest events as an Atom feed, newest first (`FEED_EVENTS` of them).
 * Linked from every page's head.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../data/entries';
import { eventStatus } from '../data/present';
import { atomFeed } from '../lib/atom';
import { formatDate } from '../lib/dates';
import { joinBase } from '../lib/paths';
import { eventPath, FEED_EVENTS } from '../data/timeline';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('feed.xml: `site` is not set in astro.config.mjs; expected the public URL (SITE_URL)');
  const data = await getSiteData();
  const url = (path: string) => new URL(joinBase(import.meta.env.BASE_URL, path), site).href;
  const timeline = url('timeline');
  const xml = atomFeed({
    title: 'North Korea’s troops in Russia: timeline',
    subtitle: `The newest ${FEED_EVENTS} events, with their status (confirmed, claimed or disputed) and who says so.`,
    self: url('feed.xml'),
    alternate: timeline,
    author: 'North Korea’s troops in Russia',
    entries: data.eventsByDate
      .slice(-FEED_EVENTS)
      .reverse()
      .map((event) => ({
        url: url(eventPath(event, data)),
        title: `${formatDate(event.date)}: ${event.title}`,
        date: event.date,
        summary: `${event.summary} (Status: ${eventStatus(event, data).label}.)`,
        categories: event.topics,
      })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

/** `/corrections.xml`: the corrections log as an Atom feed, newest first. Linked from /corrections/. */
import type { APIRoute } from 'astro';
import { correctedEntryWords, correctionPath, getCorrections } from '../data/corrections';
import { dataAsOf } from '../data/datasets';
import { getSiteData } from '../data/entries';
import { atomFeed } from '../lib/atom';
import { formatDate } from '../lib/dates';
import { textSentences } from '../lib/mdx-prose';
import { joinBase } from '../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  if (!site)
    throw new Error('corrections.xml: `site` is not set in astro.config.mjs; expected the public URL (SITE_URL)');
  const data = await getSiteData();
  const { corrections } = await getCorrections();
  const url = (path: string) => new URL(joinBase(import.meta.env.BASE_URL, path), site).href;
  const xml = atomFeed({
    title: 'North Korea’s troops in Russia: corrections',
    subtitle: 'Every correction to a published fact: what changed, why, and which entries it touched.',
    self: url('corrections.xml'),
    alternate: url('corrections'),
    author: 'North Korea’s troops in Russia',
    // With no correction yet, the feed is dated by the newest fact, so the same data builds the same file.
    updated: await dataAsOf(),
    entries: corrections.map((correction) => ({
      url: url(correctionPath(correction.id)),
      // The first sentence of what changed; the summary has the rest.
      title: `Correction, ${formatDate(correction.date)}: ${textSentences(correction.summary)[0] ?? correction.summary}`,
      date: correction.date,
      summary: `${correction.summary} Why: ${correction.reason} Entries: ${correction.entries
        .map((entry) => correctedEntryWords(entry, data).label)
        .join('; ')}.`,
      categories: [...new Set(correction.entries.map((entry) => entry.split(':')[0]!))],
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};

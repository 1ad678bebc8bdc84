/**
 * The corrections log on the built site: /corrections/ lists every correction newest first with
 * what changed, why and links to the entries it touched; /corrections.xml carries the same as a
 * feed; every corrected entry says "corrected on" where it is shown in full, linking back; every
 * page's footer and the sitemap lead to the log.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check';
import { DIST, builtPage, builtPages } from '../helpers/dist';

const CONTENT = process.env.LEDGER_TEST_CONTENT ?? 'content';
const { entries } = checkContent(CONTENT);

interface Correction {
  id: string;
  date: string;
  summary: string;
  reason: string;
  entries: string[];
}
const corrections = entries.corrections
  .map(({ id, data }) => ({ ...(data as Omit<Correction, 'id'>), id }))
  .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
const page = builtPage('/corrections/');
const items = page.root.querySelectorAll('main li[id^="correction-"]');
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The built page and element a site link lands on, or undefined. */
function landing(link: string) {
  const [path = '', hash] = link.split('#');
  const target = builtPages().find((candidate) => candidate.path === path);
  if (!target) return undefined;
  return hash ? (target.root.getElementById(hash) ?? undefined) : target.root;
}

describe('/corrections/', () => {
  it('is linked from every page’s footer, listed in the sitemap, and offers its feed in the head', () => {
    for (const built of builtPages()) {
      expect(built.root.querySelector('footer a[href="/corrections/"]'), built.path).not.toBeNull();
    }
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).toMatch(/<loc>[^<]*\/corrections\/<\/loc>/);
    const alternate = page.root.querySelector('head link[rel="alternate"][href="/corrections.xml"]');
    expect(alternate?.getAttribute('type')).toBe('application/atom+xml');
  });

  it('lists every correction, newest first, with its date, what changed and why', () => {
    expect(items.map((item) => item.id)).toEqual(corrections.map(({ id }) => `correction-${id}`));
    if (corrections.length === 0) expect(words(page.root.querySelector('main')!.text)).toContain('No corrections');
    items.forEach((item, index) => {
      const correction = corrections[index]!;
      expect(item.querySelector('time')?.getAttribute('datetime')).toBe(correction.date);
      expect(words(item.text)).toContain(words(correction.summary));
      expect(words(item.text)).toContain(words(correction.reason));
    });
  });

  it('names every entry a correction touched, and each link lands on the entry', () => {
    items.forEach((item, index) => {
      const links = item.querySelectorAll('.page-meta a').map((anchor) => anchor.getAttribute('href')!);
      expect(links.length, item.id).toBeLessThanOrEqual(corrections[index]!.entries.length);
      for (const link of links) expect(landing(link), `${item.id} → ${link}`).toBeDefined();
    });
  });
});

describe('/corrections.xml', () => {
  const file = join(DIST, 'corrections.xml');

  it('has one entry per correction, newest first, each linking to it on /corrections/', () => {
    expect(existsSync(file)).toBe(true);
    const feed = parse(readFileSync(file, 'utf8'));
    expect(feed.querySelector('feed > link[rel="alternate"]')?.getAttribute('href')).toMatch(/\/corrections\/$/);
    const links = feed.querySelectorAll('entry > link').map((link) => link.getAttribute('href')!);
    expect(links.map((link) => link.replace(/^.*#/, ''))).toEqual(corrections.map(({ id }) => `correction-${id}`));
    for (const entry of feed.querySelectorAll('entry')) {
      expect(entry.querySelector('summary')?.text.length).toBeGreaterThan(0);
    }
  });
});

describe('corrected entries', () => {
  let homes: Map<string, string> | undefined;
  /**
   * The page that tells each event and lists each source, by anchor: the timeline's and the
   * bibliography's pages (explainers reuse an event's anchor for their own lists). Read once.
   */
  const homePageOf = (anchor: string) =>
    (homes ??= new Map(
      builtPages()
        .filter((page) => /^\/(timeline|sources)\//.test(page.path))
        .flatMap((page) =>
          page.root.querySelectorAll('li[id^="event-"], li[id^="source-"]').map((li) => [li.id, page.path] as const),
        ),
    )).get(anchor);

  /** Where each kind of entry is shown in full, when the test can tell from the data alone. */
  const homeOf = (entry: string): string | undefined => {
    const [kind, id = ''] = entry.split(':');
    if (kind === 'event') {
      const path = homePageOf(`event-${id}`);
      return path && `${path}#event-${id}`;
    }
    if (kind === 'figure') {
      const figure = entries.figures.find((candidate) => candidate.id === id)?.data as { claimant: string | null };
      return figure?.claimant ? `/actors/${figure.claimant}/#figure-${id}` : undefined;
    }
    if (kind === 'source') {
      const path = homePageOf(`source-${id}`);
      return path && `${path}#source-${id}`;
    }
    return undefined;
  };

  it('say "corrected on" where they are shown in full, linking to each correction', () => {
    let checked = 0;
    for (const correction of corrections) {
      for (const entry of correction.entries) {
        const home = homeOf(entry);
        if (!home) continue;
        const element = landing(home);
        expect(element, `${entry} at ${home}`).toBeDefined();
        const note = element!.querySelector('.corrected-on');
        expect(words(note?.text ?? ''), `${entry} at ${home}`).toMatch(/^Corrected on /);
        expect(note!.querySelectorAll('a').map((anchor) => anchor.getAttribute('href'))).toContain(
          `/corrections/#correction-${correction.id}`,
        );
        checked += 1;
      }
    }
    // Events, sources and claimed figures are all shown in full somewhere.
    const countable = corrections.flatMap((correction) => correction.entries).filter((entry) => homeOf(entry));
    expect(checked).toBe(countable.length);
  });

  it('leave entries never corrected without the note', () => {
    const corrected = new Set(corrections.flatMap((correction) => correction.entries));
    const uncorrected = entries.events.find(({ id }) => !corrected.has(`event:${id}`));
    if (!uncorrected) return;
    const element = landing(homeOf(`event:${uncorrected.id}`)!);
    expect(element?.querySelector('.corrected-on')).toBeNull();
  });
});

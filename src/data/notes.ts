/**
 * Notes and bibliography for an explainer page, computed from the MDX syntax tree before it renders
 * so that numbering is stable: note n is the n-th distinct citation in document order. The refs
 * come from `pageRefs`, the same reading of the tree the content check uses, so a citation the
 * check ignores (in code or an MDX comment, which render nothing) never gets a number.
 */
import type { CollectionEntry } from 'astro:content';
import { anchors } from '../lib/paths';
import { pageRefs, splitIds, type CitingComponent } from '../lib/mdx-refs';
import { sourceAttribution } from '../lib/source-label';
import type { Source } from '../schemas/source';
import { getSiteData, need, newestDate, type WithId } from './entries';
import { estimateRows, shownDates } from './listings';
import { siteConfig } from '../../site.config';
import { reportProblemUrl } from '../lib/report-problem';
import { eventPath } from './timeline';

export interface Note {
  number: number;
  component: CitingComponent;
  /** The entry ids the note is about (source ids for `<Cite>`). */
  ids: string[];
  /** Source ids, in the order given. */
  sources: string[];
  /** The sources the note lists: all of them, or the first few when the rest are listed elsewhere. */
  shown: string[];
  /** Where the entry's full source list is, when the note lists only some: a site path. */
  moreAt: string | null;
  /**
   * For a figure: a row of one of the page's `<Estimates>` tables shows it, with what it counts
   * and its note, so the note need not say it again.
   */
  inTable: boolean;
  /** The repository's issue form, titled with the entry and this page; null for a note to sources only. */
  report: string | null;
}

/**
 * A note lists at most this many sources when the entry's page lists them all (an event on the
 * timeline, a figure on its claimant's page), and links to that list for the rest. Many entries
 * rest on a dozen copies of one wire report; every source a note lists is written out again in the
 * page's bibliography, which is most of a long explainer's bytes. One source a note, instead of
 * two, took 2 to 4.5 KiB of gzip off each long explainer (see the byte budgets in tests/budgets.ts).
 */
export const NOTE_SOURCES_SHOWN = 1;

export interface PageCitations {
  notes: Note[];
  /** Note for a component usage, by `component:ids`. */
  byKey: Map<string, Note>;
  /** Distinct sources the notes list, sorted by publisher and title. */
  bibliography: WithId<Source>[];
  /**
   * The anchor of each bibliography entry on this page, by source id: `source-1`, `source-2`, … in
   * bibliography order. Numbered like the notes rather than named by the source id: the ids are long
   * (`kbs-2024-10-18-nis-1500-special-forces`) and each is written once per note that lists it and
   * again on its entry, which cost long explainers 1 to 3 KiB of gzip (tests/budgets.ts). The
   * stable anchor of a source is on its bibliography page (`/sources/<initial>/#source-<id>`).
   */
  sourceAnchors: Map<string, string>;
  /** The newest date among the entries the page cites ("facts as of"). */
  factsAsOf: string | undefined;
}

export const noteKey = (component: CitingComponent, ids: string | readonly string[]) =>
  `${component}:${splitIds(ids).join(' ')}`;

export async function citationsFor(entry: CollectionEntry<'explainers'>): Promise<PageCitations> {
  const data = await getSiteData();
  const where = entry.filePath ?? `content/explainers/${entry.id}.mdx`;
  const page = entry.id === 'index' ? '/' : `/${entry.id}/`;
  const notes: Note[] = [];
  const byKey = new Map<string, Note>();
  const dates: string[] = [];
  const refs = pageRefs(entry.body ?? '');
  for (const ref of refs.citing) {
    const raw = ref.component === 'Cite' ? ref.props.ids : ref.props.id;
    if (!raw)
      throw new Error(
        `${where}:${ref.line}: <${ref.component}> is missing its ${ref.component === 'Cite' ? 'ids' : 'id'} prop`,
      );
    const key = noteKey(ref.component, raw);
    if (byKey.has(key)) continue;
    const ids = splitIds(raw);
    let sources: string[];
    let fullList: string | null = null;
    switch (ref.component) {
      case 'Figure': {
        const figure = need(data.figures, ids[0]!, 'figure', where);
        sources = figure.sources;
        if (figure.claimant) fullList = `actors/${figure.claimant}#${anchors.figure(figure.id)}`;
        dates.push(figure.reported);
        break;
      }
      case 'Event': {
        const event = need(data.events, ids[0]!, 'event', where);
        sources = event.sources;
        fullList = eventPath(event, data);
        dates.push(event.date);
        break;
      }
      case 'Quote': {
        const quote = need(data.quotes, ids[0]!, 'quote', where);
        sources = [quote.source];
        dates.push(quote.date);
        break;
      }
      case 'Cite':
        sources = ids;
        for (const id of ids) {
          const source = need(data.sources, id, 'source', where);
          if (source.published) dates.push(source.published);
        }
        break;
    }
    const trimmed = fullList !== null && sources.length > NOTE_SOURCES_SHOWN;
    const note: Note = {
      number: notes.length + 1,
      component: ref.component,
      ids,
      sources,
      shown: sources,
      moreAt: trimmed ? fullList : null,
      inTable: false,
      report:
        ref.component === 'Cite'
          ? null
          : reportProblemUrl(siteConfig.repository, { kind: ref.component.toLowerCase(), id: ids[0]!, page }),
    };
    notes.push(note);
    byKey.set(key, note);
  }
  // A note that lists only some of its sources lists, first, those the page lists anyway (for an
  // untrimmed note or an earlier one), then the rest in the entry's order: the bibliography stays
  // as short as it can without a note listing fewer sources.
  const listed = new Set(notes.filter((note) => note.moreAt === null).flatMap((note) => note.sources));
  for (const note of notes.filter((candidate) => candidate.moreAt !== null)) {
    const onPage = note.sources.filter((id) => listed.has(id));
    note.shown = [...onPage, ...note.sources.filter((id) => !listed.has(id))].slice(0, NOTE_SOURCES_SHOWN);
    for (const id of note.shown) listed.add(id);
  }
  // Tables and "what we know" blocks show entries without notes; their dates count too.
  const tableRows = new Set<string>();
  for (const ref of refs.data) {
    dates.push(...shownDates(ref.component, ref.props, data, where));
    if (ref.component === 'Estimates') {
      for (const figure of estimateRows(ref.props, data, where)) tableRows.add(figure.id);
    }
  }
  for (const note of notes) note.inTable = note.component === 'Figure' && tableRows.has(note.ids[0]!);
  const cited = new Set(notes.flatMap((note) => note.shown));
  const bibliography = [...cited]
    .map((id) => need(data.sources, id, 'source', where))
    // By the name readers see first: a relay's original publisher.
    .sort(
      (a, b) =>
        sourceAttribution(a).publisher.localeCompare(sourceAttribution(b).publisher) || a.title.localeCompare(b.title),
    );
  const sourceAnchors = new Map(bibliography.map((source, index) => [source.id, `source-${index + 1}`]));
  return { notes, byKey, bibliography, sourceAnchors, factsAsOf: newestDate(dates) };
}

/**
 * The corrections log: every published correction, newest first, and for each entry the
 * corrections that touched it, so the entry's page can say "corrected on …" and link to why.
 * Each correction also names its entries in words, with a link to where each is shown in full.
 */
import { getCollection } from 'astro:content';
import { formatDate } from '../lib/dates';
import { pageRefs, splitIds } from '../lib/mdx-refs';
import { anchors } from '../lib/paths';
import { shortSourceLabel } from '../lib/source-label';
import { correctionsLog, type CorrectionsLog } from '../lib/corrections';
import type { CorrectedKind } from '../schemas/correction';
import type { Figure } from '../schemas/figure';
import type { SiteData, WithId } from './entries';
import { figureAmountWithUnit, METRIC_LABELS } from './present';
import { sourcePagePath } from './bibliography';
import { termPath } from './glossary';
import { eventPath } from './timeline';

export { correctionAnchor, correctionPath, correctionsLog, correctionsOf } from '../lib/corrections';
export type { CorrectionEntry, CorrectionsLog } from '../lib/corrections';

let cached: Promise<CorrectionsLog> | undefined;

/** Every correction, loaded once. */
export function getCorrections(): Promise<CorrectionsLog> {
  cached ??= getCollection('corrections').then((entries) =>
    correctionsLog(entries.map((entry) => ({ ...entry.data, id: entry.id }))),
  );
  return cached;
}

export interface CorrectedEntryWords {
  /** The entry in words: "about 11,000 troops deployed (South Korea's NIS, as of 20 Nov 2024)". */
  label: string;
  /** Where it is shown in full (a site path), or null when no page shows it whole. */
  path: string | null;
}

/** Where a figure is shown in full: its claimant's page, or the first explainer that cites it by id. */
function figurePath(figure: WithId<Figure>, data: SiteData): string | null {
  if (figure.claimant) return `actors/${figure.claimant}#${anchors.figure(figure.id)}`;
  for (const page of data.explainers) {
    const refs = pageRefs(page.body ?? '');
    const cited =
      refs.citing.some((ref) => ref.component === 'Figure' && ref.props.id === figure.id) ||
      refs.data.some(
        (ref) =>
          (ref.component === 'Estimates' && splitIds(ref.props.ids ?? '').includes(figure.id)) ||
          (ref.component === 'Know' &&
            `${ref.props.known ?? ''} ${ref.props.disputed ?? ''}`.includes(`figure:${figure.id}`)),
      );
    if (cited) return `${page.id === 'index' ? '' : page.id}#${anchors.figure(figure.id)}`;
  }
  return null;
}

/**
 * A corrected entry in words, with where to read it. The content check has made sure that every
 * entry exists (or was merged into one that does), so a missing one is named by its kind only.
 */
export function correctedEntryWords(entry: string, data: SiteData): CorrectedEntryWords {
  const [kind, id = ''] = entry.split(':') as [CorrectedKind, string];
  switch (kind) {
    case 'figure': {
      const figure = data.figures.get(id) ?? [...data.figures.values()].find((f) => f.merged_ids?.includes(id));
      if (!figure) return { label: 'a figure since removed', path: null };
      const who = figure.claimant
        ? (data.actors.get(figure.claimant)?.name ?? figure.claimant)
        : (figure.via ?? 'the press');
      const metric = figure.metric === 'other' ? '' : ` ${METRIC_LABELS[figure.metric]}`;
      return {
        label: `${figureAmountWithUnit(figure)}${metric} (${who}, as of ${formatDate(figure.as_of)})`,
        path: figurePath(figure, data),
      };
    }
    case 'event': {
      const event = data.events.get(id) ?? [...data.events.values()].find((e) => e.merged_ids?.includes(id));
      if (!event) return { label: 'an event since removed', path: null };
      return { label: `${formatDate(event.date)}: ${event.title}`, path: eventPath(event, data) };
    }
    case 'quote': {
      const quote = data.quotes.get(id);
      if (!quote) return { label: 'a quotation since removed', path: null };
      const speaker = data.actors.get(quote.speaker)?.name ?? 'a speaker';
      return {
        label: `${speaker}’s words of ${formatDate(quote.date)}`,
        path: `actors/${quote.speaker}#${anchors.quote(quote.id)}`,
      };
    }
    case 'source': {
      const source = data.sources.get(id);
      if (!source) return { label: 'a source since removed', path: null };
      return {
        label: `${shortSourceLabel(source)}: “${source.title}”`,
        path: `${sourcePagePath(source, data)}#${anchors.source(source.id)}`,
      };
    }
    case 'actor': {
      const actor = data.actors.get(id);
      return actor ? { label: actor.name, path: `actors/${id}` } : { label: 'an actor since removed', path: null };
    }
    case 'term': {
      const term = data.terms.get(id);
      return term
        ? { label: `${term.term} (glossary)`, path: termPath(id, data) }
        : { label: 'a glossary term since removed', path: null };
    }
    case 'treaty':
      return { label: 'the treaty', path: 'treaty' };
    case 'page': {
      const page = data.explainers.find((explainer) => explainer.id === id);
      return page
        ? { label: `the page “${page.data.title}”`, path: id === 'index' ? '' : id }
        : { label: 'a page since removed', path: null };
    }
  }
}

/**
 * How the treaty record (content/treaty/treaty.yaml) is laid out on a page: anchors and labels
 * for its articles, and its signing, ratification and entry into force as one dated sequence.
 * Pure functions of the record, shared by the components in this folder.
 */
import { compareDates } from '../../lib/dates';
import type { Treaty, TreatyArticle } from '../../schemas/treaty';

/** "Principles of the partnership" → "principles-of-the-partnership". */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The anchor of an article: `article-4` for a numbered one, `preamble`, or `provision-<topic>`
 * when no source gives the number (the topic is unique within the record).
 */
export function articleAnchor(article: TreatyArticle): string {
  if (article.number === 'preamble') return 'preamble';
  if (article.number === null) return `provision-${slug(article.topic)}`;
  return `article-${article.number}`;
}

/** "Article 4: Mutual military assistance", "Preamble: Purpose", or the topic alone when no source gives the number. */
export function articleLabel(article: TreatyArticle): string {
  if (article.number === 'preamble') return `Preamble: ${article.topic}`;
  if (article.number === null) return article.topic;
  return `Article ${article.number}: ${article.topic}`;
}

/**
 * The articles in two groups: the preamble and the numbered articles in treaty order, then the
 * provisions the sources describe without their number, in the record's order. Nothing is
 * guessed: an unnumbered provision is never given a number or a place among the numbered ones.
 */
export function articleGroups<A extends TreatyArticle>(articles: readonly A[]): { numbered: A[]; unnumbered: A[] } {
  const rank = (article: A) => (article.number === 'preamble' ? 0 : Number(article.number));
  return {
    numbered: articles.filter((article) => article.number !== null).sort((a, b) => rank(a) - rank(b)),
    unnumbered: articles.filter((article) => article.number === null),
  };
}

/** One dated step from signing to entry into force. */
export interface TreatyStep {
  /** Anchor id, `treaty-step-<date>` (`-2`, `-3` for further steps that day). */
  anchor: string;
  date: string;
  kind: 'signing' | 'ratification' | 'entry-into-force';
  /** What happened. */
  what: string;
  /** Who did it (ratification steps). */
  by?: string;
  /** The record's note on it (signing, entry into force). */
  detail?: string;
  /** Actor ids of the signatories (signing only). */
  signatories?: string[];
  sources: string[];
  single_source: boolean;
}

/**
 * Signing, each ratification step and entry into force, oldest first. Steps on the same day keep
 * the record's order, and entry into force comes last on its day (it follows from the exchange).
 */
export function treatySteps(treaty: Treaty): TreatyStep[] {
  const steps: Omit<TreatyStep, 'anchor'>[] = [
    {
      date: treaty.signed.date,
      kind: 'signing',
      what: `Signed in ${treaty.signed.place}`,
      ...(treaty.signed.note ? { detail: treaty.signed.note } : {}),
      signatories: treaty.signed.signatories,
      sources: treaty.signed.sources,
      single_source: false,
    },
    ...treaty.ratification.map((step) => ({
      date: step.date,
      kind: 'ratification' as const,
      what: step.step,
      by: step.body,
      sources: step.sources,
      single_source: step.single_source === true,
    })),
    {
      date: treaty.entry_into_force.date,
      kind: 'entry-into-force',
      what: 'Enters into force',
      detail: `${treaty.entry_into_force.basis}. Duration: ${treaty.entry_into_force.duration}.`,
      sources: treaty.entry_into_force.sources,
      single_source: false,
    },
  ];
  const order = { signing: 0, ratification: 0, 'entry-into-force': 1 } as const;
  const sorted = steps
    .map((step, index) => ({ step, index }))
    .sort(
      (a, b) => compareDates(a.step.date, b.step.date) || order[a.step.kind] - order[b.step.kind] || a.index - b.index,
    )
    .map(({ step }) => step);
  const anchor = uniqueAnchors();
  return sorted.map((step) => ({ ...step, anchor: anchor(`treaty-step-${step.date}`) }));
}

/** The record's reactions, oldest first (same-day reactions keep the record's order). */
export function reactionsByDate(treaty: Treaty): (Treaty['reactions'][number] & { anchor: string })[] {
  const anchor = uniqueAnchors();
  return treaty.reactions
    .map((reaction, index) => ({ reaction, index }))
    .sort((a, b) => compareDates(a.reaction.date, b.reaction.date) || a.index - b.index)
    .map(({ reaction }) => ({ ...reaction, anchor: anchor(`reaction-${reaction.actor}-${reaction.date}`) }));
}

/** Numbers repeated anchor stems (`x`, `x-2`, `x-3`) so that no two items share an id. */
function uniqueAnchors(): (stem: string) => string {
  const seen = new Map<string, number>();
  return (stem) => {
    const n = (seen.get(stem) ?? 0) + 1;
    seen.set(stem, n);
    return n === 1 ? stem : `${stem}-${n}`;
  };
}

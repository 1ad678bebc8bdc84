/**
 * The ledger's rules across entries, run by the content check after every entry has passed its
 * schema: what a figure or event may rest on (source tiers, copies of one story), what
 * "confirmed" needs, and that no editors' wording or entry id sits in a field readers read.
 * Rules on one entry alone (a composite has no claimant, a disputed event names where it is
 * disputed, an undated source says why) are in its schema, so they run wherever it is parsed.
 * Every message names the file, the field, what was found and what to do.
 */
import { formatDate } from '../lib/dates';
import { editorWording, idsInText } from '../lib/ledger-wording';
import { groupCopies, storyOf, type SourceFacts } from '../lib/source-copies';
import type { Event } from '../schemas/event';
import type { Figure } from '../schemas/figure';
import type { Quote } from '../schemas/quote';
import type { SourceTier } from '../schemas/source';

export interface RuleEntry<T> {
  id: string;
  file: string;
  data: T;
}

export interface LedgerInput {
  /**
   * Every source that could be read, valid or not, by id: a source with a problem of its own is
   * still counted here, so one problem is not reported twice.
   */
  sources: Map<string, SourceFacts>;
  figures: RuleEntry<Figure>[];
  events: RuleEntry<Event>[];
  quotes: RuleEntry<Quote>[];
  /** Entries whose reader-facing text is checked for editors' wording and ids, with those fields. */
  readerText: { file: string; data: Record<string, unknown> }[];
  /** Figure, event, quote and source ids: none may appear in text for readers. */
  ids: ReadonlySet<string>;
}

/** Tiers that are a publisher's own work: they support a fact on their own. */
const OWN_TIERS: ReadonlySet<string> = new Set<SourceTier>(['official', 'wire', 'outlet']);

/** The fields written for readers, in any collection. */
export const READER_FIELDS = ['note', 'scope', 'summary', 'context', 'via', 'title', 'reason'] as const;

const list = (ids: readonly string[]) => ids.join(', ');

/** "Reuters, 14 Nov 2025": the story a group of copies carries, for a message. */
function storyLabel(source: SourceFacts): string {
  const story = storyOf(source);
  return story.published ? `${story.publisher}, ${formatDate(story.published)}` : story.publisher;
}

/** What the sources of one figure or event add up to. */
function support(ids: readonly string[], input: LedgerInput) {
  const sources = ids.flatMap((id) => {
    const source = input.sources.get(id);
    return source ? [source] : [];
  });
  const counted = sources.filter((source) => source.tier !== 'flagged');
  const tiersKnown = sources.every((source) => source.tier !== undefined);
  return {
    sources,
    counted,
    tiersKnown,
    flaggedOnly: sources.length > 0 && counted.length === 0 && tiersKnown,
    weakOnly: tiersKnown && sources.length > 0 && !sources.some((source) => OWN_TIERS.has(source.tier ?? '')),
    stories: groupCopies(counted),
    official: sources.some((source) => source.tier === 'official'),
  };
}

/** Problems with what one figure or event rests on. */
function supportProblems(
  file: string,
  entry: { sources: string[]; single_source: boolean; note?: string | undefined },
  input: LedgerInput,
): string[] {
  const problems: string[] = [];
  const { sources, flaggedOnly, weakOnly, stories } = support(entry.sources, input);
  if (sources.length !== entry.sources.length) return problems; // a dangling id, reported already
  if (flaggedOnly) {
    problems.push(
      `${file}: sources: found only flagged sources (${list(entry.sources)}); expected at least one source outside known disinformation networks: a flagged source is never the only support. Add one, or remove the entry.`,
    );
    return problems;
  }
  if (weakOnly && !entry.single_source) {
    problems.push(
      `${file}: single_source: found false, but every source is a relay or flagged (${list(entry.sources)}); expected a source from the original publisher (tier official, wire or outlet), or single_source: true with a reader note saying why`,
    );
  }
  if (weakOnly && !entry.note?.trim()) {
    problems.push(
      `${file}: note: found no note, but the only support is a relay or flagged page (${list(entry.sources)}); expected a note for readers saying why, e.g. "Only a copy of the original report could be found."`,
    );
  }
  // An entry resting on relays alone was told to set single_source above.
  if (!entry.single_source && stories.length === 1 && !weakOnly) {
    const group = stories[0]!;
    problems.push(
      group.length === 1 && entry.sources.length === 1
        ? `${file}: single_source: found false with one source (${entry.sources[0]}); expected single_source: true, or a second independent source`
        : `${file}: single_source: found false, but ${list(group.map((source) => source.id))} ${group.length === 1 ? 'is the one source that counts (flagged sources do not)' : `are copies of one story (${storyLabel(group[0]!)})`}; expected single_source: true (copies of one story count as one source), or an independent source`,
    );
  }
  return problems;
}

/** Every problem the ledger's cross-entry rules find. */
export function ledgerProblems(input: LedgerInput): string[] {
  const problems: string[] = [];

  for (const { file, data } of input.figures) problems.push(...supportProblems(file, data, input));

  for (const { file, data } of input.events) {
    problems.push(...supportProblems(file, data, input));
    if (data.status === 'confirmed') {
      const { sources, stories, official, tiersKnown } = support(data.sources, input);
      if (sources.length === data.sources.length && tiersKnown && !official && stories.length < 2) {
        problems.push(
          `${file}: status: found "confirmed" with ${stories.length === 0 ? 'no source that counts' : `one independent source (${storyLabel(stories[0]![0]!)})`}; expected at least two independent sources (copies of one story count once, flagged sources not at all) or an official statement (a source with tier: official). Add one, or set status: claimed with claimed_by.`,
        );
      }
    }
  }

  for (const { file, data } of input.quotes) {
    if (input.sources.get(data.source)?.tier === 'flagged') {
      problems.push(
        `${file}: source: found "${data.source}", a flagged source; expected the quote from a page outside known disinformation networks: a flagged source is never the only support`,
      );
    }
  }

  for (const { file, data } of input.readerText) {
    for (const field of READER_FIELDS) {
      const value = data[field];
      if (typeof value !== 'string') continue;
      const phrase = editorWording(value);
      if (phrase) {
        problems.push(
          `${file}: ${field}: found "${phrase}", editors' wording, in text readers see; expected words for readers. Move it to editor_note, or reword.`,
        );
      }
      for (const id of idsInText(value, input.ids)) {
        problems.push(
          `${file}: ${field}: found the entry id "${id}" in text readers see; expected words for readers (say what the entry is: who said what, when), or move it to editor_note`,
        );
      }
    }
  }
  return problems;
}

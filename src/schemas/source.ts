import { z } from 'astro/zod';
import { editorNote, entryId, languageCode, partialDate, reviewedDay, text } from './common';

export const SOURCE_KINDS = ['news', 'wire', 'government', 'think-tank', 'reference'] as const;

/**
 * How much a source counts as evidence:
 * official: a government's or body's own statement (state media for their own government's claims);
 * wire: an agency's own story; outlet: a newsroom's own reporting;
 * relay: an aggregator, mirror, repost, forum or blog copy of someone else's story;
 * flagged: a known disinformation network (e.g. the "Pravda" network on news-pravda.com).
 */
export const SOURCE_TIERS = ['official', 'wire', 'outlet', 'relay', 'flagged'] as const;

/** The story a relay copies: readers see it first ("Reuters, 14 Nov 2025, read via The Star"). */
export const originalSchema = z.strictObject({
  /** Who published the original story (an agency, newspaper or government). */
  publisher: text,
  /** The original headline, when known. */
  title: text.nullable().optional(),
  /** When the original was published, when known. */
  published: partialDate.nullable().optional(),
  /** Address of the original, when known. */
  url: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
    .nullable()
    .optional(),
});

/** A public web page that supports one or more facts. */
export const sourceSchema = z
  .strictObject({
    /** Optional copy of the file name; when present it must equal it. */
    id: entryId.optional(),
    /** Who published the page; for a relay, the site it was read on (`original` names whose story it is). */
    publisher: text,
    /** The page's title, or a short description when it has none. */
    title: text,
    /** Address of the page. */
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
    /** Publication date, or null when the page gives none (then `date_note` says why). */
    published: partialDate.nullable(),
    /** Why there is no publication date, when `published` is null (shown to readers as "date not given"). */
    date_note: text.optional(),
    /** Language of the page (two-letter code). */
    language: languageCode,
    /** What kind of publisher it is. */
    kind: z.enum(SOURCE_KINDS),
    /** What the page is: official (a government's own statement), wire, outlet (a newsroom's own reporting), relay (a copy of another's story) or flagged (a known disinformation network). */
    tier: z.enum(SOURCE_TIERS),
    /** For a relay: the story it copies. */
    original: originalSchema.optional(),
    /** One line on what the page supports. */
    note: text,
    /** The day an editor last checked the source. */
    reviewed: reviewedDay,
    /** For editors only; never rendered. */
    editor_note: editorNote,
  })
  .superRefine(
    (source, ctx) => {
      if (source.published === null && source.date_note === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['date_note'],
          message:
            'found published: null and no date note; expected why the page has no date, e.g. date_note: "The page shows no publication date." (readers see "date not given")',
        });
      }
      if (source.published !== null && source.date_note !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['date_note'],
          message: `found a date note, but published is "${source.published}"; expected date_note only with published: null. Remove it.`,
        });
      }
      if (source.tier === 'relay' && source.original === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['original'],
          message:
            'found a relay with no original; expected the story it copies, which readers see first: original: { publisher, title, published, url } (title, published and url null when not known)',
        });
      }
    },
    // Check these even when another field is wrong, so an editor sees every problem in one run.
    { when: ({ value }) => typeof value === 'object' && value !== null },
  );

export type Source = z.infer<typeof sourceSchema>;
export type SourceTier = (typeof SOURCE_TIERS)[number];

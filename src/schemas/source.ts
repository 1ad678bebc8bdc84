import { z } from 'astro/zod';
import { editorNote, entryBase, languageCode, partialDate, reviewedDay, text } from './common';

export const SOURCE_KINDS = ['news', 'wire', 'government', 'think-tank', 'reference'] as const;

/**
 * How much a source counts as evidence:
 * official: a government's or body's own statement (state media for their own government's claims);
 * wire: an agency's own story; outlet: a newsroom's own reporting;
 * relay: an aggregator, mirror, repost, forum or blog copy of someone else's story;
 * flagged: a known disinformation network (e.g. the "Pravda" network on news-pravda.com).
 */
export const SOURCE_TIERS = ['official', 'wire', 'outlet', 'relay', 'flagged'] as const;

export const originalSchema = z
  .strictObject({
    publisher: text.meta({ description: 'Who published the original story (an agency, newspaper or government).' }),
    title: text.nullable().optional().meta({ description: 'The original headline, when known.' }),
    published: partialDate.nullable().optional().meta({ description: 'When the original was published, when known.' }),
    url: z
      .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
      .nullable()
      .optional()
      .meta({ description: 'Address of the original, when known.' }),
  })
  .meta({ description: 'The story a relay copies: readers see it first ("Reuters, 14 Nov 2025, read via The Star").' });

export const sourceSchema = entryBase
  .extend({
    publisher: text.meta({
      description: 'Who published the page; for a relay, the site it was read on (original names whose story it is).',
    }),
    title: text.meta({ description: "The page's title, or a short description when it has none." }),
    url: z
      .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
      .meta({ description: 'Address of the page.' }),
    published: partialDate
      .nullable()
      .meta({ description: 'Publication date, or null when the page gives none (then date_note says why).' }),
    date_note: text.optional().meta({
      description: 'Why there is no publication date, when published is null (shown to readers as "date not given").',
    }),
    language: languageCode.meta({ description: 'Language of the page (two-letter code).' }),
    kind: z.enum(SOURCE_KINDS).meta({ description: 'What kind of publisher it is.' }),
    tier: z.enum(SOURCE_TIERS).meta({
      description:
        "What the page is: official (a government's own statement), wire, outlet (a newsroom's own reporting), relay (a copy of another's story) or flagged (a known disinformation network).",
    }),
    original: originalSchema.optional().meta({ description: 'For a relay: the story it copies.' }),
    note: text.meta({ description: 'One line on what the page supports.' }),
    reviewed: reviewedDay.meta({ description: 'The day an editor last checked the source.' }),
    editor_note: editorNote.meta({ description: 'For editors only; never rendered.' }),
  })
  .meta({ description: 'A public web page that supports one or more facts.' })
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

import { z } from 'astro/zod';
import { editorNote, entryBase, entryId, idList, partialDate, reviewedDay, text } from './common';

export const EVENT_TOPICS = ['treaty', 'deployment', 'casualties', 'kursk', 'diplomacy', 'weapons', 'pows'] as const;
export const EVENT_STATUSES = ['confirmed', 'claimed', 'disputed'] as const;

export const eventSchema = entryBase
  .extend({
    date: partialDate.meta({
      description:
        'YYYY-MM-DD, or YYYY-MM when only the month is known (a full date with precision month is cut to the month).',
    }),
    date_precision: z
      .enum(['day', 'month'])
      .meta({ description: 'How precisely the date is known; must match the form of date.' }),
    title: text.meta({ description: 'A short headline.' }),
    summary: text.meta({ description: 'One to three sentences.' }),
    topics: z
      .array(z.enum(EVENT_TOPICS))
      .min(1, { error: 'expected at least one topic' })
      .meta({ description: "The site's topics this event belongs to." }),
    actors: idList().meta({ description: 'Actor ids of those involved.' }),
    status: z.enum(EVENT_STATUSES).meta({
      description: 'confirmed: established; claimed: one party asserts it; disputed: asserted and publicly rejected.',
    }),
    claimed_by: entryId.nullable().meta({ description: 'Actor id of whoever asserts a claimed or disputed event.' }),
    disputed_by: entryId.nullable().meta({ description: 'Actor id of whoever publicly rejects a disputed event.' }),
    sources: idList(1).meta({ description: 'Source ids.' }),
    disputed_in: idList().optional().meta({
      description:
        'For a disputed event: the ids (also listed in sources) of the pages where the disputer rejects the claim.',
    }),
    single_source: z.boolean().meta({ description: 'True when only one page supports the event.' }),
    note: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta({ description: 'For readers: what to bear in mind (e.g. why a single source is all there is).' }),
    merged_ids: idList()
      .optional()
      .meta({ description: 'Ids of records merged into this one; links to them land here.' }),
    reviewed: reviewedDay.meta({ description: 'The day an editor last checked the event against its sources.' }),
    editor_note: editorNote.meta({ description: 'For editors only; never rendered.' }),
  })
  .meta({ description: 'A dated happening, or something one party says happened.' })
  .superRefine((event, ctx) => {
    if (event.date_precision === 'day' && event.date.length !== 10) {
      ctx.addIssue({
        code: 'custom',
        path: ['date_precision'],
        message: `found "day" but date "${event.date}" gives no day; expected "month", or a date as YYYY-MM-DD`,
      });
    }
    if (event.status !== 'confirmed' && !event.claimed_by) {
      ctx.addIssue({
        code: 'custom',
        path: ['claimed_by'],
        message: `found no claimant for a ${event.status} event; expected the actor id of whoever claims it`,
      });
    }
    if (event.status === 'disputed' && !event.disputed_by) {
      ctx.addIssue({
        code: 'custom',
        path: ['disputed_by'],
        message:
          'found no disputer for a disputed event; expected the actor id of whoever rejects it (or set status: claimed)',
      });
    }
    if (event.status === 'disputed' && (event.disputed_in ?? []).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['disputed_in'],
        message: `found no source where ${event.disputed_by ?? 'the disputer'} rejects the claim; expected disputed_in: [ids of the pages where they do] (each also in sources), or status: claimed when no one publicly rejects it`,
      });
    }
    (event.disputed_in ?? []).forEach((id, index) => {
      if (!event.sources.includes(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['disputed_in', index],
          message: `found "${id}", which is not in sources; expected every disputed_in id also listed in sources. Add it to sources.`,
        });
      }
    });
    if (event.status !== 'disputed' && (event.disputed_in ?? []).length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['disputed_in'],
        message: `found disputed_in on a ${event.status} event; expected it only with status: disputed. Remove it, or set status: disputed with disputed_by.`,
      });
    }
    if (event.status !== 'disputed' && event.disputed_by) {
      ctx.addIssue({
        code: 'custom',
        path: ['disputed_by'],
        message: `found "${event.disputed_by}" on a ${event.status} event; expected null, or status: disputed`,
      });
    }
  })
  // A day written under month precision is a placeholder: show and sort it as the month only.
  .transform((event) => (event.date_precision === 'month' ? { ...event, date: event.date.slice(0, 7) } : event));

export type Event = z.infer<typeof eventSchema>;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type EventTopic = (typeof EVENT_TOPICS)[number];

import { z } from 'astro/zod';
import { isCertainlyAfter, parseDate } from '../lib/dates';
import { compositeWording } from '../lib/ledger-wording';
import { editorNote, entryBase, entryId, idList, partialDate, reviewedDay, text } from './common';

export const FIGURE_METRICS = [
  'troops_deployed',
  'additional_troops',
  'killed',
  'wounded',
  'killed_or_wounded',
  'casualties_incl_missing',
  'captured',
  'missing',
  'prisoners_taken',
  'area_held',
  'settlements_held',
  'other',
] as const;

export const QUALIFIERS = ['at_least', 'about', 'up_to', 'exactly'] as const;

/**
 * What a number covers: `total` (the whole deployment or war so far), `presence` (troops present
 * at one date) or `part` (one battle, week, unit or ceremony). Summaries answer "how many" only
 * with totals, and charts never put a part on the same axis as a total.
 */
export const TALLIES = ['total', 'presence', 'part'] as const;

const count = z
  .number()
  .nonnegative({ error: (issue) => `found ${String(issue.input)}; expected a number of 0 or more` })
  .nullable();

export const figureSchema = entryBase
  .extend({
    metric: z.enum(FIGURE_METRICS).meta({ description: 'What is counted.' }),
    value: count.meta({ description: 'The number, when one was given; null for a range or a proportion only.' }),
    low: count.meta({ description: 'Lower end of a range.' }),
    high: count.meta({ description: 'Upper end of a range.' }),
    qualifier: z
      .enum(QUALIFIERS)
      .nullable()
      .meta({ description: 'How the claimant qualified the number; null for a plain range.' }),
    unit: text.meta({ description: 'What the number counts, usually "people".' }),
    as_of: partialDate.meta({ description: 'The date the number describes (YYYY-MM-DD or YYYY-MM).' }),
    reported: partialDate.meta({ description: 'The date the number was made public; timelines order by this.' }),
    claimant: entryId.nullable().meta({
      description:
        'Actor id of whoever made the estimate; null for a press report with no official source (then via names the outlet) or for background arithmetic (then via is null too).',
    }),
    via: text.nullable().meta({ description: 'Who passed it on (a lawmaker, an outlet, a briefing).' }),
    scope: text.meta({
      description: 'Exactly what is counted: total or presence, one week or cumulative, which troops.',
    }),
    tally: z
      .enum(TALLIES)
      .optional()
      .meta({ description: 'What the number covers; leave it out for a total of the whole deployment or war so far.' }),
    covers: text.optional().meta({
      description: 'For presence or part: what it covers, in a few words ("one week", "troops stationed in Kursk").',
    }),
    sources: idList(1).meta({ description: 'Source ids.' }),
    note: z.string().meta({ description: 'How this number relates to others; may be empty.' }),
    single_source: z.boolean().meta({ description: 'True when only one page supports the figure.' }),
    plan: z.literal(true).optional().meta({
      description: 'True for a plan or forecast: its as_of may lie after reported, and it is never shown as a count.',
    }),
    composite: z.literal(true).optional().meta({
      description:
        'True for a press composite ("according to South Korean, Ukrainian and Western sources"): it has no claimant, and via names the outlet that put it together.',
    }),
    merged_ids: idList()
      .optional()
      .meta({ description: 'Ids of records merged into this one; links to them land here.' }),
    reviewed: reviewedDay.meta({ description: 'The day an editor last checked the figure against its sources.' }),
    editor_note: editorNote.meta({ description: 'For editors only; never rendered.' }),
  })
  .meta({ description: 'One numeric estimate, exactly as one claimant gave it.' })
  .superRefine((figure, ctx) => {
    const { value, low, high } = figure;
    if (low !== null && high !== null && low > high) {
      ctx.addIssue({
        code: 'custom',
        path: ['low'],
        message: `found low (${low}) greater than high (${high}); expected low <= high`,
      });
    }
    if (value !== null && ((low !== null && value < low) || (high !== null && value > high))) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `found value (${value}) outside its range (${low ?? '…'}–${high ?? '…'}); expected low <= value <= high`,
      });
    }
    if (figure.tally !== undefined && figure.tally !== 'total' && figure.covers === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['covers'],
        message: `found tally "${figure.tally}" without covers; expected a few words saying what it covers, e.g. covers: one week`,
      });
    }
    // An impossible date is reported on its own field; comparing it would only throw.
    const comparable = parseDate(figure.as_of) !== null && parseDate(figure.reported) !== null;
    if (!figure.plan && comparable && isCertainlyAfter(figure.as_of, figure.reported)) {
      ctx.addIssue({
        code: 'custom',
        path: ['as_of'],
        message: `found as_of (${figure.as_of}) after reported (${figure.reported}); expected as_of <= reported, or plan: true for a plan or forecast`,
      });
    }
    if (figure.composite && figure.claimant !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['claimant'],
        message: `found "${figure.claimant}" on a press composite (composite: true); expected claimant: null, with the outlet that put the composite together in via`,
      });
    }
    if (figure.composite && figure.via === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['via'],
        message:
          'found no outlet on a press composite (composite: true); expected via naming the outlet that put it together, e.g. via: Reuters',
      });
    }
    if (!figure.composite && figure.claimant !== null) {
      const marked = (['via', 'scope', 'note'] as const)
        .map((field) => ({ field, phrase: compositeWording(figure[field]) }))
        .find(({ phrase }) => phrase !== null);
      if (marked) {
        ctx.addIssue({
          code: 'custom',
          path: ['claimant'],
          message: `found "${figure.claimant}", but ${marked.field} says "${marked.phrase}", which marks a press composite; expected composite: true and claimant: null, with the outlet in via (or reword ${marked.field} if ${figure.claimant} itself made the estimate)`,
        });
      }
    }
  });

export type Figure = z.infer<typeof figureSchema>;
export type FigureMetric = (typeof FIGURE_METRICS)[number];

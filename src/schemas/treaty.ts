import { z } from 'astro/zod';
import { dayDate, entryBase, entryId, idList, partialDate, text } from './common';

/** One step on the way to entry into force. */
const ratificationStep = z.strictObject({
  step: text.meta({ description: 'What happened.' }),
  body: text.meta({ description: 'Who did it.' }),
  date: dayDate.meta({ description: 'When.' }),
  sources: idList(1),
  single_source: z.boolean().optional(),
});

/** One article (or the preamble); `number` is null when no source gives the article's number. */
const article = z.strictObject({
  number: z.union([z.number().int().positive(), z.literal('preamble')]).nullable(),
  topic: text.meta({ description: 'What the article is about.' }),
  paraphrase: text.meta({ description: 'Its content in other words.' }),
  quote: text.nullable().meta({ description: 'Its wording where a source quotes it.' }),
  quote_source: entryId.optional().meta({ description: 'Source id of the quoted wording.' }),
  sources: idList(1),
  single_source: z.boolean().optional(),
});

/** A government's or organisation's reaction. */
const reaction = z.strictObject({
  actor: entryId.meta({ description: 'Actor id.' }),
  date: partialDate,
  position: text.meta({ description: 'Their position, in other words.' }),
  sources: idList(1),
});

export const treatySchema = entryBase
  .extend({
    title_en: text,
    title_ru: text,
    title_ko: text,
    title_sources: idList(1),
    signed: z.strictObject({
      date: dayDate,
      place: text,
      signatories: idList(1).meta({ description: 'Actor ids.' }),
      sources: idList(1),
      note: text.optional(),
    }),
    replaces: z.strictObject({ summary: text, sources: idList(1) }),
    ratification: z.array(ratificationStep).min(1),
    entry_into_force: z.strictObject({
      date: dayDate,
      basis: text,
      duration: text,
      sources: idList(1),
    }),
    articles_count: z.number().int().positive(),
    articles_count_sources: idList(1),
    articles: z.array(article).min(1),
    background_1961_treaty: z.strictObject({
      title: text,
      signed: z.strictObject({ date: dayDate, place: text }),
      un_registration: text,
      articles_count: z.number().int().positive(),
      key_clause: text,
      term: text,
      end: text,
      successor_2000: text,
      sources: idList(1),
    }),
    reactions: z.array(reaction),
  })
  .meta({ description: 'The treaty: a single record.' })
  .superRefine((treaty, ctx) => {
    treaty.ratification.forEach((step, index) => {
      if (step.date > treaty.entry_into_force.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['ratification', index, 'date'],
          message: `found ${step.date}, after entry into force (${treaty.entry_into_force.date}); expected every ratification step on or before it`,
        });
      }
    });
    if (treaty.signed.date > treaty.entry_into_force.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['signed', 'date'],
        message: `found ${treaty.signed.date}, after entry into force (${treaty.entry_into_force.date}); expected signing first`,
      });
    }
  });

export type Treaty = z.infer<typeof treatySchema>;
export type TreatyArticle = z.infer<typeof article>;

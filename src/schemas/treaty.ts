import { z } from 'astro/zod';
import { dayDate, entryId, idList, partialDate, text } from './common';

/** One step on the way to entry into force. */
const ratificationStep = z.strictObject({
  /** What happened. */
  step: text,
  /** Who did it. */
  body: text,
  /** When. */
  date: dayDate,
  sources: idList(1),
  single_source: z.boolean().optional(),
});

/** One article (or the preamble); `number` is null when no source gives the article's number. */
const article = z.strictObject({
  number: z.union([z.number().int().positive(), z.literal('preamble')]).nullable(),
  /** What the article is about. */
  topic: text,
  /** Its content in other words. */
  paraphrase: text,
  /** Its wording where a source quotes it. */
  quote: text.nullable(),
  /** Source id of the quoted wording. */
  quote_source: entryId.optional(),
  sources: idList(1),
  single_source: z.boolean().optional(),
});

/** A government's or organisation's reaction. */
const reaction = z.strictObject({
  /** Actor id. */
  actor: entryId,
  date: partialDate,
  /** Their position, in other words. */
  position: text,
  sources: idList(1),
});

/** The treaty: a single record. */
export const treatySchema = z
  .strictObject({
    id: entryId.optional(),
    title_en: text,
    title_ru: text,
    title_ko: text,
    title_sources: idList(1),
    signed: z.strictObject({
      date: dayDate,
      place: text,
      /** Actor ids. */
      signatories: idList(1),
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

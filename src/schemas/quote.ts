import { z } from 'astro/zod';
import { editorNote, entryBase, entryId, partialDate, reviewedDay, text } from './common';

export const quoteSchema = entryBase
  .extend({
    speaker: entryId.meta({ description: 'Actor id of who said it.' }),
    date: partialDate.meta({ description: 'When it was said.' }),
    quote: text
      .refine((words) => words.split(/\s+/).length <= 40, {
        error: (issue) =>
          `found ${String(issue.input).split(/\s+/).length} words; expected at most 40 (quote less, paraphrase the rest in context)`,
      })
      .meta({ description: 'The words, verbatim; under 40 words.' }),
    context: text.meta({ description: 'Where and to whom it was said, and whose rendering it is.' }),
    source: entryId.meta({ description: 'Source id of the page that carries the quote.' }),
    reviewed: reviewedDay.meta({ description: 'The day an editor last checked the quote against its source.' }),
    editor_note: editorNote.meta({ description: 'For editors only; never rendered.' }),
  })
  .meta({ description: 'A short verbatim statement, in the English rendering of the cited outlet.' });

export type Quote = z.infer<typeof quoteSchema>;

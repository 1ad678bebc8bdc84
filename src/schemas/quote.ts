import { z } from 'astro/zod';
import { editorNote, entryId, partialDate, reviewedDay, text } from './common';

/** A short verbatim statement, in the English rendering of the cited outlet. */
export const quoteSchema = z.strictObject({
  /** Optional copy of the file name; when present it must equal it. */
  id: entryId.optional(),
  /** Actor id of who said it. */
  speaker: entryId,
  /** When it was said. */
  date: partialDate,
  /** The words, verbatim; under 40 words. */
  quote: text.refine((words) => words.split(/\s+/).length <= 40, {
    error: (issue) =>
      `found ${String(issue.input).split(/\s+/).length} words; expected at most 40 (quote less, paraphrase the rest in context)`,
  }),
  /** Where and to whom it was said, and whose rendering it is. */
  context: text,
  /** Source id of the page that carries the quote. */
  source: entryId,
  /** The day an editor last checked the quote against its source. */
  reviewed: reviewedDay,
  /** For editors only; never rendered. */
  editor_note: editorNote,
});

export type Quote = z.infer<typeof quoteSchema>;

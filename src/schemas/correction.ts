import { z } from 'astro/zod';
import { dayDate, editorNote, entryBase, text } from './common';

/** The kinds of entry a correction can touch, as written before the colon in `entries`. */
export const CORRECTED_KINDS = ['figure', 'event', 'quote', 'source', 'actor', 'term', 'treaty', 'page'] as const;

/** "figure:nis-2025-01-13-killed": the kind of entry and its id ("page:kursk" for an explainer). */
export const correctedEntry = z
  .string()
  .regex(new RegExp(`^(${CORRECTED_KINDS.join('|')}):[a-z0-9]+(?:-[a-z0-9]+)*$`), {
    error: `expected "kind:id" with kind one of ${CORRECTED_KINDS.join(', ')}, e.g. "figure:nis-2025-01-13-killed"`,
  });

export const correctionSchema = entryBase
  .extend({
    date: dayDate.meta({ description: 'The day the correction was published (YYYY-MM-DD).' }),
    summary: text.meta({ description: 'What changed, in plain words for readers: the old statement and the new one.' }),
    reason: text.meta({ description: 'Why it changed: what the sources actually say.' }),
    entries: z
      .array(correctedEntry)
      .min(1, { error: 'expected at least one "kind:id" entry' })
      .meta({ description: 'The entries it touched, as "kind:id".' }),
    editor_note: editorNote.meta({ description: 'For editors only; never rendered.' }),
  })
  .meta({ description: 'One published correction: what changed in the ledger, why, and which entries it touched.' });

export type Correction = z.infer<typeof correctionSchema>;
export type CorrectedKind = (typeof CORRECTED_KINDS)[number];

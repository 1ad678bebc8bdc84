import { z } from 'astro/zod';
import { isValidDate } from '../lib/dates';

/** A lower-case slug: the id of an entry, which is also its file name. */
export const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected a lower-case slug of letters, digits and single hyphens, e.g. "nis-2025-01-13"',
});

/** A list of entry ids (at least one where `min` says so). */
export const idList = (min = 0) =>
  z.array(entryId).min(min, { error: `expected at least ${min} id${min === 1 ? '' : 's'}` });

/**
 * A date as a quoted string, `YYYY-MM-DD` or `YYYY-MM` (day unknown). Unquoted YAML dates are
 * rejected by our YAML reader's core schema, so 2025-02-30 cannot silently become 2 March.
 */
export const partialDate = z
  .string()
  .refine(isValidDate, {
    error: (issue) =>
      `found "${String(issue.input)}", which is not a real date; expected YYYY-MM-DD or YYYY-MM (e.g. '2024-10-18' or '2024-10')`,
  })
  // A refinement has no JSON Schema form: the pattern states its format in the published schemas
  // (z.toJSONSchema copies metadata into them), and fields that use it inherit it.
  .meta({
    description: 'A date: YYYY-MM-DD, or YYYY-MM when only the month is known.',
    pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
  });

/** A date known to the day. */
export const dayDate = z
  .string()
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isValidDate(text), {
    error: (issue) =>
      `found "${String(issue.input)}", which is not a real day; expected YYYY-MM-DD (e.g. '2025-04-28')`,
  })
  .meta({ description: 'A date known to the day: YYYY-MM-DD.', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** Two-letter ISO 639-1 language code. */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2}$/, { error: 'expected a two-letter language code such as "en" or "ko"' });

/** Names in other scripts, by language code: ko (Korean), ru (Russian), uk (Ukrainian), zh (Chinese). */
export const otherNames = z.strictObject({
  ko: z.string().min(1).optional(),
  ru: z.string().min(1).optional(),
  uk: z.string().min(1).optional(),
  zh: z.string().min(1).optional(),
});

/** A non-empty line of text. */
export const text = z.string().trim().min(1, { error: 'expected text, found an empty string' });

/** The day an editor last checked the entry against its sources (`YYYY-MM-DD`). */
export const reviewedDay = dayDate.optional();

/** A note for editors only: why the entry is as it is. Never rendered on the site. */
export const editorNote = z.string().trim().min(1).optional();

/**
 * The fields every data entry shares: each data collection's schema (src/schemas/index.ts) extends
 * this. The id is the file name; the loader sets it, so the file need not repeat it.
 */
export const entryBase = z.strictObject({
  id: entryId.optional().meta({ description: 'Optional copy of the file name; when present it must equal it.' }),
});

import { z } from 'astro/zod';
import { entryId, idList, otherNames, text } from './common';

/** A glossary term: an organisation, unit, place or word readers meet on the site. */
export const termSchema = z.strictObject({
  /** Optional copy of the file name; when present it must equal it. */
  id: entryId.optional(),
  /** The term as the site writes it. */
  term: text,
  /** One to three sentences in the site's own words. */
  definition: text,
  /** Other spellings and abbreviations readers may search for. */
  aliases: z.array(text),
  /** Names in Korean, Russian, Ukrainian (and Chinese), only as the fact base gives them. */
  names: otherNames.optional(),
  /** Actor id when the term is an actor, linking to their page. */
  actor: entryId.optional(),
  /** Source ids that support the definition. */
  sources: idList(1),
});

export type Term = z.infer<typeof termSchema>;

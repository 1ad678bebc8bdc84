import { z } from 'astro/zod';
import { entryBase, entryId, idList, otherNames, text } from './common';

export const termSchema = entryBase
  .extend({
    term: text.meta({ description: 'The term as the site writes it.' }),
    definition: text.meta({ description: "One to three sentences in the site's own words." }),
    aliases: z.array(text).meta({ description: 'Other spellings and abbreviations readers may search for.' }),
    names: otherNames
      .optional()
      .meta({ description: 'Names in Korean, Russian, Ukrainian (and Chinese), only as the fact base gives them.' }),
    actor: entryId.optional().meta({ description: 'Actor id when the term is an actor, linking to their page.' }),
    sources: idList(1).meta({ description: 'Source ids that support the definition.' }),
  })
  .meta({ description: 'A glossary term: an organisation, unit, place or word readers meet on the site.' });

export type Term = z.infer<typeof termSchema>;

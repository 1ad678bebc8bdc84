import { z } from 'astro/zod';
import { editorNote, entryBase, otherNames, text } from './common';

export const ACTOR_KINDS = ['person', 'state', 'organisation', 'agency', 'military-unit', 'media'] as const;

export const actorSchema = entryBase
  .extend({
    name: text.meta({ description: 'The name used on the site.' }),
    short: text.optional().meta({ description: 'A short form for attributions, e.g. "NIS", "JCS", "HUR", "UK MoD".' }),
    kind: z.enum(ACTOR_KINDS).meta({ description: 'What kind of actor this is.' }),
    role: text.meta({ description: 'One line on who they are in this story.' }),
    aliases: z.array(text).meta({ description: 'Other spellings readers may search for.' }),
    names: otherNames
      .nullable()
      .optional()
      .meta({ description: 'Native or standard names by language code; search finds the actor by these too.' }),
    editor_note: editorNote.meta({ description: 'For editors only; never rendered.' }),
  })
  .meta({
    description: 'A person, state, agency, unit or outlet. A person and the body they speak for are separate actors.',
  });

export type Actor = z.infer<typeof actorSchema>;

import { z } from 'astro/zod';
import { editorNote, entryId, otherNames, text } from './common';

export const ACTOR_KINDS = ['person', 'state', 'organisation', 'agency', 'military-unit', 'media'] as const;

/** A person, state, agency, unit or outlet. A person and the body they speak for are separate actors. */
export const actorSchema = z.strictObject({
  /** Optional copy of the file name; when present it must equal it. */
  id: entryId.optional(),
  /** The name used on the site. */
  name: text,
  /** A short form for attributions, e.g. "NIS", "JCS", "HUR", "UK MoD". */
  short: text.optional(),
  /** What kind of actor this is. */
  kind: z.enum(ACTOR_KINDS),
  /** One line on who they are in this story. */
  role: text,
  /** Other spellings readers may search for. */
  aliases: z.array(text),
  /** Native or standard names by language code; search finds the actor by these too. */
  names: otherNames.nullable().optional(),
  /** For editors only; never rendered. */
  editor_note: editorNote,
});

export type Actor = z.infer<typeof actorSchema>;

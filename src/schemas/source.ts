import { z } from 'astro/zod';
import { entryId, languageCode, partialDate, text } from './common';

export const SOURCE_KINDS = ['news', 'wire', 'government', 'think-tank', 'reference'] as const;

/** A public web page that supports one or more facts. */
export const sourceSchema = z.strictObject({
  /** Optional copy of the file name; when present it must equal it. */
  id: entryId.optional(),
  /** Who published the page; "X (via Y)" when the page relays another outlet's report. */
  publisher: text,
  /** The page's title, or a short description when it has none. */
  title: text,
  /** Address of the page. */
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
  /** Publication date, or null when the page gives none. */
  published: partialDate.nullable(),
  /** Language of the page (two-letter code). */
  language: languageCode,
  /** What kind of publisher it is. */
  kind: z.enum(SOURCE_KINDS),
  /** One line on what the page supports. */
  note: text,
});

export type Source = z.infer<typeof sourceSchema>;

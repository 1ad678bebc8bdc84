import { z } from 'astro/zod';
import { dayDate, text } from './common';
import { EVENT_TOPICS } from './event';

/** The frontmatter of an explainer page (MDX under content/explainers/). */
export const explainerSchema = z.strictObject({
  /** The page title and its h1. */
  title: text,
  /** One or two sentences for search results, social cards and the meta description. */
  description: text.refine((d) => d.length <= 200, {
    error: (issue) => `found ${String(issue.input).length} characters; expected at most 200`,
  }),
  /** Shorter title for the main navigation; the title when absent. */
  nav_title: text.optional(),
  /** Position in the main navigation and section lists (lower first). */
  order: z.number().int().nonnegative(),
  /** Topics the page covers (used for search filters). */
  topics: z.array(z.enum(EVENT_TOPICS)),
  /** The date an editor last checked the whole page against the fact base. */
  reviewed: z.preprocess(
    // MDX frontmatter is read by Astro with YAML timestamps on; the content check has already
    // rejected impossible dates with the core schema, so a Date here is a real one.
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    dayDate,
  ),
});

export type ExplainerFrontmatter = z.infer<typeof explainerSchema>;

import { z } from 'astro/zod';
import { dayDate, text } from './common';
import { EVENT_TOPICS } from './event';

export const explainerSchema = z
  .strictObject({
    title: text.meta({ description: 'The page title and its h1.' }),
    description: text
      .refine((d) => d.length <= 200, {
        error: (issue) => `found ${String(issue.input).length} characters; expected at most 200`,
      })
      .meta({ description: 'One or two sentences for search results, social cards and the meta description.' }),
    nav_title: text.optional().meta({ description: 'Shorter title for the main navigation; the title when absent.' }),
    order: z
      .number()
      .int()
      .nonnegative()
      .meta({ description: 'Position in the main navigation and section lists (lower first).' }),
    topics: z.array(z.enum(EVENT_TOPICS)).meta({ description: 'Topics the page covers (used for search filters).' }),
    reviewed: z
      .preprocess(
        // MDX frontmatter is read by Astro with YAML timestamps on; the content check has already
        // rejected impossible dates with the core schema, so a Date here is a real one.
        (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
        dayDate,
      )
      .meta({ description: 'The date an editor last checked the whole page against the fact base.' }),
  })
  .meta({ description: 'The frontmatter of an explainer page (MDX under content/explainers/).' });

export type ExplainerFrontmatter = z.infer<typeof explainerSchema>;

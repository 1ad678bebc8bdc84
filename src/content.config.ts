import { defineCollection } from 'astro:content';
import { explainerEntries, yamlEntries } from './integrations/yaml-loader';
import { actorSchema } from './schemas/actor';
import { correctionSchema } from './schemas/correction';
import { eventSchema } from './schemas/event';
import { explainerSchema } from './schemas/explainer';
import { figureSchema } from './schemas/figure';
import { quoteSchema } from './schemas/quote';
import { sourceSchema } from './schemas/source';
import { termSchema } from './schemas/term';
import { treatySchema } from './schemas/treaty';

/**
 * The loaders carry the schemas: the content check has validated every entry once, and the
 * loaders store what it validated (src/integrations/yaml-loader.ts); Astro types `astro:content`
 * from the loaders' schemas.
 */
export const collections = {
  sources: defineCollection({ loader: yamlEntries('sources', sourceSchema) }),
  actors: defineCollection({ loader: yamlEntries('actors', actorSchema) }),
  events: defineCollection({ loader: yamlEntries('events', eventSchema) }),
  figures: defineCollection({ loader: yamlEntries('figures', figureSchema) }),
  quotes: defineCollection({ loader: yamlEntries('quotes', quoteSchema) }),
  terms: defineCollection({ loader: yamlEntries('terms', termSchema) }),
  treaty: defineCollection({ loader: yamlEntries('treaty', treatySchema) }),
  corrections: defineCollection({ loader: yamlEntries('corrections', correctionSchema) }),
  explainers: defineCollection({ loader: explainerEntries(explainerSchema) }),
};

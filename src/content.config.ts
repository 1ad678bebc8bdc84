import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlEntries } from './integrations/yaml-loader';
import { actorSchema } from './schemas/actor';
import { correctionSchema } from './schemas/correction';
import { eventSchema } from './schemas/event';
import { explainerSchema } from './schemas/explainer';
import { figureSchema } from './schemas/figure';
import { quoteSchema } from './schemas/quote';
import { sourceSchema } from './schemas/source';
import { termSchema } from './schemas/term';
import { treatySchema } from './schemas/treaty';

export const collections = {
  sources: defineCollection({ loader: yamlEntries('content/sources'), schema: sourceSchema }),
  actors: defineCollection({ loader: yamlEntries('content/actors'), schema: actorSchema }),
  events: defineCollection({ loader: yamlEntries('content/events'), schema: eventSchema }),
  figures: defineCollection({ loader: yamlEntries('content/figures'), schema: figureSchema }),
  quotes: defineCollection({ loader: yamlEntries('content/quotes'), schema: quoteSchema }),
  terms: defineCollection({ loader: yamlEntries('content/terms'), schema: termSchema }),
  treaty: defineCollection({ loader: yamlEntries('content/treaty'), schema: treatySchema }),
  corrections: defineCollection({ loader: yamlEntries('content/corrections'), schema: correctionSchema }),
  explainers: defineCollection({
    loader: glob({ base: './content/explainers', pattern: '**/*.mdx' }),
    schema: explainerSchema,
  }),
};

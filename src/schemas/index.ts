import { actorSchema } from './actor';
import { correctionSchema } from './correction';
import { eventSchema } from './event';
import { figureSchema } from './figure';
import { quoteSchema } from './quote';
import { sourceSchema } from './source';
import { termSchema } from './term';
import { treatySchema } from './treaty';

/** Each data collection's schema, by the folder name under content/. */
export const dataSchemas = {
  sources: sourceSchema,
  actors: actorSchema,
  events: eventSchema,
  figures: figureSchema,
  quotes: quoteSchema,
  terms: termSchema,
  treaty: treatySchema,
  corrections: correctionSchema,
} as const;

export { explainerSchema } from './explainer';
export type { DataCollection, Reference } from './references';

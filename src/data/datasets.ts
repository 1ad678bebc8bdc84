/**
 * The open data: five collections published as JSON, CSV and a JSON Schema each, built from the
 * same entries the pages render. The JSON Schemas are derived from the Zod schemas in
 * src/schemas/ (./json-schema.ts) and carry the field descriptions written there.
 */
import { toCsv, type Cell } from '../lib/csv';
import { actorSchema } from '../schemas/actor';
import { eventSchema } from '../schemas/event';
import { figureSchema } from '../schemas/figure';
import { quoteSchema } from '../schemas/quote';
import { sourceSchema } from '../schemas/source';
import { getSiteData, newestDate, type SiteData } from './entries';
import { publishedEntrySchema, type JsonSchema } from './json-schema';

export const DATASET_NAMES = ['figures', 'events', 'sources', 'actors', 'quotes'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** The licence of the site's own compilation of the data (not of the pages it cites). */
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  id: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

const DEFINITIONS = {
  figures: { schema: figureSchema, schemaName: 'figureSchema', title: 'Figures' },
  events: { schema: eventSchema, schemaName: 'eventSchema', title: 'Events' },
  sources: { schema: sourceSchema, schemaName: 'sourceSchema', title: 'Sources' },
  actors: { schema: actorSchema, schemaName: 'actorSchema', title: 'Actors' },
  quotes: { schema: quoteSchema, schemaName: 'quoteSchema', title: 'Quotes' },
} as const;

/** One column of the CSV: a top-level field, or a field of a nested object ("names.ko"). */
export interface FieldDoc {
  name: string;
  /** "string", "number or null", "list of strings", one of "a, b". */
  type: string;
  required: boolean;
  description: string;
}

export interface Dataset {
  name: DatasetName;
  title: string;
  /** What one entry is. */
  description: string;
  /** Entries with their id first, fields in schema order, sorted by id. */
  entries: Record<string, unknown>[];
  /** The JSON Schema of the JSON file (an array of entries). */
  jsonSchema: Record<string, unknown>;
  fields: FieldDoc[];
  json: string;
  csv: string;
}

function typeWords(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(typeWords).join(' or ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return `one of ${schema.enum.join(', ')}`;
  if (schema.type === 'array') return `list of ${typeWords(schema.items ?? {}).replace(/^(\w+)/, '$1s')}`;
  if (Array.isArray(schema.type)) return schema.type.join(' or ');
  return schema.type ?? 'any';
}

/** CSV columns and their documentation: nested objects become "parent.child" columns. */
function fieldDocs(schema: JsonSchema): FieldDoc[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]): FieldDoc[] => {
    const object =
      property.anyOf?.find((option) => option.type === 'object') ?? (property.type === 'object' ? property : undefined);
    if (object?.properties) {
      return Object.entries(object.properties).map(([child, childSchema]) => ({
        name: `${name}.${child}`,
        type: typeWords(childSchema),
        required: false,
        description: childSchema.description ?? `${property.description ?? ''} (${child})`.trim(),
      }));
    }
    return [{ name, type: typeWords(property), required: required.has(name), description: property.description ?? '' }];
  });
}

function csvRecord(entry: Record<string, unknown>, fields: FieldDoc[]): Record<string, Cell> {
  const record: Record<string, Cell> = {};
  for (const { name } of fields) {
    const [parent, child] = name.split('.') as [string, string?];
    const value = child ? (entry[parent] as Record<string, unknown> | null | undefined)?.[child] : entry[parent];
    record[name] = value as Cell;
  }
  return record;
}

function buildDataset(name: DatasetName, data: SiteData): Dataset {
  const definition = DEFINITIONS[name];
  const schema = publishedEntrySchema(definition.schema, definition.schemaName);
  const order = Object.keys(schema.properties ?? {});
  const entries = [...data[name].values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => {
      const record = entry as unknown as Record<string, unknown>;
      return Object.fromEntries(order.filter((key) => record[key] !== undefined).map((key) => [key, record[key]]));
    });
  const fields = fieldDocs(schema);
  const jsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `${definition.title}: North Korea’s troops in Russia`,
    description: `Every entry of the ${name} collection, sorted by id.`,
    type: 'array',
    items: schema,
  };
  return {
    name,
    title: definition.title,
    description: schema.description ?? definition.title,
    entries,
    jsonSchema,
    fields,
    json: `${JSON.stringify(entries, null, 1)}\n`,
    csv: toCsv(
      fields.map((field) => field.name),
      entries.map((entry) => csvRecord(entry, fields)),
    ),
  };
}

let cached: Promise<Record<DatasetName, Dataset>> | undefined;

/** Every dataset, built once per build. */
export function getDatasets(): Promise<Record<DatasetName, Dataset>> {
  cached ??= getSiteData().then(
    (data) =>
      Object.fromEntries(DATASET_NAMES.map((name) => [name, buildDataset(name, data)])) as Record<DatasetName, Dataset>,
  );
  return cached;
}

/** The newest date among every dated entry: the dataset's version for citations. */
export async function dataAsOf(): Promise<string> {
  const data = await getSiteData();
  const newest = newestDate([
    ...[...data.figures.values()].map((figure) => figure.reported),
    ...[...data.events.values()].map((event) => event.date),
    ...[...data.quotes.values()].map((quote) => quote.date),
  ]);
  if (!newest) throw new Error('dataAsOf: no dated entries in content/');
  return newest;
}

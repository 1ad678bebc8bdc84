/**
 * The open data: five collections published as JSON, CSV and a JSON Schema each, built from the
 * same entries the pages render. The JSON Schemas are derived from the Zod schemas in
 * src/schemas/ (z.toJSONSchema) and carry the field comments written there.
 */
import { z } from 'astro/zod';
import { toCsv, type Cell } from '../lib/csv';
import { schemaDocs } from '../lib/schema-docs';
import { actorSchema } from '../schemas/actor';
import actorSource from '../schemas/actor.ts?raw';
import { dayDate, partialDate } from '../schemas/common';
import { eventSchema } from '../schemas/event';
import eventSource from '../schemas/event.ts?raw';
import { figureSchema } from '../schemas/figure';
import figureSource from '../schemas/figure.ts?raw';
import { quoteSchema } from '../schemas/quote';
import quoteSource from '../schemas/quote.ts?raw';
import { sourceSchema } from '../schemas/source';
import sourceSource from '../schemas/source.ts?raw';
import { getSiteData, newestDate, type SiteData } from './entries';

export const DATASET_NAMES = ['figures', 'events', 'sources', 'actors', 'quotes'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** The licence of the site's own compilation of the data (not of the pages it cites). */
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  id: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

const DEFINITIONS = {
  figures: { schema: figureSchema, source: figureSource, schemaName: 'figureSchema', title: 'Figures' },
  events: { schema: eventSchema, source: eventSource, schemaName: 'eventSchema', title: 'Events' },
  sources: { schema: sourceSchema, source: sourceSource, schemaName: 'sourceSchema', title: 'Sources' },
  actors: { schema: actorSchema, source: actorSource, schemaName: 'actorSchema', title: 'Actors' },
  quotes: { schema: quoteSchema, source: quoteSource, schemaName: 'quoteSchema', title: 'Quotes' },
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

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  pattern?: string;
};

/** Fields kept out of the downloads. */
const UNPUBLISHED_FIELDS: readonly string[] = ['editor_note'];

const ID_DOC = 'The entry’s id: its file name under content/, and the id other entries use to refer to it.';

/** The schema of one entry, with the date formats, the id and every field's comment filled in. */
function entrySchema(name: DatasetName): JsonSchema {
  const definition = DEFINITIONS[name];
  const docs = schemaDocs(definition.source, definition.schemaName);
  const schema = z.toJSONSchema(definition.schema, {
    // Input form: our schemas' transforms (a month-precision date cut to the month) keep their output valid against it.
    io: 'input',
    override: (ctx) => {
      if (ctx.zodSchema === partialDate) {
        ctx.jsonSchema.pattern = '^\\d{4}-\\d{2}(-\\d{2})?$';
        ctx.jsonSchema.description = 'A date: YYYY-MM-DD, or YYYY-MM when only the month is known.';
      }
      if (ctx.zodSchema === dayDate) ctx.jsonSchema.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
    },
  }) as JsonSchema & Record<string, unknown>;
  delete schema.$schema;
  const properties = schema.properties ?? {};
  // Editors' notes are never shown to readers, and the open data is for readers too.
  for (const field of UNPUBLISHED_FIELDS) delete properties[field];
  schema.required = (schema.required ?? []).filter((field) => !UNPUBLISHED_FIELDS.includes(field));
  for (const [field, property] of Object.entries(properties)) {
    const description = field === 'id' ? ID_DOC : docs.fields.get(field);
    if (!description) {
      throw new Error(
        `src/schemas/ (${definition.schemaName}): field "${field}" has no /** … */ comment; expected a one-line comment above it`,
      );
    }
    property.description = description;
  }
  schema.required = ['id', ...(schema.required ?? []).filter((field) => field !== 'id')];
  if (docs.entry) schema.description = docs.entry;
  return schema;
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
        description: `${property.description ?? ''} (${child})`.trim(),
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
  const schema = entrySchema(name);
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

/**
 * The JSON Schema of one published entry, derived from its Zod schema with z.toJSONSchema. The
 * descriptions are the schemas' own `.meta({ description })`, so the Data page, the published
 * schemas and the content check read the same words; the date formats come from the metadata of
 * `partialDate` and `dayDate` in src/schemas/common.ts.
 */
import { z } from 'astro/zod';

export type JsonSchema = {
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

/** Fields kept out of the downloads: editors' notes are never shown to readers. */
const UNPUBLISHED_FIELDS: readonly string[] = ['editor_note'];

/** In a published entry the id is always there: the loader sets it from the file name. */
const ID_DOC = 'The entry’s id: its file name under content/, and the id other entries use to refer to it.';

/**
 * The schema of one entry as published: every field described, `id` required and first among the
 * required fields, editors' notes left out. `name` names the schema in the error for a field
 * without a description.
 */
export function publishedEntrySchema(schema: z.ZodType, name: string): JsonSchema {
  // Input form: our schemas' transforms (a month-precision date cut to the month) keep their output valid against it.
  const json = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema & Record<string, unknown>;
  delete json.$schema;
  const properties = json.properties ?? {};
  for (const field of UNPUBLISHED_FIELDS) delete properties[field];
  if (properties.id) properties.id.description = ID_DOC;
  for (const [field, property] of Object.entries(properties)) {
    if (!property.description) {
      throw new Error(
        `src/schemas/ (${name}): field "${field}" has no description; expected .meta({ description: '…' }) on it, in one line`,
      );
    }
  }
  json.required = [
    'id',
    ...(json.required ?? []).filter((field) => field !== 'id' && !UNPUBLISHED_FIELDS.includes(field)),
  ];
  return json;
}

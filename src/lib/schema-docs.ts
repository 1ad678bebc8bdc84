/**
 * Field documentation from the schema source: every field in src/schemas/ carries a one-line
 * `/** … *\/` comment, which is the one place the fields are described. The Data page and the
 * published JSON Schemas read them from there, so the documentation cannot drift.
 */

export interface SchemaDocs {
  /** The comment above the exported schema, describing one entry. */
  entry: string | undefined;
  /** Comment per top-level field name. */
  fields: Map<string, string>;
}

// One comment's text never contains its end: without (?!\*\/), a comment above a constant that is
// not a schema (SOURCE_TIERS) would run on into the next comment, down to the next schema.
const DOC_THEN_FIELD = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*([A-Za-z_][\w]*)\s*:/g;
const DOC_THEN_SCHEMA = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*export const (\w+Schema)\b/;

/** "/**\n * One line\n * and more\n *\/" → "One line and more". */
export function commentText(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter(Boolean)
    .join(' ')
    .replace(/`/g, '');
}

/**
 * Docs of the schema `schemaName` in `source`: its own comment and those of the fields of its
 * object, up to the next exported declaration (nested objects' fields are read too, by name).
 */
export function schemaDocs(source: string, schemaName: string): SchemaDocs {
  const start = source.indexOf(`export const ${schemaName}`);
  if (start === -1) throw new Error(`schemaDocs: no "export const ${schemaName}" in the schema source`);
  const next = source.indexOf('\nexport ', start + 1);
  const body = source.slice(start, next === -1 ? undefined : next);
  const fields = new Map<string, string>();
  for (const match of body.matchAll(DOC_THEN_FIELD)) {
    if (!fields.has(match[2]!)) fields.set(match[2]!, commentText(match[1]!));
  }
  const own = [...source.slice(0, start + schemaName.length + 14).matchAll(new RegExp(DOC_THEN_SCHEMA, 'g'))].find(
    (match) => match[2] === schemaName,
  );
  return { entry: own ? commentText(own[1]!) : undefined, fields };
}

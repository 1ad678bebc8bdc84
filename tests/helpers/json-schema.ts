/**
 * A small JSON Schema (2020-12) validator for the keywords our published schemas use. It refuses
 * a schema with any other keyword, so a schema can never pass by using something it ignores.
 */

export type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description']);
const KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'anyOf',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'minLength',
  'pattern',
  'minimum',
  'format',
]);

const typeOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number' && Number.isInteger(value)
        ? 'integer'
        : typeof value;

const matchesType = (value: unknown, type: string) =>
  type === 'number' ? typeof value === 'number' : typeOf(value) === type;

/** Every problem with `value` against `schema`, as "path: what is wrong". */
export function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  for (const keyword of Object.keys(schema)) {
    if (!KEYWORDS.has(keyword) && !ANNOTATIONS.has(keyword)) {
      throw new Error(`${path}: the schema uses "${keyword}", which this validator does not check`);
    }
  }
  const {
    type,
    enum: allowed,
    anyOf,
    properties,
    required,
    additionalProperties,
    items,
  } = schema as {
    type?: string | string[];
    enum?: unknown[];
    anyOf?: Schema[];
    properties?: Record<string, Schema>;
    required?: string[];
    additionalProperties?: boolean;
    items?: Schema;
  };
  if (type !== undefined) {
    const types = Array.isArray(type) ? type : [type];
    if (!types.some((t) => matchesType(value, t)))
      return [`${path}: found ${typeOf(value)}; expected ${types.join(' or ')}`];
  }
  if ('const' in schema && value !== schema.const)
    problems.push(`${path}: found ${JSON.stringify(value)}; expected ${JSON.stringify(schema.const)}`);
  if (allowed && !allowed.includes(value))
    problems.push(`${path}: found ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`);
  if (anyOf && !anyOf.some((option) => validate(option, value, path).length === 0)) {
    problems.push(
      `${path}: matches none of ${anyOf.length} options (${anyOf.flatMap((o) => validate(o, value, path)).join('; ')})`,
    );
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength)
      problems.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      problems.push(`${path}: "${value}" does not match ${schema.pattern}`);
    }
    if (schema.format === 'uri' && !URL.canParse(value)) problems.push(`${path}: "${value}" is not a URI`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) {
    problems.push(`${path}: ${value} is below ${schema.minimum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      problems.push(`${path}: fewer than ${schema.minItems} items`);
    if (items) value.forEach((item, index) => problems.push(...validate(items, item, `${path}[${index}]`)));
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of required ?? []) if (!(key in record)) problems.push(`${path}: "${key}" is missing`);
    for (const [key, child] of Object.entries(record)) {
      const childSchema = properties?.[key];
      if (childSchema) problems.push(...validate(childSchema, child, `${path}.${key}`));
      else if (additionalProperties === false) problems.push(`${path}: "${key}" is not allowed`);
    }
  }
  return problems;
}

/**
 * Turns schema issues into one line per problem that an editor can act on:
 * `content/figures/x.yaml: low: found low (5000) greater than high (3000); expected low <= high`.
 * Each line names the file, the field, what was found and what is expected.
 */

/** The parts of a Zod issue we read (a structural type, so this file needs no Zod import). */
export interface SchemaIssue {
  code?: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

/** "sources[2]", "signed.date". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The value at a path, for the "found …" part of a message. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  null: 'null',
};

/** One readable sentence for one issue, without the file name. */
export function describeIssue(issue: SchemaIssue, data: unknown): string {
  const field = fieldPath(issue.path);
  const found = valueAt(data, issue.path);
  const prefix = field ? `${field}: ` : '';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_WORDS[issue.expected ?? ''] ?? issue.expected ?? 'another type';
      if (found === undefined) return `${prefix}missing; expected ${expected}. Add the field.`;
      return `${prefix}found ${describeValue(found)}; expected ${expected}`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      const at = field ? ` in ${field}` : '';
      return `${keys.join(', ')}: unknown field${keys.length > 1 ? 's' : ''}${at}; expected only the fields the schema documents. Remove ${keys.length > 1 ? 'them' : 'it'} or fix the spelling.`;
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map((value) => JSON.stringify(value)).join(', ');
      if (found === undefined) return `${prefix}missing; expected one of ${values}. Add the field.`;
      return `${prefix}found ${describeValue(found)}; expected one of ${values}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `${prefix}found ${describeValue(found)}; expected at least ${issue.minimum}`;
      if (issue.origin === 'string') return `${prefix}found an empty text; expected text`;
      return `${prefix}${issue.message.startsWith('found') ? issue.message : `found ${describeValue(found)}; expected at least ${issue.minimum}`}`;
    case 'invalid_format':
    case 'custom':
    default:
      return `${prefix}${issue.message.startsWith('found') ? issue.message : `found ${describeValue(found)}; ${issue.message}`}`;
  }
}

/** One line per issue, each starting with the file. */
export function formatIssues(file: string, issues: readonly SchemaIssue[], data: unknown): string[] {
  return issues.map((issue) => `${file}: ${describeIssue(issue, data)}`);
}

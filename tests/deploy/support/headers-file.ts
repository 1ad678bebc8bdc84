/** Reads a `_headers` file the way Netlify and Cloudflare Pages do, to ask what a path would get. */
import type { HeaderRule } from '../../../src/integrations/headers-rules';

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1)
      throw new Error(`_headers: a header line outside a rule or without a colon: ${JSON.stringify(line)}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

const patternToRegExp = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/**
 * Every value each header gets for `path`, from every rule that matches it. Cloudflare Pages joins
 * the values of several matching rules with a comma, so a header with two values is a mistake.
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const rule of rules.filter((candidate) => patternToRegExp(candidate.path).test(path))) {
    for (const [name, value] of Object.entries(rule.headers)) result.set(name, [...(result.get(name) ?? []), value]);
  }
  return result;
}

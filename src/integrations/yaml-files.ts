import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import yaml from 'js-yaml';

/**
 * Every file below `dir` (with one of `extensions`, when given), sorted so that output is stable:
 * content files as absolute paths, or, with `relative: true`, paths from `dir` with `/`
 * separators (how the built site's files are named in `_headers`, the sitemap and the tests).
 */
export function listFiles(dir: string, extensions?: readonly string[], options: { relative?: boolean } = {}): string[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && (!extensions || extensions.includes(extname(entry.name))))
    .map((entry) => join(entry.parentPath, entry.name));
  return (options.relative ? files.map((file) => relative(dir, file).split(sep).join('/')) : files).sort();
}

/** The id of an entry file: its name without the extension. */
export const idFromFile = (file: string) => basename(file, extname(file));

export type YamlResult = { data: unknown; error?: undefined } | { data?: undefined; error: string };

/**
 * Parses YAML with the core schema: unquoted dates stay text (so "2025-02-30" is reported as an
 * impossible date instead of silently becoming 2 March), and duplicate keys are errors.
 */
export function parseYaml(text: string): YamlResult {
  try {
    return { data: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const where = error.mark ? ` at line ${error.mark.line + 1}, column ${error.mark.column + 1}` : '';
      return { error: `malformed YAML${where}: ${error.reason}. Check the indentation and quoting there.` };
    }
    throw error;
  }
}

/**
 * What was read from each content file, by path, with the file's size and modification time: a
 * file is parsed (and its entry validated) again only when it has changed. It lives on
 * `globalThis` because Astro loads the integrations and the content config as separate module
 * instances in one process; through it the content check (src/integrations/content-check.ts) and
 * the loader (src/integrations/yaml-loader.ts) share one parse and one validation of each file.
 */
interface CachedFile {
  stamp: string;
  /** What the file's text gave, computed once per version of the file. */
  results: Map<string, unknown>;
}
const CACHE_KEY = Symbol.for('nk-troops-explainer.content-files');
const cache = ((globalThis as { [CACHE_KEY]?: Map<string, CachedFile> })[CACHE_KEY] ??= new Map());

/**
 * `compute(text)` for the current version of `file`, from the cache when the file has not changed
 * since (same size and modification time). `kind` names what is computed and for which content
 * folder ("entry:figures:/path/to/project").
 */
export function fromFile<T>(file: string, kind: string, compute: (text: string) => T): T {
  const stats = statSync(file);
  const stamp = `${stats.size}:${stats.mtimeMs}`;
  let cached = cache.get(file);
  if (cached?.stamp !== stamp) {
    cached = { stamp, results: new Map() };
    cache.set(file, cached);
  }
  if (!cached.results.has(kind)) cached.results.set(kind, compute(readFileSync(file, 'utf8')));
  return cached.results.get(kind) as T;
}

export function readYamlFile(file: string): YamlResult {
  return parseYaml(readFileSync(file, 'utf8'));
}

/** Splits an MDX file into its YAML frontmatter and body; the body keeps its line offset. */
export function splitFrontmatter(text: string): { frontmatter: string | null; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontmatter: null, body: text, bodyLine: 1 };
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

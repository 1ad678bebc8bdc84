/**
 * The content integrity check. It reads content/ directly, before Astro loads anything, and
 * returns one line per problem naming the file, the field, what was found and what is
 * expected. Astro's `reference()` only logs a dangling id, so this is what fails the build.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { formatIssues } from '../lib/content-errors';
import {
  CITING_COMPONENTS,
  dataComponentProblems,
  pageMatcher,
  scanComponentRefs,
  scanDataComponentRefs,
  splitIds,
  type RefLookup,
} from '../lib/mdx-refs';
import { editorWording, idsInText } from '../lib/ledger-wording';
import { proseSentences, textSentences, TIME_BOUND_RULE, undatedTimeBoundWord } from '../lib/mdx-prose';
import type { SourceFacts } from '../lib/source-copies';
import { dataSchemas, explainerSchema, type DataCollection } from '../schemas';
import type { Event } from '../schemas/event';
import type { Figure } from '../schemas/figure';
import { FIGURE_METRICS } from '../schemas/figure';
import type { Quote } from '../schemas/quote';
import { referencesOf, type Reference } from '../schemas/references';
import { ledgerProblems, type RuleEntry } from './ledger-rules';
import { idFromFile, listFiles, parseYaml, readYamlFile, splitFrontmatter } from './yaml-files';

export const DATA_EXTENSIONS = ['.yaml', '.yml'] as const;
export const EXPLAINER_EXTENSIONS = ['.mdx'] as const;
const ROUTE_EXTENSIONS = ['.astro', '.ts', '.js', '.md', '.mdx'] as const;

/**
 * The site's routes, for checking `<PageLink to>`. They belong to the code, not to the content,
 * so they are read from this project's src/pages whichever content folder is checked.
 */
const ROUTES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));

export interface CheckedEntry {
  id: string;
  /** Path relative to the project, for messages: "content/figures/x.yaml". */
  file: string;
  data: unknown;
}

export interface ContentReport {
  /** What fails `astro build` and `astro dev` alike. */
  problems: string[];
  /**
   * What fails `astro build` but only warns in `astro dev`, so a page can be drafted: time-bound
   * wording ("still", "now") without a date in the sentence.
   */
  warnings: string[];
  /** Valid entries by collection (entries with problems are left out). */
  entries: Record<DataCollection | 'explainers', CheckedEntry[]>;
}

const DATA_COLLECTIONS = Object.keys(dataSchemas) as DataCollection[];

/** Checks every entry under `contentDir` (the project's content/ folder). */
export function checkContent(contentDir: string): ContentReport {
  const root = dirname(contentDir);
  const problems: string[] = [];
  const warnings: string[] = [];
  /** Every source that parsed, valid or not, for the ledger rules (src/integrations/ledger-rules.ts). */
  const readSources = new Map<string, SourceFacts>();
  const entries = Object.fromEntries(
    [...DATA_COLLECTIONS, 'explainers'].map((name) => [name, [] as CheckedEntry[]]),
  ) as ContentReport['entries'];
  const ids = Object.fromEntries(DATA_COLLECTIONS.map((name) => [name, new Map<string, string>()])) as Record<
    DataCollection,
    Map<string, string>
  >;

  for (const collection of DATA_COLLECTIONS) {
    for (const path of listFiles(join(contentDir, collection), DATA_EXTENSIONS)) {
      const file = relative(root, path);
      const id = idFromFile(path);
      const firstFile = ids[collection].get(id);
      if (firstFile) {
        problems.push(
          `${file}: id: found "${id}", already used by ${firstFile}; expected ids unique within ${collection}. Rename one file.`,
        );
        continue;
      }
      ids[collection].set(id, file);
      const parsed = readYamlFile(path);
      if (parsed.error !== undefined) {
        problems.push(`${file}: ${parsed.error}`);
        continue;
      }
      if (collection === 'sources' && isRecord(parsed.data)) {
        readSources.set(id, { ...(parsed.data as unknown as SourceFacts), id });
      }
      const entryProblems = validate(file, id, parsed.data, dataSchemas[collection]);
      problems.push(...entryProblems);
      if (entryProblems.length === 0) entries[collection].push({ id, file, data: parsed.data });
    }
  }

  const exists = (collection: DataCollection, id: string) => ids[collection].has(id);
  // A correction may name an entry merged into another since (its id is in that entry's merged_ids).
  const merged = new Set(
    DATA_COLLECTIONS.flatMap((collection) =>
      entries[collection].flatMap(({ data }) =>
        ((data as { merged_ids?: string[] }).merged_ids ?? []).map((id) => `${collection}:${id}`),
      ),
    ),
  );
  for (const collection of DATA_COLLECTIONS) {
    for (const entry of entries[collection]) {
      const references = (referencesOf[collection] as (data: unknown) => Reference[])(entry.data);
      for (const ref of references) {
        const found =
          exists(ref.collection, ref.id) || (collection === 'corrections' && merged.has(`${ref.collection}:${ref.id}`));
        if (!found) problems.push(danglingMessage(entry.file, ref));
      }
    }
  }

  const entryIds = new Set(
    (['figures', 'events', 'quotes', 'sources'] as const).flatMap((collection) => [...ids[collection].keys()]),
  );
  problems.push(
    ...ledgerProblems({
      sources: readSources,
      figures: entries.figures as RuleEntry<Figure>[],
      events: entries.events as RuleEntry<Event>[],
      quotes: entries.quotes as RuleEntry<Quote>[],
      readerText: DATA_COLLECTIONS.flatMap((collection) =>
        entries[collection].map(({ file, data }) => ({ file, data: data as Record<string, unknown> })),
      ),
      ids: entryIds,
    }),
  );

  const explainerFiles = listFiles(join(contentDir, 'explainers'), EXPLAINER_EXTENSIONS);
  const explainerSlugs = new Set(
    explainerFiles.map((path) => relative(join(contentDir, 'explainers'), path).replace(/\.mdx$/, '')),
  );
  for (const { file, data } of entries.corrections) {
    (data as { entries: string[] }).entries.forEach((entry, index) => {
      const [kind, slug] = entry.split(':') as [string, string];
      if (kind === 'page' && !explainerSlugs.has(slug)) {
        problems.push(
          `${file}: entries[${index}]: found "${entry}", but "${slug}" is not in content/explainers/; expected page:<slug> naming an explainer (a file content/explainers/${slug}.mdx), e.g. "page:kursk"`,
        );
      }
    });
  }
  const lookup: RefLookup = {
    has: exists,
    metrics: FIGURE_METRICS,
    hasPage: pageMatcher(
      listFiles(ROUTES_DIR, ROUTE_EXTENSIONS).map((path) => relative(ROUTES_DIR, path).split(sep).join('/')),
      explainerSlugs,
      new Set(ids.actors.keys()),
    ),
  };
  for (const path of explainerFiles) {
    const file = relative(root, path);
    const { frontmatter, body, bodyLine } = splitFrontmatter(readFileSync(path, 'utf8'));
    if (frontmatter === null) {
      problems.push(
        `${file}: frontmatter: missing; expected a --- block with title, description, order, topics and reviewed`,
      );
      continue;
    }
    const parsed = parseYaml(frontmatter);
    if (parsed.error !== undefined) {
      problems.push(`${file}: frontmatter: ${parsed.error}`);
      continue;
    }
    const entryProblems = validate(file, idFromFile(path), parsed.data, explainerSchema);
    for (const ref of scanComponentRefs(body)) {
      const line = ref.line + bodyLine - 1;
      for (const [prop, collection] of Object.entries(CITING_COMPONENTS[ref.component]) as [string, DataCollection][]) {
        const value = ref.props[prop];
        if (value === undefined || value.trim() === '') {
          entryProblems.push(
            `${file}:${line}: <${ref.component}> has no ${prop}; expected ${prop}="…" naming entries in content/${collection}/`,
          );
          continue;
        }
        for (const id of splitIds(value)) {
          if (!exists(collection, id)) {
            entryProblems.push(
              `${file}:${line}: <${ref.component} ${prop}="${value}">: found "${id}", which is not in content/${collection}/; expected the id of an existing entry (a file content/${collection}/${id}.yaml)`,
            );
          }
        }
      }
    }
    for (const ref of scanDataComponentRefs(body)) {
      const line = ref.line + bodyLine - 1;
      for (const problem of dataComponentProblems(ref.component, ref.props, lookup)) {
        entryProblems.push(`${file}:${line}: ${problem}`);
      }
    }
    const description = (parsed.data as { description?: unknown } | null)?.description;
    if (typeof description === 'string') {
      for (const sentence of textSentences(description)) {
        const word = undatedTimeBoundWord(sentence);
        if (word) warnings.push(`${file}: description: "${excerpt(sentence)}": found "${word}"; ${TIME_BOUND_RULE}.`);
      }
    }
    for (const sentence of readableSentences(body, bodyLine)) {
      const where = `${file}:${sentence.line}: "${excerpt(sentence.text)}"`;
      const word = undatedTimeBoundWord(sentence.text, sentence.dateComponents);
      if (word) warnings.push(`${where}: found "${word}"; ${TIME_BOUND_RULE}.`);
      const phrase = editorWording(sentence.text);
      if (phrase) {
        entryProblems.push(
          `${where}: found "${phrase}", editors' wording, in prose readers see; expected words for readers. Reword, or move it to an editor_note in the data.`,
        );
      }
      for (const id of idsInText(sentence.text, entryIds)) {
        entryProblems.push(
          `${where}: found the entry id "${id}" in prose readers see; expected words for readers, with the entry cited by a component (<Figure id="${id}" /> or <Cite ids="${id}" />)`,
        );
      }
    }
    problems.push(...entryProblems);
    if (entryProblems.length === 0) entries.explainers.push({ id: idFromFile(path), file, data: parsed.data });
  }

  return { problems, warnings, entries };
}

/**
 * The page's sentences, or none when its MDX does not parse: then Astro's MDX compiler fails the
 * build with its own message, which names the line and column better than we could.
 */
function readableSentences(body: string, bodyLine: number) {
  try {
    return proseSentences(body, bodyLine);
  } catch {
    return [];
  }
}

/** A sentence quoted in a message: short enough to read, long enough to find. */
function excerpt(sentence: string): string {
  return sentence.length > 80 ? `${sentence.slice(0, 77)}…` : sentence;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function validate(file: string, id: string, data: unknown, schema: z.ZodType): string[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [
      `${file}: found ${Array.isArray(data) ? 'a list' : 'no fields'}; expected a mapping of fields (one entry per file)`,
    ];
  }
  const problems: string[] = [];
  const declared = (data as { id?: unknown }).id;
  if (declared !== undefined && declared !== id) {
    problems.push(
      `${file}: id: found "${String(declared)}"; expected "${id}" (the file name). Rename the file or fix the id.`,
    );
  }
  const result = schema.safeParse(data);
  if (!result.success) problems.push(...formatIssues(file, result.error.issues, data));
  return problems;
}

function danglingMessage(file: string, ref: Reference): string {
  const kind = ref.collection === 'actors' ? 'actor' : ref.collection.replace(/s$/, '');
  return `${file}: ${ref.field}: found "${ref.id}", which is not in content/${ref.collection}/; expected the id of an existing ${kind} (add content/${ref.collection}/${ref.id}.yaml or fix the id)`;
}

/** Throws one error listing every problem; the build stops before anything is written. */
export function assertContent(contentDir: string): ContentReport {
  const report = checkContent(contentDir);
  const all = [...report.problems, ...report.warnings];
  if (all.length > 0) {
    const count = all.length;
    throw new ContentError(
      `Content check failed with ${count} problem${count === 1 ? '' : 's'}:\n${all.map((line) => `  ${line}`).join('\n')}`,
    );
  }
  return report;
}

export class ContentError extends Error {
  override name = 'ContentError';
}

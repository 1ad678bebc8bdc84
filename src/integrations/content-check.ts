/**
 * The content integrity check: the one pass over content/. It reads every file once (parsed and
 * validated once per version of the file, shared with the loaders through src/integrations/yaml-files.ts),
 * before Astro loads anything, and returns one line per problem naming the file (and line), the
 * field, what was found and what is expected. Astro's `reference()` only logs a dangling id, so
 * this is what fails the build. Every content rule runs here, so `astro dev`, `astro build` and
 * the tests report the same problems: the schemas, dangling ids, the ledger's rules
 * (src/integrations/ledger-rules.ts), and in the MDX, read from its syntax tree: component
 * usages, numbers typed in prose, citations that split a paragraph, editors' words, time-bound
 * wording, and sources nothing cites.
 */
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { formatIssues } from '../lib/content-errors';
import { editorWording, idsInText } from '../lib/ledger-wording';
import {
  hasTimeBoundWord,
  proseRuns,
  sentencesOf,
  splitParagraphLines,
  textSentences,
  TIME_BOUND_RULE,
  undatedTimeBoundWord,
  type ProseRun,
} from '../lib/mdx-prose';
import {
  CITING_COMPONENTS,
  dataComponentProblems,
  pageMatcher,
  parseMdx,
  refsOf,
  splitIds,
  type PageRefs,
  type RefLookup,
} from '../lib/mdx-refs';
import { findHandTypedNumbers } from '../lib/prose-numbers';
import type { SourceFacts } from '../lib/source-copies';
import { dataSchemas, explainerSchema, type DataCollection } from '../schemas';
import type { Event } from '../schemas/event';
import type { Figure } from '../schemas/figure';
import { FIGURE_METRICS } from '../schemas/figure';
import type { Quote } from '../schemas/quote';
import { referencesOf, type Reference } from '../schemas/references';
import { ledgerProblems, type RuleEntry } from './ledger-rules';
import { fromFile, idFromFile, listFiles, parseYaml, splitFrontmatter } from './yaml-files';

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
  /** The entry as its schema gives it (what the loaders store and the pages read). */
  data: unknown;
}

export interface ContentReport {
  /** What fails `astro build` and `astro dev` alike. */
  problems: string[];
  /**
   * What fails `astro build` but only warns in `astro dev`, so a page can be drafted: time-bound
   * wording ("still", "now") without a date in the sentence, and a source nothing cites yet.
   */
  warnings: string[];
  /** Valid entries by collection (entries with problems are left out). */
  entries: Record<DataCollection | 'explainers', CheckedEntry[]>;
}

/** One data file, read and validated on its own: what the check and the loader share. */
export interface CheckedFile {
  id: string;
  file: string;
  /** A source's YAML as parsed, valid or not (undefined for other collections, or when it did not parse). */
  raw: unknown;
  /** The entry as its schema gives it, when it is valid. */
  data?: unknown;
  /** What is wrong with the file on its own, one line each. */
  problems: string[];
}

/** One explainer, read on its own: its frontmatter, and what its MDX tree holds. */
export interface CheckedExplainer {
  id: string;
  file: string;
  /** The frontmatter as the schema gives it, when it is valid. */
  data?: unknown;
  /** The frontmatter's problems, and the page's own (numbers typed in prose, split paragraphs). */
  problems: string[];
  /** The description, for the time-bound wording rule. */
  description?: string;
  /** What the MDX tree holds; null when the MDX does not parse (Astro's MDX compiler says why). */
  mdx: { refs: PageRefs; prose: ProseRun[] } | null;
}

const DATA_COLLECTIONS = Object.keys(dataSchemas) as DataCollection[];

/**
 * Reads and validates one data file of `collection`, once per version of the file (see `fromFile`).
 * `root` is the folder that holds content/; messages name the file from there.
 */
export function checkDataFile(root: string, collection: DataCollection, path: string): CheckedFile {
  return fromFile(path, `entry:${collection}:${resolve(root)}`, (text) => {
    const file = relative(root, path);
    const id = idFromFile(path);
    const parsed = parseYaml(text);
    if (parsed.error !== undefined) return { id, file, raw: undefined, problems: [`${file}: ${parsed.error}`] };
    // Only the ledger rules read a source as parsed (valid or not); other entries keep only their valid data.
    const raw = collection === 'sources' ? parsed.data : undefined;
    return { id, file, raw, ...validate(file, id, parsed.data, dataSchemas[collection]) };
  });
}

/** Reads one explainer, once per version of the file: its frontmatter and its MDX tree. */
export function checkExplainerFile(root: string, path: string): CheckedExplainer {
  return fromFile(path, `explainer:${resolve(root)}`, (text) => {
    const file = relative(root, path);
    // The collection's id: the path under content/explainers/ ("kursk", "kursk/sudzha").
    const id = relative(join(root, 'content', 'explainers'), path)
      .split(sep)
      .join('/')
      .replace(/\.mdx$/, '');
    const { frontmatter, body, bodyLine } = splitFrontmatter(text);
    if (frontmatter === null) {
      return {
        id,
        file,
        problems: [
          `${file}: frontmatter: missing; expected a --- block with title, description, order, topics and reviewed`,
        ],
        mdx: null,
      };
    }
    const parsed = parseYaml(frontmatter);
    if (parsed.error !== undefined) return { id, file, problems: [`${file}: frontmatter: ${parsed.error}`], mdx: null };
    const { data, problems } = validate(file, id, parsed.data, explainerSchema);
    const description = (parsed.data as { description?: unknown } | null)?.description;
    let tree;
    try {
      tree = parseMdx(body);
    } catch {
      // Astro's MDX compiler fails the build with its own message, which names the line and column.
      return { id, file, data, problems, mdx: null };
    }
    for (const { line, text: number } of findHandTypedNumbers(tree, bodyLine)) {
      problems.push(
        `${file}:${line}: found "${number}" typed in prose; expected a <Figure id="…" /> from content/figures/ (or reword if it is not a count)`,
      );
    }
    for (const line of splitParagraphLines(tree, bodyLine)) {
      problems.push(
        `${file}:${line}: found a line of only inline components inside a paragraph, which MDX reads as a block of its own and so splits the paragraph; expected each citation on a line with text. Join the line to the text before it.`,
      );
    }
    return {
      id,
      file,
      data,
      problems,
      ...(typeof description === 'string' ? { description } : {}),
      mdx: { refs: refsOf(tree, bodyLine), prose: proseRuns(tree, bodyLine) },
    };
  });
}

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
      const checked = checkDataFile(root, collection, path);
      const { id, file } = checked;
      const firstFile = ids[collection].get(id);
      if (firstFile) {
        problems.push(
          `${file}: id: found "${id}", already used by ${firstFile}; expected ids unique within ${collection}. Rename one file.`,
        );
        continue;
      }
      ids[collection].set(id, file);
      if (collection === 'sources' && isRecord(checked.raw)) {
        readSources.set(id, { ...(checked.raw as unknown as SourceFacts), id });
      }
      problems.push(...checked.problems);
      if (checked.problems.length === 0) entries[collection].push({ id, file, data: checked.data });
    }
  }
  const allDataValid = problems.length === 0;

  const exists = (collection: DataCollection, id: string) => ids[collection].has(id);
  // A correction may name an entry merged into another since (its id is in that entry's merged_ids).
  const merged = new Set(
    DATA_COLLECTIONS.flatMap((collection) =>
      entries[collection].flatMap(({ data }) =>
        ((data as { merged_ids?: string[] }).merged_ids ?? []).map((id) => `${collection}:${id}`),
      ),
    ),
  );
  /** Sources that an entry or a page cites. */
  const citedSources = new Set<string>();
  for (const collection of DATA_COLLECTIONS) {
    for (const entry of entries[collection]) {
      const references = (referencesOf[collection] as (data: unknown) => Reference[])(entry.data);
      for (const ref of references) {
        if (ref.collection === 'sources') citedSources.add(ref.id);
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
    const page = checkExplainerFile(root, path);
    const { file } = page;
    const entryProblems = [...page.problems];
    for (const sentence of textSentences(page.description ?? '')) {
      const word = undatedTimeBoundWord(sentence);
      if (word) warnings.push(`${file}: description: "${excerpt(sentence)}": found "${word}"; ${TIME_BOUND_RULE}.`);
    }
    for (const ref of page.mdx?.refs.citing ?? []) {
      for (const [prop, collection] of Object.entries(CITING_COMPONENTS[ref.component]) as [string, DataCollection][]) {
        const value = ref.props[prop];
        if (ref.expressions[prop] !== undefined) {
          entryProblems.push(expressionProblem(file, ref.line, ref.component, prop, ref.expressions[prop]));
          continue;
        }
        if (value === undefined || value.trim() === '') {
          entryProblems.push(
            `${file}:${ref.line}: <${ref.component}> has no ${prop}; expected ${prop}="…" naming entries in content/${collection}/`,
          );
          continue;
        }
        for (const id of splitIds(value)) {
          if (collection === 'sources') citedSources.add(id);
          if (!exists(collection, id)) {
            entryProblems.push(
              `${file}:${ref.line}: <${ref.component} ${prop}="${value}">: found "${id}", which is not in content/${collection}/; expected the id of an existing entry (a file content/${collection}/${id}.yaml)`,
            );
          }
        }
      }
    }
    for (const ref of page.mdx?.refs.data ?? []) {
      for (const [prop, expression] of Object.entries(ref.expressions)) {
        entryProblems.push(expressionProblem(file, ref.line, ref.component, prop, expression));
      }
      for (const problem of dataComponentProblems(ref.component, ref.props, lookup)) {
        entryProblems.push(`${file}:${ref.line}: ${problem}`);
      }
    }
    // Only a run with a word one of these rules looks for is split into sentences (quotation marks
    // are dropped for the test, so a phrase quoted in one sentence and used in another still counts).
    const worthReading = (run: ProseRun) =>
      hasTimeBoundWord(run.text) ||
      editorWording(run.text.replace(/["“”]/g, '')) !== null ||
      idsInText(run.text, entryIds).length > 0;
    for (const sentence of (page.mdx?.prose ?? []).filter(worthReading).flatMap(sentencesOf)) {
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
    if (entryProblems.length === 0) entries.explainers.push({ id: page.id, file, data: page.data });
  }

  // A source whose citing entry has a problem of its own is not uncited: say so only when all data is valid.
  if (allDataValid) {
    for (const { id, file } of entries.sources) {
      if (!citedSources.has(id)) {
        warnings.push(
          `${file}: found a source that no figure, event, quote, term, treaty, correction or page cites; expected every source in the bibliography to support something. Cite it (in an entry's sources or with <Cite ids="${id}" />) or remove the file.`,
        );
      }
    }
  }

  return { problems, warnings, entries };
}

function expressionProblem(file: string, line: number, component: string, prop: string, expression: string): string {
  return `${file}:${line}: <${component} ${prop}={${expression}}>: found an expression the check cannot read; expected text or a list of texts, e.g. ${prop}="a b" or ${prop}={["a", "b"]}`;
}

/** A sentence quoted in a message: short enough to read, long enough to find. */
function excerpt(sentence: string): string {
  return sentence.length > 80 ? `${sentence.slice(0, 77)}…` : sentence;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The entry as its schema gives it, or what is wrong with it. */
function validate(file: string, id: string, data: unknown, schema: z.ZodType): { data?: unknown; problems: string[] } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: [
        `${file}: found ${Array.isArray(data) ? 'a list' : 'no fields'}; expected a mapping of fields (one entry per file)`,
      ],
    };
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
  return problems.length === 0 ? { data: result.data, problems } : { problems };
}

function danglingMessage(file: string, ref: Reference): string {
  const kind = ref.collection === 'actors' ? 'actor' : ref.collection.replace(/s$/, '');
  return `${file}: ${ref.field}: found "${ref.id}", which is not in content/${ref.collection}/; expected the id of an existing ${kind} (add content/${ref.collection}/${ref.id}.yaml or fix the id)`;
}

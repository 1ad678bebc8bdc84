import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import { glob, type Loader } from 'astro/loaders';
import type { DataCollection } from '../schemas';
import { checkDataFile, checkExplainerFile, DATA_EXTENSIONS } from './content-check';
import { listFiles } from './yaml-files';

/**
 * Loads one entry per YAML file below `base` (relative to the project root), with the file name
 * as the id. Astro's own glob loader parses YAML with timestamps on, which turns an impossible
 * date such as 2025-02-30 into 2 March without a word; this one keeps dates as text.
 *
 * Each file is parsed and validated once: the loader stores what the content check
 * (`checkDataFile`, run first in `astro:config:setup`) already validated, instead of calling
 * Astro's `parseData`, which would validate it again. `schema` is declared on the loader, not the
 * collection, so that Astro still types `astro:content` from it (`InferLoaderSchema`) without
 * running it.
 */
export function yamlEntries<Schema extends z.ZodType>(
  collection: DataCollection,
  schema: Schema,
): Loader & { schema: Schema } {
  return {
    name: 'yaml-entries',
    schema,
    load: async ({ store, generateDigest, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, 'content', collection);
      // Every file is read before the store changes, so a file with a problem leaves the last good
      // entries in place in `astro dev` (the content check reports the problem).
      const loadAll = () => {
        const checked = listFiles(dir, DATA_EXTENSIONS).map((path) => checkDataFile(root, collection, path));
        const problems = checked.flatMap((entry) => entry.problems);
        if (problems.length > 0) throw new Error(problems.join('\n'));
        store.clear();
        for (const { id, file, data } of checked) {
          const entry = data as Record<string, unknown>;
          store.set({ id, data: entry, filePath: file, digest: generateDigest(entry) });
        }
      };
      loadAll();
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dir)) return;
        try {
          loadAll();
        } catch (error) {
          logger.error(String(error));
        }
      });
    },
  };
}

/**
 * Astro's glob loader for the MDX explainers, which reads and renders the pages, with the
 * frontmatter the content check (`checkExplainerFile`) already validated in place of Astro's
 * `parseData`, which would validate it again.
 */
export function explainerEntries<Schema extends z.ZodType>(schema: Schema): Loader & { schema: Schema } {
  const inner = glob({ base: './content/explainers', pattern: '**/*.mdx' });
  return {
    ...inner,
    name: 'explainer-entries',
    schema,
    load: (context) => {
      const root = dirname(fileURLToPath(new URL('content/', context.config.root)));
      return inner.load({
        ...context,
        parseData: async (entry) => {
          const checked = entry.filePath ? checkExplainerFile(root, entry.filePath) : undefined;
          if (checked?.data !== undefined) return checked.data as typeof entry.data;
          if (checked) throw new Error(checked.problems.join('\n'));
          return context.parseData(entry);
        },
      });
    },
  };
}

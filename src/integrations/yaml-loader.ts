import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { DATA_EXTENSIONS } from './content-check';
import { idFromFile, listFiles, readYamlFile } from './yaml-files';

/**
 * Loads one entry per YAML file below `base` (relative to the project root), with the file name
 * as the id. Astro's own glob loader parses YAML with timestamps on, which turns an impossible
 * date such as 2025-02-30 into 2 March without a word; this one keeps dates as text.
 */
export function yamlEntries(base: string): Loader {
  return {
    name: 'yaml-entries',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      const loadAll = async () => {
        store.clear();
        for (const path of listFiles(dir, DATA_EXTENSIONS)) {
          const filePath = relative(root, path);
          const parsed = readYamlFile(path);
          if (parsed.error !== undefined) throw new Error(`${filePath}: ${parsed.error}`);
          const id = idFromFile(path);
          const data = await parseData({ id, data: parsed.data as Record<string, unknown>, filePath });
          store.set({ id, data, filePath, digest: generateDigest(data) });
        }
      };
      await loadAll();
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dir)) return;
        loadAll().catch((error: unknown) => logger.error(String(error)));
      });
    },
  };
}

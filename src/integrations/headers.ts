import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file of the built site, as sorted paths from the output folder with `/` separators. */
export function listBuiltFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

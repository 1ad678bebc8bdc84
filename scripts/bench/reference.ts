/**
 * Reference sites for `npm run bench`, built in the same run as ours so that the ratios come from
 * one machine at one moment: a Starlight site and a bare Astro + MDX + Pagefind site, each with
 * the same number of pages of the same generated prose (plainPages in generate.ts).
 *
 * - **starlight**: `@astrojs/starlight` (STARLIGHT_VERSION) with the Astro version the project has
 *   installed, from the npm registry, installed once per pair of versions into a cache folder in
 *   the system's temporary folder (installStarlight), never into the project.
 * - **bare**: one layout, one `[...slug].astro` route over a `glob()` content collection of MDX
 *   pages, Pagefind's Node API on the output (`addDirectory`), with the project's own installed
 *   astro, @astrojs/mdx and pagefind: nothing to install.
 *
 * Each build runs in a scratch folder whose node_modules links to the installed packages (as
 * scratchProject does for ours), so Astro's and Vite's caches start empty every time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { plainPages } from './generate.ts';
import { linkNodeModules, PROJECT } from './project.ts';

/**
 * `starlight` lists the home page's sections in its sidebar, as our header does; the targets are
 * measured against it. `starlight-default` is Starlight as its users get it without a `sidebar`
 * setting, every page in every page's sidebar, reported beside it for comparison.
 */
export type ReferenceKind = 'starlight' | 'starlight-default' | 'bare';

export const REFERENCE_KINDS: readonly ReferenceKind[] = ['starlight', 'starlight-default', 'bare'];

const isStarlight = (kind: ReferenceKind) => kind !== 'bare';

/**
 * The Starlight release measured against, the latest on 6 December 2026; its peer range
 * (`astro ^7.2.10`) takes the project's Astro 7. Pinned so that two runs compare the same thing;
 * raise it on purpose.
 */
export const STARLIGHT_VERSION = '0.42.9';

/** Where installs are kept between runs, one folder per set of versions. */
const CACHE = join(tmpdir(), 'bench-reference-cache');

export interface ReferenceSite {
  kind: ReferenceKind;
  dir: string;
  /** The HTML pages the build should produce. */
  pages: number;
  /** What is built: the packages and their versions. */
  versions: Record<string, string>;
  remove: () => void;
}

/** The version of a package installed in `nodeModules` (the project's by default). */
export function installedVersion(name: string, nodeModules = join(PROJECT, 'node_modules')): string {
  return (JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** What the Starlight site installs: Starlight and the project's own Astro, exactly. */
export function starlightDependencies(): Record<string, string> {
  return { '@astrojs/starlight': STARLIGHT_VERSION, astro: installedVersion('astro') };
}

/**
 * Installs the Starlight site's packages into the cache unless a previous run did, and returns
 * their node_modules folder. The install runs in a staging folder renamed into place only once
 * it succeeded, so a folder in the cache is always complete. Without the registry it fails
 * naming the packages, before any build has been spent.
 */
export function installStarlight(log: (line: string) => void = console.log): string {
  const dependencies = starlightDependencies();
  const wanted = Object.entries(dependencies)
    .map(([name, version]) => `${name}@${version}`)
    .join(' ');
  const folder = join(CACHE, wanted.replace(/[^\w.-]+/g, '_'));
  if (existsSync(folder)) return join(folder, 'node_modules');
  mkdirSync(CACHE, { recursive: true });
  const staging = mkdtempSync(`${folder}.installing-`);
  writeFileSync(
    join(staging, 'package.json'),
    `${JSON.stringify({ name: 'bench-starlight-reference', private: true, type: 'module', dependencies }, null, 2)}\n`,
  );
  log(`reference: installing ${wanted} into ${folder} (once; later runs reuse it)…`);
  // `npm run bench` passes npm's own settings down as lower-case npm_* variables (the project's
  // prefix among them), which the install must not see; a user's NPM_CONFIG_* (a mirror) stay.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')));
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: staging,
    env,
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    // npm's first lines say what failed ("npm error code ECONNREFUSED", the request); the rest is detail.
    const output = `${result.error?.message ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(0, 5).join('\n');
    throw new Error(
      `reference: could not install ${wanted} from the npm registry (npm install exited ${result.status ?? result.signal}); ` +
        `is the registry reachable? Run with --no-reference to bench without the reference sites.\n${output}`,
    );
  }
  try {
    renameSync(staging, folder);
  } catch (error) {
    // Another bench installed the same versions meanwhile: theirs is as good.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(folder)) throw error;
  }
  return join(folder, 'node_modules');
}

const PAGEFIND_INTEGRATION = `
/** Pagefind's Node API on the built pages; its calls report problems in \`errors\` rather than throwing. */
function pagefindIndex() {
  const check = (step, response) => {
    if (response.errors.length > 0) throw new Error(\`Pagefind \${step}: \${response.errors.join('; ')}\`);
    return response;
  };
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        const { index } = check('createIndex', await pagefind.createIndex());
        check('addDirectory', await index.addDirectory({ path: site }));
        check('writeFiles', await index.writeFiles({ outputPath: join(site, 'pagefind') }));
        await pagefind.close();
      },
    },
  };
}
`;

/** The bare site's files besides its pages. */
function bareFiles(): Record<string, string> {
  return {
    'astro.config.mjs': `import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';
${PAGEFIND_INTEGRATION}
export default defineConfig({ integrations: [mdx(), pagefindIndex()] });
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './src/content/pages' }),
    schema: z.object({ title: z.string(), description: z.string() }),
  }),
};
`,
    'src/layouts/Page.astro': `---
interface Props {
  title: string;
  description: string;
}
const { title, description } = Astro.props;
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <meta name="description" content={description} />
    <title>{title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{title}</h1>
      <slot />
    </main>
  </body>
</html>
`,
    'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../layouts/Page.astro';

export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { slug: page.id === 'index' ? undefined : page.id }, props: { page } }));
}

const { page } = Astro.props;
const { Content } = await render(page);
---

<Page title={page.data.title} description={page.data.description}><Content /></Page>
`,
  };
}

/**
 * The Starlight site's files besides its pages. With `sections`, the sidebar lists the home page's
 * sections only, as our header lists top-level explainers only; without, Starlight's default,
 * every page in the sidebar of every page, which makes each page grow with the site.
 */
function starlightFiles(sections: string[] | null): Record<string, string> {
  const sidebar = sections ? `\n      sidebar: [{ label: 'Sections', items: ${JSON.stringify(sections)} }],` : '';
  return {
    'astro.config.mjs': `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  integrations: [
    starlight({
      title: 'Synthetic edition for the benchmark',${sidebar}
    }),
  ],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  };
}

/**
 * A scratch folder with a reference site of `pages` built pages. Starlight adds a 404 page of its
 * own, so it gets one content page fewer; the bare site builds exactly its content pages.
 */
export function referenceSite(kind: ReferenceKind, pages: number, starlightModules?: string): ReferenceSite {
  let modules = join(PROJECT, 'node_modules');
  if (isStarlight(kind)) {
    if (!starlightModules) throw new Error('referenceSite: the Starlight site needs installStarlight() first');
    modules = starlightModules;
  }
  const dir = mkdtempSync(join(tmpdir(), `bench-reference-${kind}-${pages}-`));
  const content = plainPages(isStarlight(kind) ? pages - 1 : pages);
  const contentDir = isStarlight(kind) ? 'src/content/docs' : 'src/content/pages';
  const sections = content.map((page) => page.path).filter((path) => path !== 'index' && !path.includes('/'));
  const packages = isStarlight(kind) ? ['@astrojs/starlight', 'astro'] : ['astro', '@astrojs/mdx', 'pagefind'];
  const dependencies = Object.fromEntries(packages.map((name) => [name, installedVersion(name, modules)]));
  const files = kind === 'bare' ? bareFiles() : starlightFiles(kind === 'starlight-default' ? null : sections);
  // Astro bundles the packages that build on it (Starlight's middleware imports astro:middleware)
  // only when it finds them among the site's dependencies.
  files['package.json'] = `${JSON.stringify(
    { name: `bench-${kind}-reference`, private: true, type: 'module', dependencies },
    null,
    2,
  )}\n`;
  for (const page of content) files[join(contentDir, `${page.path}.mdx`)] = page.text;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  linkNodeModules(modules, join(dir, 'node_modules'));
  // Starlight brings its own MDX integration and Pagefind; record which.
  const versions: Record<string, string> = { ...dependencies };
  for (const name of ['@astrojs/mdx', 'pagefind']) versions[name] = installedVersion(name, modules);
  return { kind, dir, pages, versions, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

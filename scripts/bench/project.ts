/**
 * Scratch copies of the project for the benchmark: the real code (config, src/, public/,
 * scripts/) with either the real content or generated content, in a temporary folder, so that
 * the benchmark never touches the checkout's content/, dist/ or caches.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countFixedPages, generateContent, registeredComponents, type SitePlan } from './generate.ts';

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const COPIED = ['astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts'];

export interface ScratchProject {
  dir: string;
  /** What the generator made; undefined for the real content. */
  plan?: SitePlan;
  remove: () => void;
}

/**
 * A copy of the project with `content` either 'real' (the checkout's content/) or a number of
 * pages to generate. node_modules is a folder of links to the checkout's packages rather than one
 * link to the whole folder (linkNodeModules), so that Astro's and Vite's caches
 * (node_modules/.astro, .vite) belong to the scratch project: every build starts cold and none
 * disturbs the checkout's.
 */
export function scratchProject(name: string, content: 'real' | number, unplannedPages = 0): ScratchProject {
  const dir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  for (const entry of COPIED) cpSync(join(PROJECT, entry), join(dir, entry), { recursive: true });
  linkNodeModules(join(PROJECT, 'node_modules'), join(dir, 'node_modules'));
  let plan: SitePlan | undefined;
  if (content === 'real') {
    cpSync(join(PROJECT, 'content'), join(dir, 'content'), { recursive: true });
  } else {
    plan = generateContent(join(dir, 'content'), {
      pages: content,
      fixedPages: countFixedPages(join(dir, 'src', 'pages')),
      components: registeredComponents(dir),
      unplannedPages,
    });
  }
  return { dir, ...(plan ? { plan } : {}), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Makes `to` a folder of links to each package in `from` (caches left out), so that a scratch
 * project uses installed packages without sharing Astro's and Vite's caches with them.
 */
export function linkNodeModules(from: string, to: string): void {
  mkdirSync(to);
  for (const entry of readdirSync(from)) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(from, entry), join(to, entry));
  }
}

/** Removes what a previous build left behind (output, Astro's and Vite's caches) so the next starts cold. */
export function cleanBuildState(dir: string, outDir: string): void {
  for (const path of [outDir, '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')]) {
    rmSync(join(dir, path), { recursive: true, force: true });
  }
}

/**
 * `npm run bench`: builds the real site and generated sites of 1,000 and 5,000 pages with the
 * project's own build (scripts/build.mjs), each in a scratch copy of the project, repeats the
 * builds, and reports medians in a table and in bench-results/latest.json. At 1,000 pages it
 * also builds reference sites with the same pages of plain prose (scripts/bench/reference.ts):
 * Starlight (with our site's short sidebar, and with its default one) and a bare Astro + MDX +
 * Pagefind site, so that the ratios come from one run.
 *
 * Options: `--sizes 1000,5000` (generated sizes; `0` for none), `--runs <n>` (builds per site;
 * by default 3 for the real site and 1,000 pages, 2 for larger sites), `--no-real`,
 * `--reference 1000,5000` (sizes at which to build the reference sites; 1000 by default),
 * `--no-reference`, `--keep` (leave the scratch projects in the temporary folder).
 * See docs/performance.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import * as pagefind from 'pagefind';
import { join } from 'node:path';
import { analyseDist, countPages, median, PAGE_BUDGET_BYTES, type DistReport } from './analyse.ts';
import { measure, type Measurement } from './measure.ts';
import { cleanBuildState, PROJECT, scratchProject, type ScratchProject } from './project.ts';
import { installStarlight, REFERENCE_KINDS, referenceSite, type ReferenceKind } from './reference.ts';
import {
  FIRST_SEARCH_BUDGET_KIB,
  FIRST_SEARCH_QUERIES,
  measureFirstSearchBytes,
  type FirstSearchBytes,
} from './search-bytes.ts';
import { measureSearch, siteQueries, type SearchLatency } from './search-latency.ts';
import type { SitePlan } from './generate.ts';

const OUT_DIR = 'dist';
const RESULTS = join(PROJECT, 'bench-results', 'latest.json');
const MIB = 1024 * 1024;

/** The targets of issues 8 and 13 and of "build twice as fast as Starlight", on 2 cores. */
export const TARGETS = {
  /** Our 1,000-page build's wall time over Starlight's for as many pages, built in the same run. */
  starlightRatio: 0.5,
  /** Our 1,000-page build's wall time over a bare Astro + MDX + Pagefind site's. */
  bareRatio: 1.4,
  /** In the build's largest process, at 1,000 pages. */
  peakRss1000: 1.2 * 1024 * MIB,
  /** The 5,000-page build's wall time over the 1,000-page one's. */
  scale5000: 5,
  /** What any page costs a reader at every size: its HTML, CSS and JavaScript, compressed. */
  pageBytes: PAGE_BUDGET_BYTES,
  warmMedianMs: 10,
  /** From typing a query in a freshly opened search dialog to its first result shown. */
  coldMedianMs: 300,
  /** A reader's first search on the real site, everything included, compressed. */
  firstSearchKiB: FIRST_SEARCH_BUDGET_KIB,
};

interface BuildRun {
  wallMs: number;
  cpuMs: number;
  maxRssBytes: number;
  peakTreeRssBytes: number;
  /** Time in the Pagefind integration (reading the pages, indexing, writing the index), from its log. */
  pagefindMs: number | null;
  /** Of that: reading the pages, then Pagefind indexing and writing, while the checks ran (ms). */
  indexParts: { reading: number; pagefind: number; checks: number } | null;
  /** CPU of the Pagefind binary, which runs beside Node. */
  pagefindCpuMs: number | null;
  /** Astro's own phase timings from its log, in ms. */
  phases: Record<string, number>;
  /** The machine's load average over the last minute when the build started. */
  loadAverage: number;
}

interface SiteResult {
  name: string;
  plan?: SitePlan;
  runs: BuildRun[];
  median: Omit<BuildRun, 'phases'> & { phases: Record<string, number> };
  dist: DistReport;
  search: SearchLatency;
  /** What a reader's first search through the dialog downloads (scripts/bench/search-bytes.ts), per query. */
  firstSearch: FirstSearchBytes[];
  /** Pagefind's plain `addDirectory`, the same records and `writeFiles` on the same output (ms). */
  plainIndexMs: number;
}

/** A reference site's builds at one size (scripts/bench/reference.ts). */
interface ReferenceResult {
  name: string;
  kind: ReferenceKind;
  pages: number;
  /** The packages built with, e.g. { "@astrojs/starlight": "0.42.9", astro: "7.3.5" }. */
  versions: Record<string, string>;
  runs: BuildRun[];
  median: SiteResult['median'];
  dist: DistReport;
  /** Warm search with Pagefind's default options, measured as ours is. */
  search: SearchLatency;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** Astro writes durations as "604ms", "1.75s" or "1m 10s". */
function parseDuration(text: string): number {
  const minutes = /(\d+)m\s*(\d+)s/.exec(text);
  if (minutes) return Number(minutes[1]) * 60_000 + Number(minutes[2]) * 1000;
  const seconds = /([\d.]+)s/.exec(text);
  if (text.endsWith('ms')) return Number.parseFloat(text);
  return seconds ? Number(seconds[1]) * 1000 : Number.NaN;
}

/** Phases of `astro build` as its log reports them (best effort: the wording is Astro's). */
function astroPhases(log: string): Record<string, number> {
  const text = log.replace(/\x1b\[[0-9;]*m/g, '');
  const phases: Record<string, number> = {};
  const types = /\[types\] Generated (\S+)/.exec(text);
  if (types) phases.contentAndTypes = parseDuration(types[1]!);
  const bundles = [...text.matchAll(/\[vite\] ✓ built in (\S+)/g)].map((match) => parseDuration(match[1]!));
  if (bundles.length > 0) phases.bundle = bundles.reduce((sum, ms) => sum + ms, 0);
  // "✓ Completed in 8.01s." or, past a minute, "✓ Completed in 1m 2s.".
  const render = /generating static routes[\s\S]*?✓ Completed in ([^\n]+?)\.?\n/.exec(text);
  if (render) phases.render = parseDuration(render[1]!);
  const total = /\[build\] \d+ page\(s\) built in ([^\n]+)/.exec(text);
  if (total) phases.astroTotal = parseDuration(total[1]!.trim());
  return phases;
}

function toRun(measurement: Measurement, loadAverage: number): BuildRun {
  const log = readFileSync(measurement.logFile, 'utf8');
  // src/integrations/built-site.ts logs "[built-site] indexed … in 1234 ms" (the checks of the
  // built pages run while Pagefind indexes, so their time is inside this figure).
  const indexed = /\[built-site\] indexed [^\n]*? in (\d+) ms/.exec(log);
  const parts = /reading the pages (\d+) ms, then Pagefind (\d+) ms while the checks took (\d+) ms/.exec(log);
  const pagefind = measurement.processes.filter((process) => process.name.startsWith('pagefind'));
  return {
    wallMs: measurement.wallMs,
    cpuMs: measurement.cpuMs,
    maxRssBytes: measurement.maxRssBytes,
    peakTreeRssBytes: measurement.peakTreeRssBytes,
    pagefindMs: indexed ? Number(indexed[1]) : null,
    indexParts: parts ? { reading: Number(parts[1]), pagefind: Number(parts[2]), checks: Number(parts[3]) } : null,
    pagefindCpuMs: pagefind.length > 0 ? pagefind.reduce((sum, process) => sum + process.cpuMs, 0) : null,
    phases: astroPhases(log),
    loadAverage,
  };
}

function medianRun(runs: BuildRun[]): SiteResult['median'] {
  const of = (pick: (run: BuildRun) => number | null | undefined) => {
    const values = runs.map(pick).filter((value): value is number => typeof value === 'number' && !Number.isNaN(value));
    return values.length > 0 ? median(values) : null;
  };
  const phaseNames = [...new Set(runs.flatMap((run) => Object.keys(run.phases)))];
  return {
    wallMs: of((run) => run.wallMs)!,
    cpuMs: of((run) => run.cpuMs)!,
    maxRssBytes: of((run) => run.maxRssBytes)!,
    peakTreeRssBytes: of((run) => run.peakTreeRssBytes)!,
    pagefindMs: of((run) => run.pagefindMs),
    indexParts: runs.at(-1)?.indexParts ?? null,
    pagefindCpuMs: of((run) => run.pagefindCpuMs),
    loadAverage: of((run) => run.loadAverage)!,
    phases: Object.fromEntries(
      phaseNames.flatMap((name) => {
        const value = of((run) => run.phases[name]);
        return value === null ? [] : [[name, value]];
      }),
    ),
  };
}

function prepare(name: string, content: 'real' | number, unplannedPages = 0): ScratchProject {
  process.stdout.write(`\n${name}: preparing a scratch project… `);
  const project = scratchProject(name.replace(/\W+/g, '-'), content, unplannedPages);
  console.log(project.dir);
  if (project.plan) console.log(`  generated ${JSON.stringify(project.plan)}`);
  return project;
}

async function build(project: ScratchProject, name: string, run: number): Promise<BuildRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, DIST_DIR: OUT_DIR, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  // Served from the root, so that the search measurement finds /pagefind/.
  delete env.BASE_PATH;
  cleanBuildState(project.dir, OUT_DIR);
  const load = loadavg()[0]!;
  const measurement = await measure(process.execPath, ['scripts/build.mjs'], {
    cwd: project.dir,
    env,
    logFile: join(project.dir, `build-${run}.log`),
  });
  if (measurement.exitCode !== 0) {
    const log = readFileSync(measurement.logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${name}: the build failed (exit ${measurement.exitCode}); end of its log:\n${log}`);
  }
  return toRun(measurement, load);
}

async function benchSite(name: string, content: 'real' | number, runs: number, keep: boolean): Promise<SiteResult> {
  let project = prepare(name, content);
  try {
    const results: BuildRun[] = [];
    for (let run = 1; run <= runs; run++) {
      const result = await build(project, name, run);
      const built = countPages(join(project.dir, OUT_DIR));
      if (typeof content === 'number' && built !== content) {
        if (project.plan?.derivedPages.unplanned !== 0) {
          throw new Error(`${name}: built ${built} pages even after planning for the unplanned ones`);
        }
        // A route the generator does not know about (see DerivedPages in generate.ts): plan that
        // many fewer explainers and start again; this build is not counted.
        console.log(
          `  built ${built} pages, not ${content}: generating again with ${built - content} fewer explainers`,
        );
        project.remove();
        project = prepare(name, content, built - content);
        run = 0;
        continue;
      }
      results.push(result);
      console.log(
        `  build ${run}/${runs}: ${seconds(result.wallMs)} s wall, ${seconds(result.cpuMs)} s CPU, peak ${mib(result.maxRssBytes)} MiB (largest process), ${mib(result.peakTreeRssBytes)} MiB (tree), Pagefind ${optionalSeconds(result.pagefindMs)} s; load average ${result.loadAverage.toFixed(2)}`,
      );
    }
    const dist = analyseDist(join(project.dir, OUT_DIR));
    const search = await measureSearch(join(project.dir, OUT_DIR), siteQueries(join(project.dir, 'content')));
    const firstSearch: FirstSearchBytes[] = [];
    for (const query of content === 'real' ? FIRST_SEARCH_QUERIES : FIRST_SEARCH_QUERIES.slice(0, 1)) {
      firstSearch.push(await measureFirstSearchBytes(join(project.dir, OUT_DIR), query));
    }
    const plainIndexMs = await plainIndex(join(project.dir, OUT_DIR));
    console.log(
      `  search: cold ${search.coldMs!.median.toFixed(1)} ms median, warm ${search.warmMs.median.toFixed(1)} ms after the typing pause, ${search.warmUnloadedMs.median.toFixed(1)} ms loading the chunks (${search.warmWithDataMs.median.toFixed(1)} ms with five loaded); plain Pagefind ${seconds(plainIndexMs)} s`,
    );
    return {
      name,
      ...(project.plan ? { plan: project.plan } : {}),
      runs: results,
      median: medianRun(results),
      dist,
      search,
      firstSearch,
      plainIndexMs,
    };
  } finally {
    if (keep) console.log(`  kept ${project.dir}`);
    else project.remove();
  }
}

const REFERENCE_NAMES: Record<ReferenceKind, string> = {
  starlight: 'Starlight',
  'starlight-default': 'Starlight (default sidebar)',
  bare: 'bare Astro',
};

/**
 * Builds a reference site of `pages` pages `runs` times, measured as ours are (same sampling, cold
 * caches) but with a plain `astro build`, as their users would run it.
 */
async function benchReference(
  kind: ReferenceKind,
  pages: number,
  runs: number,
  keep: boolean,
  starlightModules: string | undefined,
  queries: string[],
): Promise<ReferenceResult> {
  const name = `${REFERENCE_NAMES[kind]}, ${pages} pages`;
  process.stdout.write(`\n${name}: preparing a scratch site… `);
  const site = referenceSite(kind, pages, starlightModules);
  console.log(site.dir);
  console.log(
    `  ${Object.entries(site.versions)
      .map(([pkg, version]) => `${pkg} ${version}`)
      .join(', ')}`,
  );
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  try {
    const results: BuildRun[] = [];
    for (let run = 1; run <= runs; run++) {
      cleanBuildState(site.dir, OUT_DIR);
      const load = loadavg()[0]!;
      const measurement = await measure(
        process.execPath,
        [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
        {
          cwd: site.dir,
          env,
          logFile: join(site.dir, `build-${run}.log`),
        },
      );
      if (measurement.exitCode !== 0) {
        const log = readFileSync(measurement.logFile, 'utf8').split('\n').slice(-40).join('\n');
        throw new Error(`${name}: the build failed (exit ${measurement.exitCode}); end of its log:\n${log}`);
      }
      const built = countPages(join(site.dir, OUT_DIR));
      if (built !== pages)
        throw new Error(`${name}: built ${built} pages, expected ${pages}; see ${measurement.logFile}`);
      const result = toRun(measurement, load);
      results.push(result);
      console.log(
        `  build ${run}/${runs}: ${seconds(result.wallMs)} s wall, ${seconds(result.cpuMs)} s CPU, peak ${mib(result.maxRssBytes)} MiB (largest process), ${mib(result.peakTreeRssBytes)} MiB (tree), Pagefind CPU ${optionalSeconds(result.pagefindCpuMs)} s; load average ${load.toFixed(2)}`,
      );
    }
    const search = await measureSearch(join(site.dir, OUT_DIR), queries, { cold: false, options: {} });
    return {
      name,
      kind,
      pages,
      versions: site.versions,
      runs: results,
      median: medianRun(results),
      dist: analyseDist(join(site.dir, OUT_DIR)),
      search,
    };
  } finally {
    if (keep) console.log(`  kept ${site.dir}`);
    else site.remove();
  }
}

/** A reader's first searches on the real site: a place, a topic and a name of three words, and a topic word. */

/** A figure or event record as the site's index stores it: its fragment (gzip, a marker, then JSON). */
interface StoredRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The records in a built index: the fragments whose address has an anchor. */
function storedRecords(dist: string): StoredRecord[] {
  const folder = join(dist, 'pagefind', 'fragment');
  return readdirSync(folder)
    .map((file) => {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as StoredRecord;
    })
    .filter((fragment) => fragment.url.includes('#'));
}

/**
 * Pagefind's own `addDirectory` and `writeFiles` on a built site, with the same figure and event
 * records as the site's index (read back from its fragments), timed: what indexing would cost
 * without this project's search code (no metadata, names or checks). Written to a scratch folder.
 */
async function plainIndex(dist: string): Promise<number> {
  const records = storedRecords(dist);
  const output = mkdtempSync(join(tmpdir(), 'bench-plain-index-'));
  const started = performance.now();
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error('Pagefind createIndex returned no index');
    await index.addDirectory({ path: dist, glob: '**/*.html' });
    await Promise.all(
      records.map(({ url, content, meta, filters }) =>
        index.addCustomRecord({ url, content, language: 'en', meta, filters }),
      ),
    );
    await index.writeFiles({ outputPath: output });
    return performance.now() - started;
  } finally {
    await pagefind.close();
    rmSync(output, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const optionalSeconds = (ms: number | null) => (ms === null ? 'n/a' : seconds(ms));
const mib = (bytes: number) => Math.round(bytes / MIB);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/** The results as a Markdown table, one column per site. */
export function table(sites: SiteResult[]): string {
  const rows: [string, (site: SiteResult) => string][] = [
    ['pages built', (site) => String(site.dist.pages)],
    ['build wall time (s)', (site) => seconds(site.median.wallMs)],
    ['build CPU time, user + sys (s)', (site) => seconds(site.median.cpuMs)],
    ['peak RSS, whole process tree (MiB)', (site) => String(mib(site.median.peakTreeRssBytes))],
    ['peak RSS, largest process (MiB)', (site) => String(mib(site.median.maxRssBytes))],
    ['… content sync and types (s)', (site) => phase(site, 'contentAndTypes')],
    ['… bundling, MDX compile (s)', (site) => phase(site, 'bundle')],
    ['… rendering pages (s)', (site) => phase(site, 'render')],
    ['… Pagefind indexing (s)', (site) => optionalSeconds(site.median.pagefindMs)],
    ['Pagefind binary CPU (s)', (site) => optionalSeconds(site.median.pagefindCpuMs)],
    ['dist size (MB)', (site) => (site.dist.bytes / 1e6).toFixed(1)],
    ['dist files', (site) => String(site.dist.files)],
    ['page transfer, median (KiB gz)', (site) => kib(site.dist.transfer.median)],
    [
      'page transfer, largest (KiB gz)',
      (site) => `${kib(site.dist.transfer.largest.bytes)} ${site.dist.transfer.largest.path}`,
    ],
    [`pages over ${PAGE_BUDGET_BYTES / 1024} KiB gz`, (site) => String(site.dist.transfer.budget.over)],
    ['search index (MB)', (site) => (site.dist.indexBytes / 1e6).toFixed(1)],
    ['search index files', (site) => String(site.dist.indexFiles)],
    [
      'first search download, compressed (KiB)',
      (site) =>
        site.firstSearch
          .map((search) => `"${search.query}" ${kib(search.gzipBytes)} in ${search.requests} requests`)
          .join('; '),
    ],
    ['search cold, typed to first result, median / worst (ms)', (site) => latency(site.search.coldMs)],
    ['search warm, after the typing pause, median / worst (ms)', (site) => latency(site.search.warmMs)],
    ['search warm, loading its chunks, median / worst (ms)', (site) => latency(site.search.warmUnloadedMs)],
    ['… with 5 results loaded, median / worst (ms)', (site) => latency(site.search.warmWithDataMs)],
    ['one small request on loopback, median (ms)', (site) => site.search.requestMs.median.toFixed(1)],
    [
      'index step: reading + Pagefind (checks meanwhile) (s)',
      ({ median: { indexParts: parts } }) =>
        parts ? `${seconds(parts.reading)} + ${seconds(parts.pagefind)} (${seconds(parts.checks)})` : 'n/a',
    ],
    ['plain addDirectory + the same records + writeFiles (s)', (site) => seconds(site.plainIndexMs)],
    ['load average (1 min) at each build start', (site) => loads(site.runs)],
  ];
  const header = `| | ${sites.map((site) => site.name).join(' | ')} |`;
  const rule = `| --- | ${sites.map(() => '---:').join(' | ')} |`;
  return [header, rule, ...rows.map(([label, cell]) => `| ${label} | ${sites.map(cell).join(' | ')} |`)].join('\n');
}

const loads = (runs: BuildRun[]) => runs.map((run) => run.loadAverage.toFixed(2)).join(' / ');

/** Our builds beside the reference sites' at each size that has them, one column per build. */
export function referenceTable(sites: SiteResult[], references: ReferenceResult[]): string {
  const columns: { name: string; site: SiteResult | ReferenceResult; ours?: SiteResult }[] = [];
  for (const site of sites) {
    const theirs = references.filter((reference) => `${reference.pages} pages` === site.name);
    if (theirs.length === 0) continue;
    columns.push({ name: `ours, ${site.name}`, site });
    for (const reference of theirs) columns.push({ name: reference.name, site: reference, ours: site });
  }
  type Column = (typeof columns)[number];
  const rows: [string, (column: Column) => string][] = [
    ['pages built', ({ site }) => String(site.dist.pages)],
    ['build wall time (s)', ({ site }) => seconds(site.median.wallMs)],
    [
      'our wall time / this one',
      ({ site, ours }) => (ours ? (ours.median.wallMs / site.median.wallMs).toFixed(2) : ''),
    ],
    ['build CPU time, user + sys (s)', ({ site }) => seconds(site.median.cpuMs)],
    ['peak RSS, largest process (MiB)', ({ site }) => String(mib(site.median.maxRssBytes))],
    ['peak RSS, whole process tree (MiB)', ({ site }) => String(mib(site.median.peakTreeRssBytes))],
    ['Pagefind binary CPU (s)', ({ site }) => optionalSeconds(site.median.pagefindCpuMs)],
    ['dist size (MB)', ({ site }) => (site.dist.bytes / 1e6).toFixed(1)],
    ['search index (MB)', ({ site }) => (site.dist.indexBytes / 1e6).toFixed(1)],
    ['search warm, after the typing pause, median (ms)', ({ site }) => site.search.warmMs.median.toFixed(1)],
    ['search warm, loading its chunks, median (ms)', ({ site }) => site.search.warmUnloadedMs.median.toFixed(1)],
    [
      'page transfer, median / largest (KiB gz)',
      ({ site }) => `${kib(site.dist.transfer.median)} / ${kib(site.dist.transfer.largest.bytes)}`,
    ],
    ['load average (1 min) at each build start', ({ site }) => loads(site.runs)],
  ];
  const header = `| | ${columns.map((column) => column.name).join(' | ')} |`;
  const rule = `| --- | ${columns.map(() => '---:').join(' | ')} |`;
  return [header, rule, ...rows.map(([label, cell]) => `| ${label} | ${columns.map(cell).join(' | ')} |`)].join('\n');
}

const phase = (site: SiteResult, name: string) =>
  site.median.phases[name] === undefined ? 'n/a' : seconds(site.median.phases[name]);
const latency = (ms: { median: number; worst: number } | null) =>
  ms ? `${ms.median.toFixed(1)} / ${ms.worst.toFixed(1)}` : 'n/a';

/** "1000 pages" as "1,000 pages", as the other target lines write it. */
const readable = (name: string) => name.replace(/\d{4,}/, (count) => Number(count).toLocaleString('en-US'));

/** One line per target, PASS or MISSED, with the figure. */
export function targetReport(sites: SiteResult[], references: ReferenceResult[] = []): string[] {
  const at1000 = sites.find((site) => site.name === '1000 pages');
  const at5000 = sites.find((site) => site.name === '5000 pages');
  const lines: string[] = [];
  const check = (ok: boolean, text: string) => lines.push(`${ok ? 'PASS  ' : 'MISSED'} ${text}`);
  for (const site of sites) {
    const ours = site.median.wallMs;
    const versus = (kind: ReferenceKind) =>
      references.find((reference) => reference.kind === kind && `${reference.pages} pages` === site.name);
    // CPU time beside the target's wall time: on a busy machine it is the steadier of the two.
    const ratios = (theirs: ReferenceResult, label: string) =>
      `${(ours / theirs.median.wallMs).toFixed(2)} x (ours ${seconds(ours)} s, ${label} ${seconds(theirs.median.wallMs)} s; CPU time ${(site.median.cpuMs / theirs.median.cpuMs).toFixed(2)} x)`;
    const starlight = versus('starlight');
    if (starlight) {
      check(
        ours / starlight.median.wallMs <= TARGETS.starlightRatio,
        `${readable(site.name)} at most ${TARGETS.starlightRatio} x Starlight's wall time: ${ratios(starlight, 'Starlight')}`,
      );
    }
    const bare = versus('bare');
    if (bare) {
      check(
        ours / bare.median.wallMs <= TARGETS.bareRatio,
        `${readable(site.name)} at most ${TARGETS.bareRatio} x a bare Astro + MDX + Pagefind site's wall time: ${ratios(bare, 'bare')}`,
      );
    }
  }
  if (at1000) {
    // The reference figures are GNU time's "Maximum resident set size": the largest process.
    const theirs = references
      .filter((reference) => reference.pages === 1000)
      .map((reference) => `; ${reference.name.split(',')[0]} ${mib(reference.median.maxRssBytes)} MiB`)
      .join('');
    check(
      at1000.median.maxRssBytes <= TARGETS.peakRss1000,
      `1,000 pages at most 1.2 GiB peak memory: ${mib(at1000.median.maxRssBytes)} MiB in the largest process (${mib(at1000.median.peakTreeRssBytes)} MiB for the whole tree, Pagefind included${theirs})`,
    );
    const { warmMs, warmUnloadedMs, requestMs, coldMs } = at1000.search;
    const starlight = references.find((reference) => reference.kind === 'starlight' && reference.pages === 1000);
    check(
      warmMs.median <= TARGETS.warmMedianMs,
      `warm search at most 10 ms median at 1,000 pages, as the interface runs it: ${warmMs.median.toFixed(1)} ms from the end of the typing pause to ranked results; ${warmUnloadedMs.median.toFixed(1)} ms when the search loads its chunks itself, where one request costs ${requestMs.median.toFixed(1)} ms here${starlight ? ` (Starlight: ${starlight.search.warmMs.median.toFixed(1)} and ${starlight.search.warmUnloadedMs.median.toFixed(1)} ms)` : ''}`,
    );
    const step = at1000.median.pagefindMs;
    check(
      step !== null && step <= at1000.plainIndexMs,
      `indexing at 1,000 pages at most Pagefind's plain addDirectory with the same records: ${optionalSeconds(step)} s for the whole step (checks included), against ${seconds(at1000.plainIndexMs)} s`,
    );
    check(
      coldMs !== null && coldMs.median <= TARGETS.coldMedianMs,
      `cold search, first result at most 300 ms after typing at 1,000 pages: ${latency(coldMs)} ms median / worst`,
    );
  }
  const real = sites.find((site) => site.name === 'real site');
  if (real) {
    for (const search of real.firstSearch) {
      const kib = search.gzipBytes / 1024;
      check(
        kib <= TARGETS.firstSearchKiB,
        `first search for "${search.query}" on the real site at most ${TARGETS.firstSearchKiB} KiB compressed: ${kib.toFixed(1)} KiB (interface ${(search.byPart.interface / 1024).toFixed(1)}, Pagefind ${(search.byPart.pagefind / 1024).toFixed(1)}, index ${(search.byPart.index / 1024).toFixed(1)})`,
      );
    }
  }
  if (at1000 && at5000) {
    const ratio = at5000.median.wallMs / at1000.median.wallMs;
    const cpuRatio = at5000.median.cpuMs / at1000.median.cpuMs;
    check(
      ratio <= TARGETS.scale5000,
      `5,000 pages in at most ${TARGETS.scale5000} x the 1,000-page time: ${ratio.toFixed(2)} x (CPU time: ${cpuRatio.toFixed(2)} x)`,
    );
  }
  for (const site of sites) {
    const { over, heaviest } = site.dist.transfer.budget;
    check(
      over === 0,
      `${readable(site.name)}: every page at most ${TARGETS.pageBytes / 1024} KiB compressed (HTML, CSS, JS): ${over} of ${site.dist.pages} over; heaviest ${heaviest.map((page) => `${page.path} ${kib(page.bytes)}`).join(', ')} KiB`,
    );
  }
  return lines;
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const sizes = (argument('sizes') ?? '1000,5000')
    .split(',')
    .map(Number)
    .filter((size) => size > 0);
  const runsFor = (pages: number | 'real') => Number(argument('runs') ?? (pages === 'real' || pages <= 1000 ? 3 : 2));
  const referenceSizes = process.argv.includes('--no-reference')
    ? []
    : (argument('reference') ?? '1000')
        .split(',')
        .map(Number)
        .filter((size) => sizes.includes(size));
  const unbuilt = (argument('reference') ?? '').split(',').filter((size) => size && !sizes.includes(Number(size)));
  if (unbuilt.length > 0) console.log(`--reference ${unbuilt.join(',')}: not among --sizes, so not built`);
  const keep = process.argv.includes('--keep');
  // Installed before any build, so that a missing registry fails the run at once (reference.ts).
  const starlightModules = referenceSizes.length > 0 ? installStarlight() : undefined;
  const load = loadavg();
  console.log(
    `bench: ${cpus().length} cores, load average ${load.map((value) => value.toFixed(2)).join(' ')} (timings are only comparable on a quiet machine)`,
  );
  const started = new Date();
  const sites: SiteResult[] = [];
  if (!process.argv.includes('--no-real')) sites.push(await benchSite('real site', 'real', runsFor('real'), keep));
  const references: ReferenceResult[] = [];
  for (const size of sizes) {
    sites.push(await benchSite(`${size} pages`, size, runsFor(size), keep));
    if (!referenceSizes.includes(size)) continue;
    for (const kind of REFERENCE_KINDS) {
      references.push(
        await benchReference(kind, size, runsFor(size), keep, starlightModules, sites.at(-1)!.search.queries),
      );
    }
  }

  const report = {
    date: started.toISOString(),
    commit: gitCommit(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    memoryBytes: totalmem(),
    loadAverage: { start: load, end: loadavg() },
    targets: TARGETS,
    targetReport: targetReport(sites, references),
    sites,
    references,
  };
  mkdirSync(join(PROJECT, 'bench-results'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${table(sites)}\n`);
  if (references.length > 0) console.log(`${referenceTable(sites, references)}\n`);
  for (const line of report.targetReport) console.log(line);
  console.log(
    `\nload average at the end: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
  console.log(`wrote ${RESULTS}`);
}

await main();

/**
 * Synthetic content for the benchmark: sources, actors, events, figures, quotes, terms, the
 * treaty and MDX explainer pages that use the site's components, at a chosen number of built
 * pages. It is deterministic (seeded), so two runs at the same size build the same site.
 *
 * Run on its own: `node scripts/bench/generate.ts --pages 1000 --out /tmp/bench-site`
 * writes /tmp/bench-site/content/. It never writes into the project's own content/.
 *
 * Pages built = explainers + actor pages + fixed pages (the routes in src/pages/ without a
 * parameter: timeline, sources, search, data, 404) + pages derived from the data (one per
 * publisher initial in the bibliography, one per year of the timeline; the rest, such as the
 * timeline's months and the parts of long lists, are measured by npm run bench). A fifth
 * of the pages are actor pages, the rest explainers, which sit in one folder per section as a
 * large edition would have them; `index.mdx` is the home page.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { publisherInitial } from '../../src/lib/bibliography.ts';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** How many entries of each kind a site of `pages` built pages gets. */
export interface SitePlan {
  pages: number;
  fixedPages: number;
  /** Pages that follow from the data rather than one per entry. */
  derivedPages: DerivedPages;
  explainers: number;
  actors: number;
  sources: number;
  events: number;
  figures: number;
  quotes: number;
  terms: number;
}

export interface DerivedPages {
  /** One per publisher initial (src/pages/sources/[initial].astro), by src/lib/bibliography.ts. */
  bibliography: number;
  /** One per year with events (src/pages/timeline/[year].astro). */
  timelineYears: number;
  /**
   * Pages a route the generator does not know about adds; npm run bench measures them with a first
   * build and plans that many fewer explainers.
   */
  unplanned: number;
}

/**
 * Splits `pages` into explainers and actor pages around the fixed and derived pages, and
 * sizes the data collections in proportion, close to the real site's ratios (several sources per
 * page cited, about one event and one figure per page).
 */
export function planSite(pages: number, fixedPages: number, derivedPages: Partial<DerivedPages> = {}): SitePlan {
  const derived = { bibliography: 0, timelineYears: 0, unplanned: 0, ...derivedPages };
  const other = fixedPages + derived.bibliography + derived.timelineYears + derived.unplanned;
  const actors = Math.max(6, Math.round(pages * 0.2));
  const explainers = pages - other - actors;
  if (explainers < 1) {
    throw new Error(
      `--pages ${pages}: too few for ${other} fixed and derived pages and ${actors} actor pages; expected at least ${other + actors + 1}`,
    );
  }
  return {
    pages,
    fixedPages,
    derivedPages: derived,
    explainers,
    actors,
    sources: sourcesFor(pages),
    events: pages,
    figures: pages,
    quotes: Math.max(4, Math.round(pages / 2)),
    terms: Math.max(10, Math.round(pages / 10)),
  };
}

const sourcesFor = (pages: number) => pages * 2;

/** Routes in `pagesDir` that build exactly one page each: no `[param]` in their path. */
export function countFixedPages(pagesDir: string): number {
  return readdirSync(pagesDir, { recursive: true, withFileTypes: true }).filter(
    (entry) =>
      entry.isFile() &&
      /\.(astro|md|mdx|html)$/.test(entry.name) &&
      !join(entry.parentPath, entry.name).slice(pagesDir.length).includes('['),
  ).length;
}

/** Components the explainers may use beyond the citing four, when the project registers them. */
export function registeredComponents(projectDir: string): Set<string> {
  const index = readFileSync(join(projectDir, 'src', 'components', 'mdx', 'index.ts'), 'utf8');
  const registered = /export const mdxComponents\s*=\s*\{([^}]*)\}/.exec(index)?.[1] ?? '';
  return new Set(registered.split(',').map((name) => name.trim().split(':')[0]!.trim()));
}

// ---------------------------------------------------------------------------------------------
// Randomness and words

/** mulberry32: a small seeded generator, so the same seed gives the same site. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  /** Skewed towards the start of the list, as word and name frequencies are. */
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(list.length * next() ** 2.2)]!;
  const chance = (p: number) => next() < p;
  /** `count` distinct items: by rejection when few are wanted from many, else Fisher–Yates on a copy. */
  const sample = <T>(list: readonly T[], count: number): T[] => {
    if (count * 4 < list.length) {
      const chosen = new Set<T>();
      while (chosen.size < count) chosen.add(pick(list));
      return [...chosen];
    }
    const copy = [...new Set(list)];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, count);
  };
  return { next, int, pick, skewed, chance, sample };
}

type Random = ReturnType<typeof seeded>;

const FUNCTION_WORDS = (
  'the of and to in a that by for on was were with as said from its their at after which it had ' +
  'has have been this not but than more about who also an over into they while since before when ' +
  'would could other some those these both most any according'
).split(' ');

const TOPIC_WORDS = (
  'troops soldiers deployment treaty ratification casualties killed wounded captured missing ' +
  'estimate estimates intelligence officials ministry defence defense border region regional ' +
  'offensive counteroffensive artillery drones drone brigade battalion regiment corps unit units ' +
  'frontline front line assault assaults village villages positions trenches supply shells ' +
  'ammunition missiles missile launchers rockets shipments containers rail port ports satellite ' +
  'imagery analysts report reports reported briefing lawmakers parliament committee hearing ' +
  'statement statements denied confirmed admitted claimed disputed alleged evidence footage video ' +
  'prisoners interrogation exchange repatriation asylum defectors families state media agency ' +
  'spokesperson president leader minister ambassador delegation summit visit talks agreement ' +
  'clause mutual assistance partnership alliance cooperation sanctions resolution council embargo ' +
  'training camp camps exercises instructors uniforms documents identity cards translators ' +
  'interpreters language barrier losses rotation reinforcements replacements wave waves second ' +
  'first third total cumulative weekly monthly figures numbers count counted tally methodology ' +
  'range ranges uncertainty sources source independent verified unverified corroborated ' +
  'pyongyang moscow seoul kyiv washington tokyo beijing kursk sudzha glushkovo korenevo belgorod ' +
  'bryansk vladivostok khabarovsk rason wonsan chongjin hamhung kharkiv sumy donetsk zaporizhzhia ' +
  'winter spring summer autumn january february march april may june july august september october ' +
  'november december north south korean russian ukrainian american japanese chinese european ' +
  'western eastern military civilian political economic diplomatic strategic tactical logistics ' +
  'engineers sappers mines demining reconstruction workers labour construction wages payment ' +
  'compensation technology transfer fighter jets air defence systems oil refined petroleum food ' +
  'rice fertiliser tourism railway bridge tumen khasan crossing airport flights aircraft cargo ' +
  'ship vessels tanker tankers convoy convoys hospital hospitals medical evacuation bodies ' +
  'memorial ceremony medals awards heroes commemoration propaganda broadcast newspaper rodong ' +
  'sinmun kcna tass yonhap nis jcs gur sbu kremlin duma assembly politburo commission decree ' +
  'order orders command commander commanders general colonel officer officers sergeant special ' +
  'forces storm corps elite reconnaissance snipers infantry armour armoured tanks howitzers'
).split(' ');

const SYLLABLES = {
  korean:
    'kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song ryu hong jeon ko moon yang son bae baek heo yoo nam shim noh ha kwak sung cha joo woo min ji hyun soo jin young ho seok chul hee sun mi kyung'.split(
      ' ',
    ),
  russian:
    'ale ksan dr ivan ov serg ei vlad imir dmit ri mik hail ni kol ai pav el yur iy and rei bor is gen nad ev sky in ich ova kov lov rov nov'.split(
      ' ',
    ),
  ukrainian: 'o lek sandr vo lo dy myr yu rii an drii bo hdan ta ras ko val enko chuk yshyn iuk ska'.split(' '),
};

const HANGUL_START = 0xac00;
const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщыэюя';

function personName(random: Random): string {
  const family = random.pick(['korean', 'russian', 'ukrainian'] as const);
  const parts = SYLLABLES[family];
  const word = (count: number) =>
    Array.from({ length: count }, () => random.pick(parts))
      .join('')
      .replace(/^./, (c) => c.toUpperCase());
  return family === 'korean'
    ? `${word(1)} ${word(1)}-${random.pick(parts)}`
    : `${word(random.int(2, 3))} ${word(random.int(2, 4))}`;
}

function placeName(random: Random): string {
  const parts = [...SYLLABLES.russian, ...SYLLABLES.ukrainian];
  return Array.from({ length: random.int(2, 3) }, () => random.pick(parts))
    .join('')
    .replace(/^./, (c) => c.toUpperCase());
}

const hangul = (random: Random, length: number) =>
  Array.from({ length }, () => String.fromCharCode(HANGUL_START + random.int(0, 11171))).join('');
const cyrillic = (random: Random, length: number) =>
  Array.from({ length }, () => random.pick(CYRILLIC.split('')))
    .join('')
    .replace(/^./, (c) => c.toUpperCase());

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Draws from `list` with Zipf's law (the k-th item about 1/k^s as often as the first), as word use is. */
function zipfSampler<T>(random: Random, list: readonly T[], s = 1): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < list.length; k++) cumulative.push((total += 1 / (k + 1) ** s));
  return () => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return list[low]!;
  };
}

/** Made-up words for the long tail of a real text's vocabulary (names of villages, rare terms). */
function tailWords(random: Random, count: number): string[] {
  const onsets = 'b c d f g h j k l m n p r s t v z br ch cr dr gr kh pl sh st tr zh'.split(' ');
  const vowels = 'a e i o u ai ia ou'.split(' ');
  const endings = ' n r s l k tion ment ing ed al ity ov sk ine'.split(' ');
  const taken = new Set<string>();
  while (taken.size < count) {
    const syllables = Array.from({ length: random.int(2, 4) }, () => random.pick(onsets) + random.pick(vowels));
    taken.add(syllables.join('') + random.pick(endings));
  }
  return [...taken];
}

export interface Prose {
  sentence: (min?: number, max?: number) => string;
  sentences: (count: number) => string;
  headline: () => string;
}

/**
 * Text with the shape of real prose for indexing: function words, the story's own words, a long
 * tail of rare words whose size grows with the site (Heaps' law, calibrated on the real content:
 * about 20,000 distinct words per million), and names. Not grammar, but realistic postings.
 */
function prose(random: Random, names: string[], pages: number): Prose {
  const functionWord = zipfSampler(random, FUNCTION_WORDS);
  const topicWord = zipfSampler(random, random.sample(TOPIC_WORDS, TOPIC_WORDS.length), 0.9);
  const tailWord = zipfSampler(random, tailWords(random, 20 * pages));
  const word = () => {
    const roll = random.next();
    if (roll < 0.45) return functionWord();
    if (roll < 0.75) return topicWord();
    if (roll < 0.9) return tailWord();
    return random.skewed(names);
  };
  const capitalise = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;
  const run = (count: number) => Array.from({ length: count }, word).join(' ');
  const sentence = (min = 9, max = 22) => `${capitalise(run(random.int(min, max)))}.`;
  return {
    sentence,
    sentences: (count) => Array.from({ length: count }, () => sentence()).join(' '),
    headline: () => capitalise(run(random.int(5, 9))),
  };
}

// ---------------------------------------------------------------------------------------------
// Dates

const START = Date.UTC(2024, 5, 1);
const END = Date.UTC(2026, 9, 31);
const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const randomDay = (random: Random) => START + random.int(0, (END - START) / DAY) * DAY;

// ---------------------------------------------------------------------------------------------
// The generator

const TOPICS = ['treaty', 'deployment', 'casualties', 'kursk', 'diplomacy', 'weapons', 'pows'] as const;
const METRICS = [
  'troops_deployed',
  'additional_troops',
  'killed',
  'wounded',
  'killed_or_wounded',
  'casualties_incl_missing',
  'captured',
  'missing',
  'other',
] as const;
const QUALIFIERS = ['at_least', 'about', 'up_to', 'exactly'] as const;
const ACTOR_KINDS = [
  'person',
  'person',
  'person',
  'person',
  'agency',
  'agency',
  'organisation',
  'military-unit',
  'media',
  'state',
] as const;
const SOURCE_KINDS = ['news', 'news', 'news', 'wire', 'government', 'think-tank', 'reference'] as const;
const LANGUAGES = ['en', 'en', 'en', 'en', 'en', 'en', 'ko', 'ko', 'ru', 'uk'] as const;
/** Actors most events involve, as Russia, North Korea and Ukraine do on the real site. */
const HUBS = ['Northland', 'Eastmark', 'Southreach', 'Westerlund', 'Highvale', 'Lowmere'];

export interface GenerateOptions {
  /** Built pages wanted in total. */
  pages: number;
  /** Pages the project builds whatever the content (see countFixedPages). */
  fixedPages: number;
  /** Pages the build makes that the plan does not know about (see DerivedPages.unplanned). */
  unplannedPages?: number;
  /** Extra MDX components the project registers (e.g. `Estimates`), from registeredComponents. */
  components?: Set<string>;
  seed?: number;
}

/** Writes a complete content/ folder into `contentDir` and returns the plan it followed. */
export function generateContent(contentDir: string, options: GenerateOptions): SitePlan {
  const own = join(PROJECT, 'content');
  const target = resolve(contentDir);
  if (target === own || target.startsWith(own + sep)) {
    throw new Error(`refusing to write generated content into ${relative(PROJECT, target)}; use a temporary folder`);
  }
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new Error(`${target} is not empty; expected a new or empty folder for generated content`);
  }
  // The derived pages depend on the publishers and event dates drawn, so explainers, written
  // last, are re-planned once the data is written; nothing else in the plan depends on them.
  let plan = planSite(options.pages, options.fixedPages);
  const random = seeded(options.seed ?? 1);
  const components = options.components ?? new Set<string>();
  const write = (path: string, text: string) => {
    const file = join(target, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const writeYaml = (collection: string, id: string, data: object) =>
    write(join(collection, `${id}.yaml`), yaml.dump(data, { lineWidth: 100, noRefs: true }));

  const places = Array.from({ length: Math.max(40, Math.round(plan.pages / 5)) }, () => placeName(random));
  // Names in the prose: places first, actors as they are made.
  const names = [...places];
  const text = prose(random, names, plan.pages);
  const uniqueId = (taken: Set<string>, base: string) => {
    let id = slug(base).slice(0, 60).replace(/-+$/, '') || 'entry';
    for (let n = 2; taken.has(id); n++) id = `${slug(base).slice(0, 55).replace(/-+$/, '')}-${n}`;
    taken.add(id);
    return id;
  };

  // Actors: a few hub states, then people, agencies, units and outlets.
  const actorIds = new Set<string>();
  const actors: { id: string; name: string; kind: string }[] = [];
  for (let i = 0; i < plan.actors; i++) {
    const kind = i < HUBS.length ? 'state' : random.pick(ACTOR_KINDS);
    const name =
      i < HUBS.length
        ? HUBS[i]!
        : kind === 'person'
          ? personName(random)
          : `${random.pick(places)} ${random.pick(['Ministry of Defence', 'Intelligence Service', 'General Staff', 'Institute', 'Brigade', 'Herald', 'Agency', 'Command', 'Foundation', 'Monitor'])}`;
    const id = uniqueId(actorIds, name);
    actors.push({ id, name, kind });
    const names: Record<string, string> = {};
    if (random.chance(0.5)) names.ko = hangul(random, random.int(2, 4));
    if (random.chance(0.5)) names.ru = `${cyrillic(random, random.int(4, 8))} ${cyrillic(random, random.int(5, 9))}`;
    if (random.chance(0.3)) names.uk = `${cyrillic(random, random.int(4, 8))} ${cyrillic(random, random.int(5, 9))}`;
    writeYaml('actors', id, {
      name,
      kind,
      role: text.sentence(8, 18),
      aliases: random.chance(0.4) ? [name.split(' ').reverse().join(' ')] : [],
      ...(Object.keys(names).length > 0 ? { names } : {}),
    });
  }
  const people = actors.filter((actor) => actor.kind === 'person');
  names.push(...actors.map((actor) => actor.name));

  // Sources.
  const publishers = Array.from(
    { length: Math.max(20, Math.round(plan.sources / 25)) },
    () =>
      `${random.pick(places)} ${random.pick(['Herald', 'Times', 'Post', 'Daily', 'Review', 'Wire', 'Monitor', 'Journal', 'Ministry', 'Institute'])}`,
  );
  const sourceIds = new Set<string>();
  const sources: string[] = [];
  const initials = new Set<string>();
  for (let i = 0; i < plan.sources; i++) {
    const publisher = random.skewed(publishers);
    initials.add(publisherInitial(publisher));
    const published = randomDay(random);
    const title = text.headline();
    const id = uniqueId(
      sourceIds,
      `${publisher.split(' ')[0]}-${isoDay(published)}-${title.split(' ').slice(0, 4).join(' ')}`,
    );
    sources.push(id);
    const dated = random.chance(0.95);
    writeYaml('sources', id, {
      publisher,
      title,
      url: `https://${slug(publisher)}.example.org/${isoDay(published).replaceAll('-', '/')}/${id}`,
      published: dated ? isoDay(published) : null,
      ...(dated ? {} : { date_note: 'The page shows no publication date.' }),
      language: random.pick(LANGUAGES),
      kind: random.pick(SOURCE_KINDS),
      // Official statements, so that a confirmed event may rest on one (the content check's rule).
      tier: 'official',
      note: text.sentence(6, 16),
    });
  }
  // The content check rejects a source that nothing cites: each draw cites the next source not yet
  // drawn in place of its first random one, until every source has been drawn once. Events and
  // figures alone make as many draws as there are sources.
  const undrawn = [...sources];
  const someSources = (min: number, max: number) => {
    const drawn = random.sample(sources, random.int(min, max));
    const next = undrawn.pop();
    return next === undefined || drawn.includes(next) ? drawn : [next, ...drawn.slice(1)];
  };

  // Events: half involve a hub state, as most real events involve Russia, North Korea or Ukraine.
  const eventIds = new Set<string>();
  const years = new Set<string>();
  const events: string[] = [];
  for (let i = 0; i < plan.events; i++) {
    const day = randomDay(random);
    const monthOnly = random.chance(0.15);
    const title = text.headline();
    const id = uniqueId(eventIds, title.split(' ').slice(0, 6).join(' '));
    events.push(id);
    years.add(isoDay(day).slice(0, 4));
    const involved = random.sample(actors, random.int(1, 2)).map((actor) => actor.id);
    if (random.chance(0.5)) involved.unshift(actors[random.int(0, HUBS.length - 1)]!.id);
    const status = random.pick(['confirmed', 'confirmed', 'confirmed', 'claimed', 'claimed', 'disputed'] as const);
    const eventSources = someSources(1, 3);
    writeYaml('events', id, {
      date: monthOnly ? isoDay(day).slice(0, 7) : isoDay(day),
      date_precision: monthOnly ? 'month' : 'day',
      title,
      summary: text.sentences(random.int(1, 3)),
      topics: random.sample(TOPICS, random.int(1, 2)),
      actors: [...new Set(involved)],
      status,
      claimed_by: status === 'confirmed' ? null : involved[0],
      disputed_by: status === 'disputed' ? random.pick(actors).id : null,
      sources: eventSources,
      ...(status === 'disputed' ? { disputed_in: [eventSources[0]!] } : {}),
      single_source: eventSources.length === 1,
    });
  }

  // Figures: single numbers and ranges, each as one claimant gave it.
  const figureIds = new Set<string>();
  const figures: { id: string; metric: string }[] = [];
  for (let i = 0; i < plan.figures; i++) {
    const metric = random.pick(METRICS);
    const claimant = random.chance(0.9) ? random.skewed(actors) : null;
    const asOf = randomDay(random);
    const reported = Math.min(END, asOf + random.int(0, 20) * DAY);
    const range = random.chance(0.3);
    const low = random.int(1, 400) * 50;
    const id = uniqueId(figureIds, `${claimant?.id.split('-')[0] ?? 'press'}-${isoDay(reported)}-${metric}`);
    figures.push({ id, metric });
    const figureSources = someSources(1, 2);
    writeYaml('figures', id, {
      metric,
      value: range ? null : low,
      low: range ? low : null,
      high: range ? low + random.int(1, 100) * 50 : null,
      qualifier: range ? null : random.pick(QUALIFIERS),
      unit: 'people',
      as_of: isoDay(asOf),
      reported: isoDay(reported),
      claimant: claimant?.id ?? null,
      via: claimant
        ? random.chance(0.3)
          ? `${random.pick(people.length > 0 ? people : actors).name}`
          : null
        : random.pick(publishers),
      scope: text.sentence(6, 14).slice(0, -1),
      sources: figureSources,
      note: random.chance(0.6) ? text.sentence() : '',
      single_source: figureSources.length === 1,
    });
  }

  // Quotes, by people.
  const quoteIds = new Set<string>();
  const quotes: string[] = [];
  for (let i = 0; i < plan.quotes; i++) {
    const speaker = random.pick(people.length > 0 ? people : actors);
    const day = randomDay(random);
    const id = uniqueId(quoteIds, `${speaker.id.split('-')[0]}-${isoDay(day)}-${random.pick(TOPIC_WORDS)}`);
    quotes.push(id);
    writeYaml('quotes', id, {
      speaker: speaker.id,
      date: isoDay(day),
      quote: text.sentence(8, 30),
      context: text.sentence(6, 14),
      source: random.pick(sources),
    });
  }

  // Glossary terms.
  const termIds = new Set<string>();
  for (let i = 0; i < plan.terms; i++) {
    const term = `${random.pick(places)} ${random.pick(TOPIC_WORDS)}`;
    const actor = random.chance(0.2) ? random.pick(actors).id : undefined;
    writeYaml('terms', uniqueId(termIds, term), {
      term,
      definition: text.sentences(random.int(1, 3)),
      aliases: random.chance(0.5) ? [term.toUpperCase()] : [],
      ...(random.chance(0.5) ? { names: { ko: hangul(random, 3), ru: cyrillic(random, 7) } } : {}),
      ...(actor ? { actor } : {}),
      sources: someSources(1, 2),
    });
  }

  writeYaml('treaty', 'treaty', treaty(random, text, actors, someSources));

  plan = planSite(options.pages, options.fixedPages, {
    bibliography: initials.size,
    timelineYears: years.size,
    unplanned: options.unplannedPages ?? 0,
  });

  // Explainers: the home page, one page per section, then the rest in their section's folder.
  const metrics = [...new Set(figures.map((figure) => figure.metric))];
  for (let i = 0; i < plan.explainers; i++) {
    const path = explainerPath(i, text.headline());
    const mdx = explainerPage(random, text, i, { figures, events, quotes, sources, metrics, components });
    write(join('explainers', `${path}.mdx`), mdx);
  }
  return plan;
}

/**
 * Where explainer `index` goes: `index` for the home page, one page per section, then the rest
 * in their section's folder. Section names end in "-briefs" so that they never collide with a
 * route of the project's own.
 */
function explainerPath(index: number, headline: string): string {
  const section = `${TOPICS[index % TOPICS.length]}-briefs`;
  const page = `${slug(headline).slice(0, 50).replace(/-+$/, '')}-${index}`;
  return index === 0 ? 'index' : index <= TOPICS.length ? section : `${section}/${page}`;
}

interface Citable {
  figures: { id: string; metric: string }[];
  events: string[];
  quotes: string[];
  sources: string[];
  metrics: string[];
  components: Set<string>;
}

/**
 * One explainer: frontmatter, then sections of prose citing figures, events, quotes and sources;
 * without `citable`, the same prose as plain Markdown (see plainPages).
 */
function explainerPage(random: Random, text: Prose, index: number, citable: Citable | null): string {
  const title = index === 0 ? 'Synthetic edition for the benchmark' : text.headline();
  const description = text.sentence(12, 24).slice(0, 200);
  let frontmatter: object = { title, description };
  if (citable) {
    const reviewed = isoDay(END - random.int(0, 60) * DAY);
    frontmatter = { title, description, order: index, topics: random.sample(TOPICS, random.int(1, 3)), reviewed };
  }
  const lines = ['---', yaml.dump(frontmatter, { lineWidth: 1000 }).trim(), '---', ''];
  const paragraph = () => {
    const parts: string[] = [];
    for (let s = random.int(3, 5); s > 0; s--) {
      parts.push(text.sentence());
      if (!citable) continue;
      const roll = random.next();
      if (roll < 0.27) parts.push(`<Figure id="${random.pick(citable.figures).id}" />.`);
      else if (roll < 0.5) parts.push(`<Event id="${random.pick(citable.events)}" />.`);
      else if (roll < 0.75) parts.push(`<Cite ids="${random.sample(citable.sources, random.int(1, 2)).join(' ')}" />`);
    }
    return parts.join(' ');
  };
  // A table of every estimate of one metric grows with the ledger, so, as on the real site, only
  // the section pages carry one.
  if (citable?.components.has('Estimates') && index > 0 && index <= TOPICS.length) {
    lines.push(`<Estimates metric="${citable.metrics[index % citable.metrics.length]}" />`, '');
  }
  for (let section = random.int(5, 7); section > 0; section--) {
    lines.push(`## ${text.headline()}`, '');
    for (let p = random.int(2, 3); p > 0; p--) lines.push(paragraph(), '');
    if (random.chance(0.3)) {
      lines.push(...Array.from({ length: random.int(3, 5) }, () => `- ${text.sentence(5, 12)}`), '');
    }
    if (citable && random.chance(0.25)) lines.push(`<Quote id="${random.pick(citable.quotes)}" />`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export interface PlainPage {
  /** Path without extension: "index", a section ("treaty-briefs") or a page in a section's folder. */
  path: string;
  /** Frontmatter (title, description) and Markdown, valid MDX. */
  text: string;
}

/**
 * `count` plain Markdown pages for the reference sites of scripts/bench/reference.ts: explainers
 * laid out as generateContent lays them out (home, one page per section, the rest in section
 * folders), with prose of the same length and word statistics from the same seeded generator,
 * but no components and no data, which Starlight and a bare Astro site would not understand.
 * Cheaper than generating a whole site and stripping its MDX, and it gives any number of pages
 * (a generated site has fewer explainers than pages).
 */
export function plainPages(count: number, seed = 1): PlainPage[] {
  const random = seeded(seed);
  const places = Array.from({ length: Math.max(40, Math.round(count / 5)) }, () => placeName(random));
  const people = Array.from({ length: Math.max(6, Math.round(count / 5)) }, () => personName(random));
  const text = prose(random, [...places, ...people], count);
  return Array.from({ length: count }, (_, index) => ({
    path: explainerPath(index, text.headline()),
    text: explainerPage(random, text, index, null),
  }));
}

/** The one treaty record, with articles, ratification steps and reactions like the real one's. */
function treaty(
  random: Random,
  text: Prose,
  actors: { id: string }[],
  someSources: (min: number, max: number) => string[],
): object {
  const signed = START + 18 * DAY;
  const inForce = signed + 170 * DAY;
  const articles = 23;
  return {
    title_en: text.headline(),
    title_ru: `${cyrillic(random, 7)} ${cyrillic(random, 9)} ${cyrillic(random, 6)}`,
    title_ko: `${hangul(random, 4)} ${hangul(random, 5)}`,
    title_sources: someSources(2, 4),
    signed: {
      date: isoDay(signed),
      place: text.sentence(3, 6),
      signatories: actors.slice(0, 2).map((actor) => actor.id),
      sources: someSources(2, 5),
      note: text.sentence(),
    },
    replaces: { summary: text.sentences(2), sources: someSources(2, 4) },
    ratification: Array.from({ length: 6 }, (_, step) => ({
      step: text.sentence(5, 10),
      body: text.headline(),
      date: isoDay(signed + (step + 1) * 25 * DAY),
      sources: someSources(1, 3),
    })),
    entry_into_force: {
      date: isoDay(inForce),
      basis: text.sentence(),
      duration: text.sentence(5, 10),
      sources: someSources(1, 3),
    },
    articles_count: articles,
    articles_count_sources: someSources(1, 2),
    articles: Array.from({ length: articles }, (_, number) => {
      const quoted = random.chance(0.4);
      return {
        number: number + 1,
        topic: text.headline(),
        paraphrase: text.sentences(2),
        quote: quoted ? text.sentence() : null,
        ...(quoted ? { quote_source: someSources(1, 1)[0] } : {}),
        sources: someSources(1, 3),
      };
    }),
    background_1961_treaty: {
      title: text.headline(),
      signed: { date: '1961-07-06', place: text.sentence(2, 4) },
      un_registration: text.sentence(4, 8),
      articles_count: 6,
      key_clause: text.sentence(),
      term: text.sentence(5, 10),
      end: text.sentence(5, 10),
      successor_2000: text.sentence(),
      sources: someSources(1, 3),
    },
    reactions: Array.from({ length: 12 }, () => ({
      actor: random.pick(actors).id,
      date: isoDay(signed + random.int(0, 200) * DAY),
      position: text.sentences(2),
      sources: someSources(1, 2),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Command line

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pages = Number(argument('pages'));
  const out = argument('out');
  if (!Number.isInteger(pages) || pages <= 0 || !out) {
    console.error('usage: node scripts/bench/generate.ts --pages <count> --out <empty folder> [--seed <n>]');
    process.exit(2);
  }
  const plan = generateContent(join(out, 'content'), {
    pages,
    fixedPages: countFixedPages(join(PROJECT, 'src', 'pages')),
    components: registeredComponents(PROJECT),
    seed: Number(argument('seed') ?? 1),
  });
  console.log(`wrote ${join(out, 'content')}: ${JSON.stringify(plan)}`);
}

#!/usr/bin/env node
// Imports the shared fact base (../shared/facts by default) into content/, one YAML file per
// entry, keeping every fact-base id as the file name so an entry can be traced back to it.
// Run once per fact-base release: `node scripts/import-fact-base.mjs [path/to/facts]`.
// Existing files are overwritten; files for ids that left the fact base are reported, not deleted.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';

const factsDir = resolve(process.argv[2] ?? '../shared/facts');
const contentDir = resolve('content');

// Figures whose as_of lies after reported because they describe a plan or a forecast
// (see the fact base README, "Edge cases"). They are flagged so the as_of <= reported rule
// can hold for every other figure.
const PLANNED_FIGURES = new Set(['budanov-2024-10-18-first-2600', 'nis-2024-10-23-planned-10000-by-december']);

/** Reads a fact-base file with the YAML core schema, so dates stay strings. */
function readFacts(name) {
  return yaml.load(readFileSync(join(factsDir, name), 'utf8'), { schema: yaml.CORE_SCHEMA });
}

function writeEntry(collection, id, data) {
  const dir = join(contentDir, collection);
  mkdirSync(dir, { recursive: true });
  const text = yaml.dump(data, { lineWidth: 100, noRefs: true, quotingType: "'" });
  writeFileSync(join(dir, `${id}.yaml`), text);
}

function importList(collection, file, shape = (entry) => entry) {
  const entries = readFacts(file);
  const kept = new Set();
  for (const entry of entries) {
    writeEntry(collection, entry.id, shape(entry));
    kept.add(`${entry.id}.yaml`);
  }
  const stale = readdirSync(join(contentDir, collection)).filter((f) => !kept.has(f));
  if (stale.length) console.warn(`${collection}: not in the fact base any more: ${stale.join(', ')}`);
  console.log(`${collection}: ${entries.length} entries`);
}

importList('sources', 'sources.yaml');
importList('actors', 'actors.yaml', (actor) => {
  const { names, ...rest } = actor;
  return names ? { ...rest, names } : rest;
});
importList('events', 'events.yaml');
importList('figures', 'figures.yaml', (figure) => {
  // `value` is absent in the fact base when a source gave a range or only a proportion.
  const { id, metric, value = null, ...rest } = figure;
  const shaped = { id, metric, value, ...rest };
  if (PLANNED_FIGURES.has(figure.id)) shaped.plan = true;
  return shaped;
});
importList('quotes', 'quotes.yaml');
writeEntry('treaty', 'treaty', { id: 'treaty', ...readFacts('treaty.yaml') });
console.log('treaty: 1 entry');

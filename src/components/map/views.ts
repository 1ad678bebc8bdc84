/**
 * The locator map's two views, projected once per build from the world-atlas package
 * (Natural Earth 1:110m for the overview, 1:50m for the Kursk inset), with the places the text
 * names from the gazetteer (src/data/places.ts). The shapes are read from the installed package
 * when the map is first drawn, not bundled: as JavaScript, the 850 KB of JSON made the chart
 * bundle about 94,000 lines for Rolldown to bundle and Node to compile on every build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mapPlaces } from '../../data/places';
import { insetMap, overviewMap, type MapView } from '../../lib/map';

const readTopology = (name: string) =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`world-atlas/${name}.json`), 'utf8')) as unknown;

let views: { overview: MapView; inset: MapView } | undefined;

export function mapViews(): { overview: MapView; inset: MapView } {
  views ??= {
    overview: overviewMap(readTopology('countries-110m'), mapPlaces()),
    inset: insetMap(readTopology('countries-50m'), mapPlaces()),
  };
  return views;
}

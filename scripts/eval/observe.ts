/**
 * What ingest says about a release, in the truth table's terms: the same eight fields, read
 * from the article's front matter. Province and city are those of the place the archive files
 * the agreement under, by the id's rule: the most specific government party's place, else the
 * most specific place mentioned (ties: the lowest code).
 */
import type { Agreement } from '../../src/schema/agreement.ts';
import { onlyNationalGovernments } from '../ingest/slug.ts';
import type { TruthFacts } from './truth.ts';

/** The gazetteer as the observation needs it: a place's level and parent by its code. */
export interface PlaceLookup {
  (
    code: string,
  ): { level: 'province' | 'prefecture' | 'county'; parentCode: string | null } | undefined;
}

const DEPTH = { province: 1, prefecture: 2, county: 3 } as const;

/** The province and prefecture-level city of a place, walking up its parents. */
export function provinceAndCity(
  code: string,
  lookup: PlaceLookup,
): { province: string | null; city: string | null } {
  let province: string | null = null;
  let city: string | null = null;
  let current: string | null = code;
  for (let steps = 0; current !== null && steps < 4; steps += 1) {
    const place = lookup(current);
    if (!place) break;
    if (place.level === 'province') province = current;
    if (place.level === 'prefecture' && city === null) city = current;
    current = place.parentCode;
  }
  return { province, city };
}

/** The most specific of the known places among `codes` (ties: the lowest code). */
export function mostSpecific(
  codes: readonly (string | undefined)[],
  lookup: PlaceLookup,
): string | undefined {
  const known = codes.filter(
    (code): code is string => code !== undefined && lookup(code) !== undefined,
  );
  return known.sort(
    (a, b) => DEPTH[lookup(b)!.level] - DEPTH[lookup(a)!.level] || a.localeCompare(b),
  )[0];
}

export function observeFacts(
  frontMatter: Pick<
    Agreement,
    'language' | 'operators' | 'parties' | 'places' | 'signedOn' | 'publishedOn' | 'amounts'
  >,
  lookup: PlaceLookup,
): TruthFacts {
  const governments = frontMatter.parties.filter((party) => party.kind === 'government');
  const codes = governments.map((party) => party.placeCode ?? 'national');
  // Filed as ingest names the id (slug.ts placeForId).
  const filedUnder = onlyNationalGovernments(frontMatter.parties)
    ? undefined
    : (mostSpecific(
        governments.map((party) => party.placeCode),
        lookup,
      ) ??
      mostSpecific(
        frontMatter.places.map((place) => place.code),
        lookup,
      ));
  const { province, city } = filedUnder
    ? provinceAndCity(filedUnder, lookup)
    : { province: null, city: null };
  return {
    language: frontMatter.language,
    operators: [...new Set(frontMatter.operators)],
    governments: [...new Set(codes)],
    province,
    city,
    signedOn: frontMatter.signedOn?.value ?? null,
    publishedOn: frontMatter.publishedOn?.value ?? null,
    amounts: frontMatter.amounts.map(({ value, currency }) => ({ value, currency })),
  };
}

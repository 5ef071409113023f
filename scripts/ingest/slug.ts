/**
 * The article id (its URL): `${date}-${place}-${operatorPart}`, readable and stable.
 * - date: the signing date, else the publication date, at its precision (`2019-11-20`,
 *   `2019-11`, `2019`), else `undated`. The full date, not the year alone: an operator and a
 *   government often sign more than once a year, and a collision is an error to resolve by hand;
 * - place: the English short name of the most specific place among the government parties,
 *   else of the most specific place mentioned (ties: the lowest code); left out if none, and
 *   when the only governments are national (a ministry signs for no place: the city it signs
 *   in is a venue);
 * - operatorPart: one operator id, two joined by `-`, three or more as `${n}-operators`;
 * - an id whose date is not to the day (a year, a month, or none) ends with the first 8 hex
 *   digits of the source's sha256 (`undated-jinan-china-unicom-3f2a9c01`, `2017-tibet-china-
 *   mobile-0c9a41d2`): at that precision, every release of one place and operator in the year
 *   (or ever) would share an id; at 100,000 synthetic releases hundreds did. The source bytes
 *   are kept as received, so the suffix is the same on every run and machine; two
 *   byte-identical sources still collide, as they should. A day-precision id takes no suffix:
 *   two releases of one place and operator on one day are most often two reports of one
 *   signing, which an editor should look at (the collision error says so).
 * A sidecar `slug` pins the id instead (the caller decides that).
 */
import type {
  DatedFact,
  OperatorId,
  Party,
  PlaceLevel,
  PlaceRef,
} from '../../src/schema/agreement.ts';

/** What the id needs to know about a place: its level and English short name (`Huangpu`, not `Huangpu District`). */
export interface PlaceForId {
  code: string;
  level: PlaceLevel;
  englishShortName: string;
}

export type PlaceLookup = (code: string) => PlaceForId | undefined;

export interface IdFacts {
  signedOn: DatedFact | null;
  publishedOn: DatedFact | null;
  parties: readonly Party[];
  places: readonly PlaceRef[];
  operators: readonly OperatorId[];
  /** The source's sha256 (hex), for the suffix an undated id needs. */
  sourceSha256: string;
}

const SPECIFICITY: Record<PlaceLevel, number> = { province: 1, prefecture: 2, county: 3 };

/** Lower-case ASCII slug: accents dropped, anything else between words becomes one `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

function mostSpecific(places: readonly PlaceForId[]): PlaceForId | undefined {
  return [...places].sort(
    (a, b) => SPECIFICITY[b.level] - SPECIFICITY[a.level] || a.code.localeCompare(b.code),
  )[0];
}

/** Whether all the agreement's governments are national (ministries): filed under no place. */
export function onlyNationalGovernments(parties: readonly Party[]): boolean {
  const governments = parties.filter((party) => party.kind === 'government');
  return governments.length > 0 && governments.every((party) => party.placeCode === undefined);
}

/** The place the id is named after, by the rule above. */
export function placeForId(facts: IdFacts, lookup: PlaceLookup): PlaceForId | undefined {
  const resolve = (codes: readonly string[]): PlaceForId[] =>
    codes.map(lookup).filter((place): place is PlaceForId => place !== undefined);
  if (onlyNationalGovernments(facts.parties)) return undefined;
  const governmentCodes = facts.parties.flatMap((party) =>
    party.kind === 'government' && party.placeCode !== undefined ? [party.placeCode] : [],
  );
  return (
    mostSpecific(resolve(governmentCodes)) ??
    mostSpecific(resolve(facts.places.map((place) => place.code)))
  );
}

export function operatorPart(operators: readonly OperatorId[]): string | null {
  if (operators.length === 0) return null;
  if (operators.length <= 2) return operators.join('-');
  return `${operators.length}-operators`;
}

export const UNDATED = 'undated';

/** Hex digits of the source hash an imprecisely dated id ends with: enough to keep thousands apart. */
export const UNDATED_SUFFIX_LENGTH = 8;

export function datePart(facts: Pick<IdFacts, 'signedOn' | 'publishedOn'>): string {
  const date = facts.signedOn ?? facts.publishedOn;
  return date ? date.value : UNDATED;
}

/** The suffix that keeps imprecisely dated ids apart: the start of the source's sha256. */
export function sourceSuffix(sourceSha256: string): string {
  const suffix = sourceSha256.toLowerCase().slice(0, UNDATED_SUFFIX_LENGTH);
  if (!new RegExp(`^[0-9a-f]{${UNDATED_SUFFIX_LENGTH}}$`, 'u').test(suffix)) {
    throw new Error(`slug: "${sourceSha256}" is not a sha256 in hex`);
  }
  return suffix;
}

/** Whether the id needs the source suffix: its date is not to the day. */
function datedToTheDay(facts: Pick<IdFacts, 'signedOn' | 'publishedOn'>): boolean {
  return (facts.signedOn ?? facts.publishedOn)?.precision === 'day';
}

export function deriveId(facts: IdFacts, lookup: PlaceLookup): string {
  const place = placeForId(facts, lookup);
  const parts = [
    datePart(facts),
    place ? slugify(place.englishShortName) : null,
    operatorPart(facts.operators),
    datedToTheDay(facts) ? null : sourceSuffix(facts.sourceSha256),
  ];
  return parts.filter((part): part is string => part !== null && part !== '').join('-');
}

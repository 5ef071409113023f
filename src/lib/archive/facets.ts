/**
 * The archive grouped by each browsing facet. Every group keeps the archive's order
 * (newest first), so a listing is sorted by date without sorting again.
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../chinese.ts';
import { placeAncestors } from '../gazetteer/index.ts';
import { HAN } from '../chinese.ts';
import type { Agreement, Party, PartyKind } from '../../schema/agreement.ts';
import { yearOf } from './dates.ts';
import type { ArchiveEntry } from './load.ts';

/** The agreements an entry stands for: its own, or those of every report of its agreement. */
function reportedAgreements(entry: ArchiveEntry): Agreement[] {
  return (entry.reports ?? [entry]).map((report) => report.agreement);
}

/**
 * Group entries under every key `keysOf` gives them (for an agreement of several reports, any
 * of them); each entry at most once per key.
 */
export function groupBy(
  entries: readonly ArchiveEntry[],
  keysOf: (agreement: Agreement) => Iterable<string>,
): Map<string, ArchiveEntry[]> {
  const groups = new Map<string, ArchiveEntry[]>();
  for (const entry of entries) {
    for (const key of new Set(reportedAgreements(entry).flatMap((a) => [...keysOf(a)]))) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [entry]);
      else group.push(entry);
    }
  }
  return groups;
}

/** The places an agreement names (as places or as governing parties). */
export function namedPlaceCodes(agreement: Agreement): string[] {
  const codes = new Set(agreement.places.map((place) => place.code));
  for (const party of agreement.parties) if (party.placeCode) codes.add(party.placeCode);
  return [...codes].sort();
}

/** Named places and every place they belong to: a county's agreement counts for its city. */
export function placeCodesWithAncestors(agreement: Agreement): string[] {
  const codes = new Set<string>();
  for (const code of namedPlaceCodes(agreement)) {
    codes.add(code);
    for (const ancestor of placeAncestors(code)) codes.add(ancestor.code);
  }
  return [...codes].sort();
}

export const byPlace = (entries: readonly ArchiveEntry[]) =>
  groupBy(entries, placeCodesWithAncestors);
export const byOperator = (entries: readonly ArchiveEntry[]) =>
  groupBy(entries, (a) => a.operators);
export const byYear = (entries: readonly ArchiveEntry[]) => groupBy(entries, (a) => [yearOf(a)]);
export const byTopic = (entries: readonly ArchiveEntry[]) => groupBy(entries, (a) => a.topics);
export const byPartyKind = (entries: readonly ArchiveEntry[]) =>
  groupBy(entries, (a) => a.parties.map((party) => party.kind));

/**
 * One party across releases: the same kind and the same name once both scripts are folded
 * to Simplified and spacing is ignored ("山東移動" and "山东移动" are one party).
 */
export function partyKey(party: Pick<Party, 'kind' | 'name'>): string {
  return `${party.kind}:${toSimplified(party.name).replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

function latinSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** A readable URL segment for a party name: Chinese names by their pinyin. */
export function nameSlug(name: string): string {
  const simplified = toSimplified(name);
  const romanised = HAN.test(simplified)
    ? pinyin(simplified, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ')
    : simplified;
  const slug = latinSlug(romanised) || 'party';
  // A number alone would read as a page number in /parties/<kind>/<n>/.
  return /^\d+$/.test(slug) ? `party-${slug}` : slug;
}

export interface PartyGroup {
  key: string;
  kind: PartyKind;
  /** The name as first written in the newest release that names it. */
  name: string;
  slug: string;
  entries: ArchiveEntry[];
}

/**
 * Every party with its agreements. Slugs are readable; where two parties' names give one
 * slug, each of them gets a short hash of its key, so neither depends on the other's order.
 */
export function parties(entries: readonly ArchiveEntry[]): PartyGroup[] {
  const groups = new Map<string, PartyGroup>();
  for (const entry of entries) {
    for (const party of reportedAgreements(entry).flatMap((agreement) => agreement.parties)) {
      const key = partyKey(party);
      const group = groups.get(key);
      if (group === undefined) {
        groups.set(key, {
          key,
          kind: party.kind,
          name: party.name,
          slug: nameSlug(party.name),
          entries: [entry],
        });
      } else if (group.entries.at(-1) !== entry) {
        group.entries.push(entry);
      }
    }
  }
  const slugUse = new Map<string, number>();
  for (const group of groups.values()) {
    const slugId = `${group.kind}/${group.slug}`;
    slugUse.set(slugId, (slugUse.get(slugId) ?? 0) + 1);
  }
  for (const group of groups.values()) {
    if ((slugUse.get(`${group.kind}/${group.slug}`) ?? 0) > 1) {
      group.slug = `${group.slug}-${createHash('sha256').update(group.key).digest('hex').slice(0, 6)}`;
    }
  }
  return [...groups.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Map keys sorted by a comparison of their values' size (largest first), then by key. */
export function byCountThenKey<T>(groups: Map<string, T[]>): [string, T[]][] {
  return [...groups.entries()].sort(
    ([keyA, a], [keyB, b]) => b.length - a.length || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0),
  );
}

/** Named places without those that merely contain another named place (Shandong, if Yantai). */
export function mostSpecificPlaceCodes(agreement: Agreement): string[] {
  const named = namedPlaceCodes(agreement);
  const containing = new Set(
    named.flatMap((code) => placeAncestors(code).map((place) => place.code)),
  );
  return named.filter((code) => !containing.has(code));
}

/** The figures the overview drawings show: agreements per province and per year. */
import { byCountThenKey, byPlace, byYear } from './facets.ts';
import { UNDATED } from './dates.ts';
import { knownPlace } from './names.ts';
import type { ArchiveEntry } from './load.ts';

export function provinceCounts(entries: readonly ArchiveEntry[]) {
  return byCountThenKey(byPlace(entries))
    .filter(([code]) => knownPlace(code).level === 'province')
    .map(([code, group]) => ({ code, count: group.length }));
}

/** Dated agreements per year (undated ones have no place on a time line). */
export function yearCounts(entries: readonly ArchiveEntry[]): Map<string, number> {
  return new Map(
    [...byYear(entries)]
      .filter(([year]) => year !== UNDATED)
      .map(([year, group]) => [year, group.length] as const),
  );
}

export interface PlaceNode {
  code: string;
  count: number;
  children: PlaceNode[];
}

/** Every place with agreements as a tree: provinces, their cities, their counties. */
export function placeTree(entries: readonly ArchiveEntry[]): PlaceNode[] {
  const counts = byCountThenKey(byPlace(entries));
  const nodes = new Map(
    counts.map(([code, group]) => [
      code,
      { code, count: group.length, children: [] as PlaceNode[] },
    ]),
  );
  const roots: PlaceNode[] = [];
  for (const node of nodes.values()) {
    const parentCode = knownPlace(node.code).parentCode;
    const parent = parentCode === null ? undefined : nodes.get(parentCode);
    (parent?.children ?? roots).push(node);
  }
  return roots;
}

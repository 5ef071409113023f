/**
 * One agreement, many reports: which releases report the same signing. Pure (reports in,
 * groups out) and shared by ingest (its summary) and the site (agreement pages, downloads),
 * so both always agree.
 *
 * Data model: each report stays one article entry (one schema, `agreementSchema`, one raw
 * source each); an agreement is a group of entries computed here, its id the id of its
 * earliest report (by id, so it is stable and readable). This keeps the collection schema
 * single and each article's bytes dependent on its own release only: adding a report never
 * rewrites another report's article.
 *
 * A wrong merge is worse than a missed one, so the rules are conservative:
 * - same signing: the same day-precise signing date, the same operators and the same
 *   (non-empty) set of government places;
 * - same text: near-duplicate text (character shingles, compared in Simplified script) between
 *   reports that name the same operators and government places, and no contradiction in the
 *   day-precise signing dates. Comparing only within those facts keeps the work near linear
 *   (texts are read and compared only where facts already agree) and a wrong merge rarer;
 * - an editor's decision (`agreement: { sameAs / notSameAs }` in a sidecar) overrides both:
 *   `notSameAs` keeps two reports apart even when a rule would merge them.
 */
import { toSimplified } from '../chinese.ts';

export interface ReportFacts {
  /** The report's own id (its article's). */
  id: string;
  /** The source path: what an editor names in a sidecar. */
  source: string;
  signedOn: { value: string; precision: 'year' | 'month' | 'day' } | null;
  operators: readonly string[];
  /** Place codes of the government parties. */
  governments: readonly string[];
  /**
   * The cleaned body text, for near-duplicate detection (a function: read only when another
   * report names the same operators and places); omit to compare facts only.
   */
  text?: string | (() => string) | undefined;
  /** Editor's decisions: source paths (or file names) of reports of the same / another signing. */
  sameAs?: readonly string[] | undefined;
  notSameAs?: readonly string[] | undefined;
}

export type GroupBasis = 'same-signing' | 'same-text' | 'sidecar';

export interface AgreementGroup {
  /** The agreement's id: its earliest report's id. */
  id: string;
  /** Report ids, sorted. */
  reports: string[];
  /** Why the reports were grouped (empty for a single report). */
  bases: GroupBasis[];
}

/**
 * Share of the smaller text's shingles found in the larger: at or above this, the same text.
 * On the real-release development set, reprints of one release share 0.73 to 1.00 of them (a
 * Traditional reprint that drops a paragraph is the lowest), and reports of different signings
 * at most 0.39 (boilerplate of one outlet).
 */
export const NEAR_DUPLICATE_CONTAINMENT = 0.6;
const SHINGLE = 5;
/** Shorter texts say too little to be called copies of one another. */
const MIN_SHINGLES = 40;

/** Character shingles of a text in one script, without spaces and punctuation. */
export function shingles(text: string): Set<string> {
  const letters = toSimplified(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= letters.length; i += 1) set.add(letters.slice(i, i + SHINGLE));
  return set;
}

export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_SHINGLES) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / small.size;
}

const sortedKey = (items: readonly string[]): string => [...new Set(items)].sort().join(',');

/** The signing a report states precisely enough to match another on: null if it does not. */
function signingKey(report: ReportFacts): string | null {
  if (report.signedOn?.precision !== 'day') return null;
  if (report.operators.length === 0 || report.governments.length === 0) return null;
  return `${report.signedOn.value}|${sortedKey(report.operators)}|${sortedKey(report.governments)}`;
}

/** Indexes of the reports with text, by the operators and government places they name. */
function sameFacts(ordered: readonly ReportFacts[]): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  ordered.forEach((report, i) => {
    if (report.text === undefined) return;
    const key = `${sortedKey(report.operators)}|${sortedKey(report.governments)}`;
    const block = blocks.get(key);
    if (block === undefined) blocks.set(key, [i]);
    else block.push(i);
  });
  return blocks;
}

function datesContradict(a: ReportFacts, b: ReportFacts): boolean {
  return (
    a.signedOn?.precision === 'day' &&
    b.signedOn?.precision === 'day' &&
    a.signedOn.value !== b.signedOn.value
  );
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Whether `name` (a path or a file name) names the report's source. */
function names(report: ReportFacts, name: string): boolean {
  return report.source === name || baseName(report.source) === baseName(name);
}

export function groupReports(reports: readonly ReportFacts[]): AgreementGroup[] {
  const ordered = [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parent = ordered.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const apart = (i: number, j: number): boolean => {
    const a = ordered[i];
    const b = ordered[j];
    if (!a || !b) return true;
    return (
      (a.notSameAs ?? []).some((name) => names(b, name)) ||
      (b.notSameAs ?? []).some((name) => names(a, name))
    );
  };
  const bases = new Map<number, Set<GroupBasis>>();
  /** Joins two groups unless an editor kept any of their members apart. */
  const join = (i: number, j: number, basis: GroupBasis): void => {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj) return;
    const members = (root: number) => ordered.map((_, k) => k).filter((k) => find(k) === root);
    const left = members(ri);
    const right = members(rj);
    if (left.some((x) => right.some((y) => apart(x, y)))) return;
    const [keep, drop] = ri < rj ? [ri, rj] : [rj, ri];
    parent[drop] = keep;
    bases.set(keep, new Set([...(bases.get(keep) ?? []), ...(bases.get(drop) ?? []), basis]));
  };

  // Editors first: their decisions win over the rules.
  ordered.forEach((report, i) => {
    for (const name of report.sameAs ?? []) {
      const j = ordered.findIndex((other) => other !== report && names(other, name));
      if (j >= 0) join(i, j, 'sidecar');
    }
  });
  const bySigning = new Map<string, number>();
  ordered.forEach((report, i) => {
    const key = signingKey(report);
    if (key === null) return;
    const first = bySigning.get(key);
    if (first === undefined) bySigning.set(key, i);
    else join(first, i, 'same-signing');
  });
  const shingled = new Map<number, Set<string>>();
  const shinglesOf = (i: number): Set<string> | null => {
    const text = ordered[i]?.text;
    if (text === undefined) return null;
    let set = shingled.get(i);
    if (set === undefined) {
      set = shingles(typeof text === 'function' ? text() : text);
      shingled.set(i, set);
    }
    return set;
  };
  for (const members of sameFacts(ordered).values()) {
    for (const [k, i] of members.entries()) {
      for (const j of members.slice(k + 1)) {
        const [reportA, reportB] = [ordered[i], ordered[j]];
        if (!reportA || !reportB || find(i) === find(j) || datesContradict(reportA, reportB)) {
          continue;
        }
        const [a, b] = [shinglesOf(i), shinglesOf(j)];
        if (a && b && containment(a, b) >= NEAR_DUPLICATE_CONTAINMENT) join(i, j, 'same-text');
      }
    }
  }

  const groups = new Map<number, AgreementGroup>();
  ordered.forEach((report, i) => {
    const root = find(i);
    const group = groups.get(root) ?? {
      id: ordered[root]?.id ?? report.id,
      reports: [],
      bases: [...(bases.get(root) ?? [])].sort(),
    };
    group.reports.push(report.id);
    groups.set(root, group);
  });
  return [...groups.values()];
}

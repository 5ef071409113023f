/**
 * Reports of one signing, scored: ingest's grouping (src/lib/archive/grouping.ts, the rules
 * the site and the ingest summary use) run over the set's articles, against the truth table's
 * `signing` labels. A signing reported at least twice is grouped right when one agreement
 * holds all its reports and nothing else; a wrong merge is any two reports put in one
 * agreement that the truth says report different signings (or says nothing of sharing one).
 */
import { groupReports, type ReportFacts } from '../../src/lib/archive/grouping.ts';

export interface GroupedReport {
  /** The source file name, as in the truth table. */
  source: string;
  /** The truth's label of the signing it reports, if it shares one with another release. */
  signing: string | undefined;
  facts: ReportFacts;
}

export interface GroupingScore {
  /** Signings the set reports more than once. */
  signings: number;
  right: number;
  /** Those not grouped right: the label and how their reports were grouped. */
  missed: { signing: string; groupedAs: string[][] }[];
  /** Reports put in one agreement that the truth keeps apart, as pairs of source names. */
  wrongMerges: [string, string][];
}

export function scoreGrouping(reports: readonly GroupedReport[]): GroupingScore {
  const byId = new Map(reports.map((report) => [report.facts.id, report]));
  const groups = groupReports(reports.map((report) => report.facts)).map((group) =>
    group.reports.flatMap((id) => byId.get(id) ?? []),
  );
  const groupOf = new Map(groups.flatMap((group) => group.map((r) => [r.source, group] as const)));

  const bySigning = new Map<string, GroupedReport[]>();
  for (const report of reports) {
    if (report.signing === undefined) continue;
    bySigning.set(report.signing, [...(bySigning.get(report.signing) ?? []), report]);
  }
  const shared = [...bySigning].filter(([, members]) => members.length >= 2);
  const missed: GroupingScore['missed'] = [];
  for (const [signing, members] of shared) {
    const group = groupOf.get(members[0]?.source ?? '') ?? [];
    const right =
      group.length === members.length && members.every((member) => group.includes(member));
    if (!right) {
      const seen = new Set(members.map((member) => groupOf.get(member.source)));
      missed.push({
        signing,
        groupedAs: [...seen].map((g) => (g ?? []).map((member) => member.source).sort()),
      });
    }
  }
  const wrongMerges: [string, string][] = [];
  for (const group of groups) {
    for (const [i, a] of group.entries()) {
      for (const b of group.slice(i + 1)) {
        if (a.signing === undefined || a.signing !== b.signing)
          wrongMerges.push([a.source, b.source]);
      }
    }
  }
  return { signings: shared.length, right: shared.length - missed.length, missed, wrongMerges };
}

export function formatGrouping(score: GroupingScore): string {
  const percent = score.signings === 0 ? 0 : (100 * score.right) / score.signings;
  return [
    `reports of one signing (both parts): ${score.signings} signings reported more than once, ${score.right} grouped right (${percent.toFixed(1)}%), wrong merges: ${score.wrongMerges.length}`,
    ...score.missed.map(
      (miss) =>
        `  missed ${miss.signing}: grouped as ${miss.groupedAs.map((g) => `[${g.join(', ')}]`).join(' ')}`,
    ),
    ...score.wrongMerges.map(([a, b]) => `  wrong merge: ${a} + ${b}`),
  ].join('\n');
}

/**
 * The site's side of "one agreement, many reports": each article is one report (one raw
 * source); `reportGroups` groups them with the same rules as ingest (src/lib/archive/grouping.ts),
 * and `reportsCsv` is the downloads' reports table: one row per report, with its agreement.
 */
import type { Agreement } from '../../schema/agreement.ts';
import { csvField } from './export.ts';
import { groupReports, type AgreementGroup, type ReportFacts } from './grouping.ts';

/** A report as grouping reads it: its article's front matter, and its body where at hand. */
export interface Report {
  agreement: Agreement;
  readBody?: () => string;
}

/** What grouping reads of an article: the same facts ingest's summary rows carry, and its body. */
export function reportFactsOf({ agreement, readBody }: Report): ReportFacts {
  const governments = agreement.parties.flatMap((party) =>
    party.kind === 'government' && party.placeCode ? [party.placeCode] : [],
  );
  return {
    id: agreement.id,
    source: agreement.source.path,
    signedOn: agreement.signedOn
      ? { value: agreement.signedOn.value, precision: agreement.signedOn.precision }
      : null,
    operators: agreement.operators,
    governments: [...new Set(governments)].sort(),
    text: readBody,
    sameAs: agreement.editorial?.sameAgreementAs,
    notSameAs: agreement.editorial?.notSameAgreementAs,
  };
}

/** The agreement group of every report, by report id. */
export function reportGroups(reports: readonly Report[]): Map<string, AgreementGroup> {
  const byReport = new Map<string, AgreementGroup>();
  for (const group of groupReports(reports.map(reportFactsOf))) {
    for (const id of group.reports) byReport.set(id, group);
  }
  return byReport;
}

export const REPORT_COLUMNS = [
  'agreement',
  'report',
  'publisher',
  'publishedOn',
  'language',
  'signedOn',
  'source.path',
  'source.sha256',
  'url',
] as const;

/** One row per report: which agreement it reports, who published it and where its raw text is. */
export function reportsCsv(
  agreements: readonly Agreement[],
  groups: ReadonlyMap<string, AgreementGroup>,
): string {
  const rows = [...agreements]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => [
      groups.get(a.id)?.id ?? a.id,
      a.id,
      a.publisher ?? '',
      a.publishedOn?.value ?? '',
      a.language,
      a.signedOn?.value ?? '',
      a.source.path,
      a.source.sha256,
      a.editorial?.url ?? '',
    ]);
  const lines = [[...REPORT_COLUMNS], ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface Disagreement {
  field: 'signedOn' | 'amounts';
  /** Each distinct value and the reports that state it. */
  values: { value: string; reports: string[] }[];
}

/** Facts the reports of one agreement state differently: shown side by side, never merged. */
export function disagreements(reports: readonly Agreement[]): Disagreement[] {
  const stated: Record<Disagreement['field'], (a: Agreement) => string | null> = {
    signedOn: (a) => a.signedOn?.value ?? null,
    amounts: (a) =>
      a.amounts.length === 0 ? null : a.amounts.map((m) => `${m.value} ${m.currency}`).join('; '),
  };
  const found: Disagreement[] = [];
  for (const field of ['signedOn', 'amounts'] as const) {
    const byValue = new Map<string, string[]>();
    for (const report of reports) {
      const value = stated[field](report);
      if (value !== null) byValue.set(value, [...(byValue.get(value) ?? []), report.id]);
    }
    if (byValue.size > 1) {
      found.push({ field, values: [...byValue].map(([value, ids]) => ({ value, reports: ids })) });
    }
  }
  return found;
}

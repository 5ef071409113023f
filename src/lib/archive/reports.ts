/**
 * The site's side of "one agreement, many reports": each article is one report (one raw
 * source); `reportGroups` groups them with the same rules as ingest (src/lib/archive/grouping.ts).
 * What the reports of one agreement state together is agreementFacts.ts.
 */
import { sumKey, type Agreement } from '../../schema/agreement.ts';
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
    publishedOn: agreement.publishedOn
      ? { value: agreement.publishedOn.value, precision: agreement.publishedOn.precision }
      : null,
    operators: agreement.operators,
    governments: [...new Set(governments)].sort(),
    sums: agreement.amounts.map(sumKey),
    signedDayWithoutYear: agreement.signedDayWithoutYear?.value,
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

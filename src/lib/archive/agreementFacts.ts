/**
 * One agreement's facts stated once across its reports: each value with the reports that
 * state it. Where reports give signing dates or sums that cannot both be true, both stay, and
 * the field is named as a disagreement: the archive never picks one for them. The agreement
 * page's "what the reports state" block and the downloads' agreements table read this.
 */
import type {
  Agreement,
  Amount,
  DatedFact,
  OperatorId,
  Party,
  PlaceRef,
} from '../../schema/agreement.ts';

/** A value and the reports (ids) that state it, in the order the reports were given. */
export interface Stated<T> {
  value: T;
  reports: string[];
}

export type DisagreeingField = 'signedOn' | 'amounts';

export interface AgreementFacts {
  /** The agreement's id (its group's: grouping.ts). */
  id: string;
  /** The title of the report whose id is the agreement's. */
  title: string;
  /** Its reports' ids, in the order given. */
  reports: string[];
  signedOn: Stated<DatedFact>[];
  operators: Stated<OperatorId>[];
  /** The government parties, one per place (or per name where a party has no place). */
  governments: Stated<Party>[];
  places: Stated<PlaceRef>[];
  amounts: Stated<Amount>[];
  topics: Stated<string>[];
  disagreements: DisagreeingField[];
}

/** Each distinct value (by `key`) with the reports stating it; the first report's form is kept. */
function stated<T>(
  reports: readonly Agreement[],
  valuesOf: (report: Agreement) => readonly T[],
  key: (value: T) => string,
): Stated<T>[] {
  const byKey = new Map<string, Stated<T>>();
  for (const report of reports) {
    for (const value of valuesOf(report)) {
      const found = byKey.get(key(value));
      if (found === undefined) byKey.set(key(value), { value, reports: [report.id] });
      else if (!found.reports.includes(report.id)) found.reports.push(report.id);
    }
  }
  return [...byKey.values()];
}

/** `2019` and `2019-11-20` can both be true (one is less precise); `2019-11-20` and `-21` cannot. */
function datesConflict(dates: readonly Stated<DatedFact>[]): boolean {
  return dates.some(({ value: a }) =>
    dates.some(({ value: b }) => !a.value.startsWith(b.value) && !b.value.startsWith(a.value)),
  );
}

const amountKey = (amount: Amount): string => `${amount.value} ${amount.currency}`;

/** Reports that state sums and do not state the same ones. */
function amountsConflict(reports: readonly Agreement[]): boolean {
  const sets = reports
    .filter((report) => report.amounts.length > 0)
    .map((report) => [...new Set(report.amounts.map(amountKey))].sort().join('|'));
  return new Set(sets).size > 1;
}

/** `reports` holds the report whose id is `id`; its title is the agreement's. */
export function agreementFacts(id: string, reports: readonly Agreement[]): AgreementFacts {
  const signedOn = stated(
    reports,
    (report) => (report.signedOn === null ? [] : [report.signedOn]),
    (date) => date.value,
  );
  const disagreements: DisagreeingField[] = [];
  if (datesConflict(signedOn)) disagreements.push('signedOn');
  if (amountsConflict(reports)) disagreements.push('amounts');
  return {
    id,
    title: (reports.find((report) => report.id === id) ?? reports[0])?.title ?? id,
    reports: reports.map((report) => report.id),
    signedOn,
    operators: stated(
      reports,
      (report) => report.operators,
      (operator) => operator,
    ),
    governments: stated(
      reports,
      (report) => report.parties.filter((party) => party.kind === 'government'),
      (party) => party.placeCode ?? party.name,
    ),
    places: stated(
      reports,
      (report) => report.places,
      (place) => place.code,
    ),
    amounts: stated(reports, (report) => report.amounts, amountKey),
    topics: stated(
      reports,
      (report) => report.topics,
      (topic) => topic,
    ),
    disagreements,
  };
}

/**
 * The signing date the reports agree on, at the finest precision any of them gives; null
 * when none states one or they disagree.
 */
export function agreedSigningDate(facts: AgreementFacts): DatedFact | null {
  if (facts.disagreements.includes('signedOn')) return null;
  const finest = [...facts.signedOn].sort((a, b) => b.value.value.length - a.value.value.length);
  return finest[0]?.value ?? null;
}

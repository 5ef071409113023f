/**
 * The archive as data, in two tables as AidData publishes projects and their sources:
 * - agreements (`agreements.json`, `agreements.csv`): one record per agreement, its facts
 *   stated once across its reports, each value with the reports that state it;
 * - reports (`reports.json`, `reports.csv`): one record per report (one raw source), the
 *   schema's record unchanged plus the agreement it reports.
 * The CSVs' columns are the tables below; the "About the data" page documents the same
 * tables, so the two cannot drift apart.
 */
import type { Agreement, DatedFact } from '../../schema/agreement.ts';
import { agreedSigningDate, type AgreementFacts, type Stated } from './agreementFacts.ts';
import type { AgreementGroup } from './grouping.ts';

export interface CsvColumn {
  name: string;
  /** Key of the column's description in the UI strings (`data.column.<key>`). */
  key: string;
  value: (agreement: Agreement) => string;
}

const LIST_SEPARATOR = '; ';
const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);

function dateColumns(field: 'signedOn' | 'publishedOn'): CsvColumn[] {
  const part = (pick: (date: DatedFact) => string) => (a: Agreement) => {
    const date = a[field];
    return date === null ? '' : pick(date);
  };
  return [
    { name: field, key: field, value: part((d) => d.value) },
    { name: `${field}Precision`, key: `${field}Precision`, value: part((d) => d.precision) },
    { name: `${field}Basis`, key: `${field}Basis`, value: part((d) => d.basis) },
    { name: `${field}Evidence`, key: `${field}Evidence`, value: part((d) => d.evidence) },
  ];
}

/** The reports table: a report's own facts, as its article records them. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', key: 'id', value: (a) => a.id },
  { name: 'title', key: 'title', value: (a) => a.title },
  { name: 'titleBasis', key: 'titleBasis', value: (a) => a.titleBasis },
  { name: 'titleTruncated', key: 'titleTruncated', value: (a) => String(a.titleTruncated) },
  { name: 'language', key: 'language', value: (a) => a.language },
  ...dateColumns('signedOn'),
  {
    name: 'signedDayWithoutYear',
    key: 'signedDayWithoutYear',
    value: (a) => a.signedDayWithoutYear?.value ?? '',
  },
  ...dateColumns('publishedOn'),
  { name: 'publisher', key: 'publisher', value: (a) => a.publisher ?? '' },
  { name: 'author', key: 'author', value: (a) => a.author ?? '' },
  { name: 'operators', key: 'operators', value: (a) => list(a.operators) },
  {
    name: 'parties',
    key: 'parties',
    value: (a) => list(a.parties.map((p) => `${p.name} [${p.kind}]`)),
  },
  { name: 'places', key: 'places', value: (a) => list(a.places.map((p) => p.code)) },
  {
    name: 'amounts',
    key: 'amounts',
    value: (a) => list(a.amounts.map((m) => `${m.value} ${m.currency} (${m.text})`)),
  },
  { name: 'topics', key: 'topics', value: (a) => list(a.topics) },
  { name: 'source.path', key: 'sourcePath', value: (a) => a.source.path },
  { name: 'source.sha256', key: 'sourceSha256', value: (a) => a.source.sha256 },
  { name: 'source.encoding', key: 'sourceEncoding', value: (a) => a.source.encoding },
  { name: 'source.bytes', key: 'sourceBytes', value: (a) => String(a.source.bytes) },
  {
    name: 'cleaning',
    key: 'cleaning',
    value: (a) => list(a.cleaning.map((c) => `${c.rule}: ${c.changes}`)),
  },
  { name: 'warnings', key: 'warnings', value: (a) => list(a.warnings) },
  {
    name: 'editorial.title.en',
    key: 'editorialTitleEn',
    value: (a) => a.editorial?.title?.en ?? '',
  },
  {
    name: 'editorial.title.zh',
    key: 'editorialTitleZh',
    value: (a) => a.editorial?.title?.zh ?? '',
  },
  {
    name: 'editorial.summary.en',
    key: 'editorialSummaryEn',
    value: (a) => a.editorial?.summary?.en ?? '',
  },
  {
    name: 'editorial.summary.zh',
    key: 'editorialSummaryZh',
    value: (a) => a.editorial?.summary?.zh ?? '',
  },
  { name: 'editorial.url', key: 'editorialUrl', value: (a) => a.editorial?.url ?? '' },
  {
    name: 'editorial.decidedBy',
    key: 'editorialDecidedBy',
    value: (a) => a.editorial?.decidedBy ?? '',
  },
];

/** RFC 4180: quote a field that holds a comma, a quote or a line break; double its quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Sorted by id, so the files diff cleanly from one build to the next. */
function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** UTF-8 with a byte-order mark (spreadsheet programs need it to read Chinese), CRLF rows. */
function csv<T>(
  columns: readonly { name: string; value: (record: T) => string }[],
  rows: readonly T[],
): string {
  const header = columns.map((column) => csvField(column.name)).join(',');
  const lines = rows.map((row) => columns.map((column) => csvField(column.value(row))).join(','));
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The agreement a report belongs to: its group's id, else its own. */
const agreementOf = (groups: ReadonlyMap<string, AgreementGroup>, report: Agreement): string =>
  groups.get(report.id)?.id ?? report.id;

/** The reports table's first column, before a report's own columns. */
export const REPORT_AGREEMENT_COLUMN = 'agreement';

export function reportsCsv(
  reports: readonly Agreement[],
  groups: ReadonlyMap<string, AgreementGroup>,
): string {
  const columns = [
    { name: REPORT_AGREEMENT_COLUMN, value: (a: Agreement) => agreementOf(groups, a) },
    ...CSV_COLUMNS,
  ];
  return csv(columns, byId(reports));
}

/** The schema's records, each with the agreement it reports first. */
export function reportsJson(
  reports: readonly Agreement[],
  groups: ReadonlyMap<string, AgreementGroup>,
): string {
  return json(
    byId(reports).map((report) => ({ agreement: agreementOf(groups, report), ...report })),
  );
}

/** `value (report, report)`: a value with the reports that state it. */
function withReports<T>(items: readonly Stated<T>[], show: (value: T) => string): string {
  return list(items.map(({ value, reports }) => `${show(value)} (${reports.join(', ')})`));
}

export interface AgreementColumn {
  name: string;
  /** Key of the column's description in the UI strings (`data.agreementColumn.<key>`). */
  key: string;
  value: (facts: AgreementFacts) => string;
}

/** The agreements table: one row per agreement, each fact with the reports that state it. */
export const AGREEMENT_COLUMNS: readonly AgreementColumn[] = [
  { name: 'id', key: 'id', value: (f) => f.id },
  { name: 'title', key: 'title', value: (f) => f.title },
  { name: 'reports', key: 'reports', value: (f) => list(f.reports) },
  { name: 'signedOn', key: 'signedOn', value: (f) => agreedSigningDate(f)?.value ?? '' },
  {
    name: 'signedOnStated',
    key: 'signedOnStated',
    value: (f) => withReports(f.signedOn, (date) => date.value),
  },
  { name: 'operators', key: 'operators', value: (f) => withReports(f.operators, (o) => o) },
  {
    name: 'governments',
    key: 'governments',
    value: (f) =>
      withReports(f.governments, (p) => (p.placeCode ? `${p.name} [${p.placeCode}]` : p.name)),
  },
  { name: 'places', key: 'places', value: (f) => withReports(f.places, (p) => p.code) },
  {
    name: 'amounts',
    key: 'amounts',
    value: (f) => withReports(f.amounts, (m) => `${m.value} ${m.currency}`),
  },
  { name: 'topics', key: 'topics', value: (f) => withReports(f.topics, (topic) => topic) },
  { name: 'disagreements', key: 'disagreements', value: (f) => list(f.disagreements) },
];

export function agreementsCsv(agreements: readonly AgreementFacts[]): string {
  return csv(AGREEMENT_COLUMNS, byId(agreements));
}

export function agreementsJson(agreements: readonly AgreementFacts[]): string {
  return json(byId(agreements));
}

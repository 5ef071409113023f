/**
 * The archive as data: `agreements.json` (the schema's records, unchanged) and
 * `agreements.csv` (one flat row per agreement). The CSV's columns are this table; the
 * "About the data" page documents the same table, so the two cannot drift apart.
 */
import type { Agreement, DatedFact } from '../../schema/agreement.ts';

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

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', key: 'id', value: (a) => a.id },
  { name: 'title', key: 'title', value: (a) => a.title },
  { name: 'titleBasis', key: 'titleBasis', value: (a) => a.titleBasis },
  { name: 'titleTruncated', key: 'titleTruncated', value: (a) => String(a.titleTruncated) },
  { name: 'language', key: 'language', value: (a) => a.language },
  ...dateColumns('signedOn'),
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
function byId(agreements: readonly Agreement[]): Agreement[] {
  return [...agreements].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** UTF-8 with a byte-order mark (spreadsheet programs need it to read Chinese), CRLF rows. */
export function agreementsCsv(agreements: readonly Agreement[]): string {
  const header = CSV_COLUMNS.map((column) => csvField(column.name)).join(',');
  const rows = byId(agreements).map((agreement) =>
    CSV_COLUMNS.map((column) => csvField(column.value(agreement))).join(','),
  );
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

export function agreementsJson(agreements: readonly Agreement[]): string {
  return `${JSON.stringify(byId(agreements), null, 2)}\n`;
}

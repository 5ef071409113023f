import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_COLUMNS,
  agreementsCsv,
  agreementsJson,
  csvField,
  CSV_COLUMNS,
  reportsCsv,
  reportsJson,
} from '../../src/lib/archive/export.ts';
import { agreementFacts } from '../../src/lib/archive/agreementFacts.ts';
import { reportGroups } from '../../src/lib/archive/reports.ts';
import { agreementSchema } from '../../src/schema/agreement.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { agreement } from './fixtures.ts';

const signed = {
  value: '2019-11-20',
  precision: 'day',
  basis: 'inferred',
  evidence: '11月20日',
} as const;
const yantai = [{ name: '烟台市人民政府', kind: 'government', placeCode: '370600' }] as const;
const records = [
  agreement({ id: 'b-second', title: 'Title, with "quotes"\nand a line' }),
  agreement({
    id: 'a-first',
    operators: ['china-mobile', 'china-unicom'],
    parties: [...yantai],
    signedOn: signed,
  }),
  // Another report of a-first's signing: same date, operators and government.
  agreement({
    id: 'a-reprint',
    operators: ['china-mobile', 'china-unicom'],
    parties: [...yantai],
    signedOn: signed,
    amounts: [{ value: 2e9, currency: 'CNY', text: '20亿元' }],
  }),
];
const groups = reportGroups(records.map((record) => ({ agreement: record })));
const agreements = [
  agreementFacts(
    'a-first',
    [records[1], records[2]].flatMap((r) => (r ? [r] : [])),
  ),
  agreementFacts('b-second', records[0] ? [records[0]] : []),
];

describe('data downloads', () => {
  it('quotes CSV fields only where RFC 4180 needs it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes the reports table: one row per report, sorted by id, with its agreement first', () => {
    const csv = reportsCsv(records, groups);
    expect(csv.startsWith('\uFEFFagreement,id,title,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]?.startsWith('a-first,a-first,')).toBe(true);
    expect(lines[2]?.startsWith('a-first,a-reprint,')).toBe(true);
    expect(lines[1]).toContain('china-mobile; china-unicom');
    expect(lines[1]).toContain('烟台市人民政府 [government]');
    expect(lines[1]).toContain('2019-11-20,day,inferred,11月20日');
    expect(csv).toContain('b-second,b-second,"Title, with ""quotes""\nand a line"');
    expect(lines[0]?.split(',')).toHaveLength(CSV_COLUMNS.length + 1);
  });

  it('writes report records that are exactly the schema’s, with their agreement', () => {
    const parsed: { agreement: string }[] = JSON.parse(reportsJson(records, groups));
    expect(parsed.map((record) => [record.agreement, agreementSchema.parse(record).id])).toEqual([
      ['a-first', 'a-first'],
      ['a-first', 'a-reprint'],
      ['b-second', 'b-second'],
    ]);
    expect(agreementSchema.strict().safeParse(parsed[0]).success).toBe(false);
    const { agreement: agreementId, ...record } = parsed[0] ?? { agreement: '' };
    expect(agreementId).toBe('a-first');
    expect(record).toEqual(records[1]);
  });

  it('writes the agreements table: one row per agreement, each value with its reports', () => {
    const csv = agreementsCsv(agreements);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(AGREEMENT_COLUMNS.map((column) => column.name).join(','));
    expect(lines).toHaveLength(4); // header, two agreements, the closing line break
    const first = lines[1] ?? '';
    expect(first.startsWith('a-first,A title,a-first; a-reprint,2019-11-20,')).toBe(true);
    expect(first).toContain('2019-11-20 (a-first, a-reprint)');
    expect(first).toContain('烟台市人民政府 [370600] (a-first, a-reprint)');
    expect(first).toContain('2000000000 CNY (a-reprint)');
    expect(lines[2]?.startsWith('b-second,')).toBe(true);
    const parsed: { id: string; reports: string[] }[] = JSON.parse(agreementsJson(agreements));
    expect(parsed.map((record) => [record.id, record.reports])).toEqual([
      ['a-first', ['a-first', 'a-reprint']],
      ['b-second', ['b-second']],
    ]);
  });

  it('documents every column of both tables in every language', () => {
    for (const dictionary of Object.values(dictionaries)) {
      const has = (key: string) => dictionary[key as keyof typeof dictionary];
      for (const column of CSV_COLUMNS)
        expect(has(`data.column.${column.key}`), column.key).toBeTruthy();
      for (const column of AGREEMENT_COLUMNS) {
        expect(has(`data.agreementColumn.${column.key}`), column.key).toBeTruthy();
      }
      expect(has('data.reportColumn.agreement')).toBeTruthy();
    }
  });
});

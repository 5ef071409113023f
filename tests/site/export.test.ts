import { describe, expect, it } from 'vitest';
import {
  agreementsCsv,
  agreementsJson,
  csvField,
  CSV_COLUMNS,
} from '../../src/lib/archive/export.ts';
import { agreementSchema } from '../../src/schema/agreement.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { agreement } from './fixtures.ts';

const records = [
  agreement({ id: 'b-second', title: 'Title, with "quotes"\nand a line' }),
  agreement({
    id: 'a-first',
    operators: ['china-mobile', 'china-unicom'],
    parties: [{ name: '烟台市人民政府', kind: 'government', placeCode: '370600' }],
    signedOn: { value: '2019-11-20', precision: 'day', basis: 'inferred', evidence: '11月20日' },
  }),
];

describe('data downloads', () => {
  it('quotes CSV fields only where RFC 4180 needs it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes one CSV row per agreement, sorted by id, with a BOM and a header', () => {
    const csv = agreementsCsv(records);
    expect(csv.startsWith('\uFEFFid,title,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]?.startsWith('a-first,')).toBe(true);
    expect(lines[1]).toContain('china-mobile; china-unicom');
    expect(lines[1]).toContain('烟台市人民政府 [government]');
    expect(lines[1]).toContain('2019-11-20,day,inferred,11月20日');
    expect(csv).toContain('b-second,"Title, with ""quotes""\nand a line"');
    expect(lines[0]?.split(',')).toHaveLength(CSV_COLUMNS.length);
  });

  it('writes JSON records that are exactly the schema’s', () => {
    const parsed: unknown[] = JSON.parse(agreementsJson(records));
    expect(parsed.map((record) => agreementSchema.parse(record).id)).toEqual([
      'a-first',
      'b-second',
    ]);
    expect(parsed[0]).toEqual(records[1]);
  });

  it('documents every CSV column in every language', () => {
    for (const column of CSV_COLUMNS) {
      for (const dictionary of Object.values(dictionaries)) {
        expect(
          dictionary[`data.column.${column.key}` as keyof typeof dictionary],
          column.key,
        ).toBeTruthy();
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  disagreements,
  reportGroups,
  reportsCsv,
  REPORT_COLUMNS,
} from '../../src/lib/archive/reports.ts';
import { agreement } from './fixtures.ts';

const signed = {
  value: '2019-11-20',
  precision: 'day' as const,
  basis: 'text' as const,
  evidence: '11月20日',
};
const yantai = [{ name: '烟台市人民政府', kind: 'government' as const, placeCode: '370600' }];
const records = [
  agreement({ id: 'a-report', operators: ['china-mobile'], parties: yantai, signedOn: signed }),
  agreement({ id: 'b-report', operators: ['china-mobile'], parties: yantai, signedOn: signed }),
  agreement({ id: 'c-other', operators: ['china-unicom'], parties: yantai, signedOn: signed }),
];

describe('reports of one agreement', () => {
  it('groups the articles that report one signing, and no other', () => {
    const groups = reportGroups(records.map((agreement) => ({ agreement })));
    expect(groups.get('b-report')?.id).toBe('a-report');
    expect(groups.get('a-report')?.reports).toEqual(['a-report', 'b-report']);
    expect(groups.get('c-other')?.reports).toEqual(['c-other']);
  });

  it('writes the reports table: one row per report, with its agreement', () => {
    const groups = reportGroups(records.map((agreement) => ({ agreement })));
    const lines = reportsCsv(records, groups).slice(1).split('\r\n');
    expect(lines[0]).toBe(REPORT_COLUMNS.join(','));
    expect(lines[1]?.startsWith('a-report,a-report,')).toBe(true);
    expect(lines[2]?.startsWith('a-report,b-report,')).toBe(true);
    expect(lines[3]?.startsWith('c-other,c-other,')).toBe(true);
  });

  it('names the facts the reports state differently, with the reports stating each', () => {
    const [a, b, c] = records;
    if (!a || !b || !c) throw new Error('fixture');
    const other = { ...b, signedOn: { ...signed, value: '2019-11-21' } };
    expect(disagreements([a, other])).toEqual([
      {
        field: 'signedOn',
        values: [
          { value: '2019-11-20', reports: ['a-report'] },
          { value: '2019-11-21', reports: ['b-report'] },
        ],
      },
    ]);
    expect(disagreements([a, b])).toEqual([]);
  });
});

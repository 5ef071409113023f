import { describe, expect, it } from 'vitest';
import { formatDate, formatMonthDay } from '../../src/utils/formatDate.ts';
import { compareNewestFirst, sortDate, yearOf } from '../../src/lib/archive/dates.ts';
import type { Agreement, DatedFact } from '../../src/schema/agreement.ts';

const fact = (value: string, precision: DatedFact['precision']): DatedFact => ({
  value,
  precision,
  basis: 'text',
  evidence: value,
});
const dated = (id: string, signedOn: DatedFact | null, publishedOn: DatedFact | null = null) =>
  ({ id, signedOn, publishedOn }) as Agreement;

describe('formatDate', () => {
  it('writes each precision as readers of each locale do', () => {
    expect(formatDate('2019-11-20', 'day', 'en')).toBe('20 November 2019');
    expect(formatDate('2019-11', 'month', 'en')).toBe('November 2019');
    expect(formatDate('2016', 'year', 'en')).toBe('2016');
    expect(formatDate('2019-11-20', 'day', 'zh-hans')).toBe('2019年11月20日');
    expect(formatDate('2019-01', 'month', 'zh-hant')).toBe('2019年1月');
    expect(formatDate('2016', 'year', 'zh-hans')).toBe('2016年');
  });

  it('writes a month-day without a year', () => {
    expect(formatMonthDay('--04-03', 'en')).toBe('3 April');
    expect(formatMonthDay('--12-25', 'zh-hant')).toBe('12月25日');
  });
});

describe('archive order', () => {
  it('files an agreement under its signing date, else its publication date', () => {
    expect(sortDate(dated('a', fact('2016', 'year'), fact('2017-03-02', 'day')))).toBe(
      '2016-01-01',
    );
    expect(sortDate(dated('a', null, fact('2017-03', 'month')))).toBe('2017-03-01');
    expect(sortDate(dated('a', null))).toBeNull();
    expect(yearOf(dated('a', null))).toBe('undated');
    expect(yearOf(dated('a', fact('2019-12-12', 'day')))).toBe('2019');
  });

  it('sorts newest first, undated last, ties by id', () => {
    const items = [
      dated('b', fact('2019-11-20', 'day')),
      dated('z', null),
      dated('c', fact('2011-08-05', 'day')),
      dated('a', fact('2019-11-20', 'day')),
      dated('d', fact('2019-12', 'month')),
    ];
    expect(items.sort(compareNewestFirst).map((a) => a.id)).toEqual(['d', 'a', 'b', 'c', 'z']);
  });
});

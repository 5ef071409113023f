import { describe, expect, it } from 'vitest';
import { agreedSigningDate, agreementFacts } from '../../src/lib/archive/agreementFacts.ts';
import { reportGroups } from '../../src/lib/archive/reports.ts';
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

  it('states each fact once, with the reports that state it', () => {
    const [a, b] = records;
    if (!a || !b) throw new Error('fixture');
    const facts = agreementFacts('a-report', [a, b]);
    expect(facts.operators).toEqual([{ value: 'china-mobile', reports: ['a-report', 'b-report'] }]);
    expect(facts.governments.map((g) => [g.value.placeCode, g.reports])).toEqual([
      ['370600', ['a-report', 'b-report']],
    ]);
    expect(facts.disagreements).toEqual([]);
    expect(agreedSigningDate(facts)?.value).toBe('2019-11-20');
  });

  it('keeps both dates where reports disagree, and picks neither', () => {
    const [a, b] = records;
    if (!a || !b) throw new Error('fixture');
    const other = { ...b, signedOn: { ...signed, value: '2019-11-21' } };
    const facts = agreementFacts('a-report', [a, other]);
    expect(facts.signedOn.map((d) => [d.value.value, d.reports])).toEqual([
      ['2019-11-20', ['a-report']],
      ['2019-11-21', ['b-report']],
    ]);
    expect(facts.disagreements).toEqual(['signedOn']);
    expect(agreedSigningDate(facts)).toBeNull();
  });

  it('takes a less precise date as agreeing with a precise one, and states the precise one', () => {
    const [a, b] = records;
    if (!a || !b) throw new Error('fixture');
    const yearOnly = { ...b, signedOn: { ...signed, value: '2019', precision: 'year' as const } };
    const facts = agreementFacts('a-report', [yearOnly, a]);
    expect(facts.disagreements).toEqual([]);
    expect(agreedSigningDate(facts)?.value).toBe('2019-11-20');
  });

  it('names differing sums as a disagreement, and a report silent on sums as none', () => {
    const [a, b] = records;
    if (!a || !b) throw new Error('fixture');
    const sum = (value: number) => [{ value, currency: 'CNY' as const, text: `${value}` }];
    expect(agreementFacts('a-report', [{ ...a, amounts: sum(1) }, b]).disagreements).toEqual([]);
    expect(
      agreementFacts('a-report', [
        { ...a, amounts: sum(1) },
        { ...b, amounts: sum(2) },
      ]).disagreements,
    ).toEqual(['amounts']);
  });
});

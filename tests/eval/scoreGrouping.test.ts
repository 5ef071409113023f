import { describe, expect, it } from 'vitest';
import { scoreGrouping, type GroupedReport } from '../../scripts/eval/scoreGrouping.ts';

const day = (value: string) => ({ value, precision: 'day' as const });

function report(
  source: string,
  signing: string | undefined,
  signedOn: string,
  governments = ['330100'],
): GroupedReport {
  return {
    source,
    signing,
    facts: {
      id: source.replace('.txt', ''),
      source: `content/sources/${source}`,
      signedOn: day(signedOn),
      operators: ['china-mobile'],
      governments,
    },
  };
}

describe('scoreGrouping', () => {
  it('counts a signing grouped right when one agreement holds its reports and nothing else', () => {
    const score = scoreGrouping([
      report('a.txt', 'one', '2020-05-06'),
      report('b.txt', 'one', '2020-05-06'),
      report('c.txt', undefined, '2021-01-01'),
    ]);
    expect(score).toMatchObject({ signings: 1, right: 1, missed: [], wrongMerges: [] });
  });

  it('names a signing whose reports stayed apart, with how they were grouped', () => {
    const score = scoreGrouping([
      report('a.txt', 'one', '2020-05-06'),
      report('b.txt', 'one', '2020-05-07'),
    ]);
    expect(score.right).toBe(0);
    expect(score.missed).toEqual([{ signing: 'one', groupedAs: [['a.txt'], ['b.txt']] }]);
  });

  it('counts reports of different signings put in one agreement as a wrong merge', () => {
    const score = scoreGrouping([
      report('a.txt', 'one', '2020-05-06'),
      report('b.txt', undefined, '2020-05-06'),
    ]);
    expect(score.wrongMerges).toEqual([['a.txt', 'b.txt']]);
    expect(score.signings).toBe(0);
  });
});

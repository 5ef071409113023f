import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../src/lib/chinese.ts';
import { groupReports, type ReportFacts } from '../../src/lib/archive/grouping.ts';

const day = (value: string) => ({ value, precision: 'day' as const });

function report(id: string, facts: Partial<ReportFacts> = {}): ReportFacts {
  return {
    id,
    source: `content/sources/${id}.txt`,
    signedOn: day('2020-05-06'),
    operators: ['china-mobile'],
    governments: ['330100'],
    ...facts,
  };
}

const TEXT =
  '5月6日，杭州市人民政府与中国移动浙江公司在杭州签署5G战略合作协议。根据协议，双方将在智慧城市、数字政府、' +
  '工业互联网等领域开展全面合作，中国移动将在三年内投资六十亿元建设五万个基站，推动城市数字化转型。' +
  '市长出席签约仪式并致辞，希望双方以此次签约为契机，进一步深化合作，共同打造数字经济新高地。';

const membersOf = (groups: ReturnType<typeof groupReports>) =>
  groups.map((group) => group.reports).sort();

describe('groupReports', () => {
  it('groups a government site, a newspaper and an operator site reporting one signing', () => {
    const groups = groupReports([
      report('2020-05-06-hangzhou-china-mobile'),
      report('2020-05-06-hangzhou-china-mobile-3f2a9c1d'),
      report('2020-05-06-hangzhou-china-mobile-77aa0012', { operators: ['china-mobile'] }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.id).toBe('2020-05-06-hangzhou-china-mobile');
    expect(groups[0]?.bases).toEqual(['same-signing']);
  });

  it('keeps two signings of one place and operator on different days apart', () => {
    const groups = groupReports([report('a'), report('b', { signedOn: day('2020-05-07') })]);
    expect(membersOf(groups)).toEqual([['a'], ['b']]);
  });

  it('keeps same-day signings with different government parties apart', () => {
    const groups = groupReports([report('a'), report('b', { governments: ['330000'] })]);
    expect(membersOf(groups)).toEqual([['a'], ['b']]);
  });

  it('keeps same-day signings with different operators apart', () => {
    const groups = groupReports([report('a'), report('b', { operators: ['china-unicom'] })]);
    expect(membersOf(groups)).toEqual([['a'], ['b']]);
  });

  it('never matches on a date that is not day-precise, nor without a government party', () => {
    const month = { value: '2020-05', precision: 'month' as const };
    expect(
      membersOf(groupReports([report('a', { signedOn: month }), report('b', { signedOn: month })])),
    ).toEqual([['a'], ['b']]);
    expect(
      membersOf(groupReports([report('a', { governments: [] }), report('b', { governments: [] })])),
    ).toEqual([['a'], ['b']]);
  });

  it('groups a Traditional copy of a Simplified release as the same text', () => {
    const groups = groupReports([
      report('a', { signedOn: null, text: TEXT }),
      report('b', { signedOn: null, text: toTraditional(TEXT) }),
    ]);
    expect(membersOf(groups)).toEqual([['a', 'b']]);
    expect(groups[0]?.bases).toEqual(['same-text']);
  });

  it('does not call two different texts the same, nor copies with contradicting dates', () => {
    const other =
      '今天，宁波市政府与中国电信宁波分公司签署战略合作框架协议，双方将围绕千兆光网、云计算、大数据中心、' +
      '智慧港口等方面深化合作，助力宁波建设现代化滨海大都市，电信将投入资金支持全市信息基础设施建设。';
    expect(
      membersOf(
        groupReports([
          report('a', { signedOn: null, text: TEXT }),
          report('b', { signedOn: null, text: other }),
        ]),
      ),
    ).toEqual([['a'], ['b']]);
    expect(
      membersOf(
        groupReports([
          report('a', { text: TEXT }),
          report('b', { signedOn: day('2021-05-06'), text: TEXT }),
        ]),
      ),
    ).toEqual([['a'], ['b']]);
  });

  it('takes a less precise signing date as fitting, and a reprint published years away as not', () => {
    expect(
      membersOf(
        groupReports([
          report('a', { text: TEXT }),
          report('b', { signedOn: { value: '2020', precision: 'year' }, text: TEXT }),
        ]),
      ),
    ).toEqual([['a', 'b']]);
    expect(
      membersOf(
        groupReports([
          report('a', { text: TEXT }),
          report('b', { signedOn: null, publishedOn: day('2020-05-20'), text: TEXT }),
          report('c', { signedOn: null, publishedOn: day('2023-08-01'), text: TEXT }),
        ]),
      ),
    ).toEqual([['a', 'b'], ['c']]);
  });

  // An outlet's boilerplate: one undated text reads like its reports of two different signings.
  it('does not compare texts of reports that name no government party', () => {
    const groups = groupReports([
      report('a', { governments: [], text: TEXT }),
      report('b', { governments: [], text: TEXT }),
    ]);
    expect(membersOf(groups)).toEqual([['a'], ['b']]);
  });

  it('takes an undated copy only with the figures of the other text', () => {
    const figures = (text: string) =>
      text.replace('5月6日', '9月18日').replace('三年', '3年').replace('六十亿', '60亿');
    expect(
      membersOf(
        groupReports([
          report('a', { text: TEXT }),
          report('b', { signedOn: null, text: figures(TEXT) }),
        ]),
      ),
    ).toEqual([['a'], ['b']]);
  });

  // An outlet's boilerplate for two signings of one city: close words, another day named.
  it('takes a near-duplicate without a signing day only when it names the other’s day', () => {
    const rewritten = TEXT.replace(
      '市长出席签约仪式并致辞，希望双方以此次签约为契机',
      '副市长与公司总经理出席仪式，表示将以此为新起点',
    );
    const otherDay = rewritten.replace('5月6日', '9月29日');
    const sameDay = rewritten;
    const dated = report('a', { text: TEXT });
    expect(
      membersOf(groupReports([dated, report('b', { signedOn: null, text: otherDay })])),
    ).toEqual([['a'], ['b']]);
    expect(
      membersOf(groupReports([dated, report('b', { signedOn: null, text: sameDay })])),
    ).toEqual([['a', 'b']]);
  });

  it('joins none of the near-duplicates that, taken together, report more than one signing', () => {
    const groups = groupReports([
      report('a', { text: TEXT }),
      report('b', { signedOn: day('2022-09-01'), text: TEXT }),
      report('undated', { signedOn: null, text: TEXT }),
    ]);
    expect(membersOf(groups)).toEqual([['a'], ['b'], ['undated']]);
  });

  it('compares texts only between reports naming the same operators and places, reading no other', () => {
    const read: string[] = [];
    const lazily = (id: string, text: string) => () => {
      read.push(id);
      return text;
    };
    const groups = groupReports([
      report('a', { signedOn: null, text: lazily('a', TEXT) }),
      report('b', { signedOn: null, governments: ['330000'], text: lazily('b', TEXT) }),
      report('c', { signedOn: null, operators: ['china-unicom'], text: lazily('c', TEXT) }),
    ]);
    expect(membersOf(groups)).toEqual([['a'], ['b'], ['c']]);
    expect(read).toEqual([]);
  });

  it('follows an editor: sameAs joins, notSameAs splits what a rule would join', () => {
    const joined = groupReports([
      report('a', { signedOn: null }),
      report('b', { signedOn: null, sameAs: ['a.txt'] }),
    ]);
    expect(membersOf(joined)).toEqual([['a', 'b']]);
    expect(joined[0]?.bases).toEqual(['sidecar']);
    const split = groupReports([
      report('a'),
      report('b', { notSameAs: ['content/sources/a.txt'] }),
    ]);
    expect(membersOf(split)).toEqual([['a'], ['b']]);
  });

  it('gives the same groups whatever the order of the reports', () => {
    const reports = [report('c'), report('a'), report('b', { signedOn: day('2020-01-01') })];
    expect(groupReports(reports)).toEqual(groupReports([...reports].reverse()));
  });

  describe('reports that state the same sum', () => {
    const undatedReport = (id: string, facts: Partial<ReportFacts> = {}) =>
      report(id, { signedOn: null, publishedOn: null, sums: ['CNY:3650000000'], ...facts });

    it('joins a report published days after a signing to the report that dates it', () => {
      const groups = groupReports([
        report('zh', { sums: ['CNY:3650000000', 'CNY:200000000'] }),
        undatedReport('en', { publishedOn: day('2020-05-09') }),
      ]);
      expect(membersOf(groups)).toEqual([['en', 'zh']]);
      expect(groups[0]?.bases).toEqual(['same-sum']);
    });

    it('joins on a month-day the text gives without a year', () => {
      expect(
        membersOf(
          groupReports([
            report('dated', { sums: ['CNY:3650000000'] }),
            undatedReport('day', { signedDayWithoutYear: '--05-06' }),
          ]),
        ),
      ).toEqual([['dated', 'day']]);
      expect(
        membersOf(
          groupReports([
            report('dated', { sums: ['CNY:3650000000'] }),
            undatedReport('day', { signedDayWithoutYear: '--05-07' }),
          ]),
        ),
      ).toEqual([['dated'], ['day']]);
    });

    it('ties a report without a year only by a sum of three figures or more', () => {
      const dated = (sum: string) => report('dated', { sums: [sum] });
      const yearless = (sum: string) =>
        undatedReport('yearless', { signedDayWithoutYear: '--05-06', sums: [sum] });
      // 36亿 is a sum other signings of the same parties quote too; 36.5亿 is not.
      expect(
        membersOf(groupReports([dated('CNY:3600000000'), yearless('CNY:3600000000')])),
      ).toEqual([['dated'], ['yearless']]);
      expect(
        membersOf(groupReports([dated('CNY:3650000000'), yearless('CNY:3650000000')])),
      ).toEqual([['dated', 'yearless']]);
      // Reports that both give a date need no such sum.
      expect(
        membersOf(
          groupReports([
            dated('CNY:3600000000'),
            undatedReport('published', {
              publishedOn: day('2020-05-08'),
              sums: ['CNY:3600000000'],
            }),
          ]),
        ),
      ).toEqual([['dated', 'published']]);
    });

    it('joins a month-day without a year to a report published days after it', () => {
      const published = undatedReport('published', { publishedOn: day('2021-01-05') });
      // 12月30日, the year before the publication.
      expect(
        membersOf(
          groupReports([published, undatedReport('day', { signedDayWithoutYear: '--12-30' })]),
        ),
      ).toEqual([['day', 'published']]);
      // 11月30日: five weeks before.
      expect(
        membersOf(
          groupReports([published, undatedReport('day', { signedDayWithoutYear: '--11-30' })]),
        ),
      ).toEqual([['day'], ['published']]);
    });

    it('joins a report published two weeks after the signing day, not fifteen days', () => {
      const dated = report('dated', { sums: ['CNY:3650000000'] });
      const publishedOn = (value: string) => undatedReport('report', { publishedOn: day(value) });
      expect(membersOf(groupReports([dated, publishedOn('2020-05-20')]))).toEqual([
        ['dated', 'report'],
      ]);
      expect(membersOf(groupReports([dated, publishedOn('2020-05-21')]))).toEqual([
        ['dated'],
        ['report'],
      ]);
    });

    it('takes no date less precise than a day, no other month-day, no 29 February of 2021', () => {
      const dated = report('dated', { sums: ['CNY:3650000000'] });
      const year = undatedReport('year', {
        signedOn: { value: '2020', precision: 'year' },
        publishedOn: { value: '2020-12', precision: 'month' },
      });
      expect(membersOf(groupReports([dated, year]))).toEqual([['dated'], ['year']]);
      // Signed on 6 May; the other report says 8 May: another day, whatever the year.
      const otherDay = undatedReport('other day', { signedDayWithoutYear: '--05-08', text: TEXT });
      expect(membersOf(groupReports([{ ...dated, text: TEXT }, otherDay]))).toEqual([
        ['dated'],
        ['other day'],
      ]);
      expect(
        membersOf(
          groupReports([
            undatedReport('published', { publishedOn: day('2021-03-05') }),
            undatedReport('leap day', { signedDayWithoutYear: '--02-29' }),
          ]),
        ),
      ).toEqual([['leap day'], ['published']]);
    });

    it('never undoes a reprint joined by its text for a sum shared with another signing', () => {
      const groups = groupReports([
        report('first', { sums: ['CNY:3650000000'], text: TEXT }),
        report('reprint', { signedOn: null, publishedOn: day('2020-05-08'), text: TEXT }),
        undatedReport('day', { signedDayWithoutYear: '--05-06' }),
        report('a year on', { signedOn: day('2021-05-06'), sums: ['CNY:3650000000'] }),
      ]);
      expect(membersOf(groups)).toContainEqual(['first', 'reprint']);
    });

    it('does not join a report without any date, nor reports of other sums or other days', () => {
      const dated = report('dated', { sums: ['CNY:3650000000'] });
      expect(membersOf(groupReports([dated, undatedReport('undated')]))).toEqual([
        ['dated'],
        ['undated'],
      ]);
      expect(
        membersOf(
          groupReports([
            dated,
            undatedReport('other-sum', {
              publishedOn: day('2020-05-07'),
              sums: ['CNY:3700000000'],
            }),
          ]),
        ),
      ).toEqual([['dated'], ['other-sum']]);
      expect(
        membersOf(
          groupReports([dated, undatedReport('a year on', { publishedOn: day('2021-05-07') })]),
        ),
      ).toEqual([['a year on'], ['dated']]);
      // Three weeks on: room for another signing of the same parties with a sum alike.
      expect(
        membersOf(
          groupReports([dated, undatedReport('weeks on', { publishedOn: day('2020-05-27') })]),
        ),
      ).toEqual([['dated'], ['weeks on']]);
    });
  });
});

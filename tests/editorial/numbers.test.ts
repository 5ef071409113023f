import { describe, expect, it } from 'vitest';
import { compareNumbers, describeDifference, extractNumbers } from './numbers.ts';

const values = (text: string) =>
  extractNumbers(text).map((n) => (n.kind === 'percent' ? `${n.value}%` : n.value));
const sorted = (text: string) =>
  [...values(text)].sort((a, b) => String(a).localeCompare(String(b)));
const matches = (a: string, b: string) => {
  const d = compareNumbers(a, b);
  return d.missing.length === 0 && d.extra.length === 0;
};

describe('extractNumbers', () => {
  it('reads plain, grouped and full-width digits alike', () => {
    expect(values('新建 7000 个宏基站')).toEqual([7000]);
    expect(values('7,000 new macro base stations')).toEqual([7000]);
    expect(values('新建７０００个')).toEqual([7000]);
  });

  it('multiplies by Chinese and English scale words', () => {
    expect(values('投入超过 130 亿')).toEqual([13_000_000_000]);
    expect(values('more than 13 billion yuan')).toEqual([13_000_000_000]);
    expect(values('超过 100 万台')).toEqual([1_000_000]);
    expect(values('a 3-billion yuan fund')).toEqual([3_000_000_000]);
    expect(values('1.5 million users')).toEqual([1_500_000]);
    // More than the figure: the figure (a translation says `more than 20 million`).
    expect(values('投资2000多万元')).toEqual([20_000_000]);
    expect(values('惠及10余万农户')).toEqual([100_000]);
  });

  it('does not read M or Mbps as a scale', () => {
    expect(values('1M 以上无线宽带')).toEqual([1]);
    expect(values('1 Mbps or more')).toEqual([1]);
  });

  it('counts month names beside dates as numbers', () => {
    expect(sorted('On August 5, 2011')).toEqual(sorted('2011 年 8 月 5 日'));
    expect(sorted('on 5 August 2011')).toEqual([2011, 5, 8]);
    expect(values('on 5 May 2019')).toEqual([5, 2019, 5]);
    expect(values('Oct 13')).toEqual([13, 10]);
    expect(values('in August')).toEqual([8]);
  });

  it('leaves the words may and march alone', () => {
    expect(values('May this work; we march on; it may rain')).toEqual([]);
  });

  it('drops ordinal suffixes', () => {
    expect(values('December 12th')).toEqual([12, 12]);
    expect(values('the 13th Five-Year Plan')).toEqual([13]);
  });

  it('reads Chinese five-year-plan abbreviations as ordinals', () => {
    expect(values('“十三五”期间')).toEqual([13]);
    expect(values('“十四五”规划')).toEqual([14]);
    expect(values('十五个部门')).toEqual([]);
  });

  it('counts a number typed twice in a row once', () => {
    expect(values('8 8 July')).toEqual([8, 7]);
    expect(values('8, 8 and 8')).toEqual([8, 8, 8]);
  });

  it('keeps percentages apart from bare numbers', () => {
    expect(values('覆盖全市 70%地域')).toEqual(['70%']);
    expect(values('70 per cent of the city')).toEqual(['70%']);
    expect(values('占总数的 30%以上')).toEqual(['30%']);
  });

  it('splits dotted, slashed and dashed dates and times into their parts', () => {
    expect(values('2019.12.18')).toEqual([2019, 12, 18]);
    expect(values('2017/4/20')).toEqual([2017, 4, 20]);
    expect(values('2019-11-20 17:54:11')).toEqual([2019, 11, 20, 17, 54, 11]);
  });

  it('ignores numbers spelled out', () => {
    expect(values('三年间，十大类，数百万家庭')).toEqual([]);
    expect(values('one of three leading operators')).toEqual([]);
  });
});

describe('compareNumbers', () => {
  it('matches a faithful translation', () => {
    expect(
      matches(
        '至 2013 年中国移动计划新建 7000 个宏基站，实现 90%深度覆盖',
        'By 2013 China Mobile plans 7,000 new macro base stations and 90% in-depth coverage',
      ),
    ).toBe(true);
    expect(
      matches(
        '（摘录自 2011 年 8 月 8 日《文汇报》第 4 版）',
        '(Excerpted from Wenhui Bao, 8 August 2011, page 4)',
      ),
    ).toBe(true);
    expect(
      matches('the China Telecom will invest 10 billion yuan', '中国电信将投入 100 亿元'),
    ).toBe(true);
  });

  it('reports a changed number both ways', () => {
    const d = compareNumbers('新建 7000 个宏基站', 'build 700 new macro base stations');
    expect(d.missing.map((n) => n.value)).toEqual([7000]);
    expect(d.extra.map((n) => n.value)).toEqual([700]);
    expect(describeDifference(d)).toContain('missing in the translation: 7000');
  });

  it('reports a dropped repetition: multisets, not sets', () => {
    const d = compareNumbers(
      '2011 年扩建基站，2011 年底超过 100 万台',
      'In 2011 more base stations, over 1 million units by year end',
    );
    expect(d.missing.map((n) => n.value)).toEqual([2011]);
    expect(d.extra).toEqual([]);
  });

  it('does not let a wrong scale pass', () => {
    expect(matches('投入 130 亿', 'invest 130 billion')).toBe(false);
    expect(matches('投入 130 亿', 'invest 13 million')).toBe(false);
  });

  it('does not let a percentage pass as a count', () => {
    expect(matches('覆盖 70%地域', 'covering 70 districts')).toBe(false);
  });

  it('does not count a gloss that quotes the original verbatim', () => {
    const original = '签署《共同推动烟台5G应用发展战略合作协议》';
    expect(
      matches(
        original,
        'signed the Agreement on 5G Applications (《共同推动烟台5G应用发展战略合作协议》)',
      ),
    ).toBe(true);
  });

  it('counts a parenthesis that does not quote the original', () => {
    expect(matches('签署《5G应用协议》', 'signed the 5G agreement (《6G应用协议》)')).toBe(false);
    expect(matches('5G 网络', '5G network (5G)')).toBe(false);
  });

  it('reports a number the translation adds', () => {
    const d = compareNumbers('三年间', 'over 3 years');
    expect(d.missing).toEqual([]);
    expect(d.extra.map((n) => n.value)).toEqual([3]);
  });
});

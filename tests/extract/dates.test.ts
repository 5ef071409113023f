import { describe, expect, it } from 'vitest';
import { datedFactSchema } from '../../src/schema/agreement.ts';
import { DATE_GRAMMARS, findDateMentions } from '../../scripts/ingest/extract/dateGrammars.ts';
import { extractDates } from '../../scripts/ingest/extract/dates.ts';
import { isDateLine } from '../../scripts/ingest/extract/publicationDate.ts';
import { endsWithSentenceMark, splitSentences } from '../../scripts/ingest/extract/sentences.ts';
import { TextProblem } from '../../scripts/ingest/types.ts';
import { seedParagraphs } from './fixtures/cleaned-seeds.ts';

/** The parts of the first mention found, for compact expectations. */
function first(text: string, language: 'en' | 'zh-Hans' | 'zh-Hant' = 'en') {
  const mention = findDateMentions(text, language)[0];
  if (!mention) return null;
  const { text: words, year, month, day } = mention;
  return { text: words, year, month, day };
}

describe('findDateMentions: formats seen in real releases', () => {
  it.each([
    ['2017/4/20', { text: '2017/4/20', year: 2017, month: 4, day: 20 }],
    ['2019.12.18', { text: '2019.12.18', year: 2019, month: 12, day: 18 }],
    ['2019-11-20 17:54:11', { text: '2019-11-20 17:54:11', year: 2019, month: 11, day: 20 }],
    ['2019-11-20T09:30', { text: '2019-11-20T09:30', year: 2019, month: 11, day: 20 }],
    ['２０１９年１１月２０日', { text: '２０１９年１１月２０日', year: 2019, month: 11, day: 20 }],
  ])('numeric %s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it.each([
    ['8 月 5 日，上海市', { text: '8 月 5 日', year: null, month: 8, day: 5 }],
    ['11月20日上午，煙臺市', { text: '11月20日上午', year: null, month: 11, day: 20 }],
    ['11月20日下午举行', { text: '11月20日下午', year: null, month: 11, day: 20 }],
    [
      '（摘录自 2011 年 8 月 8 日《文汇报》第 4 版）',
      { text: '2011 年 8 月 8 日', year: 2011, month: 8, day: 8 },
    ],
    ['2019年11月20日', { text: '2019年11月20日', year: 2019, month: 11, day: 20 }],
    ['12月3号', { text: '12月3号', year: null, month: 12, day: 3 }],
    ['2019年11月，', { text: '2019年11月', year: 2019, month: 11, day: null }],
    ['二〇一一年八月五日', { text: '二〇一一年八月五日', year: 2011, month: 8, day: 5 }],
    ['十一月二十日', { text: '十一月二十日', year: null, month: 11, day: 20 }],
    ['十二月三十一日', { text: '十二月三十一日', year: null, month: 12, day: 31 }],
    ['2011 年，扩建', { text: '2011 年', year: 2011, month: null, day: null }],
  ])('Chinese %s', (text, expected) => {
    expect(first(text, 'zh-Hans')).toEqual(expected);
  });

  it.each([
    [
      'On the morning of April 7, the district',
      { text: 'On the morning of April 7', year: null, month: 4, day: 7 },
    ],
    [
      'In the morning of December 12th, the',
      { text: 'In the morning of December 12th', year: null, month: 12, day: 12 },
    ],
    ['8 July, the Qinghai', { text: '8 July', year: null, month: 7, day: 8 }],
    ['8 8 July, the Qinghai', { text: '8 8 July', year: null, month: 7, day: 8 }],
    ['Oct 13 at noon', { text: 'Oct 13', year: null, month: 10, day: 13 }],
    ['Oct. 13, 2019', { text: 'Oct. 13, 2019', year: 2019, month: 10, day: 13 }],
    ['April 7, 2017', { text: 'April 7, 2017', year: 2017, month: 4, day: 7 }],
    ['7 April 2017', { text: '7 April 2017', year: 2017, month: 4, day: 7 }],
    [
      'the 12th of December 2019',
      { text: '12th of December 2019', year: 2019, month: 12, day: 12 },
    ],
    ['NOV. 20, 2019', { text: 'NOV. 20, 2019', year: 2019, month: 11, day: 20 }],
    ['December 2019', { text: 'December 2019', year: 2019, month: 12, day: null }],
    ['in 2016, the two sides', { text: '2016', year: 2016, month: null, day: null }],
  ])('English %s', (text, expected) => {
    expect(first(text, 'en')).toEqual(expected);
  });

  it('leaves the day unknown when a garbled day has two different numbers', () => {
    expect(first('7 8 July, the sides met')).toMatchObject({ month: 7, day: null });
  });

  it('reads one date where readings overlap', () => {
    const mentions = findDateMentions('（摘录自 2011 年 8 月 8 日《文汇报》第 4 版）', 'zh-Hans');
    expect(mentions.map((m) => m.text)).toEqual(['2011 年 8 月 8 日']);
  });

  it('marks dispatch datelines', () => {
    const [dispatch, event] = findDateMentions(
      '齊魯網·閃電新聞11月20日訊 （記者 吳天旭）11月20日上午，煙臺市',
      'zh-Hant',
    );
    expect(dispatch).toMatchObject({ text: '11月20日', dispatch: true });
    expect(event).toMatchObject({ text: '11月20日上午', dispatch: false });
    expect(findDateMentions('新华社北京11月20日电', 'zh-Hans')[0]?.dispatch).toBe(true);
    expect(findDateMentions('11月20日电信、移动、联通与市政府签约', 'zh-Hans')[0]?.dispatch).toBe(
      false,
    );
    expect(findDateMentions('11月20日電視臺報道', 'zh-Hant')[0]?.dispatch).toBe(false);
    expect(findDateMentions('BEIJING, Nov. 20 (Xinhua) -- China Mobile', 'en')[0]?.dispatch).toBe(
      true,
    );
  });

  it.each([
    ['5G network', 'en'],
    ['13th Five-Year Plan', 'en'],
    ['7000 个宏基站', 'zh-Hans'],
    ['70%地域', 'zh-Hans'],
    ['0531-66661234', 'zh-Hans'],
    ['12580 语音热线', 'zh-Hans'],
    ['2011-2012 年行动计划', 'zh-Hans'],
    ['version 1.2.3', 'en'],
    ['今天，日前，近日签署', 'zh-Hans'],
    ['Mayor Li', 'en'],
    ['March 2019 budget', 'en'],
  ] as const)('finds no day in %s', (text, language) => {
    expect(findDateMentions(text, language).filter((m) => m.day !== null)).toEqual([]);
  });

  it('does not read English month names in Chinese text', () => {
    expect(findDateMentions('May 5 号召', 'zh-Hans')).toEqual([]);
  });
});

describe('date grammars', () => {
  it('a grammar that names a required character matches only text holding it', () => {
    const samples = [
      '2011 年 8 月 8 日',
      '2019年11月',
      '8 月 5 日上午',
      '二〇一九年十一月二十日',
      '2011-2012 年',
      '11月20日訊',
    ];
    const guarded = DATE_GRAMMARS['zh-Hans'].filter((grammar) => grammar.requires !== undefined);
    expect(guarded.length).toBeGreaterThan(0);
    for (const grammar of guarded) {
      const matches = samples.flatMap((sample) => [...sample.matchAll(grammar.regex)]);
      expect(matches.length).toBeGreaterThan(0);
      for (const match of matches) expect(match[0]).toContain(grammar.requires);
    }
  });
});

describe('findDateMentions: D/M or M/D', () => {
  it('decides by a part above 12', () => {
    expect(findDateMentions('13/5/2024', 'en')[0]).toMatchObject({ year: 2024, month: 5, day: 13 });
    expect(findDateMentions('5/13/2024', 'en')[0]).toMatchObject({ year: 2024, month: 5, day: 13 });
  });

  it('decides by the order of the text’s written-out dates', () => {
    expect(findDateMentions('Signed on 10 May. Posted 5/10/2024', 'en')[1]).toMatchObject({
      month: 10,
      day: 5,
    });
    expect(findDateMentions('Signed on May 10. Posted 5/10/2024', 'en')[1]).toMatchObject({
      month: 5,
      day: 10,
    });
  });

  it('reads a numeric date by the order of dates elsewhere in the release', () => {
    const { publishedOn, signedOn } = extractDates(
      ['Published: 05/10/2024', 'On 10 May, Tianjin and China Tower signed an agreement.'],
      'en',
    );
    expect(publishedOn).toEqual({
      value: '2024-10-05',
      precision: 'day',
      basis: 'text',
      evidence: '05/10/2024',
    });
    expect(signedOn).toMatchObject({ value: '2024-05-10', basis: 'inferred' });
  });

  it('reads a day equal to the month either way', () => {
    expect(findDateMentions('5/5/2024', 'en')[0]).toMatchObject({
      month: 5,
      day: 5,
      dayMonthUndecided: false,
    });
  });

  it('keeps only the year when nothing decides', () => {
    expect(findDateMentions('5/10/2024', 'en')[0]).toMatchObject({
      year: 2024,
      month: null,
      day: null,
      dayMonthUndecided: true,
    });
  });
});

describe('findDateMentions: dates that do not exist', () => {
  it.each([
    ['2月30日', 'zh-Hans'],
    ['2019年2月30日', 'zh-Hans'],
    ['4月31日', 'zh-Hans'],
    ['13月1日', 'zh-Hans'],
    ['2019-02-30', 'en'],
    ['2019.13.01', 'en'],
    ['2019/4/31', 'en'],
    ['April 31', 'en'],
    ['February 30, 2020', 'en'],
    ['30/2/2024', 'en'],
    ['2019年2月29日', 'zh-Hans'],
  ] as const)('throws TextProblem for %s, with the words as excerpt', (text, language) => {
    let problem: unknown;
    try {
      findDateMentions(`签约仪式于${text}举行`, language);
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(TextProblem);
    expect(text).toContain((problem as TextProblem).excerpt.trim());
    expect((problem as TextProblem).message).toContain('does not exist');
  });

  it('accepts 29 February in a leap year and without a year', () => {
    expect(first('2020年2月29日', 'zh-Hans')).toMatchObject({ year: 2020, month: 2, day: 29 });
    expect(first('2月29日', 'zh-Hans')).toMatchObject({ month: 2, day: 29 });
  });
});

describe('splitSentences', () => {
  it('cuts Chinese and English sentences', () => {
    expect(splitSentences('甲签署协议。乙出席仪式！丙讲话？')).toEqual([
      '甲签署协议。',
      '乙出席仪式！',
      '丙讲话？',
    ]);
    expect(splitSentences('They signed. Mr. Gao spoke. Co. Ltd. staff came.')).toEqual([
      'They signed.',
      'Mr. Gao spoke.',
      'Co. Ltd. staff came.',
    ]);
  });

  it('ends a sentence after an acronym such as 5G, but not after an initial', () => {
    expect(splitSentences('They signed a deal on 5G. Under the deal, J. Smith will lead.')).toEqual(
      ['They signed a deal on 5G.', 'Under the deal, J. Smith will lead.'],
    );
  });

  it('keeps closing quotes, decimals and month abbreviations with their sentence', () => {
    expect(splitSentences('他说：“合作共赢。”双方签约。')).toEqual([
      '他说：“合作共赢。”',
      '双方签约。',
    ]);
    expect(splitSentences('It grew 1.2 times on Oct. 13 in Xining. Then more.')).toEqual([
      'It grew 1.2 times on Oct. 13 in Xining.',
      'Then more.',
    ]);
  });

  it('tells running text from a heading', () => {
    expect(endsWithSentenceMark('双方签署协议。')).toBe(true);
    expect(endsWithSentenceMark('Yang Fengchun to participate in the above activities.')).toBe(
      true,
    );
    expect(
      endsWithSentenceMark(
        'Wuzheng Group and China Mobile(Rizhao) signed a 5G strategic cooperation',
      ),
    ).toBe(false);
    expect(endsWithSentenceMark('Present were Mr.')).toBe(false);
  });
});

describe('isDateLine', () => {
  it.each([
    '2019-11-20 17:54:11',
    '2019.12.18',
    '（2019年11月20日）',
    '发布时间：2019-11-20',
    'Published: April 7, 2017',
  ])('takes %s as a date line', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each(['2019年11月20日烟台市政府与五大运营商签约', 'Oct 13', '2011 年', 'Press Release'])(
    'does not take %s',
    (line) => {
      expect(isDateLine(line)).toBe(false);
    },
  );
});

describe('extractDates', () => {
  it('reads the publication date from a source line and infers the signing year from it', () => {
    const { publishedOn, signedOn } = extractDates(
      [
        'Huangpu signs with China Mobile',
        'Source: Xinhua 2017/4/20',
        'On April 7, the district signed an agreement.',
      ],
      'en',
    );
    expect(publishedOn).toEqual({
      value: '2017-04-20',
      precision: 'day',
      basis: 'text',
      evidence: '2017/4/20',
    });
    expect(signedOn).toEqual({
      value: '2017-04-07',
      precision: 'day',
      basis: 'inferred',
      evidence: 'April 7',
    });
  });

  it('reads the publication date from a date printed before the source', () => {
    const { publishedOn } = extractDates(
      ['标题', '2019-11-20 17:54 来源：新华网', '双方签约。'],
      'zh-Hans',
    );
    expect(publishedOn).toMatchObject({
      value: '2019-11-20',
      basis: 'text',
      evidence: '2019-11-20 17:54',
    });
  });

  it('takes the previous year when the month-day would fall after the publication', () => {
    const { signedOn } = extractDates(
      ['2020-01-05', '12月28日，市政府与中国电信签署战略合作协议。'],
      'zh-Hans',
    );
    expect(signedOn).toMatchObject({ value: '2019-12-28', basis: 'inferred' });
  });

  it('keeps the publication year for a month-day on the publication day', () => {
    const { signedOn } = extractDates(
      ['2019.12.18', 'On December 18, they signed an agreement.'],
      'en',
    );
    expect(signedOn).toMatchObject({ value: '2019-12-18', basis: 'inferred' });
  });

  it('compares months only when the publication date has no day', () => {
    const { publishedOn, signedOn } = extractDates(
      ['发布时间：2019年11月', '11月20日，双方签约。'],
      'zh-Hans',
    );
    expect(publishedOn).toMatchObject({ value: '2019-11', precision: 'month', basis: 'text' });
    expect(signedOn).toMatchObject({ value: '2019-11-20', precision: 'day', basis: 'inferred' });
  });

  it('reads a signing date with its own year as text', () => {
    const { publishedOn, signedOn } = extractDates(
      ['2019-11-22', '2019年11月20日上午，烟台市政府与山东移动签署合作协议。'],
      'zh-Hans',
    );
    expect(publishedOn).toMatchObject({ value: '2019-11-22', basis: 'text' });
    expect(signedOn).toEqual({
      value: '2019-11-20',
      precision: 'day',
      basis: 'text',
      evidence: '2019年11月20日上午',
    });
  });

  it('prefers the date of the signing sentence over an earlier event date', () => {
    const { signedOn } = extractDates(
      ['2019-11-25', '11月18日，市长会见了代表团。', '11月20日，双方签署了合作协议。'],
      'zh-Hans',
    );
    expect(signedOn).toMatchObject({ value: '2019-11-20', evidence: '11月20日' });
  });

  it('falls back to the event date of the first body sentence', () => {
    const { signedOn } = extractDates(
      ['2019-11-25', '11月18日，市政府与中国联通举行战略合作座谈会。双方将共建5G网络。'],
      'zh-Hans',
    );
    expect(signedOn).toMatchObject({
      value: '2019-11-18',
      basis: 'inferred',
      evidence: '11月18日',
    });
  });

  it('gives no signing date for a relative date (今天, 日前, 近日, recently)', () => {
    for (const sentence of [
      '日前，市政府与中国移动签署合作协议。',
      '近日，双方签约。',
      '今天，双方签署协议。',
    ]) {
      expect(
        extractDates(['2019-11-25', sentence, '2018年，双方曾签署框架协议。'], 'zh-Hans').signedOn,
      ).toBeNull();
    }
    expect(
      extractDates(['2019-11-25', 'The two sides recently signed an agreement.'], 'en').signedOn,
    ).toBeNull();
  });

  it('does not take a dispatch dateline for the signing date', () => {
    const { signedOn } = extractDates(
      ['2019-11-21', '新华社北京11月20日电 日前，双方签署协议。'],
      'zh-Hans',
    );
    expect(signedOn).toBeNull();
  });

  it('takes a dispatch dateline with its year as the publication date', () => {
    const { publishedOn } = extractDates(['新华社北京2019年11月20日电 双方签署协议。'], 'zh-Hans');
    expect(publishedOn).toMatchObject({
      value: '2019-11-20',
      basis: 'text',
      evidence: '2019年11月20日',
    });
  });

  it('gives no date for a month-day without any year to take', () => {
    expect(extractDates(['Oct 13', 'On Oct 13, the sides signed an agreement.'], 'en')).toEqual({
      publishedOn: null,
      signedOn: null,
    });
  });

  it('keeps only the year of an undecided D/M date', () => {
    const { publishedOn, signedOn } = extractDates(
      ['Posted: 5/10/2024', 'The sides signed on 5/10/2024.'],
      'en',
    );
    expect(publishedOn).toEqual({
      value: '2024',
      precision: 'year',
      basis: 'text',
      evidence: '5/10/2024',
    });
    expect(signedOn).toEqual({
      value: '2024',
      precision: 'year',
      basis: 'text',
      evidence: '5/10/2024',
    });
  });

  it('reads a garbled day as the month when its year is known', () => {
    const { signedOn } = extractDates(
      ['2016-07-10', '7 8 July, the province signed an agreement.'],
      'en',
    );
    expect(signedOn).toMatchObject({ value: '2016-07', precision: 'month', basis: 'inferred' });
  });

  it('throws TextProblem for 2月30日 anywhere in the text', () => {
    expect(() => extractDates(['2019-11-20', '2月30日，双方签署协议。'], 'zh-Hans')).toThrow(
      TextProblem,
    );
  });

  it('returns null dates for a text without any', () => {
    expect(extractDates(['双方签署协议。'], 'zh-Hans')).toEqual({
      publishedOn: null,
      signedOn: null,
    });
  });
});

describe('findDateMentions: a year that starts or ends a period is not a date', () => {
  it.each([
    '2022年起全面推进',
    '2022年以来，持续加大投入',
    '根据协议，2022年至2025年，',
    '2011-2012 年',
    '2019年開始',
  ])('%s', (text) => {
    expect(findDateMentions(text, 'zh-Hans')).toEqual([]);
  });

  it('still reads a year that is a date', () => {
    expect(first('2022 年，双方签署协议', 'zh-Hans')).toMatchObject({ year: 2022, month: null });
    expect(first('2022年底', 'zh-Hans')).toMatchObject({ year: 2022 });
  });

  it('a heading that signs "from 2022 on" does not date the signing', () => {
    const { signedOn } = extractDates(
      [
        '西安市政府与中国移动签约 2022年起全面推进工业互联网',
        '2022/6/13',
        '2022 年 6 月 10 日上午，西安市人民政府与中国移动西安分公司战略合作协议签约仪式在西安举行。',
      ],
      'zh-Hans',
    );
    expect(signedOn).toMatchObject({ value: '2022-06-10', precision: 'day', basis: 'text' });
  });
});

describe('extractDates: publication notes inside a line', () => {
  it('a bracketed excerpt note run into the heading dates the release, not the signing', () => {
    const { publishedOn, signedOn } = extractDates(
      [
        '深化合作 共谋发展——黑龙江省与中国移动签署战略合作协议（摘自 2010.06.14《黑龙江新闻网》第 1 版）',
        '2010年6月9日，黑龙江省与中国移动黑龙江公司在哈尔滨签署战略合作协议。',
      ],
      'zh-Hans',
    );
    expect(publishedOn).toEqual({
      value: '2010-06-14',
      precision: 'day',
      basis: 'text',
      evidence: '2010.06.14',
    });
    expect(signedOn).toMatchObject({ value: '2010-06-09', basis: 'text' });
  });

  it.each([
    ['（本文原载于2011-02-21《人民网》）', 'zh-Hans', '2011-02-21'],
    ['（本文原載於2011 年 2 月 21 日《陝西日報》）', 'zh-Hant', '2011-02-21'],
    ['(摘自 2011/2/21《C114通信网》第 13 版)', 'zh-Hans', '2011-02-21'],
  ] as const)('a reprint note after the heading: %s', (note, language, value) => {
    const { publishedOn, signedOn } = extractDates(
      [`玉林市与玉林移动签署战略合作协议${note}`, '2月18日，双方在玉林签署协议。'],
      language,
    );
    expect(publishedOn).toMatchObject({ value, basis: 'text' });
    expect(signedOn).toMatchObject({ value: '2011-02-18', basis: 'inferred' });
  });

  it('an English excerpt note inside a paragraph', () => {
    const { publishedOn, signedOn } = extractDates(
      [
        'Yushu and China Tower sign cloud computing agreement (Excerpted from Jilin Daily, Mar 27, 2011) On Mar 21, Yushu and China Tower held a ceremony to sign the agreement.',
      ],
      'en',
    );
    expect(publishedOn).toMatchObject({ value: '2011-03-27', evidence: 'Mar 27, 2011' });
    expect(signedOn).toMatchObject({ value: '2011-03-21', basis: 'inferred' });
  });

  it.each([
    ['Shaanxi Daily 2010-03-09 08:19:36', '2010-03-09'],
    ['China Daily 2014.05.31', '2014-05-31'],
    ['eCNS February 9, 2014', '2014-02-09'],
    ['the Economic and Information Commission 9/13/2011', '2011-09-13'],
    ['Xinhua Updated: 2019-11-20', '2019-11-20'],
    ['Ju County signs agreement with Rizhao Telecom eCNS February 9, 2014', '2014-02-09'],
  ])('a line that ends with its page date after a name: %s', (line, value) => {
    const { publishedOn } = extractDates(
      [line, 'On February 3, the county and the operator signed an agreement.'],
      'en',
    );
    expect(publishedOn).toMatchObject({ value, basis: 'text' });
  });

  it('a trailing page date is not the signing date, even in a signing heading', () => {
    const { signedOn } = extractDates(
      [
        'Ju County signs agreement with Rizhao Telecom eCNS February 9, 2014',
        'In the morning of February 7th, the county government and Rizhao Telecom signed an agreement.',
      ],
      'en',
    );
    expect(signedOn).toMatchObject({ value: '2014-02-07', basis: 'inferred' });
  });

  it.each([
    // The date belongs to the line's own words: after a preposition or in a range.
    ['Yantai and China Mobile sign 5G agreement on May 3, 2019', 'en'],
    ['Huangpu and China Mobile: cooperation from 2019-01-01 to 2021-12-31', 'en'],
    ['Term of the agreement 2019-01-01 ~ 2021-12-31', 'en'],
    ['The agreement was signed in Yantai 2019-11-20.', 'en'],
    // A Chinese date closing a line is as often a signature block as a page date.
    ['上海市黄浦区人民政府 2017年4月7日', 'zh-Hans'],
    // A long paragraph is running text, not a source line.
    [`${'The city will build more base stations and fibre. '.repeat(5)}Plan 2019-11-20`, 'en'],
    // A bracket that is no source note.
    ['Yushu and China Tower (Changchun) sign agreement (2019-11-20)', 'en'],
    ['双方签署协议（2019年11月20日）', 'zh-Hans'],
  ] as const)('no publication date from %s', (line, language) => {
    expect(extractDates([line], language).publishedOn).toBeNull();
  });
});

describe('extractDates on the seeds', () => {
  const fact = (value: string, basis: 'text' | 'inferred', evidence: string) => ({
    value,
    precision: 'day',
    basis,
    evidence,
  });

  it.each([
    [
      '000_5bb37ff1206ba871',
      'en',
      fact('2017-04-20', 'text', '2017/4/20'),
      fact('2017-04-07', 'inferred', 'On the morning of April 7'),
    ],
    [
      '001_c6f302dbc17396ed',
      'zh-Hans',
      fact('2011-08-08', 'text', '2011 年 8 月 8 日'),
      fact('2011-08-05', 'inferred', '8 月 5 日'),
    ],
    [
      '002_4538e34c3cc89bcd',
      'zh-Hant',
      fact('2019-11-20', 'text', '2019-11-20 17:54:11'),
      fact('2019-11-20', 'inferred', '11月20日上午'),
    ],
    ['003_5ac30d3eb63e27dd', 'en', null, null],
    [
      '004_9828d1b0e7f253aa',
      'en',
      fact('2019-12-18', 'text', '2019.12.18'),
      fact('2019-12-12', 'inferred', 'In the morning of December 12th'),
    ],
  ] as const)('%s', (seed, language, publishedOn, signedOn) => {
    const dates = extractDates(seedParagraphs(seed), language);
    expect(dates).toEqual({ publishedOn, signedOn });
    for (const date of [dates.publishedOn, dates.signedOn]) {
      if (date) expect(datedFactSchema.safeParse(date).success).toBe(true);
    }
  });
});

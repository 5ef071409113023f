/**
 * The news conventions dates are read by, each with short wording from real releases (the
 * development part of bench/real, or the ones the issue quotes): the publication date first,
 * the signing date resolved against it, distractors passed over, and no date where the text
 * does not fix one.
 */
import { describe, expect, it } from 'vitest';
import { datedFactSchema } from '../../src/schema/agreement.ts';
import { findDateMentions } from '../../scripts/ingest/extract/dateGrammars.ts';
import { readDates } from '../../scripts/ingest/extract/dates.ts';
import { ingestRelease } from '../../scripts/ingest/ingestRelease.ts';
import { TextProblem } from '../../scripts/ingest/types.ts';

type Lang = 'en' | 'zh-Hans' | 'zh-Hant';

function dates(paragraphs: string[], language: Lang = 'zh-Hans') {
  const reading = readDates(paragraphs, language);
  for (const fact of [reading.publishedOn, reading.signedOn]) {
    if (fact) expect(datedFactSchema.safeParse(fact).success).toBe(true);
  }
  return {
    published: reading.publishedOn?.value ?? null,
    signed: reading.signedOn?.value ?? null,
    signedBasis: reading.signedOn?.basis ?? null,
    signedEvidence: reading.signedOn?.evidence ?? null,
    unresolved: reading.unresolved,
    dayWithoutYear: reading.signedDayWithoutYear?.value ?? null,
  };
}

describe('relative days counted from the dateline', () => {
  it('今天 after a dispatch dateline (浙江在线杭州12月19日讯)', () => {
    const result = dates([
      '2014年12月20日 08:51:08 来源: 浙江在线-浙江日报 王国锋',
      '浙江在线杭州12月19日讯 ( 浙江日报记者 王国锋 ) 省政府与中国铁塔公司今天在杭州签署战略合作协议。',
    ]);
    expect(result).toMatchObject({
      published: '2014-12-20',
      signed: '2014-12-19',
      signedBasis: 'inferred',
    });
    expect(result.signedEvidence).toContain('12月19日讯');
    expect(result.signedEvidence).toContain('今天');
  });

  it('今天晚上 after 本报1月10日讯, the year from the page date', () => {
    expect(
      dates([
        '2019-01-11 02:26 | 来源: 吉林日报',
        '本报1月10日讯(记者曹梦南)今天晚上,省政府与中国移动通信集团在长春签署《建设“数字吉林”战略合作协议》。',
      ]),
    ).toMatchObject({ published: '2019-01-11', signed: '2019-01-10' });
  });

  it('昨日 after 新华社南宁3月5日电 is the day before', () => {
    expect(
      dates([
        '2019-03-06 09:12:40',
        '新华社南宁3月5日电 广西壮族自治区人民政府昨日与中国移动通信集团签署战略合作协议。',
      ]),
    ).toMatchObject({ signed: '2019-03-04', signedBasis: 'inferred' });
  });

  it('今天 after 本报讯 is the page date', () => {
    expect(
      dates(['发布时间：2019-03-06', '本报讯 省政府今天与中国联通在福州签署战略合作框架协议。']),
    ).toMatchObject({ published: '2019-03-06', signed: '2019-03-06' });
  });

  it('当天 is the day the story last named', () => {
    expect(
      dates([
        '2019-03-07 10:00',
        '3月5日，市长会见了中国电信集团一行。当天，双方签署了战略合作协议。',
      ]),
    ).toMatchObject({ signed: '2019-03-05' });
  });

  it('today after an English dateline (BEIJING, June 26 (Xinhua) --)', () => {
    expect(
      dates(
        [
          '2019-06-26 21:03:11',
          'BEIJING, June 26 (Xinhua) -- China Mobile signed a strategic agreement with the Beijing municipal government today.',
        ],
        'en',
      ),
    ).toMatchObject({ signed: '2019-06-26' });
  });

  it('an English weekday is the last such day on or before the page date (signed Friday)', () => {
    const result = dates(
      [
        'A Tibetan official said on Monday broadband internet service would be available to more villages.',
        'Chimchi said the autonomous regional government signed Friday a cooperation agreement with China Telecom Group.',
        '(Xinhua News Agency June 23, 2009)',
      ],
      'en',
    );
    expect(result).toMatchObject({
      published: '2009-06-23',
      signed: '2009-06-19',
      signedBasis: 'inferred',
    });
    expect(result.signedEvidence).toContain('Friday');
    // The page's own weekday is that day (2009-Dec-7 was a Monday).
    expect(
      dates(
        [
          '2009-Dec-7 09:27:37',
          'The investment will be put into place in five years, said Lu Yimin, after the company signed a cooperation pact with the government of Tibet on Monday.',
        ],
        'en',
      ),
    ).toMatchObject({ published: '2009-12-07', signed: '2009-12-07' });
  });

  it('a weekday of another week, or with nothing to count from, gives no date', () => {
    expect(
      dates(
        [
          '2009-12-07',
          'China Unicom will sign an agreement with the Tibet government next Friday.',
        ],
        'en',
      ),
    ).toMatchObject({ signed: null });
    expect(
      dates(['China Unicom signed an agreement with the Tibet government on Sunday.'], 'en'),
    ).toMatchObject({ signed: null, unresolved: 'Sunday' });
  });

  it('今天 with no dateline and no 本报讯 gives no date, and says so', () => {
    expect(dates(['2019-03-06', '省政府今天与中国联通签署战略合作框架协议。'])).toMatchObject({
      signed: null,
      unresolved: '今天',
    });
  });
});

describe('a month and day whose year comes from the publication date', () => {
  it('7月6日 under a page date with 08时40分', () => {
    expect(
      dates([
        '• 2015年07月07日 08时40分',
        '7月6日,省政府与中国铁塔股份有限公司在成都签署战略合作框架协议。',
      ]),
    ).toMatchObject({ published: '2015-07-07', signed: '2015-07-06', signedBasis: 'inferred' });
  });

  it('a 12月30日 signing published 1月2日 is the previous year', () => {
    expect(
      dates(['2020-01-02 08:00:00', '12月30日，市政府与中国电信签署战略合作协议。']),
    ).toMatchObject({ published: '2020-01-02', signed: '2019-12-30' });
  });

  it('3月13日 under a page date in brackets after the site address (Traditional)', () => {
    expect(
      dates(
        [
          'http://www.wenweipo.com   [2012-03-14]',
          '(兩會報道組劉娟、熊曉芳)3月13日,陝西省西咸新區與中國聯通在北京簽署戰略合作協議。',
        ],
        'zh-Hant',
      ),
    ).toMatchObject({ published: '2012-03-14', signed: '2012-03-13' });
  });

  it('a page date that runs into a view counter (2021年03月02日…浏览量:0)', () => {
    expect(
      dates([
        '2021年03月02日湖北广电信息浏览量:0',
        '2月27日,湖北广电网络与恩施州政府签订“5G+”战略合作协议。',
      ]),
    ).toMatchObject({ published: '2021-03-02', signed: '2021-02-27' });
  });

  it('a page date that runs into a byline (来源 | C114通信网2022-08-23 18:11:24)', () => {
    expect(
      dates([
        '来源 | C114通信网2022-08-23 18:11:24',
        '8月22日,中国铁塔股份有限公司上海市分公司与崇明区政府签署战略合作协议。',
      ]),
    ).toMatchObject({ published: '2022-08-23', signed: '2022-08-22' });
  });

  it('a page date cut over two lines (2020 / 07/07)', () => {
    expect(
      dates(['2020', '07/07', '7月2日,塔城地区行署与中国电信新疆分公司签署合作框架协议。']),
    ).toMatchObject({ published: '2020-07-07', signed: '2020-07-02' });
  });

  it('a bare month-day with no year anywhere gives no date, only the month-day it says', () => {
    expect(dates(['7月2日,塔城地区行署与中国电信新疆分公司签署合作框架协议。'])).toMatchObject({
      published: null,
      signed: null,
      unresolved: '7月2日',
      dayWithoutYear: '--07-02',
    });
    expect(
      dates(['On the afternoon of June 16, the Hainan government signed an agreement.'], 'en'),
    ).toMatchObject({ signed: null, dayWithoutYear: '--06-16' });
  });

  it("does not take another signing's date, nor lose this one's to a word like 继续", () => {
    expect(
      dates(
        [
          'China Mobile has signed a framework agreement with the Guangdong government.',
          'Another operator, China Telecom, also signed an agreement with Guangdong on April 23.',
        ],
        'en',
      ),
    ).toMatchObject({ signed: null, dayWithoutYear: null });
    expect(dates(['此外，中国电信还与该市于4月3日签署了合作协议。'])).toMatchObject({
      signed: null,
      dayWithoutYear: null,
    });
    expect(dates(['2020/07/07', '7月2日,双方签署协议,将继续深化合作。'])).toMatchObject({
      signed: '2020-07-02',
    });
    expect(dates(['2020/07/07', '双方在继续深化合作的基础上，于7月2日签署协议。'])).toMatchObject({
      signed: '2020-07-02',
    });
    // The earlier deal in a clause of its own; this signing's day in the next.
    expect(
      dates(['2020/07/07', '继2015年签署框架协议之后，7月2日，省政府与中国移动再次签署合作协议。']),
    ).toMatchObject({ signed: '2020-07-02' });
    expect(
      dates(['Prior to this, China Mobile signed an agreement with Shanghai on May 5.'], 'en'),
    ).toMatchObject({ signed: null, dayWithoutYear: null });
  });

  it('keeps no month-day where the signing is dated, or dated without a day', () => {
    expect(
      dates(['2020/07/07', '7月2日,塔城地区行署与中国电信新疆分公司签署合作框架协议。']),
    ).toMatchObject({ signed: '2020-07-02', dayWithoutYear: null });
    expect(dates(['日前,塔城地区行署与中国电信新疆分公司签署合作框架协议。'])).toMatchObject({
      signed: null,
      unresolved: '日前',
      dayWithoutYear: null,
    });
  });
});

describe('numeral and numeric forms', () => {
  it('a Chinese-numeral date (二〇一九年六月二十六日) is stated', () => {
    expect(dates(['二〇一九年六月二十六日，省政府与中国移动签署战略合作协议。'])).toMatchObject({
      signed: '2019-06-26',
      signedBasis: 'text',
    });
  });

  it('六月二十六日 takes its year from the page date', () => {
    expect(dates(['2019-06-27', '六月二十六日，省政府与中国移动签署战略合作协议。'])).toMatchObject(
      { signed: '2019-06-26', signedBasis: 'inferred' },
    );
  });

  it('a reprint that opens with a US-order date and its outlet (8/5/2009,C114,)', () => {
    expect(
      dates([
        '8/5/2009,C114,西藏自治区人民政府与中国移动签署战略合作框架协议,中国移动将把西藏作为主要战略合作省份。',
      ]),
    ).toMatchObject({ published: '2009-08-05', signed: null });
  });

  it('the same reprint dateline, then the signing day (5/10/2024,光纖在線訊,5月7日,)', () => {
    expect(
      dates(
        [
          '5/10/2024,光纖在線訊,5月7日,中國鐵塔與山西省政府在山西太原進行工作會談,并簽署戰略合作框架協議。',
        ],
        'zh-Hant',
      ),
    ).toMatchObject({ published: '2024-05-10', signed: '2024-05-07' });
  });

  it('US order in an English page whose dates are written month first (12/7/2009)', () => {
    expect(
      dates(
        [
          'On December 7, officials met in Urumqi.',
          'The agreement was signed on 12/7/2009 in Urumqi.',
        ],
        'en',
      ),
    ).toMatchObject({ signed: '2009-12-07' });
  });

  it('an English page date with a weekday and commas (Tuesday, May, 17, 2022 12:42:22)', () => {
    expect(
      dates(
        ['Tuesday, May, 17, 2022 12:42:22', 'China Unicom signed a memorandum with Shanghai.'],
        'en',
      ),
    ).toMatchObject({ published: '2022-05-17' });
  });

  it('a page date with an English month between numbers (2009-Dec-7 09:27:37, 7-Dec-2009)', () => {
    expect(
      dates(['2009-Dec-7 09:27:37', 'China Unicom signed a pact with Tibet.'], 'en'),
    ).toMatchObject({ published: '2009-12-07' });
    expect(
      dates(['Posted 7-Dec-2009', 'China Unicom signed a pact with Tibet.'], 'en'),
    ).toMatchObject({ published: '2009-12-07' });
  });

  it('a source note in brackets at the foot of the story ((Xinhua News Agency June 23, 2009))', () => {
    expect(
      dates(
        ['China Telecom signed an agreement with Tibet.', '(Xinhua News Agency June 23, 2009)'],
        'en',
      ),
    ).toMatchObject({ published: '2009-06-23', signed: null });
    // A sentence in brackets that only mentions a date is no note.
    expect(
      dates(
        ['China Telecom signed an agreement with Tibet (the first was on June 23, 2009).'],
        'en',
      ),
    ).toMatchObject({ published: null });
  });

  it('a labelled page date inside a short line (所属地区:重庆 发布日期:2025年08月13日)', () => {
    expect(
      dates([
        '所属地区:重庆 发布日期:2025年08月13日',
        '近日市政府与中国电信集团公司签订深入推进“互联网+”行动计划战略合作框架协议。',
      ]),
    ).toMatchObject({ published: '2025-08-13', signed: null, unresolved: '近日' });
  });
});

describe('distractor years are not the signing date', () => {
  it.each([
    [
      'an earlier agreement (继2009年签署…之后)',
      '继2009年签署战略合作协议之后，双方再次签署合作备忘录。',
    ],
    [
      'an earlier agreement (自2018年…签署…以来)',
      '自2018年与崇明区政府签署战略合作协议以来，上海铁塔持续投入。',
    ],
    ['a target year (到2025年)', '双方签署战略合作协议，到2025年建成5G基站1万个。'],
    ['last year (去年12月)', '双方去年12月签署的框架协议进入实施阶段。'],
    ['a plan period (2016—2020年)', '双方签署协议，共同推进2016—2020年信息化规划。'],
    ['a plan (十三五)', '双方签署协议，共同推进“十三五”信息化规划。'],
  ])('%s', (_name, sentence) => {
    expect(dates([sentence])).toMatchObject({ signed: null });
  });

  it.each([
    [
      'a founding year (set up in 2012)',
      'Its data park, set up in 2012, is the largest, said the director who signed the agreement.',
    ],
    [
      'a target year (by 2025)',
      'The two sides signed an agreement to cover every village by 2025.',
    ],
    [
      'a copyright line (1999-2024)',
      'Copyright 1999-2024 China Daily. The sides signed the agreement.',
    ],
  ])('English: %s', (_name, sentence) => {
    expect(dates([sentence], 'en')).toMatchObject({ signed: null });
  });
});

describe('no date where the text does not fix one', () => {
  it.each(['日前', '近日', '近期'])('%s gives no date, even under a page date', (word) => {
    expect(
      dates(['2019-11-20 17:54:11', `${word}，省政府与中国移动签署战略合作协议。`]),
    ).toMatchObject({ published: '2019-11-20', signed: null, unresolved: word });
  });

  it('a dispatch marked 消息 is not the signing day, and a bare 24日 is no date', () => {
    expect(
      dates([
        '时间: 2024-10-23 07:03:22',
        '8月26日消息,杭州市人民政府与中国移动通信集团浙江公司24日签署战略合作框架协议。今年3月7日,浙江省人民政府与中国移动签署战略合作框架协议。',
      ]),
    ).toMatchObject({ signed: null, unresolved: '24日' });
  });

  it('an impossible date (2019年13月45日) is never read as a date', () => {
    expect(() => findDateMentions('2019年13月45日，双方签署协议。', 'zh-Hans')).toThrow(
      TextProblem,
    );
  });
});

describe('the warning for a signing date the text does not fix', () => {
  const release = (text: string, sidecarText?: string) =>
    ingestRelease({
      sourcePath: 'content/sources/example.txt',
      bytes: new TextEncoder().encode(text),
      sidecarText,
      today: '2026-01-01',
    }).frontMatter.warnings;
  const text =
    '省政府与中国移动签署战略合作协议\n\n发布时间：2019-11-20\n\n日前，浙江省人民政府与中国移动通信集团签署战略合作协议。双方将在5G网络建设方面开展合作。\n';

  it('names the words found and the sidecar key', () => {
    expect(release(text)).toContain(
      'the signing date is not resolved from "日前": give signedOn in example.yaml',
    );
  });

  it('is gone once the sidecar gives signedOn', () => {
    const sidecar =
      'decidedBy: Archive editors\nsignedOn:\n  value: 2019-11-18\n  precision: day\n  reason: the operator’s own release\n';
    expect(release(text, sidecar).join('\n')).not.toContain('not resolved');
  });
});

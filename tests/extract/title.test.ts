import { describe, expect, it } from 'vitest';
import {
  extractTitle,
  firstSentence,
  isTruncatedHeading,
  withoutSiteName,
} from '../../scripts/ingest/extract/title.ts';
import { TextProblem } from '../../scripts/ingest/types.ts';
import { seedParagraphs } from './fixtures/cleaned-seeds.ts';

describe('extractTitle', () => {
  it('takes the first heading line', () => {
    expect(
      extractTitle(['Huangpu and China Mobile sign agreement', 'On April 7, they signed it.']),
    ).toEqual({
      title: 'Huangpu and China Mobile sign agreement',
      paragraphIndex: 0,
      truncated: false,
    });
  });

  it('skips section labels, breadcrumbs, date lines, source lines and lone names', () => {
    const paragraphs = [
      'Home > NEWS > Company news',
      'Press Release',
      '新聞稿',
      '2019.12.18',
      '来源：新华网',
      '徐一大',
      '烟台市政府与五大运营商签署5G合作协议',
      '11月20日，双方签约。',
    ];
    expect(extractTitle(paragraphs)).toMatchObject({
      title: '烟台市政府与五大运营商签署5G合作协议',
      paragraphIndex: 6,
    });
  });

  it('skips a label written with a colon or in another case', () => {
    expect(
      extractTitle(['PRESS RELEASE:', 'Shanghai secures 5G network deal', 'Body text.']),
    ).toMatchObject({ title: 'Shanghai secures 5G network deal', paragraphIndex: 1 });
  });

  // Lines seen above the headline on real pages (the development set, bench/real/).
  it('passes over a site name, a menu, a caption or a label that names no one', () => {
    const furniture = [
      '人民網',
      'Today is',
      'Top',
      'ZJOL/1.22.95',
      '天津在线',
      '行业新闻',
      '【资料图】',
      '（资料图片）',
      '作 者：黄耀辉 黄耀霞',
      '本篇文章845字，读完约2分钟',
      '六方合作签字仪式现场',
      '設文匯網為首頁 | 關於文匯報 | 文匯報PDF版 | | 簡體',
    ];
    for (const line of furniture) {
      expect(
        extractTitle([line, '中国铁塔与河北省政府签署战略合作协议', '5月29日，双方签约。']),
      ).toMatchObject({ title: '中国铁塔与河北省政府签署战略合作协议', paragraphIndex: 1 });
      expect(extractTitle([line, '5月29日，河北省政府与中国铁塔签约。'])).toBeNull();
    }
  });

  it('returns null when running text comes first (no heading)', () => {
    expect(
      extractTitle([
        '來源：齊魯網',
        '2019-11-20 17:54:11',
        '11月20日上午，煙臺市政府與山東移動簽署協議。通過搭建平臺，共繪藍圖。',
      ]),
    ).toBeNull();
    expect(extractTitle(['The two sides signed an agreement on Monday.'])).toBeNull();
    expect(extractTitle([])).toBeNull();
  });

  it('does not take a line with several sentences or a very long line', () => {
    expect(extractTitle(['First. Second one', 'Body.'])).toBeNull();
    expect(extractTitle(['合作'.repeat(60), '正文。'])).toBeNull();
  });

  it('keeps a heading with commas, quotes and brackets', () => {
    expect(
      extractTitle(['解读上海市政府与中国移动签署“共建智慧城市”合作框架协议', '正文。'])?.title,
    ).toBe('解读上海市政府与中国移动签署“共建智慧城市”合作框架协议');
  });
});

describe('isTruncatedHeading', () => {
  it('flags a last word that is only the start of a word of the body', () => {
    expect(
      isTruncatedHeading('Province signs with China Telec', 'China Telecom will invest.'),
    ).toBe(true);
    expect(
      isTruncatedHeading('Yantai signs with China Unic', 'China Unicom and China Mobile'),
    ).toBe(true);
  });

  it('does not flag a whole word that is also a prefix of a longer word', () => {
    expect(
      isTruncatedHeading(
        'Shanghai signs with China Mobile',
        'China Mobile and mobile phones, Mobilecom',
      ),
    ).toBe(false);
  });

  it('flags a dangling connective', () => {
    expect(isTruncatedHeading('The province signed an agreement with', 'body')).toBe(true);
    expect(isTruncatedHeading('Cooperation between the city and', 'body')).toBe(true);
    expect(isTruncatedHeading('上海市政府与', '正文')).toBe(true);
    expect(isTruncatedHeading('煙臺市政府與', '正文')).toBe(true);
  });

  it('flags an ellipsis and an unclosed bracket or quote', () => {
    expect(isTruncatedHeading('Huangpu and China Mobile sign...', '')).toBe(true);
    expect(isTruncatedHeading('烟台市政府与五大运营商签署…', '')).toBe(true);
    expect(isTruncatedHeading('上海市政府与中国移动签署《共建智慧', '')).toBe(true);
    expect(isTruncatedHeading('签署“共建智慧城市', '')).toBe(true);
  });

  it('flags a heading that ends on a word at a CMS cut length', () => {
    const hundred = 'x'.repeat(90) + ' abcdefghi';
    expect([...hundred].length).toBe(100);
    expect(isTruncatedHeading(hundred, '')).toBe(true);
    expect(isTruncatedHeading(`${hundred.slice(0, 99)}”`, '')).toBe(false);
    expect(isTruncatedHeading(hundred.slice(0, 99), '')).toBe(false);
  });

  it('does not flag ordinary headings', () => {
    expect(
      isTruncatedHeading(
        'Huangpu, China Mobile Shanghai Sign Strategic Cooperation Agreement',
        'agreement',
      ),
    ).toBe(false);
    expect(
      isTruncatedHeading('解读上海市政府与中国移动签署“共建智慧城市”合作框架协议', '正文'),
    ).toBe(false);
    expect(isTruncatedHeading('5G (fifth generation) networks', 'body')).toBe(false);
  });
});

describe('firstSentence', () => {
  it('takes the first body sentence after the heading and lead matter, without its full stop', () => {
    expect(firstSentence(['Heading here', 'Source: Xinhua', 'The sides signed. They met.'])).toBe(
      'The sides signed',
    );
  });

  it('drops a dispatch lead', () => {
    expect(
      firstSentence([
        '來源：齊魯網',
        '齊魯網·閃電新聞11月20日訊 （記者 吳天旭）11月20日上午，煙臺市政府與山東移動簽署協議。其他。',
      ]),
    ).toBe('11月20日上午，煙臺市政府與山東移動簽署協議');
    expect(
      firstSentence([
        'BEIJING, Nov. 20 (Xinhua) -- China Mobile signed a deal with Beijing. More.',
      ]),
    ).toBe('China Mobile signed a deal with Beijing');
  });

  it('cuts a long English sentence on a word boundary', () => {
    const sentence = `${'cooperation '.repeat(20).trim()}.`;
    const title = firstSentence([sentence]);
    expect(title.endsWith('cooperation…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(160);
  });

  it('cuts a long Chinese sentence at a clause break, else on a character', () => {
    const clauses = `${'市政府与运营商合作共建网络'.repeat(4)}，${'推进智慧城市建设'.repeat(6)}。`;
    expect(firstSentence([clauses])).toBe(`${'市政府与运营商合作共建网络'.repeat(4)}…`);
    const unbroken = `${'市政府与运营商合作共建网络'.repeat(8)}。`;
    const title = firstSentence([unbroken]);
    expect([...title].length).toBeLessThanOrEqual(80);
    expect(title.endsWith('…')).toBe(true);
  });

  it('keeps a question mark', () => {
    expect(firstSentence(['What will 5G bring to Yantai? Much.'])).toBe(
      'What will 5G bring to Yantai?',
    );
  });

  it('throws TextProblem when there is no sentence', () => {
    expect(() => firstSentence([])).toThrow(TextProblem);
  });
});

describe('seeds', () => {
  it.each([
    [
      '000_5bb37ff1206ba871',
      {
        title: 'Huangpu, China Mobile Shanghai Sign Strategic Cooperation Agreement',
        paragraphIndex: 1,
        truncated: false,
      },
    ],
    [
      '001_c6f302dbc17396ed',
      {
        title: '解读上海市政府与中国移动签署“共建智慧城市”合作框架协议',
        paragraphIndex: 0,
        truncated: false,
      },
    ],
    ['002_4538e34c3cc89bcd', null],
    [
      '003_5ac30d3eb63e27dd',
      {
        title:
          'The provincial government signed the 13th Five Year cooperation framework agreement with China Telec',
        paragraphIndex: 0,
        truncated: true,
      },
    ],
    [
      '004_9828d1b0e7f253aa',
      {
        title: 'Wuzheng Group and China Mobile(Rizhao) signed a 5G strategic cooperation',
        paragraphIndex: 0,
        truncated: false,
      },
    ],
  ] as const)('heading of %s', (seed, expected) => {
    expect(extractTitle(seedParagraphs(seed))).toEqual(expected);
  });

  it('gives seed 002 (no heading) its first sentence as fallback', () => {
    expect(firstSentence(seedParagraphs('002_4538e34c3cc89bcd'))).toBe(
      '11月20日上午，煙臺市政府與山東移動、山東聯通、山東電信、山東鐵塔、山東廣電在東方海天酒店簽署《共同推動煙臺5G應用發展戰略合作協議》',
    );
  });
});

describe('withoutSiteName', () => {
  it("drops the site's name a page title puts after the headline, and the channel before it", () => {
    expect(
      withoutSiteName(
        '中国电信集团公司与天津市政府战略合作 共建智慧天津 - 城市智能交通 - 智慧交通网 ITS114.COM|领先的智能交通门户网站',
      ),
    ).toBe('中国电信集团公司与天津市政府战略合作 共建智慧天津');
    expect(withoutSiteName('山东移动与烟台市政府签约_新浪网')).toBe('山东移动与烟台市政府签约');
    expect(withoutSiteName('China Unicom signs with Shanghai | China Daily')).toBe(
      'China Unicom signs with Shanghai',
    );
  });

  it('keeps a dash that is part of the headline', () => {
    const headline = 'Yantai and China Mobile sign - phase 2 agreement';
    expect(withoutSiteName(headline)).toBe(headline);
  });
});

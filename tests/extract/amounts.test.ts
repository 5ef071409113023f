import { describe, expect, it } from 'vitest';
import { amountSchema } from '../../src/schema/agreement.ts';
import { extractAmounts } from '../../scripts/ingest/extract/amounts.ts';
import { extractAll } from '../../scripts/ingest/extract/index.ts';
import { seedText } from './fixtures/cleaned-seeds.ts';

describe('extractAmounts: money', () => {
  it.each([
    ['项目总投资130亿元。', 13_000_000_000, 'CNY', '130亿元'],
    ['拟投入5000万元建设', 50_000_000, 'CNY', '5000万元'],
    ['投资 1.2 亿元人民币，', 120_000_000, 'CNY', '1.2 亿元人民币'],
    ['投資1.5億元', 150_000_000, 'CNY', '1.5億元'],
    ['总额达人民币 130 亿元', 13_000_000_000, 'CNY', '人民币 130 亿元'],
    ['资金 500 万美元', 5_000_000, 'USD', '500 万美元'],
    ['约 2 亿港元', 200_000_000, 'HKD', '2 亿港元'],
    ['共计 3000 欧元', 3_000, 'EUR', '3000 欧元'],
    ['将投入三百亿元', 30_000_000_000, 'CNY', '三百亿元'],
    ['投资两千万元', 20_000_000, 'CNY', '两千万元'],
    ['规模达1.5万亿元', 1_500_000_000_000, 'CNY', '1.5万亿元'],
    [
      'the China Telecom will invest 10 billion yuan, the focus',
      10_000_000_000,
      'CNY',
      '10 billion yuan',
    ],
    ['a total of RMB 500 million', 500_000_000, 'CNY', 'RMB 500 million'],
    ['US$2 billion in total', 2_000_000_000, 'USD', 'US$2 billion'],
    ['HK$3.5 billion', 3_500_000_000, 'HKD', 'HK$3.5 billion'],
    ['about €40 million', 40_000_000, 'EUR', '€40 million'],
    ['costs ¥500万', 5_000_000, 'CNY', '¥500万'],
    ['投资￥1,200万元', 12_000_000, 'CNY', '￥1,200万元'],
    ['1,200,000 yuan', 1_200_000, 'CNY', '1,200,000 yuan'],
    ['5 million US dollars', 5_000_000, 'USD', '5 million US dollars'],
    ['RMB5bn', 5_000_000_000, 'CNY', 'RMB5bn'],
  ])('%s → %d %s', (text, value, currency, words) => {
    expect(extractAmounts(text)).toEqual([{ value, currency, text: words }]);
  });

  it('reads 3-billion yuan ($469 million) as two amounts', () => {
    expect(
      extractAmounts('an investment of 3-billion yuan ($469 million) over five years'),
    ).toEqual([
      { value: 3_000_000_000, currency: 'CNY', text: '3-billion yuan' },
      { value: 469_000_000, currency: 'USD', text: '$469 million' },
    ]);
  });

  it('keeps decimals exact', () => {
    expect(extractAmounts('$4.69 million')[0]?.value).toBe(4_690_000);
    expect(extractAmounts('0.35亿元')[0]?.value).toBe(35_000_000);
    expect(extractAmounts('$12.5')[0]?.value).toBe(12.5);
  });

  it('reads a bare 亿 sum after an investment verb as yuan', () => {
    expect(
      extractAmounts('三年间，中国移动将投入超过 130 亿加大对上海信息通信产业的参与和支持力度'),
    ).toEqual([{ value: 13_000_000_000, currency: 'CNY', text: '130 亿' }]);
    expect(extractAmounts('计划投资5000万，用于网络建设')).toEqual([
      { value: 50_000_000, currency: 'CNY', text: '5000万' },
    ]);
  });

  it('lists each sum once, in order of first mention', () => {
    expect(
      extractAmounts('投资10亿元建设网络。这10亿元将用于5G；另有2亿元用于云计算。').map(
        (a) => a.text,
      ),
    ).toEqual(['10亿元', '2亿元']);
  });

  it('returns amounts valid against the schema', () => {
    for (const amount of extractAmounts('投资130亿元, RMB 500 million, US$2 billion')) {
      expect(amountSchema.safeParse(amount).success).toBe(true);
    }
  });
});

describe('extractAmounts: not money', () => {
  it.each([
    '至 2013 年中国移动计划新建 7000 个宏基站和室内覆盖系统',
    '上海物联网行业终端规模预计超过 100 万台',
    '2011 年新建数据中心机房建筑面积 5000 m²',
    '新闻热线0531-66661234或96678',
    '12580 语音热线',
    '覆盖全市 70%地域',
    '实现全市 1M 以上无线宽带接入能力',
    'increase the coverage of the 4G network and 5G',
    'officials of 13 district departments',
    '覆盖 100 万用户',
    '投资建设，覆盖 100 万户家庭',
    '投入 2 亿个传感器',
    '推动经济一元化和多元发展',
    '"13th Five-Year" period',
    '共创5G超亿新连接',
    '投资数十亿元',
    '2020元旦前完成',
    '5元素融合',
  ])('%s', (text) => {
    expect(extractAmounts(text)).toEqual([]);
  });

  it('does not read a bare 亿 sum without an investment word', () => {
    expect(extractAmounts('用户规模突破 130 亿次')).toEqual([]);
    expect(extractAmounts('年产值 130 亿')).toEqual([]);
  });
});

describe('extractAmounts on the seeds', () => {
  it.each([
    ['000_5bb37ff1206ba871', []],
    ['001_c6f302dbc17396ed', [{ value: 13_000_000_000, currency: 'CNY', text: '130 亿' }]],
    ['002_4538e34c3cc89bcd', []],
    ['003_5ac30d3eb63e27dd', [{ value: 10_000_000_000, currency: 'CNY', text: '10 billion yuan' }]],
    ['004_9828d1b0e7f253aa', []],
  ] as const)('%s', (seed, amounts) => {
    expect(extractAmounts(seedText(seed))).toEqual(amounts);
  });
});

describe('extractAmounts: money of another deal', () => {
  it('drops sums in a sentence about an earlier or another deal', () => {
    expect(
      extractAmounts('此前，双方曾签署协议投资20亿元。根据协议，中国电信将投资50亿元。').map(
        (a) => a.value,
      ),
    ).toEqual([5_000_000_000]);
    expect(
      extractAmounts(
        'China Mobile will invest 80 billion yuan. Prior to this, China Mobile signed an agreement worth 31 billion yuan.',
      ).map((a) => a.value),
    ).toEqual([80_000_000_000]);
  });

  // Forms from real releases (bench/real/): a company's past spending and assets beside the deal's sum.
  it('drops money spent before, assets and fees waived, keeping the deal’s sum', () => {
    const values = (text: string) => extractAmounts(text).map((a) => a.value);
    expect(
      values('根据协议，中国电信将在沪投入350亿元。两年来，中国电信在沪累计投资超过140亿元。'),
    ).toEqual([35_000_000_000]);
    expect(values('安徽鐵塔擁有站址6萬座，資產規模超過114億元。')).toEqual([]);
    expect(values('疫情期间，公司累计减免用户收视费1.5亿元。')).toEqual([]);
    expect(
      values(
        'The company will invest CNY80 billion. It has invested over CNY40 billion in the province.',
      ),
    ).toEqual([80_000_000_000]);
  });

  it('reads a sum stated as more than a figure (2000多万元, 1000余万元) as that figure', () => {
    expect(extractAmounts('该项目将由陕西广电网络投资2000多万元。').map((a) => a.value)).toEqual([
      20_000_000,
    ]);
    expect(extractAmounts('总投资1000余万元').map((a) => a.value)).toEqual([10_000_000]);
    expect(extractAmounts('推动多元化发展，投资多元主体').map((a) => a.value)).toEqual([]);
  });

  it('drops what was spent in recent years (近年来已先后…投资)', () => {
    expect(
      extractAmounts(
        '未来五年，中国电信将在汕头投资30亿元以上。中国电信近年来已先后在汕头投资超过15亿元。',
      ).map((a) => a.value),
    ).toEqual([3_000_000_000]);
  });

  it("drops another operator's sum: the last operator its sentence names before it is no party", () => {
    const amounts = (text: string) => extractAll([text], 'en').amounts.map((a) => a.value);
    expect(
      amounts(
        'China Unicom signed an agreement with the Tibet government to invest RMB1.8 billion. Unicom’s announcement follows one by China Telecom in June to invest RMB2.5 billion in Tibet.',
      ),
    ).toEqual([1_800_000_000]);
    // Both operators sign: each one's sum is the agreement's.
    expect(
      amounts(
        'The Tibet government signed agreements with China Unicom and China Telecom. China Unicom will invest RMB1.8 billion and China Telecom RMB2.5 billion.',
      ),
    ).toEqual([1_800_000_000, 2_500_000_000]);
  });

  it('keeps a cumulative sum the agreement commits to', () => {
    expect(extractAmounts('将在未来5年内，累计在新疆投资100亿元。').map((a) => a.value)).toEqual([
      10_000_000_000,
    ]);
    expect(
      extractAmounts('到2019年年底前将投入建设资金累计超过200亿元。').map((a) => a.value),
    ).toEqual([20_000_000_000]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  extractByline,
  isBylineLine,
  isLoneNameLine,
  parseBylineLine,
} from '../../scripts/ingest/extract/byline.ts';
import { seedParagraphs } from './fixtures/cleaned-seeds.ts';

describe('parseBylineLine: publisher', () => {
  it.each([
    [
      'Source:【the Science and Technology Commission】 2017/4/20',
      'Science and Technology Commission',
    ],
    ['Source: The Paper', 'The Paper'],
    ['來源:齊魯網', '齊魯網'],
    ['來源：齊魯網', '齊魯網'],
    ['来源：新华网', '新华网'],
    ['来源：新华网 2019-11-20 10:32', '新华网'],
    ['（来源：人民网）', '人民网'],
    ['稿源：21世纪经济报道', '21世纪经济报道'],
    ['（摘录自 2011 年 8 月 8 日《文汇报》第 4 版）', '文汇报'],
    ['摘自《人民日报》2019年11月20日 第 3 版', '人民日报'],
    ['转载自 新华网', '新华网'],
    ['Reprinted from China Daily, page 5', 'China Daily'],
    ['发布时间：2019-11-20 来源：烟台日报 作者：李四', '烟台日报'],
    ['By Zhang Wei | chinadaily.com.cn | Updated: 2019-06-18 16:32', 'chinadaily.com.cn'],
    ['2019-11-20 17:54 来源：新华网', '新华网'],
    ['（本文原载于2010-06-14《黑龙江日报》）', '黑龙江日报'],
    ['（本文原載於2011/3/27《陝西日報》）', '陝西日報'],
    ['原载于 2012 年 5 月 4 日《经济日报》', '经济日报'],
  ])('%s → %s', (line, publisher) => {
    expect(parseBylineLine(line)?.publisher).toBe(publisher);
  });
});

describe('parseBylineLine: author', () => {
  it.each([
    ['By John Smith', 'John Smith'],
    ['By John Smith, Xinhua', 'John Smith'],
    ['By John Smith | chinadaily.com.cn | Updated: 2019-11-20', 'John Smith'],
    ['作者：张三', '张三'],
    ['记者 张三 报道', '张三'],
    ['記者 吳天旭', '吳天旭'],
    ['文/李四', '李四'],
    ['来源：新华网 作者：王五 编辑：赵六', '王五'],
    ['Author: Jane Doe', 'Jane Doe'],
  ])('%s → %s', (line, author) => {
    expect(parseBylineLine(line)?.author).toBe(author);
  });

  it('does not take an editor for the author', () => {
    expect(parseBylineLine('来源：新华网 编辑：赵六')).toEqual({
      publisher: '新华网',
      author: null,
    });
  });
});

describe('isBylineLine', () => {
  it.each([
    'Huangpu, China Mobile Shanghai Sign Strategic Cooperation Agreement',
    'By 2020, the city will have 5G coverage.',
    'By the end of the year, China Mobile will invest more.',
    '记者从市政府获悉，双方签署协议。',
    '据记者了解，目前山东移动聚焦省内重点区域。',
    '中文/English',
    '2019-11-20 17:54:11',
    '',
  ])('rejects %s', (line) => {
    expect(isBylineLine(line)).toBe(false);
  });

  it.each(['2013-11-17 08:19:36   Hits: 5057   Print', '（点击数：300）', 'Hits: 12'])(
    'takes a page counter line %s',
    (line) => {
      expect(isBylineLine(line)).toBe(true);
    },
  );

  it.each([
    '本文介绍了双方的合作内容。',
    '本文件自发布之日起施行',
    'Hits and misses of the 5G rollout',
  ])('"this article" or a counter word in running text is no key: %s', (line) => {
    expect(isBylineLine(line)).toBe(false);
  });

  it('rejects a long line that starts with a key', () => {
    expect(isBylineLine(`来源：${'很长的一段正文'.repeat(30)}`)).toBe(false);
  });
});

describe('isLoneNameLine', () => {
  it.each(['徐一大', '徐 一 大', '张三', '欧阳娜娜', '吳天旭'])('takes %s for a name', (line) => {
    expect(isLoneNameLine(line)).toBe(true);
  });

  it.each([
    '新闻稿',
    '要闻',
    '上海',
    '徐一大说',
    'John',
    '解读上海市政府与中国移动签署合作框架协议',
    '王',
  ])('rejects %s', (line) => {
    expect(isLoneNameLine(line)).toBe(false);
  });
});

describe('extractByline', () => {
  it('takes a lone name right after the byline as the author', () => {
    expect(extractByline(['标题', '来源：解放日报', '王小明', '正文。'])).toEqual({
      publisher: '解放日报',
      author: '王小明',
    });
  });

  it('does not take a lone name that does not follow a byline', () => {
    expect(extractByline(['王小明', '正文。'])).toEqual({ publisher: null, author: null });
  });

  it('finds a reporter in brackets or a 记者…报道 mark in the text', () => {
    expect(extractByline(['标题', '本报讯（记者 张三）昨日，双方签约。']).author).toBe('张三');
    expect(
      extractByline(['标题', '本报讯(记者：张三 李四 通讯员 王五)昨日，双方签约。']).author,
    ).toBe('张三 李四');
    expect(extractByline(['标题', '记者张三报道：昨日，双方签约。']).author).toBe('张三');
  });

  it('prefers a byline line to a reporter mark in the text', () => {
    expect(extractByline(['作者：李四', '（记者 张三）双方签约。']).author).toBe('李四');
  });

  it('takes the first publisher', () => {
    expect(extractByline(['来源：新华网', '正文。', '（来源：人民网）']).publisher).toBe('新华网');
  });

  it('returns nulls when nothing is stated', () => {
    expect(
      extractByline(['Wuzheng Group and China Mobile signed', 'They signed an agreement.']),
    ).toEqual({
      publisher: null,
      author: null,
    });
  });

  it.each([
    ['000_5bb37ff1206ba871', 'Science and Technology Commission', null],
    ['001_c6f302dbc17396ed', '文汇报', '徐一大'],
    ['002_4538e34c3cc89bcd', '齊魯網', '吳天旭'],
    ['003_5ac30d3eb63e27dd', null, null],
    ['004_9828d1b0e7f253aa', null, null],
  ] as const)('seed %s', (seed, publisher, author) => {
    expect(extractByline(seedParagraphs(seed))).toEqual({ publisher, author });
  });
});

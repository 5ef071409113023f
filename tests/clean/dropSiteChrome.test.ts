import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropSiteChrome } from '../../scripts/ingest/clean/dropSiteChrome.ts';

const apply = (text: string) => dropSiteChrome.apply(text);

/** The lines of a raw UTF-8 page under content/sources. */
function rawLines(file: string): string[] {
  return readFileSync(join('content/sources', file), 'utf8').split(/\r\n?|\n/u);
}

describe('dropSiteChrome: breadcrumbs', () => {
  it.each([
    'Home > News > Press releases',
    'Home\u00a0>\u00a0 ABOUT US \u00a0>\u00a0 Media',
    '首页 > 新闻中心 > 公司动态',
    '首頁 > 新聞',
    '当前位置：首页 > 新闻',
    '您現在的位置: 集團新聞',
    'Home » Newsroom',
  ])('drops %j', (line) => {
    expect(apply(`${line}\nChina Unicom signs deal with Hunan.`)).toEqual({
      text: 'China Unicom signs deal with Hunan.',
      changes: 1,
    });
  });

  it.each([
    'Home broadband > 100 Mbps for 60% of households.',
    'The trail runs Home > Office in ten minutes, the mayor said, and more.',
    '2017/4/20',
    'Home',
  ])('keeps %j', (line) => {
    expect(apply(line)).toEqual({ text: line, changes: 0 });
  });
});

describe('dropSiteChrome: language toggles', () => {
  it.each([
    '| 中文',
    '|\u00a0中文\u00a0 \u00a0 ',
    'English | 中文',
    'EN / 简体 / 繁體',
    '简体中文 English',
  ])('drops %j', (line) => {
    expect(apply(`${line}\n签约仪式在西宁举行。`).text).toBe('签约仪式在西宁举行。');
  });

  it.each(['中文', 'English', 'English teachers | Chinese schools'])('keeps %j', (line) => {
    expect(apply(line)).toEqual({ text: line, changes: 0 });
  });
});

describe('dropSiteChrome: counters and widgets', () => {
  it('removes a click counter and font-size widget but keeps the date on their line', () => {
    expect(apply('2020.03.05 Clicks: 87 Font size:')).toEqual({ text: '2020.03.05', changes: 2 });
  });

  it('removes Chinese counters and font tools, in either script', () => {
    expect(apply('发布时间：2021-06-01  浏览次数：1,024 次 【字体：大 中 小】')).toEqual({
      text: '发布时间：2021-06-01',
      changes: 2,
    });
    expect(apply('發布時間：2021-06-01 點擊數：56 [打印本頁]').text).toBe('發布時間：2021-06-01');
  });

  it('drops a line that was nothing but widgets', () => {
    expect(apply('第一段。\nViews: 3 | Font size: A+ A A-\n第二段。')).toEqual({
      text: '第一段。\n第二段。',
      changes: 2,
    });
  });

  it('keeps words that only resemble a widget', () => {
    const text =
      'The font size of the contract was small, and clicks of approval followed.\n阅读材料共 30 页。';
    expect(apply(text)).toEqual({ text, changes: 0 });
  });
});

describe('dropSiteChrome: comment forms', () => {
  it('drops a WordPress comment form with its fields', () => {
    const text = [
      'Both sides will meet again next year.',
      '',
      'Leave a Reply',
      '',
      'Your email address will not be published. Required fields are marked *',
      'Comment *',
      'Name *',
      'Email *',
      'Website',
      'Post Comment',
    ].join('\n');
    expect(apply(text)).toEqual({ text: 'Both sides will meet again next year.\n\n', changes: 7 });
  });

  it('drops a Chinese comment form', () => {
    expect(
      apply('双方将定期会晤。\n发表评论\n您的电子邮箱地址不会被公开。 必填项已用*标注\n评论 *')
        .text,
    ).toBe('双方将定期会晤。');
  });

  it('keeps field-like words that are not in a form', () => {
    const text = 'Name\nWebsite\nThe website of the county lists the projects.';
    expect(apply(text)).toEqual({ text, changes: 0 });
  });
});

describe('dropSiteChrome: promotional footers and labels', () => {
  it('drops the tip-off and advertising line of seed 002 (read from the seed, not paraphrased)', () => {
    const tipOff = rawLines('002_4538e34c3cc89bcd.txt').find((line) => line.startsWith('想爆料'));
    expect(tipOff).toBeDefined();
    expect(apply(`雙方將共同推進5G應用。\n${tipOff ?? ''}`).text).toBe('雙方將共同推進5G應用。');
  });

  // Chrome lines taken verbatim from other real releases, each checked against its raw page.
  it.each([
    [
      'real-001-shandong-china-mobile-chinanews-hant.txt',
      'Copyright ©1999-2024 chinanews.com. All Rights Reserved',
    ],
    [
      'real-005-jilin-china-mobile-cnjiwang.txt',
      '您当前的位置 :首页 > 第一新闻 > 吉林新闻地图 > 省内新闻',
    ],
    ['real-017-xixian-china-unicom-wenweipo-hant.txt', '您的位置: 文匯首頁 >> 地方聯播'],
    ['real-047-sichuan-china-unicom-govcn-big5-hant.txt', '當前位置: 首頁>> 工作動態>> 地方政務'],
    ['real-058-tacheng-china-telecom-xinjianggov.txt', '当前位置: 首页 / 政务动态 / 地方动态'],
    ['real-075-shanghai-china-unicom-2019-asiatimes-en.txt', 'Leave a comment'],
    ['real-078-shanghai-china-telecom-2014-hkcd.txt', '网友评论'],
    ['real-080-shanghai-china-telecom-2019-jiadinggov-en.txt', 'You are here : Home > News'],
  ])('%s: drops %j', (file, line) => {
    expect(rawLines(file).map((raw) => raw.trim())).toContain(line);
    expect(apply(`${line}\n某市与中国联通签约`)).toEqual({
      text: '某市与中国联通签约',
      changes: 1,
    });
  });

  it('removes a view counter from a real dateline and keeps the date (real-034)', () => {
    const line = '2021年03月02日湖北广电信息浏览量:0';
    expect(rawLines('real-034-enshi-hubei-broadnet-tytpro.txt').map((raw) => raw.trim())).toContain(
      line,
    );
    expect(apply(line).text).toBe('2021年03月02日湖北广电信息');
  });

  it('drops a section label standing alone, but not the same words inside a sentence', () => {
    expect(apply('Press Release\nCity signs 5G pact')).toEqual({
      text: 'City signs 5G pact',
      changes: 1,
    });
    expect(apply('【新闻稿】\n某市与中国联通签约').text).toBe('某市与中国联通签约');
    const sentence = 'The press release was issued on Monday.';
    expect(apply(sentence)).toEqual({ text: sentence, changes: 0 });
  });

  it.each(['For Immediate Release', 'Headlines', '新闻', '新聞', '通稿'])(
    'drops %j, a label the title extractor also skips (one list for both)',
    (label) => {
      expect(apply(`${label}\n某市与中国联通签约`).text).toBe('某市与中国联通签约');
    },
  );

  it('keeps the source line a byline extractor needs', () => {
    const text = '來源:齊魯網\nSource:【the Science and Technology Commission】 2017/4/20';
    expect(apply(text)).toEqual({ text, changes: 0 });
  });
});

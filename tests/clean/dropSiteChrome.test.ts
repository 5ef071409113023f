import { describe, expect, it } from 'vitest';
import { dropSiteChrome } from '../../scripts/ingest/clean/dropSiteChrome.ts';

const apply = (text: string) => dropSiteChrome.apply(text);

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
  it('drops tip-off and advertising sentences, in Traditional as in Simplified', () => {
    const text = [
      '雙方將共同推進5G應用。',
      '想爆料?請登錄《民生直通車》( https://tips.example.com/)、撥打熱線0531-12345678,或登錄本網官方微博(@本網)提供新聞線索。本網廣告熱線0531-87654321,誠邀合作伙伴。',
    ].join('\n');
    expect(apply(text)).toEqual({ text: '雙方將共同推進5G應用。', changes: 2 });
  });

  it('removes a promotional sentence and keeps the report sharing its line', () => {
    expect(apply('签约仪式在济南举行。欢迎投稿，投稿邮箱见官网。')).toEqual({
      text: '签约仪式在济南举行。',
      changes: 1,
    });
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

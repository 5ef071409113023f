import { describe, expect, it } from 'vitest';
import { dropPageFurniture, isPageNumber } from '../../scripts/ingest/clean/dropPageFurniture.ts';

describe('isPageNumber', () => {
  it.each([
    '2',
    ' 12 ',
    '- 2 -',
    '— 3 —',
    '第 2 页',
    '第2页 共5页',
    '第 3 頁',
    '共 5 页 第 2 页',
    'Page 2',
    'Page 2 of 5',
    '2 / 5',
  ])('recognises %j', (line) => {
    expect(isPageNumber(line)).toBe(true);
  });

  it.each(['2019', '2、 网络：', '第二十三讲', '130 亿', 'Page two'])('rejects %j', (line) => {
    expect(isPageNumber(line)).toBe(false);
  });
});

describe('dropPageFurniture', () => {
  it('drops a running header set across the page and the page number beside it', () => {
    const text = [
      '四、 智慧交通：',
      '',
      '',
      ' 某市信息化研究中心                          内部学习资料 第七期 ',
      '',
      ' 3 ',
      '',
      '通过建设城市交通信息平台，为市民提供实时路况查询、停车诱导',
      '',
      '等服务。',
    ].join('\n');
    expect(dropPageFurniture.apply(text)).toEqual({
      text: [
        '四、 智慧交通：',
        '通过建设城市交通信息平台，为市民提供实时路况查询、停车诱导',
        '',
        '等服务。',
      ].join('\n'),
      changes: 2,
    });
  });

  it('drops a header that carries its own page number in a column', () => {
    const text = 'Annual Report 2016        Page 4 of 9\nThe province will invest in fibre.';
    expect(dropPageFurniture.apply(text)).toEqual({
      text: 'The province will invest in fibre.',
      changes: 1,
    });
  });

  it('drops a footer repeated on every page, whatever its page number', () => {
    const page = (n: number) => `第${n}段正文，内容不同。\n某某集团有限公司 内部资料 ${n}`;
    const text = [page(1), page(2), page(3)].join('\n');
    expect(dropPageFurniture.apply(text)).toEqual({
      text: '第1段正文，内容不同。\n第2段正文，内容不同。\n第3段正文，内容不同。',
      changes: 3,
    });
  });

  it("keeps a web page's headline repeated around its first sentence (title, heading, caption)", () => {
    const headline = '湖北广电网络与恩施州政府签订“5G+”战略合作协议';
    const text = [
      headline,
      '2021年03月02日',
      headline,
      '2月27日，双方签约。',
      headline,
      '图为：签约现场',
    ].join('\n');
    expect(dropPageFurniture.apply(text)).toEqual({ text, changes: 0 });
  });

  it('keeps short paragraphs, numbered headings and a line seen only twice', () => {
    const text = [
      '1、 精品网络：',
      '服务。',
      '徐一大',
      '2、 WLAN：',
      '服务。',
      'The two sides met in Xining.',
      'Gao Tongqing',
      'Gao Tongqing',
    ].join('\n');
    expect(dropPageFurniture.apply(text)).toEqual({ text, changes: 0 });
  });

  it('keeps a line with a wide gap when no page number stands next to it', () => {
    const text = '甲方：某市人民政府          乙方：中国移动某分公司\n双方约定如下。';
    expect(dropPageFurniture.apply(text)).toEqual({ text, changes: 0 });
  });

  it('keeps a year standing alone', () => {
    const text = 'Timeline\n2019\nThe network opened.';
    expect(dropPageFurniture.apply(text)).toEqual({ text, changes: 0 });
  });
});

describe('dropPageFurniture: a page date split over two lines', () => {
  it('keeps a month/day that completes the year on the line before', () => {
    const text = '塔城地区\n2020\n\n07/07\n\n塔城地区与中国电信签署协议。';
    expect(dropPageFurniture.apply(text).text).toBe(text);
  });

  it('still drops `7/7` standing under a line of text', () => {
    expect(dropPageFurniture.apply('正文一段。\n\n7/7\n\n正文二段。').text).not.toContain('7/7');
  });
});

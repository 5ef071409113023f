import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  endsParagraph,
  isCjk,
  startsNumberedItem,
} from '../../scripts/ingest/clean/lineShape.ts';

describe('displayWidth', () => {
  it('counts Chinese characters and full-width punctuation as two columns, Latin as one', () => {
    expect(displayWidth('中国移动，2011 年')).toBe(17);
    expect(displayWidth('China Mobile')).toBe(12);
  });

  it('sets quotation marks full width only in Chinese text', () => {
    expect(displayWidth('“智慧”')).toBe(8);
    expect(displayWidth('“smart”')).toBe(7);
  });

  it('ignores blanks at the ends', () => {
    expect(displayWidth('  徐一大 ')).toBe(6);
  });
});

describe('endsParagraph', () => {
  it.each([
    '现代化大都市。',
    '的理解：',
    'Both sides agreed.',
    '“一站式”服务！',
    'He said: “Yes.”',
    '（见附件。）',
  ])('is true for %j', (line) => {
    expect(endsParagraph(line)).toBe(true);
  });

  it.each(['合作双方将', '围绕食品药品追溯，', 'vice governor of', '到 3500 个；', '5000M'])(
    'is false for %j',
    (line) => {
      expect(endsParagraph(line)).toBe(false);
    },
  );
});

describe('startsNumberedItem', () => {
  it.each([
    '1、 精品网络：',
    '10、上海国际航运中心建设：',
    '一、网络建设',
    '（三）数据中心',
    '(2) Towers',
    '第一条 合作内容',
    '2. Scope',
    '• Fibre',
  ])('is true for %j', (line) => {
    expect(startsNumberedItem(line)).toBe(true);
  });

  it.each(['2011 年，扩建', '3.5 billion yuan', '5G 网络', '2，新增机架'])(
    'is false for %j',
    (line) => {
      expect(startsNumberedItem(line)).toBe(false);
    },
  );
});

describe('isCjk', () => {
  it('tells Chinese characters and punctuation from Latin', () => {
    expect(['中', '，', '》', 'a', '5', '-'].map(isCjk)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

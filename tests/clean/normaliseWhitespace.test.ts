import { describe, expect, it } from 'vitest';
import { normaliseWhitespace } from '../../scripts/ingest/clean/normaliseWhitespace.ts';

const apply = (text: string) => normaliseWhitespace.apply(text);

describe('normaliseWhitespace', () => {
  it('turns no-break spaces into plain ones and closes doubled spaces', () => {
    expect(apply('China\u00a0Unicom  Hunan and China \u00a0Telecom')).toEqual({
      text: 'China Unicom Hunan and China Telecom',
      changes: 3,
    });
  });

  it('removes blanks at the start and end of lines, including ideographic indentation', () => {
    expect(apply('\u3000\u3000双方签约。  \n   徐一大 \t\nEnd.\u00a0 \u00a0')).toEqual({
      text: '双方签约。\n徐一大\nEnd.',
      changes: 5,
    });
  });

  it('turns an ideographic space between words into a plain space', () => {
    expect(apply('记者\u3000张小红')).toEqual({ text: '记者 张小红', changes: 1 });
  });

  it('removes invisible characters', () => {
    expect(apply('\ufeff中国\u200b移动')).toEqual({ text: '中国移动', changes: 2 });
  });

  it('closes up letter-spaced Chinese from a PDF', () => {
    expect(apply('中 国 移 动 与 市 政 府 签 约')).toEqual({
      text: '中国移动与市政府签约',
      changes: 1,
    });
  });

  it('keeps a space between two Chinese words and between digits and Chinese', () => {
    const text = '(記者 吳天旭)\n2011 年 8 月 8 日\n投入 130 亿元';
    expect(apply(text)).toEqual({ text, changes: 0 });
  });

  it('keeps blank lines and single spaces', () => {
    const text = 'First paragraph.\n\nSecond paragraph, with words.';
    expect(apply(text)).toEqual({ text, changes: 0 });
  });
});

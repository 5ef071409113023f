import { describe, expect, it } from 'vitest';
import {
  alternation,
  escapeRegExp,
  withTraditional,
  withTraditionalKeys,
} from '../../scripts/ingest/patterns.ts';

describe('escapeRegExp', () => {
  it('makes every special character literal', () => {
    const literal = 'US$ (1.5) [a-z]* + ^x? {2} | \\';
    expect(new RegExp(`^${escapeRegExp(literal)}$`, 'u').test(literal)).toBe(true);
    expect(escapeRegExp('HK$')).toBe('HK\\$');
    expect(escapeRegExp('中国移动')).toBe('中国移动');
  });
});

describe('alternation', () => {
  it('puts longer words first, so a word is not cut short by its prefix', () => {
    expect(alternation(['元', '元人民币', '人民币'])).toBe('元人民币|人民币|元');
    expect(new RegExp(alternation(['元', '元人民币'])).exec('130亿元人民币')?.[0]).toBe('元人民币');
  });

  it('keeps the given order among words of one length, and takes any iterable', () => {
    expect(alternation(new Set(['>', '>>', '»']))).toBe('>>|>|»');
  });

  it('escapes each word, by the escape given', () => {
    expect(alternation(['U.S.', 'US$'])).toBe('U\\.S\\.|US\\$');
    expect(alternation(['a b'], (word) => word.replace(/ /g, '\\s+'))).toBe('a\\s+b');
  });
});

describe('withTraditional', () => {
  it('adds each word’s Traditional form after it, once', () => {
    expect(withTraditional(['来源', '正文', '记者'])).toEqual([
      '来源',
      '來源',
      '正文',
      '记者',
      '記者',
    ]);
  });

  it('adds Traditional keys with the same value', () => {
    expect([...withTraditionalKeys({ 美元: 'USD', yuan: 'CNY' })]).toEqual([
      ['美元', 'USD'],
      ['yuan', 'CNY'],
    ]);
    expect(withTraditionalKeys({ 港币: 'HKD' }).get('港幣')).toBe('HKD');
  });
});

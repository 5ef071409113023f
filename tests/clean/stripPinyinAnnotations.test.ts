import { describe, expect, it } from 'vitest';
import {
  isTonedPinyinSyllable,
  stripPinyinAnnotations,
} from '../../scripts/ingest/clean/stripPinyinAnnotations.ts';

describe('isTonedPinyinSyllable', () => {
  it.each(['wǎng', 'yè', 'lián', 'yīng', 'lǜ', 'nüè', 'zhuàng', 'ér'])('accepts %s', (syllable) => {
    expect(isTonedPinyinSyllable(syllable)).toBe(true);
  });

  it.each([
    ['a toneless syllable', 'de'],
    ['a toned non-syllable', 'wǎngx'],
    ['an English word', 'Rizhao'],
    ['a toned non-syllable with a valid start', 'bǐang'],
    ['digits', '2019'],
  ])('rejects %s', (_label, candidate) => {
    expect(isTonedPinyinSyllable(candidate)).toBe(false);
  });
});

describe('stripPinyinAnnotations', () => {
  it('removes the reading a converter put after each Traditional character', () => {
    const result = stripPinyinAnnotations.apply(
      '青海聯(lián)通與省政府簽署戰(zhàn)略合作協(xié)議',
    );
    expect(result).toEqual({ text: '青海聯通與省政府簽署戰略合作協議', changes: 3 });
  });

  it('keeps a real parenthesis that follows a Han character', () => {
    const text = '閃電新聞訊(記者 王小明)當天上午,雙方在(2019)年度會議上簽約。';
    expect(stripPinyinAnnotations.apply(text)).toEqual({ text, changes: 0 });
  });

  it('keeps Latin words, handles and addresses in parentheses', () => {
    const text =
      'China Mobile(Rizhao) 微博(@日照新聞) 網址( https://news.example.cn/) 分公司(Branch)';
    expect(stripPinyinAnnotations.apply(text)).toEqual({ text, changes: 0 });
  });

  it('does not take pinyin that follows a Latin letter or digit', () => {
    const text = '5G(wǎng) and Mobile(yè)';
    expect(stripPinyinAnnotations.apply(text)).toEqual({ text, changes: 0 });
  });

  it('strips an annotation nested inside a real parenthesis and keeps the outer one', () => {
    const result = stripPinyinAnnotations.apply('官方微博(@臨沂網(wǎng))');
    expect(result).toEqual({ text: '官方微博(@臨沂網)', changes: 1 });
  });

  it('accepts full-width brackets around the reading', () => {
    expect(stripPinyinAnnotations.apply('產（chǎn）品')).toEqual({ text: '產品', changes: 1 });
  });

  it('removes a reading whose opening bracket the converter turned into a question mark', () => {
    const result = stripPinyinAnnotations.apply('交通運輸?shù)樞紐');
    expect(result).toEqual({ text: '交通運輸樞紐', changes: 1 });
  });

  it('keeps a real question mark followed by ordinary text', () => {
    const text = '想了解更多?請致電。網?(wǎng)';
    expect(stripPinyinAnnotations.apply(text).text).toBe('想了解更多?請致電。網?(wǎng)');
  });
});

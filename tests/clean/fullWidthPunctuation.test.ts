import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../../scripts/ingest/clean/fullWidthPunctuation.ts';

const apply = (text: string) => fullWidthPunctuation.apply(text);

describe('fullWidthPunctuation', () => {
  it('turns half-width marks next to Chinese into full-width ones', () => {
    expect(apply('来源:某某网')).toEqual({ text: '来源：某某网', changes: 1 });
    expect(apply('11月20日上午,某市政府与联通签约;双方满意!还有吗?')).toEqual({
      text: '11月20日上午，某市政府与联通签约；双方满意！还有吗？',
      changes: 4,
    });
  });

  it('converts brackets as a pair when Chinese is inside or around them', () => {
    expect(apply('某某网讯 (记者 王小明)11月20日')).toEqual({
      text: '某某网讯 （记者 王小明）11月20日',
      changes: 2,
    });
    expect(apply('合作协议(2019)')).toEqual({ text: '合作协议（2019）', changes: 2 });
  });

  it('converts a comma between a digit and Chinese, but not inside a number', () => {
    expect(apply('0531-12345678或96678,或登录官网')).toEqual({
      text: '0531-12345678或96678，或登录官网',
      changes: 1,
    });
    const numbers = '投资1,000万元,时间17:54:11';
    expect(apply(numbers).text).toBe('投资1,000万元，时间17:54:11');
  });

  it('leaves English text and Latin brackets alone', () => {
    const text = 'China Mobile(Rizhao) signed: "Yes, we will!" Source:【the Commission】 2017/4/20';
    expect(apply(text)).toEqual({ text, changes: 0 });
  });

  it('leaves web addresses alone, even inside Chinese', () => {
    expect(apply('详见官网https://www.example.cn/news?id=3,欢迎访问')).toEqual({
      text: '详见官网https://www.example.cn/news?id=3，欢迎访问',
      changes: 1,
    });
  });

  it('keeps brackets paired when only one side touches Chinese', () => {
    expect(apply('与中国移动(Rizhao branch)签约')).toEqual({
      text: '与中国移动（Rizhao branch）签约',
      changes: 2,
    });
    expect(apply('China Mobile(Rizhao) and partners')).toEqual({
      text: 'China Mobile(Rizhao) and partners',
      changes: 0,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { readNames } from '../../scripts/ingest/extract/namesInText.ts';
import { operatorIds } from '../../scripts/ingest/extract/operatorMentions.ts';
import { viewOf } from '../../scripts/ingest/extract/textView.ts';
import { seed } from './seeds.ts';

const extractOperators = (text: string) => operatorIds(readNames(viewOf(text)).operators);

describe('extractOperators', () => {
  it.each([
    ['中国移动与上海市政府签约', ['china-mobile']],
    ['中国移动通信集团公司', ['china-mobile']],
    ['中国联通岳阳市分公司', ['china-unicom']],
    ['山东移动、山东铁塔', ['china-mobile', 'china-tower']],
    ['湖南广电网络与岳阳电信', ['china-telecom', 'china-broadnet']],
  ])('reads Simplified: %s', (text, ids) => {
    expect(extractOperators(text)).toEqual(ids);
  });

  it.each([
    ['中國電信股份有限公司山東分公司', ['china-telecom']],
    ['山東聯通總經理', ['china-unicom']],
    ['山東廣電網絡有限公司', ['china-broadnet']],
    ['中國鐵塔股份有限公司', ['china-tower']],
  ])('reads Traditional: %s', (text, ids) => {
    expect(extractOperators(text)).toEqual(ids);
  });

  it.each([
    ['China Mobile(Rizhao) signed', ['china-mobile']],
    ['Shandong Mobile and Shanghai Telecom', ['china-mobile', 'china-telecom']],
    ['the China Unicom branch', ['china-unicom']],
    ['China Tower Corporation', ['china-tower']],
    ['China Broadnet and China Broadcasting Network', ['china-broadnet']],
    ['CMCC', ['china-mobile']],
  ])('reads English: %s', (text, ids) => {
    expect(extractOperators(text)).toEqual(ids);
  });

  it('returns each id once, in the fixed operator order', () => {
    expect(extractOperators('China Unicom, China Mobile and China Unicom again')).toEqual([
      'china-mobile',
      'china-unicom',
    ]);
  });

  it.each([
    '中国移动互联网用户规模扩大',
    '上海移动支付普及率高',
    '中国电信业发展迅速',
    '全省电信市场',
    '省广电局发布通知',
    'mobile phone users in China',
    'Shanghai Tower is tall',
    'china mobile',
    'the three telecom operators',
    '移动通信技术',
    '城区移动信号覆盖',
  ])('finds no operator in %s', (text) => {
    expect(extractOperators(text)).toEqual([]);
  });

  it('reads the seeds', () => {
    expect(extractOperators(seed('000'))).toEqual(['china-mobile']);
    expect(extractOperators(seed('001'))).toEqual(['china-mobile']);
    expect(extractOperators(seed('002'))).toEqual([
      'china-mobile',
      'china-telecom',
      'china-unicom',
      'china-tower',
      'china-broadnet',
    ]);
    expect(extractOperators(seed('003'))).toEqual(['china-telecom']);
    expect(extractOperators(seed('004'))).toEqual(['china-mobile']);
  });
});

import { describe, expect, it } from 'vitest';
import { unwrapHardLines, wrapMeasure } from '../../scripts/ingest/clean/unwrapHardLines.ts';

const apply = (text: string) => unwrapHardLines.apply(text);

/** An invented PDF extraction: 30 characters a line, every line followed by a blank line. */
const chinesePdf = [
  '关于推进智慧城市建设的合作协议',
  '',
  '6 月 3 日，某市人民政府与中国电信股份有限公司在',
  '',
  '市行政中心签署《数字城市战略合作协议》，双方将围',
  '',
  '绕“宽带城市”和“城市大脑”两项重点，共同推进全',
  '',
  '市光纤网络和移动网络的升级改造。',
  '',
  '一、 光网城市：',
  '',
  '到 2020 年，全市家庭宽带接入能力达到千兆，实现城',
  '',
  '区和重点乡镇光纤全覆盖，新建 5G 基站超过 3000 个',
  '',
  '2、 政务云：',
  '',
  '中国电信将为市级部门提供政务云服务，承载各部门业',
  '',
  '务系统，提高政府管理效率。',
].join('\n');

describe('unwrapHardLines: hard-wrapped PDF text', () => {
  it('joins wrapped Chinese lines without a space and keeps headings and paragraph ends', () => {
    const result = apply(chinesePdf);
    expect(result.text.split('\n').filter((line) => line !== '')).toEqual([
      '关于推进智慧城市建设的合作协议',
      '6 月 3 日，某市人民政府与中国电信股份有限公司在市行政中心签署《数字城市战略合作协议》，双方将围绕“宽带城市”和“城市大脑”两项重点，共同推进全市光纤网络和移动网络的升级改造。',
      '一、 光网城市：',
      '到 2020 年，全市家庭宽带接入能力达到千兆，实现城区和重点乡镇光纤全覆盖，新建 5G 基站超过 3000 个',
      '2、 政务云：',
      '中国电信将为市级部门提供政务云服务，承载各部门业务系统，提高政府管理效率。',
    ]);
    expect(result.changes).toBe(5);
  });

  it('joins wrapped Latin lines with a space and keeps a hyphen at a line end', () => {
    const text = [
      'The provincial government and the operator signed an',
      'agreement on Friday to build a well-',
      'developed fibre network across all of the counties by',
      'the end of 2020, with new data centres in two cities.',
      'Both sides will meet again next spring.',
      'A second, shorter paragraph ends here.',
    ].join('\n');
    expect(apply(text)).toEqual({
      text: [
        'The provincial government and the operator signed an agreement on Friday to build a well-developed fibre network across all of the counties by the end of 2020, with new data centres in two cities.',
        'Both sides will meet again next spring.',
        'A second, shorter paragraph ends here.',
      ].join('\n'),
      changes: 3,
    });
  });

  it('does not join across a blank line when blank lines separate paragraphs', () => {
    const text = [
      '中国联通将在全省建设新一代信息基础设施，加快推进',
      '光纤宽带和移动网络向农村延伸，提升网络覆盖水平',
      '',
      '双方同意建立定期会商机制，及时协调解决合作中遇到',
      '的困难和问题，确保各项合作任务落到实处并取得实效',
      '省政府将在规划、用地和电力等方面给予大力支持，为',
      '网络建设创造良好条件',
    ].join('\n');
    const result = apply(text);
    expect(result.text.split('\n')).toEqual([
      '中国联通将在全省建设新一代信息基础设施，加快推进光纤宽带和移动网络向农村延伸，提升网络覆盖水平',
      '',
      '双方同意建立定期会商机制，及时协调解决合作中遇到的困难和问题，确保各项合作任务落到实处并取得实效省政府将在规划、用地和电力等方面给予大力支持，为网络建设创造良好条件',
    ]);
    expect(result.changes).toBe(4);
  });
});

describe('unwrapHardLines: web text, one paragraph a line', () => {
  it('changes nothing when each line is already a paragraph', () => {
    const text = [
      '来源:某某网',
      '2019-11-20 17:54:11',
      '某某网11月20日讯 (记者 王小明)11月20日上午,某市政府与山东移动、山东联通在某酒店签署《共同推动某市5G应用发展战略合作协议》,各方将在智能制造、智慧农业等多个领域开展交流合作',
      '某市市委书记、市长出席签约仪式。仪式由某市副市长主持。',
      '山东移动总经理表示,当前,5G已成为社会信息流动的主动脉',
    ].join('\n');
    expect(apply(text)).toEqual({ text, changes: 0 });
  });

  it('keeps a truncated title apart from the paragraph under it', () => {
    const text =
      'The provincial government signed the agreement with China Telec\n\n8 July, the two sides met in Xining.';
    expect(apply(text)).toEqual({ text, changes: 0 });
  });

  it('rejoins a paragraph cut mid-sentence whose second part starts in lower case', () => {
    const text =
      'He said the first phase will cover\n\nand the second phase will follow in 2018.\n\nNext paragraph.';
    expect(apply(text)).toEqual({
      text: 'He said the first phase will cover and the second phase will follow in 2018.\n\nNext paragraph.',
      changes: 1,
    });
  });

  it('does not join a web address, or a Latin lower-case line after a Chinese one', () => {
    const heading =
      '中國聯通西北最大數據基地落戶西咸新區\n\n\nhttp://www.wenweipo.com   [2012-03-14]\n放大圖片';
    expect(apply(heading)).toEqual({ text: heading, changes: 0 });
    const address = 'For details see\n\nwww.example.com/agreement';
    expect(apply(address)).toEqual({ text: address, changes: 0 });
    const chinese = '双方签署协议\n\nand the rest';
    expect(apply(chinese)).toEqual({ text: chinese, changes: 0 });
  });

  it('does not join a lower-case line to one that ends its sentence', () => {
    const text = 'Both sides signed the agreement.\n\nmeeting, the governor thanked the company.';
    expect(apply(text)).toEqual({ text, changes: 0 });
  });
});

describe('wrapMeasure', () => {
  it('finds the width most lines were wrapped at', () => {
    expect(wrapMeasure([70, 69, 71, 70, 22, 68, 14, 70, 56])).toBe(71);
  });

  it('finds none when lines are paragraphs of free length', () => {
    expect(wrapMeasure([68, 60, 948, 620, 700, 540, 1100])).toBeNull();
  });

  it('finds none in a short list of similar items', () => {
    expect(wrapMeasure([20, 21, 19, 20, 22])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readNames } from '../../scripts/ingest/extract/namesInText.ts';
import { operatorIds } from '../../scripts/ingest/extract/operatorMentions.ts';
import { viewOf } from '../../scripts/ingest/extract/textView.ts';

const operators = (text: string) => operatorIds(readNames(viewOf(text)).operators).sort();
const operatorParties = (text: string) =>
  readNames(viewOf(text))
    .parties.filter((p) => p.kind === 'operator')
    .map((p) => p.operator);

describe('signingOperators: only operators placed in the signing are parties', () => {
  it('leaves out an operator named only in a background sentence', () => {
    const text =
      '日前内蒙古自治区人民政府与中国电信集团签订战略合作框架协议。\n分析师指出，这次中国电信的投资具有标志性意义，在中国联通接连在南方两省布局的同时。';
    expect(operators(text)).toEqual(['china-telecom']);
    expect(operatorParties(text)).toEqual(['china-telecom']);
  });

  it("leaves out a competitor's deal told with also or another", () => {
    expect(
      operators(
        'China Mobile has signed a framework agreement with the Guangdong government. Another Chinese telecom operator China Telecom also signed framework agreement with Guangdong.',
      ),
    ).toEqual(['china-mobile']);
  });

  it('leaves out operators a 至此 sentence sums up (all three have now signed)', () => {
    expect(
      operatorParties(
        '教育部与中国联通签署战略合作协议。\n至此,中国移动、中国电信、中国联通三大电信运营企业已全部与教育部签署了合作协议。',
      ),
    ).toEqual(['china-unicom']);
  });

  it('keeps an operator named in the title', () => {
    expect(operators('中国联通与中国电信共建网络\n双方签署协议。')).toEqual([
      'china-telecom',
      'china-unicom',
    ]);
  });

  it('falls back to every mention when no signing sentence names an operator', () => {
    expect(operators('合作会议召开\n中国移动将加大投入。')).toEqual(['china-mobile']);
  });
});

describe('signingOperators: a signing sentence broken over lines', () => {
  it('keeps the operators listed after a hard line break', () => {
    expect(
      operators(
        '鄭州聯通助力鄭州建設 雙方簽署合作協議\n\n鄭州市人民政府與中國聯通鄭州市分公司、鄭州廣電\n\n、中國鐵塔股份有限公司鄭州市分公司共同簽署《全面戰略合作協議》。',
      ),
    ).toEqual(['china-broadnet', 'china-tower', 'china-unicom']);
  });
});

describe('signingOperators: a list broken after its comma', () => {
  it('keeps the operators on the line after a trailing 、', () => {
    expect(
      operators(
        '中国联通将投入68亿支持泰安政务云\n\n泰安市人民政府与中国联通泰安市分公司、\n\n泰安电信、中国铁塔泰安市分公司在泰安签署协议。',
      ),
    ).toEqual(['china-telecom', 'china-tower', 'china-unicom']);
  });
});

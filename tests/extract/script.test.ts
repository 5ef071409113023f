import { describe, expect, it } from 'vitest';
import {
  detectScript,
  ENGLISH_MAX_HAN_SHARE,
  scriptEvidence,
} from '../../scripts/ingest/extract/script.ts';
import { TextProblem } from '../../scripts/ingest/types.ts';
import { seedText } from './fixtures/cleaned-seeds.ts';

describe('detectScript', () => {
  it('reads English prose as en', () => {
    expect(
      detectScript('China Mobile and the district government signed an agreement on 5G.'),
    ).toBe('en');
  });

  it('reads English that quotes a few Chinese words as en', () => {
    expect(
      detectScript(
        '| 中文\nPress Release\nHuangpu and China Mobile Shanghai sign a strategic cooperation agreement',
      ),
    ).toBe('en');
    expect(
      detectScript(
        'The agreement (合作框架协议) was signed by Hao Peng and Yang Jie in Xining on Friday.',
      ),
    ).toBe('en');
  });

  it('reads Simplified Chinese as zh-Hans', () => {
    expect(detectScript('上海市人民政府与中国移动通信公司在上海签署合作框架协议。')).toBe(
      'zh-Hans',
    );
  });

  it('reads Traditional Chinese as zh-Hant', () => {
    expect(detectScript('煙臺市政府與山東移動、山東聯通在東方海天酒店簽署戰略合作協議。')).toBe(
      'zh-Hant',
    );
  });

  it('keeps Chinese with many Latin acronyms Chinese', () => {
    expect(
      detectScript(
        '中国联通与市政府签署5G、NB-IoT、TD-LTE、SDN/NFV和AICDE战略合作协议，推进5G网络建设。',
      ),
    ).toBe('zh-Hans');
    expect(
      detectScript(
        '中國聯通與市政府簽署5G、NB-IoT、TD-LTE、SDN/NFV和AICDE戰略合作協議，推進5G網絡建設。',
      ),
    ).toBe('zh-Hant');
  });

  it('lets the more numerous forms win in mixed Chinese', () => {
    // One Simplified-only character (发) among many Traditional ones.
    expect(detectScript('煙臺市與山東聯通簽署協議，推動數字經濟發展，发')).toBe('zh-Hant');
    expect(detectScript('烟台市与山东联通签署协议，推动数字经济发展，發')).toBe('zh-Hans');
  });

  it('reads Chinese whose characters are the same in both scripts as zh-Hans', () => {
    expect(scriptEvidence('合作中心')).toMatchObject({ han: 4, simplified: 0, traditional: 0 });
    expect(detectScript('合作中心')).toBe('zh-Hans');
  });

  it('puts the English threshold between an English and a Chinese release', () => {
    const english = scriptEvidence(seedText('000_5bb37ff1206ba871') + '\n\n| 中文');
    expect(english.han / (english.han + english.latin)).toBeLessThan(ENGLISH_MAX_HAN_SHARE);
    const chinese = scriptEvidence(seedText('002_4538e34c3cc89bcd'));
    expect(chinese.han / (chinese.han + chinese.latin)).toBeGreaterThan(ENGLISH_MAX_HAN_SHARE);
  });

  it('throws TextProblem for a text without letters', () => {
    expect(() => detectScript('2019-11-20 17:54:11 — 0531-66661234')).toThrow(TextProblem);
    expect(() => detectScript('')).toThrow(TextProblem);
  });

  it.each([
    ['000_5bb37ff1206ba871', 'en'],
    ['001_c6f302dbc17396ed', 'zh-Hans'],
    ['002_4538e34c3cc89bcd', 'zh-Hant'],
    ['003_5ac30d3eb63e27dd', 'en'],
    ['004_9828d1b0e7f253aa', 'en'],
  ] as const)('reads seed %s as %s', (seed, language) => {
    expect(detectScript(seedText(seed))).toBe(language);
  });
});

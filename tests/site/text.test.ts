import { describe, expect, it } from 'vitest';
import { bodyView, displaySummary, displayTitle } from '../../src/lib/archive/text.ts';
import { leadSentence } from '../../src/lib/archive/lead.ts';
import { entry, translation } from './fixtures.ts';

const simplifiedOriginal = entry(
  { language: 'zh-Hans', title: '烟台签署协议' },
  '烟台市与运营商签署协议。\n\n第二段。',
);
const traditionalOriginal = entry(
  { language: 'zh-Hant', title: '煙臺簽署協議' },
  '煙臺市與運營商簽署協議。',
);
const englishOriginal = entry(
  { language: 'en', title: 'Yantai signs' },
  'Yantai signed an agreement. It is long.',
  {
    'zh-Hans': translation({ language: 'zh-Hans' }, '烟台签署了协议。'),
  },
);

describe('what each locale reads', () => {
  it('shows a Simplified original as it is to Simplified readers, converted to Traditional readers', () => {
    expect(bodyView(simplifiedOriginal, 'zh-hans')).toMatchObject({
      kind: 'original',
      original: { lang: 'zh-Hans' },
    });
    const traditional = bodyView(simplifiedOriginal, 'zh-hant');
    expect(traditional).toMatchObject({
      kind: 'converted',
      shown: { lang: 'zh-Hant', markdown: '煙臺市與運營商簽署協議。\n\n第二段。' },
    });
  });

  it('shows a Traditional original converted to Simplified readers', () => {
    expect(bodyView(traditionalOriginal, 'zh-hans')).toMatchObject({
      kind: 'converted',
      shown: { lang: 'zh-Hans', markdown: '烟台市与运营商签署协议。' },
    });
    expect(bodyView(traditionalOriginal, 'zh-hant').kind).toBe('original');
  });

  it('shows the editors’ translation beside the original, in the reader’s script', () => {
    const hans = bodyView(englishOriginal, 'zh-hans');
    expect(hans).toMatchObject({
      kind: 'translated',
      translation: { lang: 'zh-Hans', markdown: '烟台签署了协议。' },
      original: { lang: 'en' },
    });
    expect(bodyView(englishOriginal, 'zh-hant')).toMatchObject({
      kind: 'translated',
      translation: { lang: 'zh-Hant', markdown: '煙臺簽署了協議。' },
    });
  });

  it('says when no translation exists', () => {
    expect(bodyView(simplifiedOriginal, 'en')).toMatchObject({
      kind: 'untranslated',
      original: { lang: 'zh-Hans' },
    });
  });

  it('takes titles from the editors first, then the translation, then the original', () => {
    const withEditorial = entry(
      {
        language: 'zh-Hant',
        title: '煙臺簽署協議',
        editorial: {
          decidedBy: 'Editors',
          title: { en: 'Yantai 5G', zh: '煙臺5G協議' },
          notes: [],
        },
      },
      '正文。',
    );
    expect(displayTitle(withEditorial, 'en')).toEqual({ text: 'Yantai 5G', lang: 'en' });
    expect(displayTitle(withEditorial, 'zh-hans')).toEqual({ text: '烟台5G协议', lang: 'zh-Hans' });
    expect(displayTitle(englishOriginal, 'zh-hant')).toEqual({ text: '譯文標題', lang: 'zh-Hant' });
    expect(displayTitle(simplifiedOriginal, 'en')).toEqual({
      text: '烟台签署协议',
      lang: 'zh-Hans',
    });
  });

  it('falls back to the first sentence for a summary', () => {
    expect(displaySummary(simplifiedOriginal, 'zh-hant')).toEqual({
      text: '煙臺市與運營商簽署協議。',
      lang: 'zh-Hant',
    });
    expect(leadSentence('Yantai signed. Then more.')).toBe('Yantai signed.');
    expect(leadSentence('x'.repeat(300)).length).toBe(200);
    expect(leadSentence('行业新闻\n\n2月27日，双方签约。其后。')).toBe('2月27日，双方签约。');
    expect(leadSentence('Today is\n\nNo sentence here')).toBe('Today is');
  });
});

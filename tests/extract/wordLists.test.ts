import { describe, expect, it } from 'vitest';
import amountWordsFile from '../../scripts/ingest/extract/amount-words.json' with { type: 'json' };
import bylineWordsFile from '../../scripts/ingest/extract/byline-words.json' with { type: 'json' };
import {
  allForms,
  amountWordsSchema,
  BYLINE_WORDS,
  bylineWordsSchema,
  HEADING_TRUNCATION,
  validated,
} from '../../scripts/ingest/extract/wordLists.ts';

describe('the extractors’ word lists', () => {
  it('load and validate', () => {
    expect(BYLINE_WORDS.chineseSurnames.zh).toContain('欧阳');
    expect(HEADING_TRUNCATION.brackets).toContainEqual(['《', '》']);
  });

  it('refuse a currency the front matter does not know, naming the file and the key', () => {
    const broken = structuredClone(amountWordsFile);
    (broken.currencyAfter.words as Record<string, string>)['日元'] = 'JPY';
    expect(() => validated('amount-words.json', amountWordsSchema, broken)).toThrow(
      /^scripts\/ingest\/extract\/amount-words\.json: currencyAfter\.words\.日元: /u,
    );
  });

  it('refuse an empty word and an unknown key', () => {
    const empty = structuredClone(bylineWordsFile);
    empty.publisherKeys.zh.push('');
    expect(bylineWordsSchema.safeParse(empty).success).toBe(false);
    const unknown = { ...structuredClone(bylineWordsFile), editorKeys: { en: ['Editor'] } };
    expect(bylineWordsSchema.safeParse(unknown).success).toBe(false);
  });

  it('give English, then Chinese with its Traditional forms, then the extra Traditional spellings', () => {
    expect(allForms({ en: ['Date'], zh: ['发布时间', '日期'], 'zh-Hant': ['發布時間'] })).toEqual([
      'Date',
      '发布时间',
      '發佈時間',
      '日期',
      '發布時間',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { cleanText, cleaningRules } from '../../scripts/ingest/clean/index.ts';
import { CLEANING_RULES } from '../../src/lib/archive/cleaningRules.ts';

/** The contract with the extractors: paragraphs separated by exactly one blank line. */
function expectParagraphShape(text: string): void {
  expect(text).not.toMatch(/^\s|\s$/u);
  expect(text).not.toMatch(/\n{3,}/u);
  for (const paragraph of text.split('\n\n')) {
    expect(paragraph).not.toBe('');
    expect(paragraph).not.toContain('\n');
    expect(paragraph).toBe(paragraph.trim());
  }
}

describe('cleaningRules', () => {
  it('are named in camelCase, each once, each with a one-line description for the site', () => {
    const names = cleaningRules.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    expect(CLEANING_RULES.map((rule) => rule.name)).toEqual(names);
    for (const rule of CLEANING_RULES) {
      expect(rule.name).toMatch(/^[a-z][a-zA-Z]+$/u);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.description).not.toContain('\n');
    }
  });

  it('remove chrome and furniture before unwrapping and shape paragraphs last', () => {
    const position = (name: string) => cleaningRules.findIndex((rule) => rule.name === name);
    expect(position('normaliseLineEndings')).toBe(0);
    expect(position('dropSiteChrome')).toBeLessThan(position('unwrapHardLines'));
    expect(position('dropPageFurniture')).toBeLessThan(position('unwrapHardLines'));
    expect(position('repairSuperscripts')).toBeLessThan(position('unwrapHardLines'));
    expect(position('stripPinyinAnnotations')).toBeLessThan(position('fullWidthPunctuation'));
    expect(position('separateParagraphs')).toBe(cleaningRules.length - 1);
  });
});

describe('cleanText', () => {
  it('cleans an invented scraped release and lists the rules that changed it, in order', () => {
    const raw = [
      '首頁 > 新聞中心',
      '某市政府與中國聯(lián)通簽署戰(zhàn)略合作協議',
      '來源:某某網   2020-05-06',
      '某某網訊(記者 李四)5月6日,某市政府與中國聯(lián)通在市行政中心簽約。',
      '想爆料?請撥打熱線0531-12345678。',
    ].join('\r\n');
    const result = cleanText(raw);
    expect(result.text).toBe(
      [
        '某市政府與中國聯通簽署戰略合作協議',
        '來源：某某網 2020-05-06',
        '某某網訊（記者 李四）5月6日，某市政府與中國聯通在市行政中心簽約。',
      ].join('\n\n'),
    );
    expect(result.applied).toEqual([
      { rule: 'normaliseLineEndings', changes: 4 },
      { rule: 'stripPinyinAnnotations', changes: 3 },
      { rule: 'dropSiteChrome', changes: 2 },
      { rule: 'normaliseWhitespace', changes: 1 },
      { rule: 'fullWidthPunctuation', changes: 4 },
      { rule: 'separateParagraphs', changes: 2 },
    ]);
    expectParagraphShape(result.text);
  });

  it('changes nothing in text that is already clean', () => {
    const clean = 'Title\n\nFirst paragraph, in English.\n\n第二段，中文。';
    expect(cleanText(clean)).toEqual({ text: clean, applied: [] });
  });

  it('returns an empty text for input that is all chrome', () => {
    expect(cleanText('Home > News\n| 中文\nLeave a Reply\n')).toEqual({
      text: '',
      applied: [{ rule: 'dropSiteChrome', changes: 3 }],
    });
  });
});

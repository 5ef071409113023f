import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  asciiVariants,
  englishStem,
  plainPinyin,
  romanisationTableSchema,
  splitName,
} from '../../scripts/gazetteer/romanise.ts';

const table = romanisationTableSchema.parse(
  parse(
    readFileSync(
      new URL('../../scripts/gazetteer/data/romanisation.yaml', import.meta.url),
      'utf8',
    ),
  ),
);

describe('splitName', () => {
  it('takes off the division type', () => {
    expect(splitName('五莲县', table)).toEqual({
      stem: '五莲',
      ethnicGroups: [],
      suffix: { zh: '县', en: 'County' },
    });
    expect(splitName('浦东新区', table).suffix?.en).toBe('New Area');
    expect(splitName('神农架林区', table).stem).toBe('神农架');
  });

  it('takes off ethnic groups before an autonomous suffix, longest first (土家 before 土)', () => {
    expect(splitName('恩施土家族苗族自治州', table)).toMatchObject({
      stem: '恩施',
      ethnicGroups: ['土家', '苗'],
    });
    expect(splitName('大通回族土族自治县', table)).toMatchObject({
      stem: '大通',
      ethnicGroups: ['回', '土'],
    });
    expect(splitName('博尔塔拉蒙古自治州', table)).toMatchObject({
      stem: '博尔塔拉',
      ethnicGroups: ['蒙古'],
    });
  });

  it('keeps a people as the name when nothing else is left', () => {
    expect(splitName('东乡族自治县', table)).toMatchObject({ stem: '东乡', ethnicGroups: [] });
  });

  it('leaves names without a known suffix alone', () => {
    expect(splitName('中沙群岛的岛礁及其海域', table).suffix).toBeNull();
    expect(splitName('县', table).suffix).toBeNull();
  });
});

describe('English stems', () => {
  it('joins syllables, capitalises and marks a/o/e syllables with an apostrophe', () => {
    expect(plainPinyin('烟台', table)).toBe('Yantai');
    expect(plainPinyin('西安', table)).toBe("Xi'an");
    expect(plainPinyin('于都', table)).toBe('Yudu'); // 都 read dū in place names
  });

  it('prefers corrected readings and conventional names, by code before stem', () => {
    expect(englishStem('六合', '320116', table)).toEqual({ en: 'Luhe', pinyinAlias: null });
    expect(englishStem('呼和浩特', '150100', table)).toEqual({
      en: 'Hohhot',
      pinyinAlias: 'Huhehaote',
    });
    expect(englishStem('兴安', '152200', table).en).toBe('Hinggan');
    expect(englishStem('兴安', '450325', table).en).toBe("Xing'an");
  });

  it('offers ASCII spellings', () => {
    expect(asciiVariants('Lüliang')).toEqual(['Luliang', 'Lvliang']);
    expect(asciiVariants("Xi'an")).toEqual(['Xian']);
    expect(asciiVariants('Yantai')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { allPlaces, placeAncestors, placeByCode } from '../../src/lib/gazetteer/index.ts';

const byLevel = (level: string) => allPlaces().filter((p) => p.level === level);

describe('the place list is complete', () => {
  it('has every province-level unit, including Hong Kong, Macao and Taiwan', () => {
    const provinces = byLevel('province');
    expect(provinces).toHaveLength(34);
    for (const code of ['110000', '310000', '370000', '650000', '710000', '810000', '820000']) {
      expect(placeByCode(code)?.level).toBe('province');
    }
  });

  it('has the prefecture-level and county-level units', () => {
    expect(byLevel('prefecture').length).toBeGreaterThanOrEqual(330);
    expect(byLevel('county').length).toBeGreaterThanOrEqual(2800);
  });

  it('uses six-digit codes whose shape matches the level, sorted and unique', () => {
    const codes = allPlaces().map((p) => p.code);
    expect(codes).toEqual([...new Set(codes)].sort());
    for (const place of allPlaces()) {
      expect(place.code).toMatch(/^\d{6}$/);
      if (place.level === 'province') expect(place.code).toMatch(/0000$/);
      if (place.level === 'prefecture') expect(place.code).toMatch(/^\d{2}(?!00)\d{2}00$/);
      if (place.level === 'county') expect(place.code).not.toMatch(/00$/);
    }
  });

  it('links every place to an existing parent one level up (municipal districts to the municipality)', () => {
    for (const place of allPlaces()) {
      if (place.level === 'province') {
        expect(place.parentCode).toBeNull();
        continue;
      }
      const parent = placeByCode(place.parentCode ?? '');
      expect(parent, place.code).toBeDefined();
      if (place.level === 'prefecture') expect(parent?.level).toBe('province');
      expect(place.code.slice(0, 2)).toBe(place.parentCode?.slice(0, 2));
    }
  });

  it('keeps no placeholder rows and no statistics-only zones', () => {
    const names = allPlaces().map((p) => p.names['zh-Hans']);
    for (const placeholder of ['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']) {
      expect(names).not.toContain(placeholder);
    }
    expect(placeByCode('310100')).toBeUndefined(); // 上海市 › 市辖区
    expect(placeByCode('500200')).toBeUndefined(); // 重庆市 › 县
    expect(placeByCode('370671')).toBeUndefined(); // 烟台高新技术产业开发区
    expect(names.filter((n) => /开发区|管委会|街道$|镇$/.test(n))).toEqual([]);
  });
});

describe('municipalities and directly administered units', () => {
  it('makes a municipality one province-level place whose districts are its children', () => {
    for (const code of ['110000', '120000', '310000', '500000']) {
      expect(placeByCode(code)?.level).toBe('province');
      expect(allPlaces().filter((p) => p.parentCode === code && p.level === 'prefecture')).toEqual(
        [],
      );
    }
    expect(placeByCode('310101')).toMatchObject({ level: 'county', parentCode: '310000' });
    expect(placeAncestors('310101').map((p) => p.code)).toEqual(['310000']);
    expect(placeByCode('500235')?.parentCode).toBe('500000'); // 云阳县, under the 县 placeholder
  });

  it('puts province-administered county-level cities under the province', () => {
    expect(placeByCode('419001')).toMatchObject({ level: 'county', parentCode: '410000' }); // 济源市
    expect(placeByCode('429021')?.names.en).toBe('Shennongjia Forestry District');
  });

  it('lists ancestors province first, without the place itself', () => {
    expect(placeAncestors('371121').map((p) => p.code)).toEqual(['370000', '371100']);
    expect(placeAncestors('370000')).toEqual([]);
    expect(placeAncestors('999999')).toEqual([]);
  });
});

describe('names', () => {
  it.each([
    ['610000', 'Shaanxi'],
    ['140000', 'Shanxi'],
    ['150000', 'Inner Mongolia'],
    ['450000', 'Guangxi'],
    ['540000', 'Tibet'],
    ['650000', 'Xinjiang'],
    ['640000', 'Ningxia'],
    ['810000', 'Hong Kong'],
    ['820000', 'Macao'],
    ['710000', 'Taiwan'],
  ])('province %s is %s in English', (code, en) => {
    expect(placeByCode(code)?.names.en).toBe(en);
  });

  it.each([
    ['370600', 'Yantai', 'Yantai'],
    ['310101', 'Huangpu District', 'Huangpu'],
    ['371121', 'Wulian County', 'Wulian'],
    ['630100', 'Xining', 'Xining'],
    ['341500', "Lu'an", "Lu'an"],
    ['610100', "Xi'an", "Xi'an"],
    ['230100', 'Harbin', 'Harbin'],
    ['222400', 'Yanbian Korean Autonomous Prefecture', 'Yanbian'],
    ['150723', 'Oroqen Autonomous Banner', 'Oroqen'],
    ['141100', 'Lüliang', 'Lüliang'],
    ['310115', 'Pudong New Area', 'Pudong'],
    ['510182', 'Pengzhou', 'Pengzhou'],
    ['510117', 'Pidu District', 'Pidu'],
  ])('%s is %s (short %s) in English', (code, en, short) => {
    expect(placeByCode(code)?.names.en).toBe(en);
    expect(placeByCode(code)?.shortNames.en).toBe(short);
  });

  it('has Simplified, Traditional and short Chinese names, with 台 for 臺 as an alias', () => {
    const yantai = placeByCode('370600');
    expect(yantai?.names).toMatchObject({ 'zh-Hans': '烟台市', 'zh-Hant': '煙臺市' });
    expect(yantai?.shortNames).toMatchObject({ 'zh-Hans': '烟台', 'zh-Hant': '煙臺' });
    expect(yantai?.aliases).toEqual(expect.arrayContaining(['煙台市', '煙台', 'Yantai City']));
    expect(placeByCode('310101')?.names['zh-Hant']).toBe('黃浦區');
    expect(placeByCode('710000')?.names['zh-Hant']).toBe('臺灣省');
    expect(placeByCode('710000')?.aliases).toContain('台灣省');
  });

  it('keeps spellings without ü or apostrophe as aliases', () => {
    expect(placeByCode('141100')?.aliases).toEqual(expect.arrayContaining(['Lvliang', 'Luliang']));
    expect(placeByCode('341500')?.aliases).toContain('Luan');
    expect(placeByCode('230100')?.aliases).toContain("Ha'erbin");
  });
});

/**
 * What each agreement page tells the index: filter ids, their labels, and the names a reader
 * may type for it in any language (from the gazetteer).
 */
import { describe, expect, it } from 'vitest';
import { agreement } from '../site/fixtures.ts';
import {
  facetGroups,
  facetLabel,
  facetValues,
  placeFacetOf,
} from '../../src/lib/searchIndex/facetGroups.ts';
import { queryWords, searchTerms } from '../../src/lib/searchIndex/searchTerms.ts';

const yantai = agreement({
  id: '2019-yantai-test',
  language: 'zh-Hant',
  signedOn: { value: '2019-11-20', precision: 'day', basis: 'text', evidence: '11月20日' },
  operators: ['china-unicom', 'china-tower'],
  places: [{ code: '370600', level: 'prefecture' }],
  parties: [{ name: '山東聯通', kind: 'operator', operator: 'china-unicom' }],
  topics: ['5g'],
  publisher: '齊魯網',
});
const huangpu = agreement({
  id: '2017-huangpu-test',
  language: 'en',
  publishedOn: { value: '2017', precision: 'year', basis: 'text', evidence: '2017' },
  operators: ['china-mobile'],
  places: [{ code: '310101', level: 'county' }],
  parties: [{ name: 'Wuzheng Group', kind: 'enterprise' }],
});
const undated = agreement({ id: 'undated-test', operators: ['china-mobile'] });

describe('filters', () => {
  it('are stable ids: operators, places by level with the places above them, year, topic, language', () => {
    expect(facetValues(yantai)).toEqual({
      operator: ['china-unicom', 'china-tower'],
      province: ['370000'],
      city: ['370600'],
      county: [],
      year: ['2019'],
      topic: ['5g'],
      language: ['zh-Hant'],
    });
    expect(facetValues(huangpu)).toMatchObject({
      province: ['310000'],
      city: [],
      county: ['310101'],
    });
    expect(facetValues(undated).year).toEqual(['undated']);
  });

  it('are shown in the reader’s language and script', () => {
    expect(facetLabel('operator', 'china-unicom', 'zh-hant').text).toBe('中國聯通');
    expect(facetLabel('operator', 'china-unicom', 'zh-hans').text).toBe('中国联通');
    expect(facetLabel('city', '370600', 'zh-hant').text).toBe('煙臺市');
    expect(facetLabel('city', '370600', 'en')).toEqual({ text: 'Yantai', lang: 'en' });
    expect(facetLabel('language', 'zh-Hant', 'en').text).toBe('Chinese (Traditional)');
    expect(facetLabel('year', 'undated', 'en').text).toBe('Undated');
  });

  it('are counted over the archive and ordered for the form', () => {
    const groups = facetGroups([yantai, huangpu, undated], 'en');
    const options = (facet: string) =>
      groups.find((group) => group.facet === facet)?.options.map((o) => `${o.id}:${o.count}`);
    expect(groups.map((group) => group.facet)).toEqual([
      'operator',
      'province',
      'city',
      'county',
      'year',
      'topic',
      'language',
    ]);
    expect(options('operator')).toEqual(['china-mobile:2', 'china-unicom:1', 'china-tower:1']);
    expect(options('year')).toEqual(['2019:1', '2017:1', 'undated:1']);
    expect(options('language')).toEqual(['en:2', 'zh-Hant:1']);
  });

  it('resolve a place code of any level to its facet', () => {
    expect(placeFacetOf('370000')).toBe('province');
    expect(placeFacetOf('370600')).toBe('city');
    expect(placeFacetOf('310101')).toBe('county');
    expect(placeFacetOf('999999')).toBeUndefined();
  });
});

describe('names a reader may type', () => {
  it('cover places and the places above them, in English and both scripts, with aliases', () => {
    const terms = searchTerms(yantai);
    for (const name of [
      'Yantai',
      '烟台',
      '煙臺',
      '煙台',
      'Shandong',
      '山东',
      '山東',
      'Shandong Province',
    ]) {
      expect(terms).toContain(name);
    }
    expect(searchTerms(huangpu)).toEqual(
      expect.arrayContaining(['Huangpu', '黄浦', '黃浦', 'Shanghai', '上海']),
    );
  });

  it('cover operators with their aliases, topics, parties and the publisher, in both scripts', () => {
    const terms = searchTerms(yantai);
    for (const name of [
      'China Unicom',
      '中国联通',
      '中國聯通',
      'Unicom',
      'China Tower',
      '中国铁塔',
      '5G',
    ]) {
      expect(terms).toContain(name);
    }
    expect(terms).toEqual(expect.arrayContaining(['山東聯通', '山东联通', '齊魯網', '齐鲁网']));
    expect(searchTerms(huangpu)).toEqual(
      expect.arrayContaining(['Wuzheng Group', 'CMCC', '中国移动']),
    );
  });

  it('include Chinese names cut into the words a browser cuts a query into', () => {
    expect(queryWords('中国联通')).toBe('中国 联通');
    expect(searchTerms(yantai)).toContain(queryWords('中国联通'));
  });

  it('hold each form once', () => {
    const terms = searchTerms(yantai);
    expect(new Set(terms).size).toBe(terms.length);
  });
});

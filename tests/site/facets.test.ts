import { describe, expect, it } from 'vitest';
import {
  groupBy,
  mostSpecificPlaceCodes,
  nameSlug,
  parties,
  partyKey,
  placeCodesWithAncestors,
} from '../../src/lib/archive/facets.ts';
import { entry } from './fixtures.ts';

describe('browsing facets', () => {
  it('groups entries under each key once, keeping the archive order', () => {
    const a = entry({ id: 'a', operators: ['china-mobile', 'china-unicom'] }, '');
    const b = entry({ id: 'b', operators: ['china-mobile'] }, '');
    const groups = groupBy([a, b], (agreement) => [...agreement.operators, ...agreement.operators]);
    expect(groups.get('china-mobile')?.map((e) => e.agreement.id)).toEqual(['a', 'b']);
    expect(groups.get('china-unicom')?.map((e) => e.agreement.id)).toEqual(['a']);
  });

  it('files an agreement of several reports once, under what any of its reports states', () => {
    const head = entry({ id: 'a', operators: ['china-mobile'] }, '');
    const reprint = entry({ id: 'b', operators: ['china-mobile', 'china-tower'] }, '');
    const listed = { ...head, reports: [head, reprint] };
    const groups = groupBy([listed], (agreement) => agreement.operators);
    expect(groups.get('china-mobile')?.map((e) => e.agreement.id)).toEqual(['a']);
    expect(groups.get('china-tower')?.map((e) => e.agreement.id)).toEqual(['a']);
  });

  it('counts a county’s agreement for its city and province, and marks only the county on the map', () => {
    const wulian = entry(
      {
        places: [
          { code: '371121', level: 'county' },
          { code: '370000', level: 'province' },
        ],
      },
      '',
    );
    expect(placeCodesWithAncestors(wulian.agreement)).toEqual(['370000', '371100', '371121']);
    expect(mostSpecificPlaceCodes(wulian.agreement)).toEqual(['371121']);
  });

  it('folds a party’s Simplified and Traditional names into one', () => {
    expect(partyKey({ kind: 'operator', name: '山東移動' })).toBe(
      partyKey({ kind: 'operator', name: '山东移动' }),
    );
    expect(partyKey({ kind: 'operator', name: '山东移动' })).not.toBe(
      partyKey({ kind: 'government', name: '山东移动' }),
    );
  });

  it('gives readable slugs: pinyin for Chinese names, never a bare number', () => {
    expect(nameSlug('煙臺市人民政府')).toBe('yan-tai-shi-ren-min-zheng-fu');
    expect(nameSlug('China Mobile (Rizhao)')).toBe('china-mobile-rizhao');
    expect(nameSlug('2019')).toBe('party-2019');
  });

  it('gives colliding names distinct slugs that do not depend on order', () => {
    const one = entry({ id: 'x', parties: [{ name: 'Wuzheng Group', kind: 'enterprise' }] }, '');
    const two = entry({ id: 'y', parties: [{ name: 'Wuzheng  Group!', kind: 'enterprise' }] }, '');
    const forward = parties([one, two]).map((p) => p.slug);
    const backward = parties([two, one]).map((p) => p.slug);
    expect(new Set(forward).size).toBe(2);
    expect(forward.every((slug) => slug.startsWith('wuzheng-group-'))).toBe(true);
    expect([...forward].sort()).toEqual([...backward].sort());
  });
});

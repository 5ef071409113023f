import { describe, expect, it } from 'vitest';
import { observeFacts, type PlaceLookup } from '../../scripts/eval/observe.ts';
import type { Agreement } from '../../src/schema/agreement.ts';

/** A tiny gazetteer: a province, a city in it, a county of that city, a municipality's district. */
const places: Record<string, ReturnType<PlaceLookup>> = {
  '420000': { level: 'province', parentCode: null },
  '420300': { level: 'prefecture', parentCode: '420000' },
  '420325': { level: 'county', parentCode: '420300' },
  '310000': { level: 'province', parentCode: null },
  '310116': { level: 'county', parentCode: '310000' },
};
const lookup: PlaceLookup = (code) => places[code];

type Observed = Parameters<typeof observeFacts>[0];
const base: Observed = {
  language: 'zh-Hans',
  operators: ['china-tower'],
  parties: [],
  places: [],
  signedOn: null,
  publishedOn: null,
  amounts: [],
};
const government = (placeCode?: string): Agreement['parties'][number] => ({
  name: 'x',
  kind: 'government',
  ...(placeCode ? { placeCode } : {}),
});

describe('observeFacts', () => {
  it('takes province and city from the most specific government: a county gives its city', () => {
    const facts = observeFacts(
      { ...base, parties: [government('420000'), government('420325')] },
      lookup,
    );
    expect(facts.governments).toEqual(['420000', '420325']);
    expect(facts.province).toBe('420000');
    expect(facts.city).toBe('420300');
  });

  it('gives no city for a district of a direct-administered municipality', () => {
    const facts = observeFacts({ ...base, parties: [government('310116')] }, lookup);
    expect(facts.province).toBe('310000');
    expect(facts.city).toBeNull();
  });

  it('files as the id does: a national government under no place, else the places mentioned', () => {
    const places = [
      { code: '420000', level: 'province' as const },
      { code: '420300', level: 'prefecture' as const },
    ];
    const national = observeFacts({ ...base, parties: [government()], places }, lookup);
    expect(national.governments).toEqual(['national']);
    expect(national.province).toBeNull();
    expect(national.city).toBeNull();
    const noGovernment = observeFacts({ ...base, parties: [], places }, lookup);
    expect(noGovernment.governments).toEqual([]);
    expect(noGovernment.province).toBe('420000');
    expect(noGovernment.city).toBe('420300');
  });

  it('reads dates at their precision and amounts without their words', () => {
    const facts = observeFacts(
      {
        ...base,
        signedOn: { value: '2009', precision: 'year', basis: 'text', evidence: '8/5/2009' },
        amounts: [{ value: 5.05e9, currency: 'CNY', text: '50.5亿元' }],
      },
      lookup,
    );
    expect(facts.signedOn).toBe('2009');
    expect(facts.publishedOn).toBeNull();
    expect(facts.amounts).toEqual([{ value: 5.05e9, currency: 'CNY' }]);
  });
});

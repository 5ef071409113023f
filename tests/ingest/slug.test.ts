import { describe, expect, it } from 'vitest';
import type { DatedFact, Party, PlaceRef } from '../../src/schema/agreement.ts';
import {
  deriveId,
  operatorPart,
  slugify,
  sourceSuffix,
  type IdFacts,
  type PlaceForId,
} from '../../scripts/ingest/slug.ts';

const PLACES: Record<string, PlaceForId> = {
  '310000': { code: '310000', level: 'province', englishShortName: 'Shanghai' },
  '310101': { code: '310101', level: 'county', englishShortName: 'Huangpu' },
  '370600': { code: '370600', level: 'prefecture', englishShortName: 'Yantai' },
  '370100': { code: '370100', level: 'prefecture', englishShortName: 'Jinan' },
  '630000': { code: '630000', level: 'province', englishShortName: 'Qinghai' },
  '630100': { code: '630100', level: 'prefecture', englishShortName: 'Xining' },
  '610000': { code: '610000', level: 'province', englishShortName: 'Shaanxi' },
};
/** sha256 of the empty string: any hex digest will do. */
const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const lookup = (code: string): PlaceForId | undefined => PLACES[code];

const date = (value: string): DatedFact => ({
  value,
  precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day',
  basis: 'text',
  evidence: value,
});
const place = (code: string): PlaceRef => ({ code, level: PLACES[code]?.level ?? 'province' });
const government = (code: string): Party => ({
  name: `gov ${code}`,
  kind: 'government',
  placeCode: code,
});

function facts(overrides: Partial<IdFacts>): IdFacts {
  return {
    signedOn: null,
    publishedOn: null,
    parties: [],
    places: [],
    operators: [],
    sourceSha256: SHA,
    ...overrides,
  };
}

describe('slugify', () => {
  it('makes lower-case ASCII slugs', () => {
    expect(slugify('Huangpu')).toBe('huangpu');
    expect(slugify("Xi'an")).toBe('xi-an');
    expect(slugify('Ürümqi  City!')).toBe('urumqi-city');
    expect(slugify('Inner Mongolia')).toBe('inner-mongolia');
  });
});

describe('deriveId', () => {
  it('the signing date at its precision, the government party place, one operator', () => {
    const id = deriveId(
      facts({
        signedOn: date('2017-04-07'),
        publishedOn: date('2018-01-01'),
        parties: [government('310101')],
        places: [place('310000'), place('310101')],
        operators: ['china-mobile'],
      }),
      lookup,
    );
    expect(id).toBe('2017-04-07-huangpu-china-mobile');
  });

  it('a government party beats a more specific place merely mentioned', () => {
    const id = deriveId(
      facts({
        publishedOn: date('2016'),
        parties: [government('630000')],
        places: [place('630000'), place('630100')],
        operators: ['china-telecom'],
      }),
      lookup,
    );
    expect(id).toBe('2016-qinghai-china-telecom-e3b0c442');
  });

  it('without government parties: the most specific place mentioned, ties by code', () => {
    const id = deriveId(
      facts({
        places: [place('370600'), place('370100'), place('630000')],
        operators: ['china-unicom'],
      }),
      lookup,
    );
    expect(id).toBe('undated-jinan-china-unicom-e3b0c442');
  });

  it('a ministry alone is filed under no place, not the city it signs in', () => {
    const ministry: Party = { name: '住房和城乡建设部', kind: 'government' };
    const signedInBeijing = { places: [place('310000')], operators: ['china-telecom' as const] };
    expect(deriveId(facts({ ...signedInBeijing, parties: [ministry] }), lookup)).toBe(
      'undated-china-telecom-e3b0c442',
    );
    // Beside a province's government, the province.
    expect(
      deriveId(facts({ ...signedInBeijing, parties: [ministry, government('630000')] }), lookup),
    ).toBe('undated-qinghai-china-telecom-e3b0c442');
  });

  it('two operators are joined, three or more are counted', () => {
    expect(operatorPart(['china-mobile', 'china-unicom'])).toBe('china-mobile-china-unicom');
    expect(
      operatorPart([
        'china-mobile',
        'china-telecom',
        'china-unicom',
        'china-tower',
        'china-broadnet',
      ]),
    ).toBe('5-operators');
    expect(operatorPart([])).toBeNull();
  });

  it('omits what is unknown', () => {
    expect(deriveId(facts({}), lookup)).toBe('undated-e3b0c442');
    expect(deriveId(facts({ places: [place('610000')] }), lookup)).toBe('undated-shaanxi-e3b0c442');
    expect(deriveId(facts({ places: [{ code: '999999', level: 'county' }] }), lookup)).toBe(
      'undated-e3b0c442',
    );
  });
});

describe('the date in the id', () => {
  it('keeps the precision the date has, so agreements signed the same year stay apart', () => {
    const base = { parties: [government('310101')], operators: ['china-mobile' as const] };
    expect(deriveId(facts({ ...base, signedOn: date('2017-04-07') }), lookup)).toBe(
      '2017-04-07-huangpu-china-mobile',
    );
    expect(deriveId(facts({ ...base, signedOn: date('2017-09-30') }), lookup)).toBe(
      '2017-09-30-huangpu-china-mobile',
    );
    expect(deriveId(facts({ ...base, publishedOn: date('2017') }), lookup)).toBe(
      '2017-huangpu-china-mobile-e3b0c442',
    );
  });
});

describe('undated ids', () => {
  const base = { parties: [government('370600')], operators: ['china-unicom' as const] };

  it('end with the start of the source hash, so two undated releases of one place and operator differ', () => {
    const one = deriveId(facts({ ...base, sourceSha256: 'a'.repeat(64) }), lookup);
    const two = deriveId(facts({ ...base, sourceSha256: '0123456789abcdef'.repeat(4) }), lookup);
    expect(one).toBe('undated-yantai-china-unicom-aaaaaaaa');
    expect(two).toBe('undated-yantai-china-unicom-01234567');
  });

  it('byte-identical sources (one hash) still share an id: a real collision', () => {
    expect(deriveId(facts(base), lookup)).toBe(deriveId(facts(base), lookup));
  });

  it('a year or month id ends with the hash too: one place and operator sign often in a year', () => {
    const sha = '0123456789abcdef'.repeat(4);
    expect(deriveId(facts({ ...base, signedOn: date('2017'), sourceSha256: sha }), lookup)).toBe(
      '2017-yantai-china-unicom-01234567',
    );
    expect(deriveId(facts({ ...base, signedOn: date('2017-06'), sourceSha256: sha }), lookup)).toBe(
      '2017-06-yantai-china-unicom-01234567',
    );
  });

  it('an id dated to the day takes no suffix, whatever the hash', () => {
    const dated = facts({ ...base, publishedOn: date('2019-11-20'), sourceSha256: 'f'.repeat(64) });
    expect(deriveId(dated, lookup)).toBe('2019-11-20-yantai-china-unicom');
  });

  it('the suffix is lower-case hex; anything else is a bug in the caller', () => {
    expect(sourceSuffix('ABCDEF0123456789')).toBe('abcdef01');
    expect(() => sourceSuffix('not-a-hash')).toThrow(/not a sha256/);
    expect(() => sourceSuffix('abc')).toThrow(/not a sha256/);
  });
});

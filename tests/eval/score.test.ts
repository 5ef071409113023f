import { describe, expect, it } from 'vitest';
import {
  compareField,
  compareSet,
  compareValue,
  scoreRefused,
  scoreRelease,
  summarise,
} from '../../scripts/eval/score.ts';
import type { TruthFacts } from '../../scripts/eval/truth.ts';

const truth: TruthFacts = {
  language: 'zh-Hans',
  operators: ['china-mobile'],
  governments: ['220000'],
  province: '220000',
  city: null,
  signedOn: '2019-01-10',
  publishedOn: '2019-01-11',
  amounts: [{ value: 3_000_000_000, currency: 'CNY' }],
};

describe('compareValue', () => {
  it('is right when equal, including both null', () => {
    expect(compareValue('2019-01-10', '2019-01-10')).toBe('right');
    expect(compareValue(null, null)).toBe('right');
  });
  it('is missing when nothing is stated', () => {
    expect(compareValue('2019-01-10', null)).toBe('missing');
  });
  it('is wrong when something else is stated, or anything where the text says nothing', () => {
    expect(compareValue('2019-01-10', '2019-01-11')).toBe('wrong');
    expect(compareValue('2019-01-10', '2019')).toBe('wrong');
    expect(compareValue(null, '2024-08-26')).toBe('wrong');
  });
});

describe('compareSet', () => {
  it('ignores order and repeats', () => {
    expect(compareSet(['a', 'b'], ['b', 'a', 'a'])).toBe('right');
    expect(compareSet([], [])).toBe('right');
  });
  it('is missing when only part is stated and nothing false', () => {
    expect(compareSet(['a', 'b'], ['a'])).toBe('missing');
    expect(compareSet(['a'], [])).toBe('missing');
  });
  it('is wrong as soon as one stated member is not in the truth', () => {
    expect(compareSet(['a'], ['a', 'c'])).toBe('wrong');
    expect(compareSet([], ['c'])).toBe('wrong');
  });
});

describe('compareField', () => {
  it('compares amounts to the unit, so a float tail from 2.36亿 is still right', () => {
    const expected = { ...truth, amounts: [{ value: 236_000_000, currency: 'CNY' as const }] };
    const observed = { ...truth, amounts: [{ value: 2.36 * 1e8, currency: 'CNY' as const }] };
    expect(compareField('amounts', expected, observed)).toBe('right');
    const otherCurrency = { ...truth, amounts: [{ value: 236_000_000, currency: 'USD' as const }] };
    expect(compareField('amounts', expected, otherCurrency)).toBe('wrong');
  });
});

describe('scoreRelease and summarise', () => {
  const release = { source: 'real-001-x.txt', part: 'dev' as const };

  it('records each miss with what was expected and what was stated', () => {
    const observed: TruthFacts = {
      ...truth,
      operators: ['china-mobile', 'china-telecom'],
      signedOn: null,
    };
    const score = scoreRelease(release, truth, observed, '2019-01-11-jilin-china-mobile');
    expect(score.misses).toEqual([
      {
        field: 'operators',
        outcome: 'wrong',
        expected: '[china-mobile]',
        observed: '[china-mobile, china-telecom]',
      },
      { field: 'signedOn', outcome: 'missing', expected: '2019-01-10', observed: 'null' },
    ]);
    expect(score.undatedDespiteDate).toBe(false);
  });

  it('flags an undated- id when the text gives a date, and not when it gives none', () => {
    expect(
      scoreRelease(release, truth, truth, 'undated-jilin-china-mobile-0a1b2c3d').undatedDespiteDate,
    ).toBe(true);
    const undatedTruth = { ...truth, signedOn: null, publishedOn: null };
    expect(
      scoreRelease(release, undatedTruth, undatedTruth, 'undated-jilin-china-mobile-0a1b2c3d')
        .undatedDespiteDate,
    ).toBe(false);
  });

  it('tallies per field and part, and the signing-date figures apart', () => {
    const noDate = { ...truth, signedOn: null };
    const scores = [
      scoreRelease(release, truth, truth, 'a'),
      scoreRelease(release, truth, { ...truth, signedOn: null }, 'undated-b'),
      scoreRelease(release, noDate, { ...noDate, signedOn: '2019' }, 'c'),
      scoreRelease({ source: 'real-004-y.txt', part: 'held' }, truth, truth, 'd'),
    ];
    const dev = summarise('dev', scores);
    expect(dev.releases).toBe(3);
    expect(dev.byField.signedOn).toEqual({ right: 1, missing: 1, wrong: 1 });
    expect(dev.byField.language).toEqual({ right: 3, missing: 0, wrong: 0 });
    expect(dev.total).toEqual({ right: 22, missing: 1, wrong: 1 });
    expect(dev.signingDateFixed).toEqual({ right: 1, missing: 1, wrong: 0 });
    expect(dev.signingDateInvented).toBe(1);
    expect(dev.dated).toBe(3);
    expect(dev.undatedDespiteDate).toBe(1);
    expect(summarise('held', scores).releases).toBe(1);
  });

  it('counts a release ingest refused as missing every field', () => {
    const score = scoreRefused(release, truth, 'not UTF-8');
    expect(Object.values(score.outcomes).every((outcome) => outcome === 'missing')).toBe(true);
    expect(score.misses[0]?.observed).toContain('not UTF-8');
  });
});

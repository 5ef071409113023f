import { describe, expect, it } from 'vitest';
import {
  scriptTolerantRegExp,
  scriptTolerantSource,
} from '../../scripts/ingest/clean/scriptTolerantPattern.ts';

describe('scriptTolerantRegExp', () => {
  it('matches a Simplified pattern in Simplified, Traditional and mixed text', () => {
    const pattern = scriptTolerantRegExp('^诚邀合作伙伴$');
    expect(pattern.test('诚邀合作伙伴')).toBe(true);
    expect(pattern.test('誠邀合作夥伴')).toBe(true);
    expect(pattern.test('誠邀合作伙伴')).toBe(true);
    expect(pattern.test('诚邀合作商家')).toBe(false);
  });

  it('adds Traditional forms inside a character class without nesting classes', () => {
    expect(scriptTolerantSource('[^广]')).toBe('[^广廣]');
    expect(scriptTolerantRegExp('[广]告').test('廣告')).toBe(true);
  });

  it('copies escapes and Latin text as they are', () => {
    expect(scriptTolerantSource('Clicks\\s*[:：]\\s*\\d+')).toBe('Clicks\\s*[:：]\\s*\\d+');
  });
});

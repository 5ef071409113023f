import { describe, expect, it } from 'vitest';
import { startingAtRunStarts, withoutLeadingRun } from '../../scripts/ingest/clean/runPatterns.ts';

describe('startingAtRunStarts: promotional patterns scan long lines in linear time', () => {
  const sentence = '[^。！？\\n]*广告热线[^。！？\\n]*(?:[。！]|$)';

  it('starts a sentence pattern only where a run of its class starts', () => {
    expect(startingAtRunStarts(sentence)).toBe(`(?<![^。！？\\n])${sentence}`);
  });

  it('leaves patterns alone where the guard could lose a match', () => {
    for (const source of [
      '想爆料[？?][^。！\\n]*(?:[。！]|$)', // no leading run
      '[^。！？\\n]*广告热线', // a match may end inside a run
      '[^。！\\n]*广告热线[^。！\\n]*(?:[。？]|$)', // ends on ？, a run character
      '[^。！？\\n]*广告|热线[^。！？\\n]*(?:[。！]|$)', // start and end in different branches
    ]) {
      expect(startingAtRunStarts(source)).toBe(source);
    }
  });

  it('drops the leading run for the quick search, and only a leading run', () => {
    expect(withoutLeadingRun(sentence)).toBe('广告热线[^。！？\\n]*(?:[。！]|$)');
    expect(withoutLeadingRun('想爆料[？?][^。！\\n]*')).toBe('想爆料[？?][^。！\\n]*');
    expect(withoutLeadingRun('[^。]*广告|热线')).toBe('[^。]*广告|热线');
  });

  it('finds the same matches as the pattern as written', () => {
    const lines = [
      '签约仪式在济南举行。本网广告热线0531-1234，欢迎来电！广告热线再次出现',
      'A long English paragraph 广告热线 with no Chinese full stop at all, and 广告热线 again',
      '？广告热线。。广告热线！广告热线',
      '\uE000广告热线\uE000。',
    ];
    const plain = new RegExp(sentence, 'giu');
    const guarded = new RegExp(startingAtRunStarts(sentence), 'giu');
    for (const line of lines) {
      expect([...line.matchAll(guarded)].map((m) => [m.index, m[0]])).toEqual(
        [...line.matchAll(plain)].map((m) => [m.index, m[0]]),
      );
    }
  });
});

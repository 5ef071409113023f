import { describe, expect, it } from 'vitest';
import { lineAt, locateExcerpt } from '../../scripts/ingest/locate.ts';

describe('locateExcerpt', () => {
  it('finds an exact excerpt', () => {
    expect(locateExcerpt('one\ntwo\nthree 2月30日 four', '2月30日')).toBe(3);
  });

  it('counts \\r\\n, \\r and \\n line ends', () => {
    expect(lineAt('a\r\nb\rc\nd', 7)).toBe(4);
  });

  it('finds words a cleaning step re-wrapped and made full-width', () => {
    const raw = '标题\r\n\r\n2019 年 2 月 30\r\n日,双方在北京签署协议';
    expect(locateExcerpt(raw, '2019年2月30日，双方')).toBe(3);
  });

  it('returns undefined when the words are not there', () => {
    expect(locateExcerpt('abc', 'xyz')).toBeUndefined();
    expect(locateExcerpt('abc', '  ')).toBeUndefined();
  });
});

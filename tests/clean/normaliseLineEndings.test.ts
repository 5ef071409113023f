import { describe, expect, it } from 'vitest';
import { normaliseLineEndings } from '../../scripts/ingest/clean/normaliseLineEndings.ts';

describe('normaliseLineEndings', () => {
  it('turns Windows line endings into newlines and counts each', () => {
    const result = normaliseLineEndings.apply('中国电信与某市签约\r\n\r\n双方将共建 5G 网络。\r\n');
    expect(result.text).toBe('中国电信与某市签约\n\n双方将共建 5G 网络。\n');
    expect(result.changes).toBe(3);
  });

  it('turns old Mac carriage returns into newlines', () => {
    const result = normaliseLineEndings.apply('Press office\rCity Hall');
    expect(result).toEqual({ text: 'Press office\nCity Hall', changes: 1 });
  });

  it('reads a Unicode paragraph separator as a paragraph break', () => {
    const result = normaliseLineEndings.apply('第一段。\u2029第二段。\u2028续行');
    expect(result).toEqual({ text: '第一段。\n\n第二段。\n续行', changes: 2 });
  });

  it('leaves text with plain newlines alone', () => {
    const text = 'Signed in Xining.\n\nBoth sides agreed.';
    expect(normaliseLineEndings.apply(text)).toEqual({ text, changes: 0 });
  });
});

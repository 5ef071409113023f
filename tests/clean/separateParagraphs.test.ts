import { describe, expect, it } from 'vitest';
import { separateParagraphs } from '../../scripts/ingest/clean/separateParagraphs.ts';

describe('separateParagraphs', () => {
  it('puts exactly one blank line between paragraphs', () => {
    expect(separateParagraphs.apply('标题\n正文第一段。\n\n\n\n正文第二段。')).toEqual({
      text: '标题\n\n正文第一段。\n\n正文第二段。',
      changes: 2,
    });
  });

  it('drops blank lines before the first and after the last paragraph, and trims', () => {
    expect(separateParagraphs.apply('\n\n  Title \n\nBody.\n\n')).toEqual({
      text: 'Title\n\nBody.',
      changes: 3,
    });
  });

  it('leaves text already in shape alone', () => {
    const text = 'Title\n\nFirst paragraph.\n\nSecond paragraph.';
    expect(separateParagraphs.apply(text)).toEqual({ text, changes: 0 });
  });

  it('gives nothing for a text of blank lines', () => {
    expect(separateParagraphs.apply('\n \n')).toEqual({ text: '', changes: 0 });
  });
});

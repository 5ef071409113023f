import { describe, expect, it } from 'vitest';
import { alignBlocks } from '../../src/lib/archive/alignment.ts';
import { parseMarkdown } from '../../src/lib/markdown.ts';

const texts = (rows: ReturnType<typeof alignBlocks>) =>
  rows.map((row) => ({
    source: row.source.map((node) =>
      'children' in node ? JSON.stringify(node.position?.start.line) : '',
    ),
    translation: row.translation.length,
  }));

describe('aligning a translation with its source', () => {
  const source = parseMarkdown('一。\n\n二。\n\n三。\n\n四。\n');

  it('pairs blocks one for one by default', () => {
    const rows = alignBlocks(source, parseMarkdown('One.\n\nTwo.\n\nThree.\n\nFour.\n'), 't.md');
    expect(rows.map((row) => [row.source.length, row.translation.length])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  it('follows markers for merged and split paragraphs, and goes on after them', () => {
    const translation = parseMarkdown(
      '<!-- ¶1-2 -->\nOne and two.\n\nThree, first half.\n\n<!-- ¶3 -->\nThree, second half.\n\nFour.\n',
    );
    const rows = alignBlocks(source, translation, 't.md');
    expect(rows.map((row) => [row.source.length, row.translation.length])).toEqual([
      [2, 1],
      [1, 2],
      [1, 1],
    ]);
    expect(texts(rows)[2]?.source).toEqual(['7']);
  });

  it('leaves a source block nobody renders on its own', () => {
    const rows = alignBlocks(source, parseMarkdown('One.\n\n<!-- ¶4 -->\nFour.\n'), 't.md');
    expect(rows.map((row) => [row.source.length, row.translation.length])).toEqual([
      [1, 1],
      [1, 0],
      [1, 0],
      [1, 1],
    ]);
  });

  it('names the file and the fix for a marker past the source', () => {
    expect(() => alignBlocks(source, parseMarkdown('<!-- ¶9 -->\nNine.\n'), 'x.en.md')).toThrow(
      /x\.en\.md: marker ¶9 names source blocks the original does not have \(it has 4\)/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { drawParts } from '../../scripts/eval/drawParts.ts';
import { readRetrieved, realSourceName } from '../../scripts/eval/retrieved.ts';

const line = (file: string, excerpt: string): string =>
  JSON.stringify({
    file,
    query: 'q',
    result: { rank: 1, url: 'http://example.org/a', excerpt },
  });

describe('readRetrieved', () => {
  it('keeps the excerpt exactly, escapes and all, and numbers releases in line order', () => {
    const text = `${line('jilin-china-mobile-x', '本报1月10日讯\n今天 "晚上"\u3000')}\n\n${line('b', 'B')}\n`;
    const releases = readRetrieved(text, 'r.jsonl');
    expect(releases.map((release) => release.excerpt)).toEqual([
      '本报1月10日讯\n今天 "晚上"\u3000',
      'B',
    ]);
    expect(realSourceName(0, releases[0]!.file)).toBe('real-001-jilin-china-mobile-x');
  });

  it('names the line of a line that is not JSON or lacks a field', () => {
    expect(() => readRetrieved(`${line('a', 'A')}\n{oops`, 'r.jsonl')).toThrow(
      /^r\.jsonl:2: not JSON/,
    );
    expect(() =>
      readRetrieved(
        JSON.stringify({ file: 'a', query: 'q', result: { url: 'http://x.org' } }),
        'r.jsonl',
      ),
    ).toThrow(/^r\.jsonl:1: result\.excerpt/);
    expect(() => readRetrieved(line('Not A Slug', 'A'), 'r.jsonl')).toThrow(/r\.jsonl:1: file/);
  });
});

describe('drawParts', () => {
  const names = Array.from({ length: 22 }, (_, index) => realSourceName(index, `x${index}`));

  it('holds back a third, the same ones on every run and in any input order', () => {
    const parts = drawParts('batch-x', names);
    expect([...parts.values()].filter((part) => part === 'held')).toHaveLength(7);
    expect(drawParts('batch-x', [...names].reverse())).toEqual(parts);
  });

  it('draws differently for another batch label', () => {
    const held = (batch: string) =>
      [...drawParts(batch, names)].filter(([, part]) => part === 'held').map(([name]) => name);
    expect(held('batch-x')).not.toEqual(held('batch-y'));
  });
});

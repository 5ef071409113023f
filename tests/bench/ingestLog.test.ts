import { describe, expect, it } from 'vitest';
import { readIngestLog } from '../../scripts/bench/ingestLog.ts';

describe('readIngestLog', () => {
  it('reads the summary line and sorts errors by kind', () => {
    const log = [
      'error bench/corpus/a.txt: its id "2018-x-china-mobile" is also the id of bench/corpus/b.txt; pin a different one',
      'error bench/corpus/b.txt: its id "2018-x-china-mobile" is also the id of bench/corpus/a.txt; pin a different one',
      'error bench/corpus/c.txt: something new went wrong',
      'BUG bench/corpus/d.txt: front matter failed the schema',
      '',
      '10 sources: 6 written, 0 unchanged, 0 skipped (unchanged inputs), 4 failed; 0 stale articles removed',
    ].join('\n');
    const report = readIngestLog(log);
    expect(report).toMatchObject({ sources: 10, written: 6, unchanged: 0, skipped: 0, failed: 4 });
    expect(report?.errorsByKind).toEqual({ 'id-collision': 2, other: 1, bug: 1 });
    expect(report?.examples['other']).toEqual(['bench/corpus/c.txt: something new went wrong']);
  });

  it('returns null when the run printed no summary (it crashed)', () => {
    expect(readIngestLog('TypeError: x is undefined')).toBeNull();
  });
});

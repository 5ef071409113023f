import { describe, expect, it } from 'vitest';
import type { SummaryRow } from '../../scripts/ingest/ingestRelease.ts';
import { formatTable, ProgressBar, summaryTable } from '../../scripts/ingest/report.ts';

const ROW: SummaryRow = {
  file: '002_x.txt',
  id: '2019-11-20-yantai-5-operators',
  script: 'zh-Hant',
  date: '2019-11-20',
  operators: ['china-mobile', 'china-telecom', 'china-unicom', 'china-tower', 'china-broadnet'],
  places: ['Yantai', 'Shandong'],
  warnings: ['one'],
  signedOn: { value: '2019-11-20', precision: 'day' },
  publishedOn: { value: '2019-11-20', precision: 'day' },
  governments: ['370600'],
  sums: [],
};

/** A stand-in for a terminal's stderr that records what is written. */
function fakeStream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const stream = {
    isTTY,
    columns: 60,
    written: '',
    write(chunk: string) {
      stream.written += chunk;
      return true;
    },
  };
  return stream as unknown as NodeJS.WriteStream & { written: string };
}

describe('summary table', () => {
  it('aligns columns under a header and a rule', () => {
    expect(
      formatTable([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toBe('a    bb\n---  --\nccc  d');
  });

  it('has the agreed columns and shortens long cells', () => {
    const [header, , line] = summaryTable([{ row: ROW, status: 'written' }]).split('\n');
    expect(header?.split(/\s+/u)).toEqual([
      'file',
      'id',
      'script',
      'date',
      'operators',
      'places',
      'warnings',
      'status',
    ]);
    expect(line).toMatch(
      /^002_x\.txt\s+2019-11-20-yantai-5-operators\s+zh-Hant\s+2019-11-20\s+china-mobile .*…\s+Yantai, Shandong\s+1\s+written$/u,
    );
  });
});

describe('progress bar', () => {
  it('is wanted only on a terminal, outside CI, for many files', () => {
    const ci = process.env['CI'];
    try {
      delete process.env['CI'];
      expect(ProgressBar.wanted(100, fakeStream(true))).toBe(true);
      expect(ProgressBar.wanted(5, fakeStream(true))).toBe(false);
      expect(ProgressBar.wanted(100, fakeStream(false))).toBe(false);
      process.env['CI'] = 'true';
      expect(ProgressBar.wanted(100, fakeStream(true))).toBe(false);
    } finally {
      if (ci === undefined) delete process.env['CI'];
      else process.env['CI'] = ci;
    }
  });

  it('redraws one line in place and clears it at the end', () => {
    const stream = fakeStream(true);
    const bar = new ProgressBar(4, stream, 8);
    bar.update(0, 'a.txt');
    bar.update(4, '');
    expect(stream.written).toContain('\r[--------] 0/4 a.txt');
    expect(stream.written).toContain('\r[########] 4/4');
    expect(stream.written).not.toContain('\n');
    bar.finish();
    expect(stream.written.endsWith('\r')).toBe(true);
  });
});

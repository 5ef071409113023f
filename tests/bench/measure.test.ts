import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandLine, hasGnuTime, parseGnuTime, runMeasured } from '../../scripts/bench/measure.ts';

const GNU_TIME_OUTPUT = `	Command being timed: "node x.js"
	User time (seconds): 12.34
	System time (seconds): 1.50
	Percent of CPU this job got: 98%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03.25
	Maximum resident set size (kbytes): 2097152
	Exit status: 0
`;

describe('parseGnuTime', () => {
  it('reads wall, user and system time and peak memory', () => {
    expect(parseGnuTime(GNU_TIME_OUTPUT)).toEqual({
      wallSeconds: 3723.25,
      userSeconds: 12.34,
      systemSeconds: 1.5,
      maxRssMiB: 2048,
    });
  });

  it('reads m:ss wall times', () => {
    expect(parseGnuTime('Elapsed (wall clock) time (h:mm:ss or m:ss): 0:07.50').wallSeconds).toBe(
      7.5,
    );
  });
});

describe('commandLine', () => {
  it('shows the environment, the timer and paths relative to the working directory', () => {
    expect(commandLine(['/w/node_modules/x', 'a'], { E: 'v' }, { cwd: '/w/', timed: true })).toBe(
      'E=v /usr/bin/time -v node_modules/x a',
    );
  });

  it('quotes what a shell would need quoted', () => {
    expect(commandLine(['node', 'a b.js', "it's"], { X: '1' })).toBe(
      `X=1 node 'a b.js' 'it'\\''s'`,
    );
  });
});

describe('runMeasured', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-measure-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('measures a child that allocates memory, and logs its output', async () => {
    const log = join(dir, 'log.txt');
    // Holds about 200 MB for half a second, so the /proc sampler sees it too.
    const script =
      'const a = Buffer.alloc(200 * 1024 * 1024, 1); console.log("held", a.length); setTimeout(() => {}, 600);';
    const result = await runMeasured([process.execPath, '-e', script], { cwd: dir, logFile: log });
    expect(result.exitCode).toBe(0);
    expect(result.wallSeconds).toBeGreaterThan(0.5);
    expect(result.treePeakRssMiB ?? 0).toBeGreaterThan(150);
    if (hasGnuTime()) {
      expect(result.source).toBe('gnu-time');
      expect(result.maxRssMiB ?? 0).toBeGreaterThan(190);
    }
    expect(readFileSync(log, 'utf8')).toContain('held 209715200');
  });

  it('reports a failing command with its exit code', async () => {
    const result = await runMeasured([process.execPath, '-e', 'process.exit(3)'], {
      cwd: dir,
      logFile: join(dir, 'fail.txt'),
    });
    expect(result.exitCode).toBe(3);
  });
});

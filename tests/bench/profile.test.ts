import { describe, expect, it } from 'vitest';
import { summariseProfile, summariseProfiles } from '../../scripts/bench/profile.ts';

const frame = (id: number, functionName: string, children: number[] = []) => ({
  id,
  callFrame: { functionName, url: 'file:///work/main/src/lib/x.ts', lineNumber: id },
  children,
});

describe('summariseProfile', () => {
  it('ranks functions by self and inclusive time', () => {
    // root → main → (scan → matchAt), main → write
    const profile = {
      nodes: [
        frame(1, '(root)', [2]),
        frame(2, 'main', [3, 5]),
        frame(3, 'scan', [4]),
        frame(4, 'matchAt'),
        frame(5, 'write'),
      ],
      samples: [4, 4, 4, 3, 5],
      timeDeltas: [1e6, 1e6, 1e6, 1e6, 1e6],
    };
    const summary = summariseProfile(profile, 'x.cpuprofile');
    expect(summary.seconds).toBe(5);
    expect(summary.self[0]).toMatchObject({
      frame: 'matchAt src/lib/x.ts:5',
      seconds: 3,
      share: 0.6,
    });
    expect(summary.inclusive.map((f) => f.frame.split(' ')[0])).toEqual([
      'main',
      'scan',
      'matchAt',
      'write',
    ]);
    expect(summary.inclusive[1]?.seconds).toBe(4);
  });

  it('counts a recursive function once per sample', () => {
    const profile = {
      nodes: [frame(1, 'walk', [2]), frame(2, 'walk')],
      samples: [2],
      timeDeltas: [1e6],
    };
    expect(summariseProfile(profile, 'x').inclusive[0]?.seconds).toBe(1);
  });
});

describe('summariseProfiles', () => {
  it('adds up the threads of one process', () => {
    const thread = (name: string) => ({
      nodes: [frame(1, '(root)', [2]), frame(2, name)],
      samples: [2, 2],
      timeDeltas: [1e6, 1e6],
    });
    const summary = summariseProfiles([thread('main'), thread('worker'), thread('worker')], 'x');
    expect(summary.seconds).toBe(6);
    expect(summary.self.map((f) => [f.frame.split(' ')[0], f.seconds])).toEqual([
      ['worker', 4],
      ['main', 2],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { Random } from '../../scripts/corpus/prng.ts';

describe('Random', () => {
  it('gives the same stream for the same seed and different streams for different seeds', () => {
    const draw = (seed: string): number[] => {
      const random = new Random(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw('42')).toEqual(draw('42'));
    expect(draw('42')).not.toEqual(draw('43'));
  });

  it('gives each release its own stream, independent of the others', () => {
    expect(Random.forRelease('7', 3).next()).toBe(Random.forRelease('7', 3).next());
    expect(Random.forRelease('7', 3).next()).not.toBe(Random.forRelease('7', 4).next());
  });

  it('stays in range and covers it', () => {
    const random = new Random('range');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = random.int(3, 9);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(9);
      seen.add(n);
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(seen.size).toBe(7);
  });

  it('picks by weight in proportion', () => {
    const random = new Random('weights');
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20000; i++) counts[random.weighted({ a: 1, b: 3, c: 0 })]++;
    expect(counts.c).toBe(0);
    expect(counts.b / 20000).toBeGreaterThan(0.73);
    expect(counts.b / 20000).toBeLessThan(0.77);
  });

  it('samples without repetition', () => {
    const random = new Random('sample');
    const picked = random.sample([1, 2, 3, 4, 5], 5);
    expect([...picked].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(random.sample([1, 2], 5)).toHaveLength(2);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGE_BUDGETS } from '../../scripts/bench/budgets.ts';

describe('the benchmark checks page weights against the quality budgets', () => {
  it('uses the numbers tests/quality/budgets.site.test.ts sets', () => {
    const source = readFileSync(
      new URL('../quality/budgets.site.test.ts', import.meta.url),
      'utf8',
    );
    const budget = (name: string): number => {
      const match = new RegExp(`${name}:\\s*([\\d.]+)\\s*\\*\\s*KB`).exec(source);
      if (!match) throw new Error(`budgets.site.test.ts no longer sets ${name} as "<n> * KB"`);
      return Number(match[1]) * 1024;
    };
    expect(PAGE_BUDGETS.htmlBeyondMainText).toBe(budget('htmlBeyondMainText'));
    expect(PAGE_BUDGETS.cssTotal).toBe(budget('cssTotal'));
  });
});

/**
 * The template language of bench/templates: `{slot}` fills from a context, `{a|b|c}` picks one
 * alternative, `{n:10-500}` an integer in a range. An unknown slot is an error naming the
 * template, so a typo in a data file fails the first test that renders it.
 */
import type { Random } from './prng.ts';

export type Slots = Readonly<Record<string, string>>;

const SLOT = /\{([^{}]+)\}/gu;
const RANGE = /^n:(\d+)-(\d+)$/u;

export function render(template: string, slots: Slots, random: Random): string {
  return template.replace(SLOT, (whole, inner: string) => {
    if (inner.includes('|')) return random.pick(inner.split('|'));
    const range = RANGE.exec(inner);
    if (range) return String(random.int(Number(range[1]), Number(range[2])));
    const value = slots[inner];
    if (value === undefined) throw new Error(`template "${template}": unknown slot ${whole}`);
    return value;
  });
}

/** The slot names a template uses (not its alternatives or ranges): for checking data files. */
export function slotNames(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(SLOT)) {
    const inner = match[1] as string;
    if (!inner.includes('|') && !RANGE.test(inner)) names.push(inner);
  }
  return names;
}

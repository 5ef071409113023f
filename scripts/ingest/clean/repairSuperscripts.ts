import { HAN } from '../../../src/lib/chinese.ts';
import { alternation } from '../patterns.ts';
import type { CleaningRule } from '../types.ts';
import units from './superscript-units.json' with { type: 'json' };

const SUPERSCRIPTS: Readonly<Record<string, string>> = units.superscripts;
const BREAK_UNITS: Readonly<Record<string, string>> = units.acrossLineBreak;

const NUMBER = String.raw`(?<![A-Za-z\d.,])(\d+(?:[.,]\d+)*)`;
const POWER = `([${Object.keys(SUPERSCRIPTS).join('')}])`;

/**
 * `5000M` at the end of a line and `2，` opening the next: the superscript was set on a
 * higher baseline and extraction gave it a line of its own. What follows the digit must be
 * punctuation or Chinese, so that a list item (`2、`) or a number (`20`, `2 号`) is never taken.
 */
const SPLIT_SUPERSCRIPT = new RegExp(
  `${NUMBER}[ \\u00a0]?(${alternation(Object.keys(BREAK_UNITS))})[ \\t\\u00a0]*\\n[ \\t\\u00a0]*${POWER}(?=[，,。；;：:）)]|${HAN.source})`,
  'gu',
);

/** `5000m2`, `100 km2`, `20m3` inside a line. */
const INLINE_SUPERSCRIPT = new RegExp(
  `${NUMBER} ?(${alternation(units.inline)})${POWER}(?![A-Za-z\\d])`,
  'gu',
);

function withSuperscript(number: string, unit: string, power: string): string {
  return `${number} ${unit}${SUPERSCRIPTS[power] ?? power}`;
}

export const repairSuperscripts: CleaningRule = {
  name: 'repairSuperscripts',
  apply(text) {
    let changes = 0;
    const rejoined = text.replace(
      SPLIT_SUPERSCRIPT,
      (_match, number: string, unit: string, power: string) => {
        changes += 1;
        return withSuperscript(number, BREAK_UNITS[unit] ?? unit, power);
      },
    );
    const repaired = rejoined.replace(
      INLINE_SUPERSCRIPT,
      (_match, number: string, unit: string, power: string) => {
        changes += 1;
        return withSuperscript(number, unit, power);
      },
    );
    return { text: repaired, changes };
  },
};

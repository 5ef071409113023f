/**
 * The sum of a signing, carried from a release to another outlet's report of it. Real reports of
 * one signing quote the same sum, each in its own words (`36亿元`, `CNY3.6 billion`: the
 * development set's reports of one signing all do), so a re-report restates the first
 * release's sum rather than drawing its own.
 */
import type { SumUnit } from './vocabulary.ts';

/** Yuan per unit word of the amount templates. */
const UNIT_YUAN: Readonly<Record<string, number>> = {
  亿: 1e8,
  億: 1e8,
  万: 1e4,
  萬: 1e4,
  billion: 1e9,
  million: 1e6,
};
const FIRST_SUM = /(\d+(?:\.\d+)?)[\s-]*(亿|億|万|萬|billion|million)/u;

/** The sum in yuan an amount phrase of the templates states first (`超过120亿元` → 12e9). */
export function yuanOf(phrase: string): number {
  const match = FIRST_SUM.exec(phrase);
  const unit = match?.[2] === undefined ? undefined : UNIT_YUAN[match[2]];
  if (match?.[1] === undefined || unit === undefined) {
    throw new Error(`amount phrase "${phrase}" states no sum in yuan`);
  }
  return Math.round(Number(match[1]) * unit);
}

/** A sum in the first unit of the script's list that it reaches (the last one otherwise). */
export function restateSum(yuan: number, units: readonly SumUnit[]): string {
  const unit = units.find((candidate) => yuan >= candidate.yuan) ?? units[units.length - 1];
  if (unit === undefined) throw new Error('no units to restate a sum in');
  const amount = String(Number((yuan / unit.yuan).toFixed(2)));
  return unit.template.replace('{amount}', amount);
}

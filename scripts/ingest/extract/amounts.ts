/**
 * Sums of money in a release, with their currency, in base units (`130 亿` → 13 000 000 000).
 *
 * Money needs a currency: a word or sign before or after the number (`130亿元`, `1.2 亿元人民币`,
 * `10 billion yuan`, `RMB 500 million`, `US$2 billion`, `$469 million`, `￥500万`). One
 * exception, common in Chinese releases: a bare `亿`/`万` sum right after an investment verb in
 * the same clause (`投入超过 130 亿`) is yuan. Counts of things (`7000 个宏基站`, `100 万台`),
 * areas (`5000 m²`), phone numbers, years and percentages have no currency and are not money.
 *
 * Conventions: a bare `$` is US dollars; `¥`/`￥` is yuan (no release here is about yen).
 * A sum is listed once, at its first mention: repeated mentions of one investment are one amount.
 */
import { otherDealWords } from './signingOperators.ts';
import type { Amount } from '../../../src/schema/agreement.ts';
import { alternation, withTraditional, withTraditionalKeys } from '../patterns.ts';
import { allForms, AMOUNT_WORDS } from './wordLists.ts';

type Currency = Amount['currency'];

/** The words (amount-words.json); Chinese in Simplified, Traditional added below. */
const {
  currencyAfter,
  currencyBefore,
  multipliers,
  investmentWords,
  countWords,
  notYuan,
  otherMoney,
  futureMoney,
} = AMOUNT_WORDS;

/** How far back (characters) an investment word may stand from a bare sum, within its clause. */
const INVESTMENT_REACH = 16;

const AFTER = withTraditionalKeys(currencyAfter.words);
const BEFORE = withTraditionalKeys(currencyBefore.words);
const MULTIPLIER = withTraditionalKeys(multipliers.words);
const CHINESE_MULTIPLIERS = [...MULTIPLIER.keys()].filter((key) => /\p{Script=Han}/u.test(key));

/** Chinese numerals in amounts (`三百亿元`, `两千万元`). */
// prettier-ignore
const CHINESE_NUMERALS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** `1,200`, `1.2`, `130`, or a Chinese numeral below ten thousand (`三百`, `十`). */
const NUMBER =
  '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[一二两兩三四五六七八九十][零〇一二两兩三四五六七八九十百千]{0,6}';
const MULTIPLIER_WORDS = alternation(MULTIPLIER.keys());
/**
 * `2000多万`, `1000余万`: more than the number, read as the number (a sum is stated at least).
 */
const MORE_THAN = '(?:多|余|餘)?';
/** Latin multipliers and currency words must end at a word boundary (`m` is not `million…`). */
const MULTIPLIER_PART = `(?:[\\s-]*${MORE_THAN}(${MULTIPLIER_WORDS})(?![\\p{Script=Latin}]))?`;
const AFTER_WORDS = alternation(AFTER.keys());
const BEFORE_WORDS = alternation(BEFORE.keys());
/** Not inside another number, nor a vague one (`数十亿元`: some billions). */
const NOT_AFTER_NUMBER = '(?<![\\d.,数几數幾])';

interface AmountPattern {
  name: string;
  regex: RegExp;
  currency(match: RegExpExecArray): Currency | undefined;
  /** Capture groups of the number and of the multiplier. */
  number: number;
  multiplier: number;
}

function lookup(map: ReadonlyMap<string, Currency>, key: string | undefined): Currency | undefined {
  return key === undefined ? undefined : map.get(key);
}

const PATTERNS: readonly AmountPattern[] = [
  {
    name: 'currency before: RMB 500 million, US$2 billion, ￥500万元, 人民币 130 亿元',
    regex: new RegExp(
      `(?<![\\p{Script=Latin}])(${BEFORE_WORDS})\\s*(${NUMBER})${MULTIPLIER_PART}(?:\\s*(?:元|yuan)(?![\\p{Script=Latin}]))?`,
      'gu',
    ),
    currency: (m) => lookup(BEFORE, m[1]),
    number: 2,
    multiplier: 3,
  },
  {
    name: 'currency after: 130亿元, 1.2 亿元人民币, 10 billion yuan, 3-billion yuan',
    regex: new RegExp(
      `${NOT_AFTER_NUMBER}(${NUMBER})${MULTIPLIER_PART}[\\s-]*(${AFTER_WORDS})(?![\\p{Script=Latin}]|${alternation(notYuan.words)})`,
      'gu',
    ),
    currency: (m) => lookup(AFTER, m[3]),
    number: 1,
    multiplier: 2,
  },
];

const BARE_CHINESE_SUM = new RegExp(
  `${NOT_AFTER_NUMBER}(${NUMBER})\\s*${MORE_THAN}(${alternation(CHINESE_MULTIPLIERS)})(?!\\s*(?:${alternation(
    [...withTraditional(countWords.words), ...AFTER.keys()],
  )}|[\\p{Script=Latin}²³]))`,
  'gu',
);
const INVESTMENT = new RegExp(`(?:${alternation(withTraditional(investmentWords.words))})`, 'u');
const CLAUSE_BREAK = /[，,。；;！!？?：:\n]/u;

function readChineseNumeral(text: string): number {
  let total = 0;
  let digit = 0;
  for (const char of text) {
    const unit = CHINESE_UNITS[char];
    if (unit !== undefined) {
      total += (digit === 0 ? 1 : digit) * unit;
      digit = 0;
    } else {
      digit = CHINESE_NUMERALS[char] ?? 0;
    }
  }
  return total + digit;
}

/**
 * A decimal times a power of ten, exactly: `4.69` × 1e6 is 4 690 000, not 4 690 000.000000001.
 */
function scale(number: string, multiplier: number): number {
  if (!/^[\d,.]+$/u.test(number)) return readChineseNumeral(number) * multiplier;
  const plain = number.replaceAll(',', '');
  const [whole = '0', fraction = ''] = plain.split('.');
  const exponent = Math.round(Math.log10(multiplier));
  if (multiplier === 1 || fraction.length > exponent) return Number(plain) * multiplier;
  return Number(`${whole}${fraction}${'0'.repeat(exponent - fraction.length)}`);
}

interface Found extends Amount {
  start: number;
}

/** The words between the clause break before a position and the position, at most `reach` back. */
function clauseBefore(text: string, start: number, reach: number): string {
  const before = text.slice(Math.max(0, start - reach), start);
  return before.split(CLAUSE_BREAK).at(-1) ?? '';
}

function isInvestmentSum(text: string, start: number): boolean {
  return INVESTMENT.test(clauseBefore(text, start, INVESTMENT_REACH));
}

const OTHER_MONEY = new RegExp(alternation(allForms(otherMoney)), 'iu');
const FUTURE_MONEY = new RegExp(alternation(allForms(futureMoney)), 'iu');
/** How far back a clause is read for a word of other money (an English clause runs long). */
const OTHER_MONEY_REACH = 60;

/**
 * A sum spent before, or a company's assets or revenue, by the words just before it; unless
 * the sentence so far says it is yet to come (将在未来5年内，累计投资: a commitment).
 */
function isOtherMoney(text: string, start: number): boolean {
  if (!OTHER_MONEY.test(clauseBefore(text, start, OTHER_MONEY_REACH))) return false;
  const sentenceSoFar =
    text
      .slice(Math.max(0, start - OTHER_MONEY_REACH), start)
      .split(/[。！？!?\n]|\.\s/u)
      .at(-1) ?? '';
  return !FUTURE_MONEY.test(sentenceSoFar);
}

/** The sentence or line holding a position: `。！？!?`, a newline or a full stop before a space ends one. */
function sentenceAround(text: string, at: number): string {
  const start = at - sentenceBefore(text, at).length;
  const rest = text.slice(at).search(/[。！？!?\n]|\.\s/u);
  return text.slice(start, rest < 0 ? text.length : at + rest);
}

/** An operator named in the text: where (an offset in it), and whether it is a party. */
export interface OperatorNamed {
  start: number;
  party: boolean;
}

/**
 * A sum whose sentence last names, before it, an operator that is no party: that operator's
 * money (`follows one by China Telecom in June to invest RMB2.5 billion`), not this agreement's.
 */
function anotherOperatorsSum(
  text: string,
  start: number,
  operators: readonly OperatorNamed[],
): boolean {
  const sentenceStart = start - sentenceBefore(text, start).length;
  const last = operators.filter((o) => o.start >= sentenceStart && o.start < start).at(-1);
  return last !== undefined && !last.party;
}

/** The sentence before a position, back to the mark that ends the one before it. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const start =
    Math.max(
      ...[...'。！？!?\n'].map((mark) => before.lastIndexOf(mark)),
      before.search(/\.\s(?!.*\.\s)/su),
    ) + 1;
  return before.slice(start);
}

/**
 * Every sum of money in `text`, in order of first mention, each sum once. `operators`: where
 * the text names operators, to leave out a sum that is another operator's.
 */
export function extractAmounts(text: string, operators: readonly OperatorNamed[] = []): Amount[] {
  const found: Found[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const currency = pattern.currency(match);
      const number = match[pattern.number];
      const multiplierWord = match[pattern.multiplier];
      if (currency === undefined || number === undefined) continue;
      // A Chinese numeral is a sum only with its multiplier: `一元化`, `多元` are words, not money.
      if (!/^[\d,.]+$/u.test(number) && multiplierWord === undefined) continue;
      const multiplier = MULTIPLIER.get(multiplierWord ?? '') ?? 1;
      found.push({
        value: scale(number, multiplier),
        currency,
        text: match[0].trim(),
        start: match.index,
      });
    }
  }
  for (const match of text.matchAll(BARE_CHINESE_SUM)) {
    const [, number, multiplierWord] = match;
    if (number === undefined || multiplierWord === undefined || !isInvestmentSum(text, match.index))
      continue;
    found.push({
      value: scale(number, MULTIPLIER.get(multiplierWord) ?? 1),
      currency: 'CNY',
      text: match[0].trim(),
      start: match.index,
    });
  }
  found.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const otherDeal = otherDealWords();
  const amounts: Amount[] = [];
  let coveredUntil = 0;
  for (const { start, ...amount } of found) {
    if (start < coveredUntil) continue;
    coveredUntil = start + amount.text.length;
    // Money in a sentence about another deal (此前, last year, another) is not this one's.
    if (otherDeal.test(sentenceAround(text, start))) continue;
    if (isOtherMoney(text, start)) continue;
    if (anotherOperatorsSum(text, start, operators)) continue;
    if (!amounts.some((seen) => seen.value === amount.value && seen.currency === amount.currency))
      amounts.push(amount);
  }
  return amounts;
}

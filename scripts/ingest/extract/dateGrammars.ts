/**
 * The date grammars: every date written in a text, as written (any part may be missing), with
 * the calendar check that refuses a date that does not exist.
 *
 * - numeric: `2019-11-20`, `2019.12.18`, `2017/4/20`, and `5/10/2024` read as D/M or M/D only
 *   when the text decides (a part above 12, or the order of its written-out dates);
 * - Chinese: `2011 年 8 月 8 日`, `2015年07月07日 08时40分`, `11月20日上午`, Chinese numerals
 *   (`二〇一九年六月二十六日`), `2019年11月`, `2011 年`;
 * - English month names: `April 7`, `8 July`, `Oct. 13, 2019`, `May, 17, 2022`, `December 2019`.
 *
 * Full English month names come from the site's own list (src/utils/formatDate.ts); only the
 * abbreviations are kept here.
 */
import type { Language } from '../../../src/schema/agreement.ts';
import { ENGLISH_MONTHS as MONTH_NAMES_IN_FULL } from '../../../src/utils/formatDate.ts';
import { alternation, withTraditional } from '../patterns.ts';
import { TextProblem } from '../types.ts';
import { DATE_WORDS } from './wordLists.ts';

/** English month names and their usual abbreviations. */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(MONTH_NAMES_IN_FULL.map((name, index) => [name, index + 1])),
  // prettier-ignore
  ...{ Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sept: 9, Sep: 9, Oct: 10, Nov: 11, Dec: 12 },
};

/** Chinese numerals as written in dates (`二〇一一年八月五日`). */
// prettier-ignore
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** A date as written: any part may be missing. */
export interface DateMention {
  /** The words of the text, exactly. */
  text: string;
  /** Offset in the text the mention was found in. */
  start: number;
  year: number | null;
  month: number | null;
  day: number | null;
  /**
   * A dispatch dateline (`11月20日訊`, `Nov. 20 (Xinhua) --`): when the story was filed,
   * not when the event happened.
   */
  dispatch: boolean;
  /** A dispatch's words with its mark (`12月19日讯`, `June 26 (Xinhua) --`). */
  dispatchText?: string;
  /** `5/10/2024` with nothing in the text to tell D/M from M/D: only the year is stated. */
  dayMonthUndecided: boolean;
}

interface RawMention {
  text: string;
  start: number;
  year: number | null;
  month: number | null;
  day: number | null;
  /** Numeric D/M/Y or M/D/Y: read once the text's order is known. */
  numericPair?: readonly [number, number];
  /** Month-name order of an English date, for deciding numeric pairs. */
  order?: DateOrder;
}

interface DateGrammar {
  /** What the grammar reads, for comments and tests. */
  name: string;
  regex: RegExp;
  /** The month-name order its dates are written in (English), for deciding numeric pairs. */
  order?: DateOrder;
  /** A character every match contains (年, 月): a text without it is not searched at all. */
  requires?: string;
  read(match: RegExpExecArray): Omit<RawMention, 'text' | 'start' | 'order'>;
}

// ---- number words ----------------------------------------------------------------------

const CN_DIGIT = '[〇零一二两三四五六七八九]';
const YEAR = `(?:19|20)\\d{2}|${CN_DIGIT}{4}`;
const MONTH = `\\d{1,2}|十[一二]?|[一二三四五六七八九]`;
const DAY = `\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]`;

/** `2019`, `二〇一九`, `11`, `十一`, `二十`, `三十一`. */
function readNumber(text: string): number {
  if (/^\d+$/u.test(text)) return Number(text);
  if (text.includes('十')) {
    const [tens = '', units = ''] = text.split('十');
    return (
      (tens === '' ? 1 : (CHINESE_DIGITS[tens] ?? 0)) * 10 +
      (units === '' ? 0 : (CHINESE_DIGITS[units] ?? 0))
    );
  }
  return Number([...text].map((char) => CHINESE_DIGITS[char] ?? 0).join(''));
}

function group(match: RegExpExecArray, index: number): string {
  const value = match[index];
  if (value === undefined)
    throw new Error(`date grammar: group ${index} did not take part in ${match[0]}`);
  return value;
}

function optionalNumber(match: RegExpExecArray, index: number): number | null {
  const value = match[index];
  return value === undefined ? null : readNumber(value);
}

// ---- grammars --------------------------------------------------------------------------

const MONTH_NAMES = alternation(
  Object.keys(ENGLISH_MONTHS).flatMap((name) => [name, name.toUpperCase()]),
);
const EN_TIME_PREFIX = `(?:(?:[Oo]n|[Ii]n|ON|IN)\\s+)?(?:[Tt]he\\s+)?(?:${alternation(DATE_WORDS.timesOfDay.en)})\\s+of\\s+`;
const ORDINAL = '(?:st|nd|rd|th)?';
const ZH_TIME_OF_DAY = `\\s*(?:${alternation(withTraditional(DATE_WORDS.timesOfDay.zh))})`;
const ZH_TIME_SUFFIX = `(?:${ZH_TIME_OF_DAY})?`;
/** A clock time after a page's date (`2015年07月07日 08时40分`, `… 08:40:12`). */
const ZH_CLOCK = '\\s*\\d{1,2}(?:[时時]\\d{1,2}分(?:\\d{1,2}秒)?|:\\d{2}(?::\\d{2})?)';
const ZH_DAY_MARK = '[日号號]';

function monthNumber(name: string): number {
  const key = Object.keys(ENGLISH_MONTHS).find(
    (month) => month.toLowerCase() === name.toLowerCase(),
  );
  const month = key === undefined ? undefined : ENGLISH_MONTHS[key];
  if (month === undefined) throw new Error(`date grammar: unknown month ${name}`);
  return month;
}

/** Numbers, written the same in every language. */
const NUMERIC_GRAMMARS: readonly DateGrammar[] = [
  {
    name: 'year-month-day, separated by - / or . (with an optional time)',
    regex:
      /(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|\.\d)(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?/gu,
    read: (m) => ({
      year: Number(group(m, 1)),
      month: Number(group(m, 3)),
      day: Number(group(m, 4)),
    }),
  },
  {
    name: 'day and month in either order, then the year: 5/10/2024',
    regex: /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/gu,
    read: (m) => ({
      year: Number(group(m, 4)),
      month: null,
      day: null,
      numericPair: [Number(group(m, 1)), Number(group(m, 3))] as const,
    }),
  },
];

/** Chinese dates, with or without spaces between the numbers and 年月日. */
const CHINESE_GRAMMARS: readonly DateGrammar[] = [
  {
    name: 'year, month and day: 2011 年 8 月 8 日',
    requires: '年',
    regex: new RegExp(
      `(${YEAR})\\s*年\\s*(${MONTH})\\s*月\\s*(${DAY})\\s*${ZH_DAY_MARK}(?:${ZH_CLOCK}|${ZH_TIME_OF_DAY})?`,
      'gu',
    ),
    read: (m) => ({
      year: readNumber(group(m, 1)),
      month: readNumber(group(m, 2)),
      day: readNumber(group(m, 3)),
    }),
  },
  {
    name: 'year and month: 2019年11月',
    requires: '年',
    regex: new RegExp(`(${YEAR})\\s*年\\s*(${MONTH})\\s*月`, 'gu'),
    read: (m) => ({ year: readNumber(group(m, 1)), month: readNumber(group(m, 2)), day: null }),
  },
  {
    name: 'month and day: 8 月 5 日, 11月20日上午',
    requires: '月',
    regex: new RegExp(
      `(?<![\\d〇零一二两三四五六七八九十])(${MONTH})\\s*月\\s*(${DAY})\\s*${ZH_DAY_MARK}${ZH_TIME_SUFFIX}`,
      'gu',
    ),
    read: (m) => ({ year: null, month: readNumber(group(m, 1)), day: readNumber(group(m, 2)) }),
  },
  {
    // Not either end of a period (`2011-2012 年`, `2022年起`, `2022年至2025年`): not a date.
    name: 'year: 2011 年',
    requires: '年',
    regex: new RegExp(
      `(?<![\\d\\-–—~～至到])(${YEAR})\\s*年(?!\\s*(?:${alternation(withTraditional(DATE_WORDS.periodAfterYear.zh))}|[-–—~～]))`,
      'gu',
    ),
    read: (m) => ({ year: readNumber(group(m, 1)), month: null, day: null }),
  },
];

/** English dates with month names (`April 7`, `8 July`, `Oct. 13, 2019`, `December 2019`). */
const ENGLISH_GRAMMARS: readonly DateGrammar[] = [
  {
    name: 'month, day and optional year: On the morning of April 7, December 12th, Oct. 13, 2019',
    regex: new RegExp(
      `(?:${EN_TIME_PREFIX})?\\b(${MONTH_NAMES})\\.?,?\\s+(\\d{1,2})${ORDINAL}(?![\\d\\w])(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?`,
      'gu',
    ),
    order: 'month-first',
    read: (m) => ({
      year: optionalNumber(m, 3),
      month: monthNumber(group(m, 1)),
      day: Number(group(m, 2)),
    }),
  },
  {
    // `8 8 July`: a release garbled the day. Two equal numbers are that day; two different
    // ones leave the day unknown.
    name: 'day, month and optional year: 8 July, 8 8 July, 12th of December 2019',
    regex: new RegExp(
      `(?:${EN_TIME_PREFIX})?(?<![\\d.,/-])\\b(\\d{1,2})${ORDINAL}(?:\\s+(\\d{1,2})${ORDINAL})?\\s+(?:of\\s+)?(${MONTH_NAMES})\\b\\.?(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?`,
      'gu',
    ),
    order: 'day-first',
    read: (m) => {
      const first = Number(group(m, 1));
      const second = optionalNumber(m, 2);
      return {
        year: optionalNumber(m, 4),
        month: monthNumber(group(m, 3)),
        day: second === null || second === first ? first : null,
      };
    },
  },
  {
    name: 'year, month name and day, or the reverse: 2009-Dec-7 09:27:37, 7-Dec-2009',
    regex: new RegExp(
      `(?<![\\d.])(?:((?:19|20)\\d{2})-(${MONTH_NAMES})-(\\d{1,2})|(\\d{1,2})-(${MONTH_NAMES})-((?:19|20)\\d{2}))(?!\\d)(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?`,
      'gu',
    ),
    read: (m) =>
      m[1] === undefined
        ? { year: Number(group(m, 6)), month: monthNumber(group(m, 5)), day: Number(group(m, 4)) }
        : { year: Number(group(m, 1)), month: monthNumber(group(m, 2)), day: Number(group(m, 3)) },
  },
  {
    name: 'month and year: December 2019',
    regex: new RegExp(`\\b(${MONTH_NAMES})\\.?,?\\s+((?:19|20)\\d{2})(?!\\d)`, 'gu'),
    read: (m) => ({ year: Number(group(m, 2)), month: monthNumber(group(m, 1)), day: null }),
  },
  {
    name: 'year after "in": in 2016',
    regex: /(?<=\b(?:[Ii]n|IN)\s+)((?:19|20)\d{2})(?![\d%\-–])/gu,
    read: (m) => ({ year: Number(group(m, 1)), month: null, day: null }),
  },
];

/** The grammars read in a text of each language. English dates in a Chinese text are rare
 * enough that `May` or `March` there is more likely a name than a month. */
export const DATE_GRAMMARS: Readonly<Record<Language, readonly DateGrammar[]>> = {
  en: [...NUMERIC_GRAMMARS, ...ENGLISH_GRAMMARS, ...CHINESE_GRAMMARS],
  'zh-Hans': [...NUMERIC_GRAMMARS, ...CHINESE_GRAMMARS],
  'zh-Hant': [...NUMERIC_GRAMMARS, ...CHINESE_GRAMMARS],
};

// ---- reading mentions -------------------------------------------------------------------

/** Digits written full-width (`２０１９`) read as ASCII; one code unit each, so offsets hold. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/**
 * `11月20日訊`, `11月20日电`: filed on that day. Not `11月20日电信…`, `…日电视台`: words that
 * begin with 电 or 讯 (listed by their second character) are not a dispatch mark.
 */
const DISPATCH_AFTER_ZH = new RegExp(
  `^\\s*(?:${alternation(withTraditional(DATE_WORDS.dispatchMarks.zh))})(?!${alternation(
    withTraditional(DATE_WORDS.dispatchMarks.notAfter),
  )})`,
  'u',
);
const DISPATCH_AFTER_EN = /^\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|—|–)/u;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function exists(month: number, day: number | null, year: number | null): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return day === null || (day >= 1 && day <= daysInMonth(month, year));
}

function assertExists(mention: RawMention): void {
  const { month, day, year, text } = mention;
  if (month === null) return;
  if (!exists(month, day, year)) {
    throw new TextProblem(
      `a date that does not exist: "${text}" (month ${month}, day ${day ?? '?'})`,
      text,
    );
  }
}

/** How a text writes its month-name dates: day first (`8 July`) or month first (`April 7`). */
export type DateOrder = 'day-first' | 'month-first';

function writtenOrder(mentions: readonly RawMention[]): DateOrder | null {
  const dayFirst = mentions.filter((m) => m.order === 'day-first').length;
  const monthFirst = mentions.filter((m) => m.order === 'month-first').length;
  if (dayFirst === monthFirst) return null;
  return dayFirst > monthFirst ? 'day-first' : 'month-first';
}

/** Read `a/b/yyyy` as D/M or M/D, or neither when the text gives no way to tell. */
function decideNumericPair(
  mention: RawMention,
  pair: readonly [number, number],
  order: DateOrder | null,
): DateMention {
  const [a, b] = pair;
  const year = mention.year;
  const dayFirstExists = exists(b, a, year);
  const monthFirstExists = exists(a, b, year);
  const base = { text: mention.text, start: mention.start, year, dispatch: false };
  if (!dayFirstExists && !monthFirstExists) {
    throw new TextProblem(
      `a date that does not exist: "${mention.text}" (neither day/month nor month/day)`,
      mention.text,
    );
  }
  const readDayFirst = dayFirstExists && (!monthFirstExists || a === b || order === 'day-first');
  const readMonthFirst = monthFirstExists && (!dayFirstExists || order === 'month-first');
  if (readDayFirst) return { ...base, month: b, day: a, dayMonthUndecided: false };
  if (readMonthFirst) return { ...base, month: a, day: b, dayMonthUndecided: false };
  return { ...base, month: null, day: null, dayMonthUndecided: true };
}

/** Dates as written, before any is checked; one reading where readings overlap. */
function readMentions(searchable: string, text: string, language: Language): RawMention[] {
  const raw: RawMention[] = [];
  for (const grammar of DATE_GRAMMARS[language]) {
    if (grammar.requires !== undefined && !searchable.includes(grammar.requires)) continue;
    for (const match of searchable.matchAll(grammar.regex)) {
      raw.push({
        ...grammar.read(match),
        ...(grammar.order ? { order: grammar.order } : {}),
        text: text.slice(match.index, match.index + match[0].length),
        start: match.index,
      });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const kept: RawMention[] = [];
  for (const mention of raw) {
    const last = kept.at(-1);
    if (!last || mention.start >= last.start + last.text.length) kept.push(mention);
  }
  return kept;
}

/** The order of a whole text's month-name dates, to read its `5/10/2024`s in a part of it. */
export function dateOrderOf(text: string, language: Language): DateOrder | null {
  // Chinese grammars write no month names: no need to read the whole text for an order.
  if (!DATE_GRAMMARS[language].some((grammar) => grammar.order !== undefined)) return null;
  return writtenOrder(readMentions(asciiDigits(text), text, language));
}

/**
 * Every date written in `text`, in order, longest reading first where readings overlap
 * (`2011 年 8 月 8 日` is one date, not also `8 月 8 日`). `order` reads `5/10/2024`; by
 * default, the order of `text`'s own month-name dates. Throws `TextProblem` for a date that
 * does not exist.
 */
export function findDateMentions(
  text: string,
  language: Language,
  order: DateOrder | null = dateOrderOf(text, language),
): DateMention[] {
  const searchable = asciiDigits(text);
  return readMentions(searchable, text, language).map((mention) => {
    if (mention.numericPair) return decideNumericPair(mention, mention.numericPair, order);
    assertExists(mention);
    const end = mention.start + mention.text.length;
    const after = searchable.slice(end);
    const mark =
      DISPATCH_AFTER_ZH.exec(after) ??
      (mention.month !== null ? DISPATCH_AFTER_EN.exec(after) : null);
    return {
      text: mention.text,
      start: mention.start,
      year: mention.year,
      month: mention.month,
      day: mention.day,
      dispatch: mark !== null,
      ...(mark ? { dispatchText: text.slice(mention.start, end + mark[0].length).trim() } : {}),
      dayMonthUndecided: false,
    };
  });
}

// ---- sentences ---------------------------------------------------------------------------

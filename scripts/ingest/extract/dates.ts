/**
 * When a release was published and when its agreement was signed, read from the text.
 *
 * - `publishedOn`: the first dated publication line — a line that is only a date
 *   (`2019-11-20 17:54:11`, `2019.12.18`), a source or reprint line (`Source:【…】 2017/4/20`,
 *   `（摘录自 2011 年 8 月 8 日《文汇报》第 4 版）`) or a labelled date (`发布时间：…`) — or a
 *   publication note inside a line: a bracketed source or reprint note (`…协议（摘自
 *   2010.06.14《…》第 1 版）`, where a heading and its note ran together) or a line that ends
 *   with a numeric or English date after a name (`Shaanxi Daily 2010-03-09 08:19:36`); else a
 *   dispatch dateline that carries its year (`新华社北京2019年11月20日电`). Basis `text`.
 *   A publication note's date is never the signing date.
 * - `signedOn`: the date in the first sentence about a signing (签署 / signed / signing
 *   ceremony…), else the event date of the first body sentence. A month and day without a
 *   year take the publication date's year (the year before, when that would put the signing
 *   after the publication): basis `inferred`. A signing sentence that dates itself with a
 *   relative word (`日前`, `今天`, `recently`) has no date: null.
 * - A month and day without any year to take are not a fact: null.
 * - A date that does not exist (`2月30日`, `2019-02-30`, `April 31`) throws `TextProblem`.
 * - `5/10/2024` is read as D/M or M/D only when the text decides: a part above 12, or the
 *   order of the text's written-out dates (`10 May` → D/M, `May 10` → M/D). Otherwise only the
 *   year is certain and the fact has precision `year`.
 */
import type { DatePrecision, DatedFact, Language } from '../../../src/schema/agreement.ts';
import { toTraditional } from '../../../src/lib/chinese.ts';
import { TextProblem } from '../types.ts';
import { isBylineLine } from './byline.ts';

/** English month names and their usual abbreviations. */
// prettier-ignore
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  January: 1, Jan: 1,
  February: 2, Feb: 2,
  March: 3, Mar: 3,
  April: 4, Apr: 4,
  May: 5,
  June: 6, Jun: 6,
  July: 7, Jul: 7,
  August: 8, Aug: 8,
  September: 9, Sept: 9, Sep: 9,
  October: 10, Oct: 10,
  November: 11, Nov: 11,
  December: 12, Dec: 12,
};

/** Chinese numerals as written in dates (`二〇一一年八月五日`). */
// prettier-ignore
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Times of day that belong to a date's words (`11月20日上午`, `the morning of April 7`). */
const CHINESE_TIMES_OF_DAY = [
  '上午',
  '下午',
  '晚上',
  '晚间',
  '早上',
  '早晨',
  '中午',
  '凌晨',
  '傍晚',
  '夜间',
  '晚',
];
const ENGLISH_TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night'];

/** Words that make a sentence about a signing. Chinese in Simplified; Traditional added. */
export const SIGNING_WORDS = {
  zh: ['签署', '签约', '签订', '签下', '签定', '签字'],
  en: ['signed', 'signing', 'sign', 'signs', 'inked', 'concluded an agreement'],
} as const;

/** Relative time words: a sentence dated by one of these has no date we can state. */
export const RELATIVE_TIME_WORDS = {
  zh: [
    '今天',
    '今日',
    '昨天',
    '昨日',
    '日前',
    '近日',
    '近期',
    '前不久',
    '不久前',
    '前日',
    '本周',
    '上周',
    '本月',
  ],
  en: [
    'today',
    'yesterday',
    'recently',
    'earlier this week',
    'earlier this month',
    'last week',
    'this week',
    'the other day',
  ],
} as const;

/**
 * Words after `2022年` that make it the start or end of a period (`2022年起`, `2022年以来`,
 * `2022年至2025年`), not a date. Simplified; Traditional added.
 */
export const PERIOD_AFTER_YEAR = ['起', '以来', '至', '到', '开始', '以前', '以后', '之前', '之后'];

/** Labels that introduce a publication date on its own line (`发布时间：2019-11-20`). */
export const PUBLICATION_DATE_LABELS = {
  zh: [
    '发布时间',
    '发布日期',
    '发表时间',
    '发表日期',
    '更新时间',
    '时间',
    '日期',
    '發布時間',
    '發布日期',
  ],
  en: [
    'Published',
    'Published on',
    'Posted',
    'Posted on',
    'Updated',
    'Date',
    'Release date',
    'Time',
  ],
} as const;

/**
 * A line that ends with its page's date after a name (`Shaanxi Daily 2010-03-09 08:19:36`):
 * what may follow the date, what before it shows the date is the line's own words, and how
 * long such a line may be.
 */
export const PUBLICATION_NOTE_SHAPES = {
  /** A time of day after the date. */
  time: '\\s+\\d{1,2}:\\d{2}(?::\\d{2})?',
  /** Words and marks before a date that make it part of a phrase: `on`, `from … to`, `至`. */
  notANameBefore:
    '\\b(?:on|in|at|of|since|from|to|until|till|by|before|after|between|and|through|dated)|[-–—~～至到于於在]',
  /** Marks of a Chinese-style date (`2019年11月20日`): not a trailing page date. */
  localDateMarks: '年月日号號',
  maxLineLength: 200,
} as const;

function withTraditional(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((word) => [word, toTraditional(word)]))];
}

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

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
const EN_TIME_PREFIX = `(?:(?:[Oo]n|[Ii]n|ON|IN)\\s+)?(?:[Tt]he\\s+)?(?:${ENGLISH_TIMES_OF_DAY.join('|')})\\s+of\\s+`;
const ORDINAL = '(?:st|nd|rd|th)?';
const ZH_TIME_SUFFIX = `(?:\\s*(?:${alternation(withTraditional(CHINESE_TIMES_OF_DAY))}))?`;
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
      `(${YEAR})\\s*年\\s*(${MONTH})\\s*月\\s*(${DAY})\\s*${ZH_DAY_MARK}${ZH_TIME_SUFFIX}`,
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
      `(?<![\\d\\-–—~～至到])(${YEAR})\\s*年(?!\\s*(?:${alternation(withTraditional(PERIOD_AFTER_YEAR))}|[-–—~～]))`,
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
      `(?:${EN_TIME_PREFIX})?\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})${ORDINAL}(?![\\d\\w])(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?`,
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
  `^\\s*(?:${alternation(withTraditional(['讯', '电']))})(?!${alternation(
    withTraditional([
      '信',
      '视',
      '子',
      '力',
      '脑',
      '话',
      '网',
      '商',
      '器',
      '台',
      '源',
      '池',
      '缆',
      '梯',
      '影',
      '息',
      '竞',
      '动',
      '气',
      '站',
    ]),
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

function exists(month: number, day: number | null, year: number | null): boolean {
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
    const after = searchable.slice(mention.start + mention.text.length);
    return {
      text: mention.text,
      start: mention.start,
      year: mention.year,
      month: mention.month,
      day: mention.day,
      dispatch:
        DISPATCH_AFTER_ZH.test(after) || (mention.month !== null && DISPATCH_AFTER_EN.test(after)),
      dayMonthUndecided: false,
    };
  });
}

// ---- sentences ---------------------------------------------------------------------------

/** Abbreviations whose full stop does not end a sentence. */
// prettier-ignore
export const ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'No', 'Nos', 'Co', 'Corp', 'Ltd', 'Inc', 'Jr', 'Sr', 'vs', 'etc',
  'e.g', 'i.e', 'U.S', 'U.K', 'a.m', 'p.m', 'approx', 'Gov', 'Dept', 'Fig',
  // Month abbreviations (`Oct. 13`); full names such as `May` may well end a sentence.
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];
const ABBREVIATION_BEFORE_STOP = new RegExp(
  `(?:^|[^\\p{L}\\p{N}.])(?:${alternation(ABBREVIATIONS)}|\\p{Lu})$`,
  'u',
);
const SENTENCE_END = /[。！？!?]+[”’"'）)」』]*|\.(?=[”’"'）)」』]*(?:\s|$))[”’"'）)」』]*/gu;

/**
 * A paragraph cut into sentences at 。！？!? and at a full stop before a space, except after
 * an abbreviation or an initial (`Mr.`, `Co.`, `Oct.`, `J.`). Closing quotes stay with the
 * sentence they close.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (
      match[0].startsWith('.') &&
      ABBREVIATION_BEFORE_STOP.test(paragraph.slice(start, match.index))
    )
      continue;
    const sentence = paragraph.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** The paragraph ends a sentence: running text, not a heading or a label. */
export function endsWithSentenceMark(paragraph: string): boolean {
  const sentences = splitSentences(paragraph);
  const last = sentences.at(-1) ?? '';
  return (
    /[。！？!?.][”’"'）)」』]*$/u.test(last) &&
    !(last.endsWith('.') && ABBREVIATION_BEFORE_STOP.test(last.slice(0, -1)))
  );
}

// ---- publication and signing --------------------------------------------------------------

type LanguageFamily = keyof typeof SIGNING_WORDS;

function family(language: Language): LanguageFamily {
  return language === 'en' ? 'en' : 'zh';
}

function wordPattern(words: readonly string[], latin: boolean): RegExp {
  const source = alternation(latin ? words : withTraditional(words));
  return latin ? new RegExp(`\\b(?:${source})\\b`, 'iu') : new RegExp(`(?:${source})`, 'u');
}

const SIGNING_PATTERNS: Readonly<Record<LanguageFamily, RegExp>> = {
  zh: wordPattern(SIGNING_WORDS.zh, false),
  en: wordPattern(SIGNING_WORDS.en, true),
};
const RELATIVE_PATTERNS: Readonly<Record<LanguageFamily, RegExp>> = {
  zh: wordPattern(RELATIVE_TIME_WORDS.zh, false),
  en: wordPattern(RELATIVE_TIME_WORDS.en, true),
};
const PUBLICATION_LABEL = new RegExp(
  `^[\\s（(【\\[]*(?:${alternation([...withTraditional(PUBLICATION_DATE_LABELS.zh), ...PUBLICATION_DATE_LABELS.en])})\\s*[:：]`,
  'u',
);
const LEFTOVER_OF_DATE_LINE = new RegExp(
  `(?:${alternation([...withTraditional(PUBLICATION_DATE_LABELS.zh), ...PUBLICATION_DATE_LABELS.en])})|[\\s\\p{P}\\p{S}]`,
  'gu',
);

/** Mentions that state at least a month with its year, or a year from an undecided `5/10/2024`. */
function isCalendarDate(mention: DateMention): boolean {
  return mention.year !== null && (mention.month !== null || mention.dayMonthUndecided);
}

/**
 * A paragraph that is only a date (`2019-11-20 17:54:11`, `2019.12.18`, `（2019年11月20日）`),
 * with at most a publication label.
 */
export function isDateLine(paragraph: string, language: Language = 'en'): boolean {
  return isDateLineWith(paragraph, findDateMentions(paragraph, language));
}

/**
 * `isDateLine` from the paragraph's mentions, already read. The order they were read in does
 * not matter: it changes which of day and month a `5/10/2024` is, not its words or whether it
 * is a calendar date.
 */
function isDateLineWith(paragraph: string, paragraphMentions: readonly DateMention[]): boolean {
  const mentions = paragraphMentions.filter(isCalendarDate);
  if (mentions.length === 0) return false;
  let rest = paragraph;
  for (const mention of mentions) rest = rest.replace(mention.text, ' ');
  return rest.replace(LEFTOVER_OF_DATE_LINE, '') === '';
}

/** A line that dates the release itself: a date line, a labelled date, or a source/byline line. */
function isPublicationLine(paragraph: string, paragraphMentions: readonly DateMention[]): boolean {
  return (
    isDateLineWith(paragraph, paragraphMentions) ||
    PUBLICATION_LABEL.test(paragraph) ||
    isBylineLine(paragraph)
  );
}

interface Located {
  mention: DateMention;
  /** In a publication line or a publication note: it dates the release, not the event. */
  publication: boolean;
}

/** Where a paragraph holds publication notes: offsets `[start, end)` in the paragraph. */
type Span = readonly [number, number];

/** `（摘自 …）`, `(Excerpted from …)`, `【来源：…】`: a bracketed group without nested brackets. */
const BRACKETED = /[（(【[][^（）()【】[\]\n]{1,160}[）)】\]]/gu;

/** Bracketed source, reprint and byline notes anywhere in a paragraph. */
function bracketedNotes(paragraph: string): Span[] {
  if (!/[（(【[]/u.test(paragraph)) return [];
  const spans: Span[] = [];
  for (const match of paragraph.matchAll(BRACKETED)) {
    if (isBylineLine(match[0])) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

const TRAILING_TIME = new RegExp(`^(?:${PUBLICATION_NOTE_SHAPES.time})?\\s*$`, 'u');
const NOT_A_NAME_BEFORE = new RegExp(`(?:${PUBLICATION_NOTE_SHAPES.notANameBefore})$`, 'iu');
const LOCAL_FORM = new RegExp(`[${PUBLICATION_NOTE_SHAPES.localDateMarks}]`, 'u');

/**
 * `Shaanxi Daily 2010-03-09 08:19:36`, `…Branch eCNS February 9, 2014`: a short line, not a
 * sentence, that ends with a full date written in numbers or English (and maybe a time) after
 * a name. Chinese `年月日` dates are left out: at the end of a line they close a signature
 * block as often as they date a page. A date after a preposition or a range mark (`on May 3,
 * 2019`, `2019-01-01 ~ 2019-12-31`) belongs to the line's own words.
 */
function trailingDateNote(paragraph: string, mentions: readonly DateMention[]): Span | null {
  if (paragraph.length > PUBLICATION_NOTE_SHAPES.maxLineLength) return null;
  if (endsWithSentenceMark(paragraph)) return null;
  const last = mentions.at(-1);
  // A full date, or a `5/10/2024` the text does not decide (its year is still the page's).
  if (!last || !isCalendarDate(last) || (last.day === null && !last.dayMonthUndecided)) return null;
  if (LOCAL_FORM.test(last.text)) return null;
  const end = last.start + last.text.length;
  if (!TRAILING_TIME.test(paragraph.slice(end))) return null;
  const before = paragraph.slice(0, last.start);
  if (!/\s$/u.test(before) || before.trim() === '' || NOT_A_NAME_BEFORE.test(before.trimEnd()))
    return null;
  return [last.start, paragraph.length];
}

/** The parts of a paragraph that date the release rather than tell the story. */
function publicationNotes(paragraph: string, mentions: readonly DateMention[]): Span[] {
  const trailing = trailingDateNote(paragraph, mentions);
  return [...bracketedNotes(paragraph), ...(trailing ? [trailing] : [])];
}

function within(spans: readonly Span[], mention: DateMention): boolean {
  return spans.some(([start, end]) => mention.start >= start && mention.start < end);
}

/** The paragraph with its publication notes blanked out, for reading the story's own dates. */
function withoutNotes(paragraph: string, spans: readonly Span[]): string {
  let text = paragraph;
  for (const [start, end] of [...spans].sort((a, b) => b[0] - a[0])) {
    text = `${text.slice(0, start)} ${text.slice(end)}`;
  }
  return text.replace(/\s{2,}/gu, ' ').trim();
}

function factFromMention(
  mention: DateMention,
  basis: 'text' | 'inferred',
  year: number,
): DatedFact {
  const yyyy = String(year).padStart(4, '0');
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (mention.month === null)
    return { value: yyyy, precision: 'year', basis, evidence: mention.text };
  if (mention.day === null || !exists(mention.month, mention.day, year)) {
    // A 29 February whose inferred year is not a leap year: only the month is safe.
    return {
      value: `${yyyy}-${pad(mention.month)}`,
      precision: 'month',
      basis,
      evidence: mention.text,
    };
  }
  return {
    value: `${yyyy}-${pad(mention.month)}-${pad(mention.day)}`,
    precision: 'day',
    basis,
    evidence: mention.text,
  };
}

function publicationDate(mentions: readonly Located[]): DatedFact | null {
  const fromLine = mentions.find(
    ({ mention, publication }) => publication && isCalendarDate(mention),
  );
  const fromDispatch = mentions.find(({ mention }) => mention.dispatch && isCalendarDate(mention));
  const found = fromLine ?? fromDispatch;
  if (!found || found.mention.year === null) return null;
  return factFromMention(found.mention, 'text', found.mention.year);
}

const PRECISION_PARTS: Readonly<Record<DatePrecision, number>> = { year: 1, month: 2, day: 3 };

/** The year a month-day without one falls in: the publication's, or the one before if later. */
function inferYear(mention: DateMention, published: DatedFact): number {
  const [year = 0, month = 12, day = 31] = published.value.split('-').map(Number);
  const parts = PRECISION_PARTS[published.precision];
  if (mention.month === null || parts === 1) return year;
  const mentionDay = mention.day ?? 1;
  const laterMonth = mention.month > month;
  const laterDay = parts === 3 && mention.month === month && mentionDay > day;
  return laterMonth || laterDay ? year - 1 : year;
}

/** `bodyParagraphs`: the paragraphs that tell the story, without publication lines and notes. */
function signingDate(
  bodyParagraphs: readonly string[],
  language: Language,
  order: DateOrder | null,
  published: DatedFact | null,
): DatedFact | null {
  const lang = family(language);
  const bodySentences = bodyParagraphs.flatMap((paragraph) => splitSentences(paragraph));
  const eventMention = (sentence: string): DateMention | undefined =>
    findDateMentions(sentence, language, order).find((mention) => !mention.dispatch);

  let chosen: DateMention | undefined;
  for (const sentence of bodySentences) {
    if (!SIGNING_PATTERNS[lang].test(sentence)) continue;
    chosen = eventMention(sentence);
    if (chosen) break;
    // `日前，…签署…`: the signing is dated only relatively.
    if (RELATIVE_PATTERNS[lang].test(sentence)) return null;
  }
  if (!chosen) {
    const firstBody = bodyParagraphs.find((paragraph) => endsWithSentenceMark(paragraph));
    const firstSentence = firstBody === undefined ? undefined : splitSentences(firstBody)[0];
    chosen = firstSentence === undefined ? undefined : eventMention(firstSentence);
  }
  if (!chosen) return null;
  if (chosen.year !== null) return factFromMention(chosen, 'text', chosen.year);
  if (published === null) return null;
  return factFromMention(chosen, 'inferred', inferYear(chosen, published));
}

/**
 * The publication and signing dates of a release (see the module comment for the rules).
 * Throws `TextProblem` with the offending words for a date that does not exist.
 */
export function extractDates(
  paragraphs: string[],
  language: Language,
): { publishedOn: DatedFact | null; signedOn: DatedFact | null } {
  const order = dateOrderOf(paragraphs.join('\n\n'), language);
  const mentionsByParagraph = paragraphs.map((paragraph) =>
    findDateMentions(paragraph, language, order),
  );
  // Decided once per paragraph, from the mentions just read: both dates ask.
  const publicationLines = paragraphs.map((paragraph, index) =>
    isPublicationLine(paragraph, mentionsByParagraph[index] ?? []),
  );
  const notes = paragraphs.map((paragraph, index) =>
    publicationLines[index] === true
      ? []
      : publicationNotes(paragraph, mentionsByParagraph[index] ?? []),
  );
  const mentions: Located[] = mentionsByParagraph.flatMap((paragraphMentions, paragraphIndex) =>
    paragraphMentions.map((mention) => ({
      mention,
      publication:
        publicationLines[paragraphIndex] === true || within(notes[paragraphIndex] ?? [], mention),
    })),
  );
  const bodyParagraphs = paragraphs.flatMap((paragraph, index) => {
    if (publicationLines[index] === true) return [];
    const spans = notes[index] ?? [];
    return spans.length === 0 ? [paragraph] : [withoutNotes(paragraph, spans)];
  });
  const publishedOn = publicationDate(mentions);
  const signedOn = signingDate(bodyParagraphs, language, order, publishedOn);
  return { publishedOn, signedOn };
}

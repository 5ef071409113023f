/**
 * The numbers check for translations: every number written in digits in an original must
 * appear, with the same value, in its translation, and the translation may add none.
 * Works on plain text in any mix of English and Chinese; knows nothing about any one release.
 *
 * Allowed differences (each a normalisation applied to both sides, so they compare equal):
 *  1. digit grouping and width: `7000` = `7,000` = `７０００`;
 *  2. scale words multiply the number before them: `130 亿` = `13 billion` = 13,000,000,000
 *     (亿/億, 万/萬, 万亿/萬億, 千; thousand, million, billion, trillion; `3-billion` too).
 *     `M`, `m`, `bn` are NOT scales: `1M` in Chinese broadband talk is 1 Mbit/s;
 *  3. month names next to a date count as the month's number: `August 5, 2011` = `2011 年 8 月 5 日`
 *     (full names anywhere when capitalised, except `May`; abbreviations and `May` only beside a number);
 *  4. ordinal suffixes are dropped: `12th` = `12`, `第 4 版` = `page 4`;
 *  5. Chinese five-year-plan abbreviations count as the plan's ordinal: `“十三五”` = `13th Five-Year`;
 *  6. a number written twice in a row with only spaces between (`8 8 July`) is a typing slip
 *     and counts once;
 *  7. `%`, `％`, `per cent`, `percent` mark a percentage; a percentage never equals a bare number;
 *  8. a date or time written with dots, slashes, dashes or colons counts as its parts:
 *     `2019.12.18`, `2017/4/20`, `17:54:11`;
 *  9. a gloss in the translation that quotes the original verbatim in parentheses, such as
 *     `(《共同推動煙臺5G應用發展戰略合作協議》)` after its English name, is not counted: it repeats
 *     the original's words rather than translating them (it must contain Chinese characters).
 * Not compared: numbers spelled in words or Chinese numerals (`three`, `三年`, `十大类`, `百万`).
 * A translation therefore writes a number in digits exactly where its original does.
 */

export type NumberKind = 'count' | 'percent';

export interface FoundNumber {
  value: number;
  kind: NumberKind;
  /** The words the number was read from, for error messages. */
  text: string;
}

/** Scale words and their factors; longer words first so `万亿` wins over `万`. */
const SCALES: readonly (readonly [RegExp, number])[] = [
  // `2000多万`, `10余万`: more than the figure, read as the figure (as ingest reads sums).
  [/^\s*[多余餘]?\s*(?:万亿|萬億)/, 1e12],
  [/^\s*[多余餘]?\s*[亿億]/, 1e8],
  [/^\s*[多余餘]?\s*[万萬]/, 1e4],
  [/^\s*千(?![米克瓦])/, 1e3],
  [/^[\s-]*trillion\b/i, 1e12],
  [/^[\s-]*billion\b/i, 1e9],
  [/^[\s-]*million\b/i, 1e6],
  [/^[\s-]*thousand\b/i, 1e3],
];

const PERCENT = /^\s*(?:%|％|per\s?cent\b)/i;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/;

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** Capitalised full month names, `May` excepted (a modal verb at the start of a sentence). */
const FULL_MONTH =
  /\b(January|February|March|April|June|July|August|September|October|November|December)\b/g;
/** Abbreviated months and `May`: only right before or after a number. */
const SHORT_MONTH_BEFORE_NUMBER =
  /\b(May|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=\s+\d)/g;
const SHORT_MONTH_AFTER_NUMBER =
  /(?<=\d(?:st|nd|rd|th)?\s+(?:of\s+)?)(May|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?/g;

const CHINESE_DIGIT: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** `十三五` = the 13th five-year plan; `十五` alone is left out (it is also the number 15). */
const FIVE_YEAR_PLAN = /十([一二三四五六七八九])五/g;

/** Digits with thousands separators, or digit groups joined by dots (decimals or dotted dates). */
const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)*/g;

function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

function monthNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  const add = (name: string) => {
    const value = MONTHS[name.toLowerCase().replace(/\.$/, '')];
    if (value !== undefined) found.push({ value, kind: 'count', text: name });
  };
  for (const m of text.matchAll(FULL_MONTH)) add(m[1]!);
  const short = new Set<number>();
  for (const re of [SHORT_MONTH_BEFORE_NUMBER, SHORT_MONTH_AFTER_NUMBER]) {
    for (const m of text.matchAll(re)) {
      // One abbreviation between two numbers ("5 May 2019") matches both patterns: count it once.
      if (short.has(m.index)) continue;
      short.add(m.index);
      add(m[1]!);
    }
  }
  return found;
}

function planOrdinals(text: string): FoundNumber[] {
  return [...text.matchAll(FIVE_YEAR_PLAN)].map((m) => ({
    value: 10 + CHINESE_DIGIT[m[1]!]!,
    kind: 'count' as const,
    text: m[0],
  }));
}

/** Every number written in digits, read with its scale, percent sign and ordinal suffix. */
function digitNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  let previous: { raw: string; end: number } | null = null;
  for (const m of text.matchAll(DIGITS)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const stutter =
      previous !== null &&
      previous.raw === raw &&
      /^[ \t\u00a0]+$/.test(text.slice(previous.end, start));
    previous = { raw, end };
    if (stutter) continue;

    const after = text.slice(end);
    const grouped = raw.includes(',');
    const parts = grouped ? [raw.replaceAll(',', '')] : raw.split('.');
    if (!grouped && parts.length > 2) {
      // A dotted date such as 2019.12.18: its parts are separate numbers.
      for (const part of parts) found.push({ value: Number(part), kind: 'count', text: raw });
      continue;
    }
    let value = Number(grouped ? parts[0] : raw);
    let words = raw;
    let kind: NumberKind = 'count';
    const scale = SCALES.find(([re]) => re.test(after));
    if (scale) {
      const [re, factor] = scale;
      value *= factor;
      words += after.match(re)![0];
    }
    const rest = text.slice(start + words.length);
    const percent = rest.match(PERCENT);
    if (percent) {
      kind = 'percent';
      words += percent[0];
    } else {
      const ordinal = rest.match(ORDINAL_SUFFIX);
      if (ordinal) words += ordinal[0];
    }
    found.push({ value, kind, text: words.trim() });
  }
  return found;
}

/** All numbers of a plain text, normalised as documented above. */
export function extractNumbers(text: string): FoundNumber[] {
  const plain = toHalfWidthDigits(text);
  return [...digitNumbers(plain), ...monthNumbers(plain), ...planOrdinals(plain)];
}

function key(n: FoundNumber): string {
  return `${n.kind}:${Number(n.value.toPrecision(12))}`;
}

export interface NumberDifference {
  /** Numbers of the original that the translation lacks (one entry per missing occurrence). */
  missing: FoundNumber[];
  /** Numbers of the translation that the original lacks. */
  extra: FoundNumber[];
}

const PARENTHESISED = /[(（]([^()（）]+)[)）]/g;
const HAN = /\p{Script=Han}/u;

/** The translation without parenthesised glosses that quote the original word for word. */
export function withoutQuotedGlosses(original: string, translation: string): string {
  return translation.replace(PARENTHESISED, (whole, inner: string) =>
    HAN.test(inner) && original.includes(inner.trim()) ? ' ' : whole,
  );
}

/** Compares the numbers of two texts as multisets. */
export function compareNumbers(original: string, translation: string): NumberDifference {
  const pool = new Map<string, FoundNumber[]>();
  for (const n of extractNumbers(withoutQuotedGlosses(original, translation))) {
    const k = key(n);
    pool.set(k, [...(pool.get(k) ?? []), n]);
  }
  const missing: FoundNumber[] = [];
  for (const n of extractNumbers(original)) {
    const candidates = pool.get(key(n));
    if (candidates && candidates.length > 0) candidates.pop();
    else missing.push(n);
  }
  return { missing, extra: [...pool.values()].flat() };
}

/** One line per difference, for a test failure message. */
export function describeDifference({ missing, extra }: NumberDifference): string {
  const show = (n: FoundNumber) =>
    `${n.kind === 'percent' ? `${n.value}%` : n.value} (“${n.text}”)`;
  return [
    ...missing.map((n) => `missing in the translation: ${show(n)}`),
    ...extra.map((n) => `not in the original: ${show(n)}`),
  ].join('\n');
}

/**
 * A view of a text for matching names in it, with a map back to the original so that a
 * name can be reported as written.
 *
 * The view (each step keeps one view character per original character, or drops it):
 * - Traditional characters become Simplified one by one (煙臺 → 烟台), so zh-Hans
 *   vocabulary matches all Chinese text;
 * - full-width forms become ASCII (５Ｇ → 5G, ＋ → +), dashes become `-`, curly
 *   apostrophes `'`;
 * - whitespace between two Han characters is dropped (a hard-wrapped 智慧\n城市 is one
 *   word), other runs of whitespace become one space, or one newline if they held one;
 * - a pinyin annotation right after a Han character is dropped (濟(jì)南 → 济南), so that
 *   uncleaned text reads like cleaned text. Real parentheses are kept: an annotation is
 *   one lower-case syllable with a tone mark.
 * Vocabulary goes through the same character mapping (`normaliseTerm`), so both sides meet.
 */
import { toSimplified } from '../../../src/lib/chinese.ts';

const HAN = /\p{Script=Han}/u;
const SPACE = /\s/u;
const PINYIN_ANNOTATION = /^[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/u;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;

export interface TextView {
  /** The normalised text. */
  text: string;
  /** `text` lower-cased character by character (same length). */
  lower: string;
  /** origin[i]: index in the original of text[i]. */
  origin: number[];
  original: string;
}

/** One character as the view shows it (same length: one UTF-16 unit in, one out). */
function mapCharacter(c: string): string {
  let mapped = c;
  const compatible = c.normalize('NFKC');
  if (compatible.length === 1) mapped = compatible;
  if (/[\u2010-\u2015\u2212\uFE58\uFE63]/u.test(mapped)) mapped = '-';
  if (/[\u2018\u2019\u02BC]/u.test(mapped)) mapped = "'";
  if (HAN.test(mapped)) {
    const simplified = toSimplified(mapped);
    if (simplified.length === 1) mapped = simplified;
  }
  return mapped;
}

/**
 * What the view needs of each UTF-16 code, worked out on first sight and kept in tables
 * indexed by the code: a view is built code by code, and a lookup in a typed array costs
 * far less than opencc, NFKC or a regular expression per character.
 */
const KNOWN = new Uint8Array(0x10000);
const VIEW_CODE = new Uint16Array(0x10000);
const LOWER_VIEW_CODE = new Uint16Array(0x10000);
const IS_HAN = new Uint8Array(0x10000);

function learn(code: number): void {
  if (KNOWN[code] === 1) return;
  const c = String.fromCharCode(code);
  const mapped = mapCharacter(c);
  const lower = mapped.toLowerCase();
  VIEW_CODE[code] = mapped.charCodeAt(0);
  // Lower-cased only where that keeps one unit (İ stays İ): the view keeps its length.
  LOWER_VIEW_CODE[code] = (lower.length === 1 ? lower : mapped).charCodeAt(0);
  IS_HAN[code] = HAN.test(c) ? 1 : 0;
  KNOWN[code] = 1;
}

function isHanCode(code: number): boolean {
  learn(code);
  return IS_HAN[code] === 1;
}

function viewCodeOf(code: number): number {
  learn(code);
  return VIEW_CODE[code] ?? code;
}

/** Length of a pinyin annotation such as `(jì)` starting at `at`, or 0. */
function pinyinAnnotationLength(original: string, at: number): number {
  // Most Han characters are not followed by a bracket: no slice, no regular expression.
  const next = original.charCodeAt(at);
  if (next !== 0x28 && next !== 0xff08) return 0;
  const annotation = PINYIN_ANNOTATION.exec(original.slice(at, at + 10));
  return annotation && TONE_MARK.test(annotation[0]) ? annotation[0].length : 0;
}

/** `\s`, without a regular expression for the ASCII characters that make up most text. */
function isSpace(original: string, at: number): boolean {
  const code = original.charCodeAt(at);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(original.charAt(at));
}

/** UTF-16 codes to a string, in slices small enough for `fromCharCode`'s argument list. */
function stringOfCodes(codes: Uint16Array): string {
  const slices: string[] = [];
  for (let at = 0; at < codes.length; at += 8192) {
    slices.push(String.fromCharCode(...codes.subarray(at, at + 8192)));
  }
  return slices.join('');
}

/** A vocabulary term as the view would show it. */
export function normaliseTerm(term: string): string {
  return viewOf(term).text;
}

/** The view of a text. Built once per release and passed to every extractor that reads names. */
export function viewOf(original: string): TextView {
  // The view is never longer than the original: codes go into arrays of that size.
  const text = new Uint16Array(original.length);
  const lower = new Uint16Array(original.length);
  const origin: number[] = [];
  let length = 0;
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    if (isSpace(original, i)) {
      let j = i;
      let newline = false;
      while (j < original.length && isSpace(original, j)) {
        const space = original.charCodeAt(j);
        if (space === 0x0a || space === 0x0d) newline = true;
        j++;
      }
      const betweenHan =
        length > 0 &&
        isHanCode(text[length - 1] ?? 0) &&
        j < original.length &&
        isHanCode(viewCodeOf(original.charCodeAt(j)));
      if (!betweenHan && length > 0 && j < original.length) {
        const separator = newline ? 0x0a : 0x20;
        text[length] = separator;
        lower[length] = separator;
        origin.push(i);
        length++;
      }
      i = j;
      continue;
    }
    text[length] = viewCodeOf(code);
    lower[length] = LOWER_VIEW_CODE[code] ?? code;
    origin.push(i);
    length++;
    i++;
    if (IS_HAN[code] === 1) i += pinyinAnnotationLength(original, i);
  }
  return {
    text: stringOfCodes(text.subarray(0, length)),
    lower: stringOfCodes(lower.subarray(0, length)),
    origin,
    original,
  };
}

/**
 * The original words behind view[start, end), tidied: whitespace between Han characters
 * dropped, other runs of whitespace made one space.
 */
export function writtenAt(view: TextView, start: number, end: number): string {
  const from = view.origin[start] ?? 0;
  const to = (view.origin[end - 1] ?? from) + 1;
  return tidy(view.original.slice(from, to));
}

export function tidy(words: string): string {
  return words
    .replace(/(?<=\p{Script=Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/gu, (a) =>
      TONE_MARK.test(a) ? '' : a,
    )
    .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function isHan(c: string): boolean {
  return HAN.test(c);
}

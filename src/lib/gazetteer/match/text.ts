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
import { toSimplified } from '../../chinese.ts';

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

const characterCache = new Map<string, string>();

/** One character as the view shows it (same length: one UTF-16 unit in, one out). */
function mapCharacter(c: string): string {
  const cached = characterCache.get(c);
  if (cached !== undefined) return cached;
  let mapped = c;
  const compatible = c.normalize('NFKC');
  if (compatible.length === 1) mapped = compatible;
  if (/[\u2010-\u2015\u2212\uFE58\uFE63]/u.test(mapped)) mapped = '-';
  if (/[\u2018\u2019\u02BC]/u.test(mapped)) mapped = "'";
  if (HAN.test(mapped)) {
    const simplified = toSimplified(mapped);
    if (simplified.length === 1) mapped = simplified;
  }
  characterCache.set(c, mapped);
  return mapped;
}

/** Length of a pinyin annotation such as `(jì)` starting at `at`, or 0. */
function pinyinAnnotationLength(original: string, at: number): number {
  // Most Han characters are not followed by a bracket: no slice, no regular expression.
  const next = original.charCodeAt(at);
  if (next !== 0x28 && next !== 0xff08) return 0;
  const annotation = PINYIN_ANNOTATION.exec(original.slice(at, at + 10));
  return annotation && TONE_MARK.test(annotation[0]) ? annotation[0].length : 0;
}

/** `\p{Script=Han}` for one character; nothing below U+2E80 is Han, which spares most tests. */
function isHanCharacter(c: string): boolean {
  return c.charCodeAt(0) >= 0x2e80 && HAN.test(c);
}

/** `\s`, without a regular expression for the ASCII characters that make up most text. */
function isSpace(original: string, at: number): boolean {
  const code = original.charCodeAt(at);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(original.charAt(at));
}

/** One view character lower-cased, unless that would change its length. */
function lowerCharacter(c: string): string {
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}

/** A vocabulary term as the view would show it. */
export function normaliseTerm(term: string): string {
  return buildView(term).text;
}

let last: { original: string; view: TextView } | undefined;

/**
 * The view of a text. Each extractor asks for the view of the same release in turn, so the
 * last one is kept (views are never changed once built).
 */
export function viewOf(original: string): TextView {
  if (last?.original !== original) last = { original, view: buildView(original) };
  return last.view;
}

function buildView(original: string): TextView {
  // Built as arrays and joined once: reading back from a string grown by `+=` is slow.
  const out: string[] = [];
  const lower: string[] = [];
  const origin: number[] = [];
  const emit = (c: string, from: number) => {
    out.push(c);
    lower.push(lowerCharacter(c));
    origin.push(from);
  };
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    // ASCII other than whitespace is its own view character and never Han: the common case.
    if (code < 0x80 && code !== 0x20 && (code < 0x09 || code > 0x0d)) {
      emit(original.charAt(i), i);
      i++;
      continue;
    }
    const c = original.charAt(i);
    if (isSpace(original, i)) {
      let j = i;
      let newline = false;
      while (j < original.length && isSpace(original, j)) {
        if (original.charAt(j) === '\n' || original.charAt(j) === '\r') newline = true;
        j++;
      }
      const before = out[out.length - 1] ?? '';
      const after = mapCharacter(original.charAt(j));
      const betweenHan = isHanCharacter(before) && isHanCharacter(after);
      if (!betweenHan && out.length > 0 && j < original.length) emit(newline ? '\n' : ' ', i);
      i = j;
      continue;
    }
    emit(mapCharacter(c), i);
    i++;
    if (isHanCharacter(c)) i += pinyinAnnotationLength(original, i);
  }
  return { text: out.join(''), lower: lower.join(''), origin, original };
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

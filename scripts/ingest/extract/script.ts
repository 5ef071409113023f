/**
 * The script a release is written in: English, Simplified or Traditional Chinese.
 *
 * English when Han characters are a small share of the letters (an English release may quote
 * a few Chinese words: `| 中文`, a Chinese name). Otherwise opencc round trips decide: a
 * character that changes under Traditional→Simplified is a Traditional form, one that changes
 * under Simplified→Traditional a Simplified form; the more numerous kind wins. Most
 * characters are the same in both scripts and count for neither.
 */
import type { Language } from '../../../src/schema/agreement.ts';
import { toSimplified, toTraditional } from '../../../src/lib/chinese.ts';
import { TextProblem } from '../types.ts';

/**
 * Largest share of Han characters among letters in an English text. Chinese releases quote
 * Latin names and acronyms (`5G`, `TD-LTE`, `China Mobile`) but stay well above this; English
 * ones quote Chinese words but stay well below.
 */
export const ENGLISH_MAX_HAN_SHARE = 0.2;

const HAN = /^\p{Script=Han}$/u;
const LATIN_LETTER = /^\p{Script=Latin}$/u;

/** What a character counts as: flags, so that one lookup answers every question. */
const IS_HAN = 1;
const IS_LATIN = 2;
/** Changes under Simplified→Traditional: a Simplified form. */
const SIMPLIFIED_FORM = 4;
/** Changes under Traditional→Simplified: a Traditional form. */
const TRADITIONAL_FORM = 8;

function kindOf(char: string): number {
  if (HAN.test(char)) {
    // Character by character: phrase conversions would blur which form a character is.
    return (
      IS_HAN |
      (toTraditional(char) !== char ? SIMPLIFIED_FORM : 0) |
      (toSimplified(char) !== char ? TRADITIONAL_FORM : 0)
    );
  }
  return LATIN_LETTER.test(char) ? IS_LATIN : 0;
}

/**
 * What each character is, kept: two opencc conversions and two regular expressions cost far
 * more than a lookup, and releases share most of their characters. Characters of the Basic
 * Multilingual Plane (all but the rarest) in a table by code; the others in a map.
 */
const KNOWN_BMP = new Uint8Array(0x10000);
const KIND_BMP = new Uint8Array(0x10000);
const kindAstral = new Map<string, number>();

function bmpKind(code: number): number {
  if (KNOWN_BMP[code] !== 1) {
    KIND_BMP[code] = kindOf(String.fromCharCode(code));
    KNOWN_BMP[code] = 1;
  }
  return KIND_BMP[code] ?? 0;
}

function astralKind(char: string): number {
  let kind = kindAstral.get(char);
  if (kind === undefined) {
    kind = kindOf(char);
    kindAstral.set(char, kind);
  }
  return kind;
}

/** How many characters of each kind a text has: Simplified-only and Traditional-only forms. */
export function scriptEvidence(text: string): {
  han: number;
  latin: number;
  simplified: number;
  traditional: number;
} {
  let han = 0;
  let latin = 0;
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    // A surrogate pair is one character (as a `u` pattern reads it); a lone surrogate is none.
    const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const kind = pair ? astralKind(text.slice(i, i + 2)) : bmpKind(code);
    if (pair) i++;
    if (kind & IS_HAN) han++;
    if (kind & IS_LATIN) latin++;
    if (kind & SIMPLIFIED_FORM) simplified++;
    if (kind & TRADITIONAL_FORM) traditional++;
  }
  return { han, latin, simplified, traditional };
}

/**
 * `en`, `zh-Hans` or `zh-Hant`. A Chinese text with no character whose form differs between
 * the scripts is read as Simplified, the more common script. Throws `TextProblem` for a text
 * without letters or Han characters.
 */
export function detectScript(text: string): Language {
  const { han, latin, simplified, traditional } = scriptEvidence(text);
  if (han + latin === 0)
    throw new TextProblem(
      'no letters or Han characters to tell the script from',
      text.slice(0, 80),
    );
  if (han / (han + latin) < ENGLISH_MAX_HAN_SHARE) return 'en';
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}

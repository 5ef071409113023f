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

const HAN = /\p{Script=Han}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

interface CharacterForm {
  /** Changes under Simplified→Traditional: a Simplified form. */
  simplified: boolean;
  /** Changes under Traditional→Simplified: a Traditional form. */
  traditional: boolean;
}

/**
 * What opencc says of each character, kept: two conversions cost far more than a lookup, and
 * releases share most of their characters. Bounded by the Han repertoire (tens of thousands).
 */
const formCache = new Map<string, CharacterForm>();

function formOf(char: string): CharacterForm {
  let form = formCache.get(char);
  if (form === undefined) {
    form = { simplified: toTraditional(char) !== char, traditional: toSimplified(char) !== char };
    formCache.set(char, form);
  }
  return form;
}

/** How many characters of each kind a text has: Simplified-only and Traditional-only forms. */
export function scriptEvidence(text: string): {
  han: number;
  latin: number;
  simplified: number;
  traditional: number;
} {
  const hanChars = text.match(HAN) ?? [];
  const counts = new Map<string, number>();
  for (const char of hanChars) counts.set(char, (counts.get(char) ?? 0) + 1);
  let simplified = 0;
  let traditional = 0;
  // Character by character: phrase conversions would blur which form a character is.
  for (const [char, count] of counts) {
    const form = formOf(char);
    if (form.simplified) simplified += count;
    if (form.traditional) traditional += count;
  }
  return {
    han: hanChars.length,
    latin: (text.match(LATIN_LETTER) ?? []).length,
    simplified,
    traditional,
  };
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

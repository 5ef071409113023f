import { HAN } from '../../../src/lib/chinese.ts';
import type { CleaningRule } from '../types.ts';
import pinyinTable from './pinyin-syllables.json' with { type: 'json' };

const SYLLABLES: ReadonlySet<string> = new Set(pinyinTable.syllables);

/** The four tone marks as combining characters (after NFD): macron, acute, caron, grave. */
const TONE_MARK = /[\u0304\u0301\u030c\u0300]/u;
/** Every combining mark except the diaeresis of ü, which is part of the syllable. */
const NON_DIAERESIS_MARK = /[\u0300-\u0307\u0309-\u036f]/gu;

/**
 * A Han character, then a bracketed run of letters. The opening bracket may also be a `?` or
 * U+FFFD: some converters mangle the `(` of the annotation (`運輸?shù)`), but never the `)`.
 */
const ANNOTATION_CANDIDATE = new RegExp(
  `(?<=${HAN.source})(?:[(（]|[?\\uFFFD])([\\p{Ll}\\u0300-\\u036f]{1,8})[)）]`,
  'gu',
);

/**
 * True for one lowercase tone-marked Hanyu Pinyin syllable (`wǎng`, `lǜ`, `yè`). Neutral-tone
 * syllables are left alone: `(de)` could be anything, a tone mark is what betrays a converter.
 */
export function isTonedPinyinSyllable(candidate: string): boolean {
  const decomposed = candidate.normalize('NFD');
  if (!TONE_MARK.test(decomposed)) return false;
  const toneless = decomposed.replace(NON_DIAERESIS_MARK, '').normalize('NFC');
  return SYLLABLES.has(toneless);
}

/** Some Simplified→Traditional converters print each converted character's reading after it. */
export const stripPinyinAnnotations: CleaningRule = {
  name: 'stripPinyinAnnotations',
  apply(text) {
    let changes = 0;
    const stripped = text.replace(ANNOTATION_CANDIDATE, (annotation: string, syllable: string) => {
      if (!isTonedPinyinSyllable(syllable)) return annotation;
      changes += 1;
      return '';
    });
    return { text: stripped, changes };
  },
};

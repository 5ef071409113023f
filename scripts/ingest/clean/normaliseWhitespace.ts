import { HAN } from '../../../src/lib/chinese.ts';
import type { CleaningRule } from '../types.ts';

/**
 * A run of blank characters inside a line: spaces of every kind (no-break U+00A0, the
 * typographic spaces, ideographic space U+3000 used to indent or pad Chinese, tabs) and
 * invisible characters (byte-order mark, zero-width space, word joiner, soft hyphen).
 */
const BLANK_RUN = /(?:[^\S\n]|[\u200b\u2060\u00ad])+/gu;
const ONLY_INVISIBLE = /^[\u200b\u2060\u00ad\ufeff]+$/u;

/**
 * Letter-spaced Chinese, an artefact of PDF extraction: four or more Han characters each
 * standing alone between single spaces (`中 国 移 动`). A space between two words of Chinese
 * (`記者 吳天旭`, reporter and name) is real and stays.
 */
const LETTER_SPACED_HAN = new RegExp(
  `(?<![^\\s])${HAN.source}(?: ${HAN.source}){3,}(?![^\\s])`,
  'gu',
);

/** Web pages and PDFs leave odd and doubled spaces; extractors expect plain single spaces. */
export const normaliseWhitespace: CleaningRule = {
  name: 'normaliseWhitespace',
  apply(text) {
    let changes = 0;
    const count = (original: string, replacement: string) => {
      if (replacement !== original) changes += 1;
      return replacement;
    };
    const spaced = text.replace(BLANK_RUN, (run: string, offset: number, whole: string) => {
      const atLineStart = offset === 0 || whole[offset - 1] === '\n';
      const atLineEnd = offset + run.length === whole.length || whole[offset + run.length] === '\n';
      if (atLineStart || atLineEnd || ONLY_INVISIBLE.test(run)) return count(run, '');
      return count(run, ' ');
    });
    const closedUp = spaced.replace(LETTER_SPACED_HAN, (run) =>
      count(run, run.replaceAll(' ', '')),
    );
    return { text: closedUp, changes };
  },
};

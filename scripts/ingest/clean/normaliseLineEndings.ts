import type { CleaningRule } from '../types.ts';

/** Windows (`\r\n`), old Mac (`\r`) and Unicode line/paragraph separators, each mapped to `\n`. */
const FOREIGN_LINE_BREAK = /\r\n|\r|\u2028|\u2029|\u0085/gu;

/** Every later rule splits on `\n`; this makes that true whatever the source's platform was. */
export const normaliseLineEndings: CleaningRule = {
  name: 'normaliseLineEndings',
  apply(text) {
    let changes = 0;
    const normalised = text.replace(FOREIGN_LINE_BREAK, (lineBreak) => {
      changes += 1;
      // A paragraph separator stands for a paragraph break, not just a line break.
      return lineBreak === '\u2029' ? '\n\n' : '\n';
    });
    return { text: normalised, changes };
  },
};

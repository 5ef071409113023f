import type { CleaningRule } from '../types.ts';

/**
 * The shape every extractor relies on: one paragraph a line, paragraphs separated by exactly
 * one blank line, nothing before the first or after the last. By now unwrapHardLines has put
 * each paragraph on one line, so every non-blank line is a paragraph.
 */
export const separateParagraphs: CleaningRule = {
  name: 'separateParagraphs',
  apply(text) {
    const lines = text.split('\n');
    const paragraphs: string[] = [];
    let changes = 0;
    let blanksBefore = 0;
    for (const line of lines) {
      const trimmed = line.trim();
      if (trimmed === '') {
        blanksBefore += 1;
        continue;
      }
      if (trimmed !== line) changes += 1;
      // Leading blank lines, or anything but one blank line between two paragraphs.
      if (paragraphs.length === 0 ? blanksBefore > 0 : blanksBefore !== 1) changes += 1;
      paragraphs.push(trimmed);
      blanksBefore = 0;
    }
    if (paragraphs.length > 0 && blanksBefore > 0) changes += 1;
    return { text: paragraphs.join('\n\n'), changes };
  },
};

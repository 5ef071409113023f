/**
 * The cleaning pipeline: small pure rules, applied in order, each reporting what it changed.
 * Order matters:
 * - line endings first, so that every rule can split on `\n`;
 * - pinyin annotations before anything reads words or punctuation (`網(wǎng)` hides a `(`);
 * - site chrome and page furniture before unwrapping, or they would be glued into paragraphs;
 *   furniture before whitespace, because a running header is recognised by its column gap;
 * - superscripts before unwrapping, while the line break that marks them is still there;
 * - unwrapping before full-width punctuation, so that marks at a line end see the next line;
 * - the paragraph shape last.
 */
import { CLEANING_RULES } from '../../../src/lib/archive/cleaningRules.ts';
import type { CleaningRule } from '../types.ts';
import { dropPageFurniture } from './dropPageFurniture.ts';
import { dropSiteChrome } from './dropSiteChrome.ts';
import { fullWidthPunctuation } from './fullWidthPunctuation.ts';
import { normaliseLineEndings } from './normaliseLineEndings.ts';
import { normaliseWhitespace } from './normaliseWhitespace.ts';
import { repairSuperscripts } from './repairSuperscripts.ts';
import { separateParagraphs } from './separateParagraphs.ts';
import { stripPinyinAnnotations } from './stripPinyinAnnotations.ts';
import { unwrapHardLines } from './unwrapHardLines.ts';

export const cleaningRules: readonly CleaningRule[] = [
  normaliseLineEndings,
  stripPinyinAnnotations,
  dropSiteChrome,
  dropPageFurniture,
  normaliseWhitespace,
  repairSuperscripts,
  unwrapHardLines,
  fullWidthPunctuation,
  separateParagraphs,
];

/** The site describes the rules from data: it must list these rules, in this order. */
function checkDescribed(rules: readonly CleaningRule[]): void {
  const run = rules.map((rule) => rule.name).join(', ');
  const described = CLEANING_RULES.map((rule) => rule.name).join(', ');
  if (run !== described) {
    throw new Error(
      `src/lib/archive/cleaning-rules.json lists ${described}; the pipeline runs ${run}: make the file list the rules in the order they run`,
    );
  }
}
checkDescribed(cleaningRules);

/**
 * Cleans a decoded release into paragraphs separated by one blank line. `applied` lists the
 * rules that changed something, in order, with how many places each changed.
 */
export function cleanText(raw: string): {
  text: string;
  applied: { rule: string; changes: number }[];
} {
  let text = raw;
  const applied: { rule: string; changes: number }[] = [];
  for (const rule of cleaningRules) {
    const result = rule.apply(text);
    text = result.text;
    if (result.changes > 0) applied.push({ rule: rule.name, changes: result.changes });
  }
  return { text, applied };
}

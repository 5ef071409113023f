/**
 * Sentences of a paragraph, for the extractors that read one sentence at a time (dates, title).
 */
import { alternation } from '../patterns.ts';

/** Abbreviations whose full stop does not end a sentence. */
// prettier-ignore
export const ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'No', 'Nos', 'Co', 'Corp', 'Ltd', 'Inc', 'Jr', 'Sr', 'vs', 'etc',
  'e.g', 'i.e', 'U.S', 'U.K', 'a.m', 'p.m', 'approx', 'Gov', 'Dept', 'Fig',
  // Month abbreviations (`Oct. 13`); full names such as `May` may well end a sentence.
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];
const ABBREVIATION_BEFORE_STOP = new RegExp(
  `(?:^|[^\\p{L}\\p{N}.])(?:${alternation(ABBREVIATIONS)}|\\p{Lu})$`,
  'u',
);
const SENTENCE_END = /[。！？!?]+[”’"'）)」』]*|\.(?=[”’"'）)」』]*(?:\s|$))[”’"'）)」』]*/gu;

/**
 * A paragraph cut into sentences at 。！？!? and at a full stop before a space, except after
 * an abbreviation or an initial (`Mr.`, `Co.`, `Oct.`, `J.`). Closing quotes stay with the
 * sentence they close.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (
      match[0].startsWith('.') &&
      ABBREVIATION_BEFORE_STOP.test(paragraph.slice(start, match.index))
    )
      continue;
    const sentence = paragraph.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** The paragraph ends a sentence: running text, not a heading or a label. */
export function endsWithSentenceMark(paragraph: string): boolean {
  const sentences = splitSentences(paragraph);
  const last = sentences.at(-1) ?? '';
  return (
    /[。！？!?.][”’"'）)」』]*$/u.test(last) &&
    !(last.endsWith('.') && ABBREVIATION_BEFORE_STOP.test(last.slice(0, -1)))
  );
}

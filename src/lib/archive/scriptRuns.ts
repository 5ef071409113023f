/**
 * English text may quote Chinese (a rule's example, an editor's reason, a name in brackets).
 * Screen readers and fonts need those runs marked with their language, so English text is
 * split into runs and each Han run gets `zh-Hans` or `zh-Hant`.
 */
import { toSimplified } from '../chinese.ts';

/** Han ideographs with the CJK punctuation and full-width forms that travel with them. */
const HAN_RUN =
  /[\u3400-\u4dbf\u4e00-\u9fff][\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]*/gu;

export interface ScriptRun {
  text: string;
  /** Set for a Chinese run; undefined for the surrounding text. */
  lang?: 'zh-Hans' | 'zh-Hant';
}

export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start) });
    runs.push({
      text: match[0],
      lang: toSimplified(match[0]) === match[0] ? 'zh-Hans' : 'zh-Hant',
    });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

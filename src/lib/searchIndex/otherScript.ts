/**
 * Scripts. Pagefind keeps one index per `<html lang>` (en, zh-hans, zh-hant) and does not fold
 * Simplified and Traditional characters. So each Chinese page is indexed with the words of its
 * indexed text that the other script writes differently, in that script, each once: on
 * /zh-hant/ a query `烟台` finds the page that shows 煙臺, and on /zh-hans/ `煙臺` finds the page
 * that shows 烟台. Words both scripts write alike are already in the page's own
 * text; each other-script word once (not the whole text again) is enough to be found, and keeps
 * what Pagefind indexes, and the fragments a reader downloads, near the page's own size (on the
 * bench corpus, 107 words where the whole text had 795). The copy exists only in the index,
 * never in the page readers see. Because every locale has its own index, a reader's results are
 * that locale's pages only: the page in their own script is the one ranked and linked, with no
 * duplicate from the other script, and facet counts stay exact.
 */
import { toSimplified, toTraditional } from '../chinese.ts';
import { indexedRegion, pageLanguage } from './indexedText.ts';

/**
 * The weight of the other script's copy: that of the page's own words. The copy holds each word
 * once, so a page that writes the word in the reader's script (as often as its text does) still
 * ranks above one found only through its copy. At half weight, a single word counted so little
 * that a page holding only part of the query ranked first: `五征` on /zh-hant/ listed a page with
 * 五 and no 征 above the page that writes 五徵 22 times (found with 128 real releases).
 */
export const OTHER_SCRIPT_WEIGHT = 1;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Chinese words as a query is cut into them (the search page cuts with the same segmenter). */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** The words of `text` that `convert` writes differently, converted, each once, in text order. */
export function otherScriptWords(text: string, convert: (text: string) => string): string[] {
  const words = new Set<string>();
  for (const { segment, isWordLike } of WORDS.segment(text)) {
    if (!isWordLike) continue;
    const converted = convert(segment);
    if (converted !== segment) words.add(converted);
  }
  return [...words];
}

/**
 * The HTML Pagefind should index for a page: a Chinese page gets its other-script words
 * appended inside its `data-pagefind-body`, at OTHER_SCRIPT_WEIGHT. Other pages are returned
 * as they are.
 */
export function withOtherScript(html: string, file: string): string {
  const language = pageLanguage(html);
  if (language !== 'zh-hans' && language !== 'zh-hant') return html;
  const region = indexedRegion(html, file);
  if (region === undefined) return html;
  const words = otherScriptWords(
    region.text,
    language === 'zh-hant' ? toSimplified : toTraditional,
  );
  if (words.length === 0) return html;
  const converted = words.join(' ');
  const otherLanguage = language === 'zh-hant' ? 'zh-Hans' : 'zh-Hant';
  const copy = `<div data-pagefind-weight="${OTHER_SCRIPT_WEIGHT}" lang="${otherLanguage}">${escapeHtml(converted)}</div>`;
  return html.slice(0, region.closingTagAt) + copy + html.slice(region.closingTagAt);
}

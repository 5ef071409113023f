/**
 * Scripts. Pagefind keeps one index per `<html lang>` (en, zh-hans, zh-hant) and does not fold
 * Simplified and Traditional characters. So each Chinese page is indexed with a copy of its
 * indexed text in the other script, at half weight: on /zh-hant/ a query `烟台` finds the page
 * that shows 煙臺, and on /zh-hans/ `煙臺` finds the page that shows 烟台. The copy exists only
 * in the index, never in the page readers download. Because every locale has its own index,
 * a reader's results are that locale's pages only: the page in their own script is the one
 * ranked and linked, with no duplicate from the other script, and facet counts stay exact.
 */
import { toSimplified, toTraditional } from '../chinese.ts';
import { indexedRegion, pageLanguage } from './indexedText.ts';

/** The weight of the other script's copy: below the page's own words (1), so they rank first. */
export const OTHER_SCRIPT_WEIGHT = 0.5;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML Pagefind should index for a page: a Chinese page gets its indexed text in the
 * other script appended inside its `data-pagefind-body`, at OTHER_SCRIPT_WEIGHT. Other pages
 * are returned as they are.
 */
export function withOtherScript(html: string, file: string): string {
  const language = pageLanguage(html);
  if (language !== 'zh-hans' && language !== 'zh-hant') return html;
  const region = indexedRegion(html, file);
  if (region === undefined) return html;
  const converted = language === 'zh-hant' ? toSimplified(region.text) : toTraditional(region.text);
  if (converted === region.text) return html;
  const otherLanguage = language === 'zh-hant' ? 'zh-Hans' : 'zh-Hant';
  const copy = `<div data-pagefind-weight="${OTHER_SCRIPT_WEIGHT}" lang="${otherLanguage}">${escapeHtml(converted)}</div>`;
  return html.slice(0, region.closingTagAt) + copy + html.slice(region.closingTagAt);
}

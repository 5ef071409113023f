/**
 * What a line looks like, for the rules that decide where paragraphs and pages begin and end.
 * Pure helpers, shared by unwrapHardLines and dropPageFurniture.
 */
import { HAN } from '../../../src/lib/chinese.ts';

/** Characters a CJK font sets two columns wide: Han, kana, hangul, CJK and full-width punctuation. */
const DOUBLE_WIDTH =
  /[\u1100-\u115f\u2e80-\u303f\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Quotation marks and dashes are set full width in Chinese text (ambiguous width elsewhere). */
const DOUBLE_WIDTH_IN_CHINESE = /[\u2018\u2019\u201c\u201d\u2014\u2026]/u;

/** Width of a line in columns, as a PDF would have set it: CJK two columns, Latin one. */
export function displayWidth(line: string): number {
  const characters = [...line.trim()];
  const chinese = characters.some((character) => HAN.test(character));
  let width = 0;
  for (const character of characters) {
    const wide =
      DOUBLE_WIDTH.test(character) || (chinese && DOUBLE_WIDTH_IN_CHINESE.test(character));
    width += wide ? 2 : 1;
  }
  return width;
}

/**
 * Ends a paragraph: a full stop, question or exclamation mark, ellipsis or colon (a heading or
 * a lead-in to a list), possibly followed by closing quotes or brackets.
 */
const PARAGRAPH_FINAL = /[。！？!?…:：.](?:[”’"'」』）)》】\]])*$/u;

export function endsParagraph(line: string): boolean {
  return PARAGRAPH_FINAL.test(line.trim());
}

/**
 * A numbered section or list item: `1、 精品网络：`, `10、上海…`, `一、`, `（三）`, `(2)`,
 * `第一条`, `1. `, bullets. Such a line always starts a paragraph of its own.
 */
const NUMBERED_OR_BULLETED =
  /^(?:\d{1,3}\s*[、．]|\d{1,3}\.(?!\d)|[一二三四五六七八九十百]{1,4}\s*[、．.]|[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|\d{1,3}[)）]|第[一二三四五六七八九十百零〇\d]{1,5}[条章节部分]|[•·●○■□◆◇▪▲△★☆►▶※\-–*])/u;

export function startsNumberedItem(line: string): boolean {
  return NUMBERED_OR_BULLETED.test(line.trim());
}

/** Han characters, kana and CJK punctuation join without a space; Latin words need one. */
const CJK = /[\u2e80-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

export function isCjk(character: string): boolean {
  return CJK.test(character);
}

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

const KNOWN = 1;
const IS_HAN = 2;
const IS_DOUBLE_WIDTH = 4;
const IS_DOUBLE_WIDTH_IN_CHINESE = 8;
/**
 * What each UTF-16 code is for `displayWidth`, learnt on first sight: every line of every
 * release is measured, and a table lookup costs far less than three regular expressions.
 */
const WIDTH_CLASSES = new Uint8Array(0x10000);

function widthClasses(code: number): number {
  let classes = WIDTH_CLASSES[code] ?? 0;
  if (classes === 0) {
    const character = String.fromCharCode(code);
    classes =
      KNOWN |
      (HAN.test(character) ? IS_HAN : 0) |
      (DOUBLE_WIDTH.test(character) ? IS_DOUBLE_WIDTH : 0) |
      (DOUBLE_WIDTH_IN_CHINESE.test(character) ? IS_DOUBLE_WIDTH_IN_CHINESE : 0);
    WIDTH_CLASSES[code] = classes;
  }
  return classes;
}

/** Width of a line in columns, as a PDF would have set it: CJK two columns, Latin one. */
export function displayWidth(line: string): number {
  const trimmed = line.trim();
  let chinese = false;
  let narrow = 0;
  let wide = 0;
  /** Wide only in a line with Chinese (quotation marks, dashes). */
  let wideInChinese = 0;
  for (let index = 0; index < trimmed.length; index += 1) {
    const code = trimmed.charCodeAt(index);
    const next = trimmed.charCodeAt(index + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      // A character beyond the BMP: none of the wide ranges, and not in HAN (BMP only).
      index += 1;
      narrow += 1;
      continue;
    }
    const classes = code < 0x80 ? KNOWN : widthClasses(code);
    if (classes & IS_HAN) chinese = true;
    if (classes & IS_DOUBLE_WIDTH) wide += 1;
    else if (classes & IS_DOUBLE_WIDTH_IN_CHINESE) wideInChinese += 1;
    else narrow += 1;
  }
  return narrow + 2 * wide + (chinese ? 2 : 1) * wideInChinese;
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

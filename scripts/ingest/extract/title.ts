/**
 * A release's title: its first real heading line, flagged when the line was cut short; or,
 * for a release without a heading, its first body sentence as a fallback.
 *
 * A heading is the first paragraph that is not a section label (`Press Release`, `新闻稿`),
 * a breadcrumb, a navigation bar, a date line, a source/byline line or a lone name, and that
 * reads as a heading: it has words, is short, does not end a sentence, and names who or where
 * (an operator, a place, or a government that signed). Real pages put a site's name, a menu item or a photo caption
 * (`人民網`, `Top`, `【资料图】`, `作 者：`) above the headline: those read as headings but name
 * no one, and are passed over. Reaching running text first means the release has no heading.
 */
import siteChrome from '../clean/site-chrome.json' with { type: 'json' };
import { alternation, withTraditional } from '../patterns.ts';
import { TextProblem } from '../types.ts';
import { mentionsBareGovernment } from './bareGovernments.ts';
import { isBylineLine, isLoneNameLine } from './byline.ts';
import { readOperators } from './operatorMentions.ts';
import { readPlaces } from './placeMentions.ts';
import { isDateLine } from './publicationDate.ts';
import { viewOf } from './textView.ts';
import { endsWithSentenceMark, splitSentences } from './sentences.ts';
import { DATE_WORDS, HEADING_TRUNCATION } from './wordLists.ts';

/**
 * Section labels that stand above a headline; never the title. One list with the cleaning
 * rule that drops them (site-chrome.json): compared here case-insensitively and without a
 * trailing colon. Chinese in Simplified; Traditional forms are added.
 */
const SECTION_LABELS: readonly string[] = [
  ...siteChrome.standaloneLabels.en,
  ...withTraditional(siteChrome.standaloneLabels['zh-Hans']),
];

/** Widest heading, counting a Han character as two (a heading of 100 Han or 200 Latin characters). */
const MAX_HEADING_WIDTH = 200;
/** Narrowest heading, same measure (6 Han or 12 Latin characters): a site's name is shorter. */
const MIN_HEADING_WIDTH = 12;
/** Widest fallback title taken from a sentence, same measure (80 Han or 160 Latin characters). */
const MAX_SENTENCE_TITLE_WIDTH = 160;

const HAN_CHAR = /\p{Script=Han}/u;
const WORD = /\p{L}{2}|\p{Script=Han}/u;
/** Separators of a breadcrumb trail (`Home > NEWS > Company news`). */
const BREADCRUMB_SEPARATOR = /\s*(?:>>|[>›»＞→])\s*/u;
const LONGEST_CRUMB = 40;
const CLAUSE_BREAK = /[，,；;：:]/u;

function width(text: string): number {
  let total = 0;
  for (const char of text) total += HAN_CHAR.test(char) ? 2 : 1;
  return total;
}

const LABELS = new Set(SECTION_LABELS.map((label) => label.toLowerCase()));

function isGenericLabel(paragraph: string): boolean {
  return LABELS.has(
    paragraph
      .replace(/[:：]\s*$/u, '')
      .trim()
      .toLowerCase(),
  );
}

/** A site's menu: three or more items between bars (`中央政府门户网 | 简体 | 繁體 | English`). */
function isNavigationBar(paragraph: string): boolean {
  return paragraph.split(/[|｜]/u).length >= 3;
}

function isBreadcrumb(paragraph: string): boolean {
  const crumbs = paragraph.split(BREADCRUMB_SEPARATOR).map((crumb) => crumb.trim());
  return (
    crumbs.length >= 2 && crumbs.every((crumb) => crumb.length > 0 && crumb.length <= LONGEST_CRUMB)
  );
}

/** Lines around the heading that are never the heading itself. */
function isLeadMatter(paragraph: string): boolean {
  return (
    isGenericLabel(paragraph) ||
    isBreadcrumb(paragraph) ||
    isNavigationBar(paragraph) ||
    isDateLine(paragraph) ||
    isBylineLine(paragraph) ||
    isLoneNameLine(paragraph)
  );
}

function readsAsHeading(paragraph: string): boolean {
  return (
    WORD.test(paragraph) &&
    width(paragraph) <= MAX_HEADING_WIDTH &&
    splitSentences(paragraph).length === 1 &&
    (!endsWithSentenceMark(paragraph) || endsWithEllipsis(paragraph))
  );
}

const SIGNING_WORD = new RegExp(
  `\\b(?:${alternation(DATE_WORDS.signingWords.en)})\\b|${alternation(withTraditional(DATE_WORDS.signingWords.zh))}`,
  'iu',
);

/**
 * A headline says who signed or where: it names an operator or a place, or a government that
 * signed (`The provincial government signed …`). A caption of the signing (`签字仪式现场`)
 * names no one.
 */
function namesWhoOrWhere(line: string): boolean {
  if (SIGNING_WORD.test(line) && mentionsBareGovernment(line)) return true;
  const view = viewOf(line);
  const places = readPlaces(view);
  return places.mentions.length > 0 || readOperators(view, places).length > 0;
}

function endsWithEllipsis(text: string): boolean {
  return HEADING_TRUNCATION.ellipses.some((ellipsis) => text.endsWith(ellipsis));
}

function hasUnclosedBracket(text: string): boolean {
  return HEADING_TRUNCATION.brackets.some(
    ([open, close]) => text.lastIndexOf(open) > text.lastIndexOf(close),
  );
}

const LAST_LATIN_WORD = /([\p{Script=Latin}][\p{Script=Latin}'’-]*)$/u;
const LATIN_WORDS = /[\p{Script=Latin}][\p{Script=Latin}'’-]*/gu;

/**
 * The heading's last word is the start of a word of the body and never a whole word there
 * (`… with China Telec` over a body that says `China Telecom`).
 */
function endsMidWord(heading: string, body: string): boolean {
  const last = LAST_LATIN_WORD.exec(heading)?.[1]?.toLowerCase();
  if (last === undefined) return false;
  const bodyWords = new Set([...body.matchAll(LATIN_WORDS)].map((match) => match[0].toLowerCase()));
  if (bodyWords.has(last)) return false;
  return [...bodyWords].some((word) => word.length > last.length && word.startsWith(last));
}

/** Chinese dangling words in both scripts, converted once rather than for every heading. */
const DANGLING_ZH: readonly string[] = withTraditional(HEADING_TRUNCATION.danglingWords.zh);

function endsOnDanglingWord(heading: string): boolean {
  const lastLatin = /([\p{L}&]+)$/u.exec(heading)?.[1]?.toLowerCase();
  if (lastLatin !== undefined && !HAN_CHAR.test(lastLatin)) {
    return HEADING_TRUNCATION.danglingWords.en.includes(lastLatin);
  }
  const lastChar = [...heading].at(-1) ?? '';
  return DANGLING_ZH.includes(lastChar);
}

function endsAtCutLength(heading: string): boolean {
  const length = [...heading].length;
  const endsOnWordChar = /[\p{L}\p{N}]$/u.test(heading);
  return endsOnWordChar && HEADING_TRUNCATION.lengths.includes(length);
}

/**
 * Whether a heading was cut short, by the signals in heading-truncation.json (a new CMS quirk
 * is a new entry there); `body` is the text under it.
 */
export function isTruncatedHeading(heading: string, body: string): boolean {
  return (
    endsWithEllipsis(heading) ||
    hasUnclosedBracket(heading) ||
    endsMidWord(heading, body) ||
    endsOnDanglingWord(heading) ||
    endsAtCutLength(heading)
  );
}

/** A page title's trailing segments: ` - 频道 - 网站名 ITS114.COM|口号`, `_新浪网`, ` | China Daily`. */
const TITLE_SEGMENT = /^(.*?\S)\s*(?:\s[-–—|]\s|[|｜_])\s*([^|｜_]*?)\s*$/u;
/** A segment that names a website or outlet, not the release. */
const SITE_NAME =
  /网|網|门户|門戶|在线|在線|频道|頻道|\.(?:com|cn|net|org)\b|\b(?:Daily|Online|News|Times|Post)\b/iu;
/** A channel's name before the site's (`城市智能交通`): short, and cut off with it. */
const LONGEST_CHANNEL_WIDTH = 16;

/**
 * A headline without the site name a page's `<title>` puts after it, and the channel names
 * before that (`… 共建智慧天津 - 城市智能交通 - 智慧交通网 ITS114.COM|领先的智能交通门户网站`).
 */
export function withoutSiteName(line: string): string {
  let title = line;
  let siteCut = false;
  for (let match = TITLE_SEGMENT.exec(title); match; match = TITLE_SEGMENT.exec(title)) {
    const [, head = '', segment = ''] = match;
    const isSite = SITE_NAME.test(segment);
    if (!isSite && !(siteCut && width(segment) <= LONGEST_CHANNEL_WIDTH)) break;
    if (width(head) < MIN_HEADING_WIDTH) break;
    siteCut ||= isSite;
    title = head;
  }
  return title;
}

/** The first real heading line, or null when running text comes before any heading. */
export function extractTitle(
  paragraphs: string[],
): { title: string; paragraphIndex: number; truncated: boolean } | null {
  for (const [index, paragraph] of paragraphs.entries()) {
    const line = withoutSiteName(paragraph.trim());
    if (line === '' || isLeadMatter(line)) continue;
    if (!readsAsHeading(line)) return null;
    if (width(line) < MIN_HEADING_WIDTH || !namesWhoOrWhere(line)) continue;
    const body = paragraphs.slice(index + 1).join('\n\n');
    return { title: line, paragraphIndex: index, truncated: isTruncatedHeading(line, body) };
  }
  return null;
}

/**
 * A dispatch lead before the first sentence's own words: `齊魯網·閃電新聞11月20日訊 （記者 吳天旭）`,
 * `新华社北京11月20日电（记者 张三）`, `BEIJING, Nov. 20 (Xinhua) --`.
 */
const DISPATCH_LEAD = [
  /^[^，。,]{0,30}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[讯訊电電]\s*(?:[（(][^）)]{0,30}[）)]\s*)?/u,
  /^\p{Lu}[\p{Lu}\s,.'-]{1,40}?,\s*\p{L}{3,9}\.?\s+\d{1,2}\s*(?:\([^)]{1,30}\)\s*)?(?:--|—|–)\s*/u,
];

function withoutDispatchLead(sentence: string): string {
  for (const lead of DISPATCH_LEAD) {
    const match = lead.exec(sentence);
    if (match && match[0].length < sentence.length) return sentence.slice(match[0].length).trim();
  }
  return sentence;
}

/** Brackets and quotes that a cut should not fall inside. */
function depthAt(text: string, end: number): number {
  let depth = 0;
  for (const char of text.slice(0, end)) {
    if (/[《“（(【「『]/u.test(char)) depth += 1;
    if (/[》”）)】」』]/u.test(char)) depth = Math.max(0, depth - 1);
  }
  return depth;
}

/**
 * Cut a sentence to `maxWidth`: at the last clause break (`，` `;` `:`) outside brackets in the
 * second half, else on the last word boundary (Latin) or character (Han) that fits; marked `…`.
 */
function cutToWidth(sentence: string, maxWidth: number): string {
  if (width(sentence) <= maxWidth) return sentence;
  const chars = [...sentence];
  let fits = 0;
  let used = 0;
  for (const char of chars) {
    const next = used + (HAN_CHAR.test(char) ? 2 : 1);
    if (next > maxWidth - 1) break;
    used = next;
    fits += 1;
  }
  const head = chars.slice(0, fits).join('');
  for (let index = head.length - 1; index > head.length / 2; index -= 1) {
    if (CLAUSE_BREAK.test(head.charAt(index)) && depthAt(head, index) === 0)
      return `${head.slice(0, index).trimEnd()}…`;
  }
  const nextChar = chars[fits] ?? '';
  const midLatinWord =
    /[\p{Script=Latin}\p{N}]$/u.test(head) && /^[\p{Script=Latin}\p{N}]/u.test(nextChar);
  const wordCut = midLatinWord ? head.replace(/\s*[\p{Script=Latin}\p{N}'’-]+$/u, '') : head;
  return `${(wordCut === '' ? head : wordCut).trimEnd().replace(/[\s,，、;；:：]+$/u, '')}…`;
}

/**
 * A fallback title: the first sentence of the body (after any heading and lead matter),
 * without a dispatch lead or its closing full stop, cut on a word or character boundary.
 * Throws `TextProblem` when the text has no sentence at all.
 */
export function firstSentence(paragraphs: string[]): string {
  const heading = extractTitle(paragraphs);
  const from = heading === null ? 0 : heading.paragraphIndex + 1;
  const body = paragraphs.slice(from).map((paragraph) => paragraph.trim());
  const paragraph =
    body.find(
      (candidate) =>
        candidate !== '' && !isLeadMatter(candidate) && endsWithSentenceMark(candidate),
    ) ?? body.find((candidate) => candidate !== '' && !isLeadMatter(candidate));
  const sentence = paragraph === undefined ? undefined : splitSentences(paragraph)[0];
  if (sentence === undefined)
    throw new TextProblem('no sentence to take a title from', paragraphs.join('\n\n').slice(0, 80));
  // A title does not end with a full stop; a question or exclamation mark is kept.
  const words = withoutDispatchLead(sentence)
    .replace(/[。.]$/u, '')
    .trim();
  return cutToWidth(words, MAX_SENTENCE_TITLE_WIDTH);
}

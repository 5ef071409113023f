/**
 * Who published a release and who wrote it, read from its source and byline lines
 * (`Source:【…】 2017/4/20`, `來源：齊魯網`, `（摘录自 2011 年 8 月 8 日《文汇报》第 4 版）`),
 * from a reporter's mark in the text (`（記者 吳天旭）`, `记者 张三 报道`), or from a lone name
 * line under the byline (`徐一大`). The vocabularies are data (byline-words.json): a site that
 * labels its fields differently needs a new entry there, not a new branch.
 */
import { alternation } from '../patterns.ts';
import { allForms, BYLINE_WORDS } from './wordLists.ts';

/** What the value after a key is. */
type BylineField = 'publisher' | 'reprint' | 'author' | 'other';

interface BylineKey {
  field: BylineField;
  /** Regular-expression source of the key and its separator. */
  pattern: string;
}

/** The words (byline-words.json), each with its Traditional forms. */
const PUBLISHER_KEYS = allForms(BYLINE_WORDS.publisherKeys);
/** A reprint names the paper or site it was taken from: that is the publisher. */
const REPRINT_KEYS = allForms(BYLINE_WORDS.reprintKeys);
const REPRINT_PREFIXES = allForms(BYLINE_WORDS.reprintPrefixes);
const AUTHOR_KEYS_WITH_COLON = allForms(BYLINE_WORDS.authorKeys);
const REPORTER_WORDS = allForms(BYLINE_WORDS.reporterWords);
const OTHER_KEYS = allForms(BYLINE_WORDS.otherKeys);
const CORRESPONDENT_WORDS = allForms(BYLINE_WORDS.correspondentWords);

export const BYLINE_KEYS: readonly BylineKey[] = [
  { field: 'publisher', pattern: `(?:${alternation(PUBLISHER_KEYS)})\\s*[:：]` },
  {
    field: 'reprint',
    pattern: `(?:${alternation(REPRINT_PREFIXES)})?(?:${alternation(REPRINT_KEYS)})\\s*[:：]?`,
  },
  { field: 'author', pattern: `(?:${alternation(AUTHOR_KEYS_WITH_COLON)})\\s*[:：]` },
  { field: 'author', pattern: `(?:${alternation(REPORTER_WORDS)})\\s+(?=\\p{Script=Han})` },
  // `文/张三`, `文｜张三`: a Chinese author mark.
  { field: 'author', pattern: `文\\s*[/／｜|]` },
  // `By John Smith`: only a name may follow (checked on the value), so `By 2020, …` is no byline.
  { field: 'author', pattern: `By\\s+(?=\\p{Lu})` },
  { field: 'other', pattern: `(?:${alternation(OTHER_KEYS)})\\s*[:：]` },
  { field: 'other', pattern: `(?:${alternation(CORRESPONDENT_WORDS)})(?:\\s*[:：]|\\s+)` },
];

/** A key counts only at the start of a field: line start or after a separator. */
const KEY_BOUNDARY = '(?<=^|[\\s|｜,，;；、（(【\\[])';
const KEY_PATTERNS = BYLINE_KEYS.map((key) => ({
  field: key.field,
  regex: new RegExp(KEY_BOUNDARY + key.pattern, 'gu'),
}));
/**
 * The same keys, tried only at the start of a line (sticky): most paragraphs start with no
 * key and are no byline, which these tell without searching the whole line for keys.
 */
const KEY_AT_START = BYLINE_KEYS.map((key) => new RegExp(KEY_BOUNDARY + key.pattern, 'uy'));

function startsWithKey(line: string): boolean {
  return KEY_AT_START.some((regex) => {
    regex.lastIndex = 0;
    return regex.test(line);
  });
}

/** Brackets that may wrap a whole byline line or a publisher's name. */
const WRAPPERS: readonly (readonly [string, string])[] = [
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['[', ']'],
  ['「', '」'],
  ['《', '》'],
  ['〔', '〕'],
];

/** Longest line taken for a byline: anything longer is running text. */
const MAX_BYLINE_LENGTH = 160;

/**
 * Date- and time-shaped tokens and page references that share a byline line with a name
 * (`2017/4/20`, `2011 年 8 月 8 日`, `17:54:11`, `第 4 版`). Loose on purpose: they are removed
 * from names here, never read as dates (the dates extractor does that).
 */
const DATE_SHAPED =
  /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号號]?|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?|\d{1,2}\s*月\s*\d{1,2}\s*[日号號]|\b\d{1,2}:\d{2}(?::\d{2})?\b/gu;
/** Dates and times a site prints before the byline fields (`2019-11-20 17:54 来源：新华网`). */
const LEADING_DATES = new RegExp(`^(?:(?:${DATE_SHAPED.source})\\s*)+`, 'u');
const PAGE_REFERENCE =
  /第\s*[\d一二三四五六七八九十百]+\s*[版页頁期]|\b(?:p|pp|page)\.?\s*\d+\b/giu;
const REPORT_WORDS = allForms(BYLINE_WORDS.reportWords);

/** A web site named by its domain (`chinadaily.com.cn`, `www.xinhuanet.com`). */
const SITE_NAME = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/iu;
const PERSON_NAME_LATIN = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&)){0,5}$/u;

/** Common Chinese surnames, for telling a lone name line (`徐一大`) from a short label (`要闻`). */
export const CHINESE_SURNAMES: readonly string[] = allForms(BYLINE_WORDS.chineseSurnames);

interface BylineFields {
  publisher: string | null;
  author: string | null;
}

interface KeyMatch {
  field: BylineField;
  start: number;
  end: number;
}

function unwrap(text: string): string {
  let current = text.trim();
  for (;;) {
    const pair = WRAPPERS.find(
      ([open, close]) => current.startsWith(open) && current.endsWith(close),
    );
    if (!pair) return current;
    const inner = current.slice(pair[0].length, current.length - pair[1].length).trim();
    // `（记者 甲）（通讯员 乙）` is two groups, not one wrapped group.
    if (inner.includes(pair[0]) !== inner.includes(pair[1])) return current;
    current = inner;
  }
}

function keyMatches(line: string): KeyMatch[] {
  const matches: KeyMatch[] = [];
  for (const { field, regex } of KEY_PATTERNS) {
    for (const match of line.matchAll(regex)) {
      matches.push({ field, start: match.index, end: match.index + match[0].length });
    }
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: KeyMatch[] = [];
  for (const match of matches) {
    const last = kept.at(-1);
    if (!last || match.start >= last.end) kept.push(match);
  }
  return kept;
}

function stripDatesAndPages(value: string): string {
  return value.replace(DATE_SHAPED, ' ').replace(PAGE_REFERENCE, ' ');
}

/** Trim separators and stray punctuation around a name. */
function tidy(value: string): string {
  return value
    .replace(/\s+/gu, ' ')
    .replace(/^[\s|｜,，;；:：、·\-–—/／]+|[\s|｜,，;；:：、·\-–—/／]+$/gu, '')
    .trim();
}

/**
 * A publisher as named: without dates, page references and wrapping brackets. A leading
 * lower-case article is dropped (`the Science and Technology Commission` → `Science and
 * Technology Commission`): it is grammar, not part of the name; a capitalised `The` may be
 * (`The Paper`) and is kept.
 */
function publisherName(value: string): string | null {
  const name = tidy(unwrap(tidy(stripDatesAndPages(value)))).replace(/^the\s+/u, '');
  return name === '' ? null : name;
}

/** A reprint line names its paper in 《…》 where it can; otherwise what is left of the line. */
function reprintName(value: string): string | null {
  const titled = /《([^》]+)》/u.exec(value);
  return publisherName(titled?.[1] ?? value);
}

const REPORT_WORD_SUFFIX = new RegExp(`(?:${alternation(REPORT_WORDS)})$`, 'u');

function authorName(value: string, key: string): string | null {
  const name = tidy(tidy(stripDatesAndPages(value)).replace(REPORT_WORD_SUFFIX, ''));
  if (name === '') return null;
  if (/^By\b/u.test(key)) {
    // `By John Smith, Xinhua`: the name runs to the first separator and must look like one.
    const latin = tidy(name.split(/[,，|｜;；(（]/u)[0] ?? '');
    return PERSON_NAME_LATIN.test(latin) ? latin : null;
  }
  return name;
}

/**
 * The publisher and author a byline line states, or null when the paragraph is not a byline
 * line: it must start with a key (`Source:`, `来源：`, `摘录自`, `By`, `记者`…), possibly inside
 * brackets, and be short.
 */
export function parseBylineLine(paragraph: string): BylineFields | null {
  const line = unwrap(paragraph).replace(LEADING_DATES, '');
  if (line.length === 0 || line.length > MAX_BYLINE_LENGTH || !startsWithKey(line)) return null;
  const keys = keyMatches(line);
  if (keys[0]?.start !== 0) return null;
  const fields: BylineFields = { publisher: null, author: null };
  for (const [index, key] of keys.entries()) {
    const value = line.slice(key.end, keys[index + 1]?.start ?? line.length);
    const keyText = line.slice(key.start, key.end);
    if (key.field === 'publisher') fields.publisher ??= publisherName(value);
    if (key.field === 'reprint') fields.publisher ??= reprintName(value);
    if (key.field === 'author') {
      const author = authorName(value, keyText);
      // A `By …` that is not followed by a name makes the line a sentence, not a byline.
      if (author === null && index === 0 && /^By\b/u.test(keyText)) return null;
      fields.author ??= author;
    }
  }
  // `By Zhang Wei | chinadaily.com.cn | Updated: …`: an unlabelled site name is the publisher.
  fields.publisher ??=
    line.split(/\s*[|｜]\s*/u).find((segment) => SITE_NAME.test(segment)) ?? null;
  return fields;
}

/** A source, reprint or byline line (`Source:…`, `來源：…`, `（摘录自…）`, `By …`). */
export function isBylineLine(paragraph: string): boolean {
  return parseBylineLine(paragraph) !== null;
}

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const SURNAMES_LONGEST_FIRST = [...CHINESE_SURNAMES].sort((a, b) => b.length - a.length);

/**
 * A line holding only a Chinese personal name (`徐一大`, `徐 一 大`): 2–4 Han characters,
 * starting with a common surname, given name 1–2 characters.
 */
export function isLoneNameLine(paragraph: string): boolean {
  const name = paragraph.replace(/\s+/gu, '');
  if (!HAN_NAME.test(name)) return false;
  const surname = SURNAMES_LONGEST_FIRST.find((candidate) => name.startsWith(candidate));
  if (surname === undefined) return false;
  const given = name.length - surname.length;
  return given >= 1 && given <= 2;
}

const REPORTER_ALTERNATION = alternation(REPORTER_WORDS);
const CORRESPONDENT_ALTERNATION = alternation(CORRESPONDENT_WORDS);
/** `（記者 吳天旭）`, `(记者：张三 李四 通讯员 王五)`: the reporters, without the correspondents. */
const REPORTER_IN_BRACKETS = new RegExp(
  `[（(]\\s*(?:${REPORTER_ALTERNATION})\\s*[:：]?\\s*([^）()]+?)\\s*(?:(?:${CORRESPONDENT_ALTERNATION})[^）)]*)?[）)]`,
  'u',
);
/** `记者 张三 报道`, `记者张三报道`. */
const REPORTER_REPORTS = new RegExp(
  `(?:${REPORTER_ALTERNATION})\\s*[:：]?\\s*(\\p{Script=Han}{2,4}?(?:[\\s、]+\\p{Script=Han}{2,4}?)*)\\s*(?:${alternation(allForms(BYLINE_WORDS.reportedWords))})`,
  'u',
);

function reporterInText(text: string): string | null {
  for (const pattern of [REPORTER_IN_BRACKETS, REPORTER_REPORTS]) {
    const name = pattern.exec(text)?.[1];
    if (name !== undefined) {
      const tidied = tidy(name);
      if (tidied !== '') return tidied;
    }
  }
  return null;
}

/**
 * The publisher and the author or reporter a release states. Publisher: the first source or
 * reprint line. Author: the first byline line naming one, else a lone name line right after a
 * byline line, else a reporter's mark anywhere in the text.
 */
export function extractByline(paragraphs: string[]): {
  publisher: string | null;
  author: string | null;
} {
  let publisher: string | null = null;
  let author: string | null = null;
  for (const [index, paragraph] of paragraphs.entries()) {
    const fields = parseBylineLine(paragraph);
    if (!fields) continue;
    publisher ??= fields.publisher;
    author ??= fields.author;
    const next = paragraphs[index + 1];
    if (author === null && next !== undefined && isLoneNameLine(next))
      author = next.replace(/\s+/gu, '');
  }
  author ??= reporterInText(paragraphs.join('\n\n'));
  return { publisher, author };
}

/**
 * When a release was published, read first: the signing date is resolved against it.
 *
 * The publication date is the first dated publication line or note:
 * - a line that is only a date (`2019-11-20 17:54:11`, `Tuesday, May, 17, 2022 12:42:22`);
 * - a labelled date, also inside a short line (`所属地区:重庆 发布日期:2025年08月13日`);
 * - a source or byline line (`Source:【…】 2017/4/20`), or a short line that is no sentence
 *   and holds a full date beside a name or a view counter (`来源 | C114通信网2022-08-23 18:11`,
 *   `2021年03月02日湖北广电信息浏览量:0`, `http://www.wenweipo.com [2012-03-14]`);
 * - a page date cut over two lines (`2020` then `07/07`);
 * - a publication note inside a line: a bracketed source or reprint note (`（摘自 2010.06.14
 *   《…》第 1 版）`), a trailing page date after a name (`Shaanxi Daily 2010-03-09 08:19:36`),
 *   or a leading reprint dateline (`8/5/2009,C114,…`: month first, as those reprints write);
 * else a dispatch dateline that carries its year (`新华社北京2019年11月20日电`).
 * A publication date is never the signing date: its lines and notes leave the story's text.
 */
import type { DatedFact, Language } from '../../../src/schema/agreement.ts';
import { alternation, withTraditional } from '../patterns.ts';
import { isBylineLine } from './byline.ts';
import { type DateMention, exists, findDateMentions } from './dateGrammars.ts';
import { endsWithSentenceMark } from './sentences.ts';
import { DATE_WORDS, allForms } from './wordLists.ts';

/**
 * A line that ends with its page's date after a name: what may follow the date, what before
 * it shows the date is the line's own words, and how long such a line may be.
 */
const PUBLICATION_NOTE_SHAPES = {
  /** A time of day after the date. */
  time: '\\s+\\d{1,2}:\\d{2}(?::\\d{2})?',
  /** Words and marks before a date that make it part of a phrase: `on`, `from … to`, `至`. */
  notANameBefore:
    '\\b(?:on|in|at|of|since|from|to|until|till|by|before|after|between|and|through|dated)|[-–—~～至到于於在]',
  /** Marks of a Chinese-style date (`2019年11月20日`): not a trailing page date. */
  localDateMarks: '年月日号號',
  maxLineLength: 200,
} as const;

/** The longest line read as a page's date beside a name or counter (not a sentence). */
const MAX_DATED_LABEL_LINE = 80;

const LABELS = alternation(allForms(DATE_WORDS.publicationLabels));
const PUBLICATION_LABEL = new RegExp(`^[\\s（(【\\[]*(?:${LABELS})\\s*[:：]`, 'u');
/** `… 发布日期:2025年08月13日`: a label inside a short line, right before its date. */
const LABEL_BEFORE_DATE = new RegExp(`(?:${LABELS})\\s*[:：]\\s*$`, 'u');
const WEEKDAYS = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?';
const LEFTOVER_OF_DATE_LINE = new RegExp(
  `\\b${WEEKDAYS}\\b|\\d{1,2}:\\d{2}(?::\\d{2})?|星期[一二三四五六日天]|周[一二三四五六日]|(?:${LABELS})|[\\s\\p{P}\\p{S}]`,
  'gu',
);
const SIGNING = new RegExp(alternation(allForms(DATE_WORDS.signingWords)), 'iu');

/** Mentions that state at least a month with its year, or a year from an undecided `5/10/2024`. */
export function isCalendarDate(mention: DateMention): boolean {
  return mention.year !== null && (mention.month !== null || mention.dayMonthUndecided);
}

function isFullDate(mention: DateMention): boolean {
  return mention.year !== null && mention.month !== null && mention.day !== null;
}

/**
 * A paragraph that is only a date (`2019-11-20 17:54:11`, `2019.12.18`, `（2019年11月20日）`),
 * with at most a publication label or a weekday.
 */
export function isDateLine(paragraph: string, language: Language = 'en'): boolean {
  return isDateLineWith(paragraph, findDateMentions(paragraph, language));
}

function isDateLineWith(paragraph: string, paragraphMentions: readonly DateMention[]): boolean {
  const mentions = paragraphMentions.filter(isCalendarDate);
  if (mentions.length === 0) return false;
  let rest = paragraph;
  for (const mention of mentions) rest = rest.replace(mention.text, ' ');
  return rest.replace(LEFTOVER_OF_DATE_LINE, '') === '';
}

/**
 * Above the story, a short line that is no sentence and not about a signing, holding one full
 * date: the page's date beside its outlet, a view counter or a label
 * (`2021年03月02日湖北广电信息浏览量:0`, `来源 | C114通信网2022-08-23 18:11:24`). Not a range
 * (`2019-01-01 to 2021-12-31`), and not a name closed by a Chinese date (`上海市黄浦区人民政府
 * 2017年4月7日`): that is how a signature block ends.
 */
function isDatedLabelLine(paragraph: string, mentions: readonly DateMention[]): boolean {
  const full = mentions.filter(isFullDate);
  const [date] = full;
  if (full.length !== 1 || date === undefined) return false;
  const before = paragraph.slice(0, date.start).trimEnd();
  const after = paragraph.slice(date.start + date.text.length);
  return (
    paragraph.length <= MAX_DATED_LABEL_LINE &&
    !endsWithSentenceMark(paragraph) &&
    !/[，,。；;]\s*\S/u.test(paragraph.replace(/\d,\s?\d/gu, '')) &&
    !SIGNING.test(paragraph) &&
    !NOT_A_NAME_BEFORE.test(before) &&
    !(LOCAL_FORM.test(date.text) && before !== '' && TRAILING_TIME.test(after))
  );
}

/** A line that dates the release itself; `aboveStory`: no sentence came before it. */
function isPublicationLine(
  paragraph: string,
  mentions: readonly DateMention[],
  aboveStory: boolean,
): boolean {
  return (
    isDateLineWith(paragraph, mentions) ||
    PUBLICATION_LABEL.test(paragraph) ||
    isBylineLine(paragraph) ||
    (aboveStory && isDatedLabelLine(paragraph, mentions))
  );
}

/** Where a paragraph holds publication notes: offsets `[start, end)` in the paragraph. */
type Span = readonly [number, number];

/** `（摘自 …）`, `(Excerpted from …)`, `【来源：…】`: a bracketed group without nested brackets. */
const BRACKETED = /[（(【[][^（）()【】[\]\n]{1,160}[）)】\]]/gu;

function bracketedNotes(paragraph: string): Span[] {
  if (!/[（(【[]/u.test(paragraph)) return [];
  const spans: Span[] = [];
  for (const match of paragraph.matchAll(BRACKETED)) {
    if (isBylineLine(match[0])) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

const TRAILING_TIME = new RegExp(`^(?:${PUBLICATION_NOTE_SHAPES.time})?\\s*$`, 'u');
/** A line in brackets: `(Xinhua News Agency June 23, 2009)`. */
const OPENING_BRACKET = /^\s*[（(【[]/u;
const CLOSING_BRACKET = /[）)】\]]\s*$/u;
const NOT_A_NAME_BEFORE = new RegExp(`(?:${PUBLICATION_NOTE_SHAPES.notANameBefore})$`, 'iu');
const LOCAL_FORM = new RegExp(`[${PUBLICATION_NOTE_SHAPES.localDateMarks}]`, 'u');

/**
 * `Shaanxi Daily 2010-03-09 08:19:36`, `…Branch eCNS February 9, 2014`, `(Xinhua News Agency
 * June 23, 2009)`: a short line, not a sentence, that ends with a full date written in numbers
 * or English (and maybe a time) after a name, the whole line maybe in brackets. Chinese
 * `年月日` dates are left out: at the end of a line they close a signature block as often as
 * they date a page. A date after a preposition or a range mark (`on May 3, 2019`,
 * `2019-01-01 ~ 2019-12-31`) belongs to the line's own words.
 */
function trailingDateNote(paragraph: string, mentions: readonly DateMention[]): Span | null {
  if (paragraph.length > PUBLICATION_NOTE_SHAPES.maxLineLength) return null;
  if (endsWithSentenceMark(paragraph)) return null;
  const last = mentions.at(-1);
  if (!last || !isCalendarDate(last) || (last.day === null && !last.dayMonthUndecided)) return null;
  if (LOCAL_FORM.test(last.text)) return null;
  const end = last.start + last.text.length;
  const bracketed = OPENING_BRACKET.test(paragraph);
  const after = paragraph.slice(end);
  if (!TRAILING_TIME.test(bracketed ? after.replace(CLOSING_BRACKET, '') : after)) return null;
  const before = paragraph.slice(0, last.start);
  if (!/\s$/u.test(before) || before.trim() === '' || NOT_A_NAME_BEFORE.test(before.trimEnd()))
    return null;
  return [last.start, paragraph.length];
}

/**
 * `8/5/2009,C114,西藏…`, `5/10/2024,光纖在線訊,5月7日,…`: a reprint that opens with the page's
 * date and outlet, the date month first. The note is the date and the outlet.
 */
const LEADING_DATELINE =
  /^\s*(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\s*[,，]\s*[^,，。\s]{1,20}\s*[,，]/u;

function leadingDateline(paragraph: string): { span: Span; mention: DateMention } | null {
  const match = LEADING_DATELINE.exec(paragraph);
  if (!match) return null;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!exists(month, day, year)) return null;
  const text = paragraph.slice(match.index, match.index + match[0].length);
  const dateText = text.trim().split(/[,，]/u)[0] ?? text;
  return {
    span: [match.index, match.index + match[0].length],
    mention: {
      text: dateText,
      start: paragraph.indexOf(dateText),
      year,
      month,
      day,
      dispatch: false,
      dayMonthUndecided: false,
    },
  };
}

/** `… 发布日期:2025年08月13日`: a labelled date inside a short line. */
function labelledDates(
  paragraph: string,
  mentions: readonly DateMention[],
): { span: Span; mention: DateMention }[] {
  if (paragraph.length > MAX_DATED_LABEL_LINE) return [];
  return mentions
    .filter(
      (mention) => isFullDate(mention) && LABEL_BEFORE_DATE.test(paragraph.slice(0, mention.start)),
    )
    .map((mention) => ({ span: [mention.start, mention.start + mention.text.length], mention }));
}

function within(spans: readonly Span[], mention: DateMention): boolean {
  return spans.some(([start, end]) => mention.start >= start && mention.start < end);
}

/** The paragraph with its publication notes blanked out, for reading the story's own dates. */
function withoutNotes(paragraph: string, spans: readonly Span[]): string {
  let text = paragraph;
  for (const [start, end] of [...spans].sort((a, b) => b[0] - a[0])) {
    text = `${text.slice(0, start)} ${text.slice(end)}`;
  }
  return text.replace(/\s{2,}/gu, ' ').trim();
}

/** `2020` then `07/07`: a page date a layout cut over two lines. */
function splitPageDate(paragraphs: readonly string[], index: number): DateMention | null {
  const year = /^\s*((?:19|20)\d{2})\s*$/u.exec(paragraphs[index] ?? '');
  const monthDay = /^\s*(\d{1,2})[/.-](\d{1,2})\s*$/u.exec(paragraphs[index + 1] ?? '');
  if (!year || !monthDay) return null;
  const [y, m, d] = [Number(year[1]), Number(monthDay[1]), Number(monthDay[2])];
  if (!exists(m, d, y)) return null;
  return {
    text: `${year[1]} ${(paragraphs[index + 1] ?? '').trim()}`,
    start: 0,
    year: y,
    month: m,
    day: d,
    dispatch: false,
    dayMonthUndecided: false,
  };
}

/** A mention as a fact with the given basis and year. */
export function factFromMention(
  mention: DateMention,
  basis: 'text' | 'inferred',
  year: number,
  evidence: string = mention.text,
): DatedFact {
  const yyyy = String(year).padStart(4, '0');
  const pad = (n: number): string => String(n).padStart(2, '0');
  if (mention.month === null) return { value: yyyy, precision: 'year', basis, evidence };
  if (mention.day === null || !exists(mention.month, mention.day, year)) {
    // A 29 February whose inferred year is not a leap year: only the month is safe.
    return { value: `${yyyy}-${pad(mention.month)}`, precision: 'month', basis, evidence };
  }
  return {
    value: `${yyyy}-${pad(mention.month)}-${pad(mention.day)}`,
    precision: 'day',
    basis,
    evidence,
  };
}

export interface PublicationReading {
  publishedOn: DatedFact | null;
  /** The paragraphs that tell the story, without publication lines and notes. */
  bodyParagraphs: string[];
}

/** The release's publication date, and its story with the publication lines and notes taken out. */
export function readPublication(
  paragraphs: readonly string[],
  mentionsByParagraph: readonly (readonly DateMention[])[],
): PublicationReading {
  let fromLine: DateMention | null = null;
  let fromDispatch: DateMention | null = null;
  const bodyParagraphs: string[] = [];
  const note = (mention: DateMention): void => {
    if (fromLine === null && isCalendarDate(mention)) fromLine = mention;
  };
  let aboveStory = true;
  for (const [index, paragraph] of paragraphs.entries()) {
    const mentions = mentionsByParagraph[index] ?? [];
    const split = splitPageDate(paragraphs, index);
    if (split) note(split);
    const publicationLine = isPublicationLine(paragraph, mentions, aboveStory);
    if (endsWithSentenceMark(paragraph)) aboveStory = false;
    if (publicationLine) {
      mentions.forEach(note);
      continue;
    }
    const dateline = leadingDateline(paragraph);
    const labelled = labelledDates(paragraph, mentions);
    const trailing = trailingDateNote(paragraph, mentions);
    const spans: Span[] = [
      ...(dateline ? [dateline.span] : []),
      ...labelled.map(({ span }) => span),
      ...bracketedNotes(paragraph),
      ...(trailing ? [trailing] : []),
    ];
    if (dateline) note(dateline.mention);
    for (const mention of mentions) {
      if (within(spans, mention)) note(mention);
      else if (fromDispatch === null && mention.dispatch && isCalendarDate(mention))
        fromDispatch = mention;
    }
    bodyParagraphs.push(spans.length === 0 ? paragraph : withoutNotes(paragraph, spans));
  }
  const found: DateMention | null = fromLine ?? fromDispatch;
  const publishedOn = found?.year == null ? null : factFromMention(found, 'text', found.year);
  return { publishedOn, bodyParagraphs };
}

/** News leads that a page's own date dates: `本报讯`, `本刊讯`. */
export const NEWS_LEAD = new RegExp(alternation(withTraditional(DATE_WORDS.newsLeads.zh)), 'u');

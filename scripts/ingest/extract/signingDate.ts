/**
 * When the agreement was signed, resolved against the publication date read first.
 *
 * The date is read in the first sentence about a signing (签署 / signed / signing ceremony…),
 * else in the first body sentence:
 * - a date with its year: stated (basis `text`);
 * - a month and day: the year is the publication date's, or the year before when that would
 *   put the signing after the publication (a 12月30日 signing published 1月2日): `inferred`;
 * - a relative day (`今天`, `昨日`, `today`) counted from the dispatch dateline in the text
 *   (`浙江在线杭州12月19日讯`, `本报1月10日讯`, `June 26 (Xinhua) --`), or from the page's date
 *   after `本报讯`; `当天` / `当日` count from the last date the story named: `inferred`, the
 *   evidence naming both the anchor and the word.
 * - an English weekday (`signed Friday`, `on Sunday`): the last such day on or before the
 *   dispatch dateline, else the page's date (a news report's weekday is of its past week):
 *   `inferred`, the evidence naming the anchor and the weekday.
 * - A sentence whose time words follow a word of another signing (`China Telecom also signed …
 *   on April 23`, `此前…签署`: other-deal-words.json) does not date this one.
 * - A date just after a distractor word (`继2009年…`, `到2025年`, `去年12月`, `by 2025`) is
 *   another time than the signing and is passed over.
 * - `日前`, `近日`, `recently`, a relative day with no anchor, a month-day without any year to
 *   take: no date (never guessed); the words found are returned so a warning can name them,
 *   and a month-day is kept as such (`dayWithoutYear`: the day reports are grouped by).
 */
import type {
  DatePrecision,
  DatedFact,
  DayWithoutYear,
  Language,
} from '../../../src/schema/agreement.ts';
import { alternation, escapeRegExp, withTraditional } from '../patterns.ts';
import { type DateMention, type DateOrder, findDateMentions } from './dateGrammars.ts';
import { NEWS_LEAD, factFromMention } from './publicationDate.ts';
import { endsWithSentenceMark, splitSentences } from './sentences.ts';
import { otherDealWords } from './signingOperators.ts';
import { normaliseTerm } from './textView.ts';
import { DATE_WORDS } from './wordLists.ts';

type LanguageFamily = 'en' | 'zh';

function family(language: Language): LanguageFamily {
  return language === 'en' ? 'en' : 'zh';
}

function wordPattern(words: readonly string[], latin: boolean, flags = 'u'): RegExp {
  const source = alternation(latin ? words : withTraditional(words));
  return latin
    ? new RegExp(`\\b(?:${source})\\b`, `i${flags}`)
    : new RegExp(`(?:${source})`, flags);
}

const SIGNING: Readonly<Record<LanguageFamily, RegExp>> = {
  zh: wordPattern(DATE_WORDS.signingWords.zh, false),
  en: wordPattern(DATE_WORDS.signingWords.en, true),
};
const VAGUE: Readonly<Record<LanguageFamily, RegExp>> = {
  zh: wordPattern(DATE_WORDS.vagueWords.zh, false),
  en: wordPattern(DATE_WORDS.vagueWords.en, true),
};
const isLatin = (word: string): boolean => /^[\p{Script=Latin}\s]+$/u.test(word);
const RELATIVE_DAYS = new Map<string, number>(
  Object.entries(DATE_WORDS.relativeDays.days).flatMap(([word, offset]) =>
    withTraditional([word]).map((form) => [form.toLowerCase(), offset] as const),
  ),
);
const SAME_DAY = new Set(withTraditional(DATE_WORDS.relativeDays.sameDay));
const RELATIVE: Readonly<Record<LanguageFamily, RegExp>> = {
  zh: wordPattern(
    [...RELATIVE_DAYS.keys(), ...SAME_DAY].filter((word) => !isLatin(word)),
    false,
  ),
  en: wordPattern([...RELATIVE_DAYS.keys(), ...SAME_DAY].filter(isLatin), true),
};
/** `Friday`, not `next Friday`: group 1 is the weekday. */
const WEEKDAY = new RegExp(
  `(?<!\\b(?:${alternation(DATE_WORDS.weekdays.notBefore)})\\s+(?:on\\s+)?)\\b(${alternation(DATE_WORDS.weekdays.en)})\\b`,
  'iu',
);
const WEEKDAY_NUMBER = new Map(
  DATE_WORDS.weekdays.en.map((day, index) => [day.toLowerCase(), index]),
);
const DISTRACTOR_BEFORE: Readonly<Record<LanguageFamily, RegExp>> = {
  zh: new RegExp(`(?:${alternation(withTraditional(DATE_WORDS.distractorBefore.zh))})\\s*$`, 'u'),
  en: new RegExp(`\\b(?:${alternation(DATE_WORDS.distractorBefore.en, escapeRegExp)})\\s+$`, 'iu'),
};

/**
 * `24日签署`: a day without its month. The sentence dates the signing in words we cannot read
 * to a date, so no later sentence (about another signing, perhaps) is taken instead.
 */
const BARE_DAY = /(?<![\d〇零一二两三四五六七八九十月\s])\s*(\d{1,2})[日号號](?![报報])/u;

/** Where the words of a signing date were found, when they give no date. */
export interface SigningReading {
  signedOn: DatedFact | null;
  /** Words about the signing's time that gave no date (`日前`, `今天`, `8月5日`), else null. */
  unresolved: string | null;
  /** A month and day the signing is given without any year to take (`8月5日`), else null. */
  dayWithoutYear: DayWithoutYear | null;
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** The month-day of a mention that has both but no year, else null. */
function dayWithoutYearOf(mention: DateMention): DayWithoutYear | null {
  if (mention.year !== null || mention.month === null || mention.day === null) return null;
  return {
    value: `--${twoDigits(mention.month)}-${twoDigits(mention.day)}`,
    evidence: mention.text,
  };
}

/** The reading of a chosen mention: its date, or the words and month-day that gave none. */
function readingOf(mention: DateMention, published: DatedFact | null): SigningReading {
  const fact = resolved(mention, published);
  if (fact !== null) return { signedOn: fact, unresolved: null, dayWithoutYear: null };
  return { signedOn: null, unresolved: mention.text, dayWithoutYear: dayWithoutYearOf(mention) };
}

const PRECISION_PARTS: Readonly<Record<DatePrecision, number>> = { year: 1, month: 2, day: 3 };

/** The year a month-day without one falls in: the publication's, or the one before if later. */
function inferYear(mention: DateMention, published: DatedFact): number {
  const [year = 0, month = 12, day = 31] = published.value.split('-').map(Number);
  const parts = PRECISION_PARTS[published.precision];
  if (mention.month === null || parts === 1) return year;
  const mentionDay = mention.day ?? 1;
  const laterMonth = mention.month > month;
  const laterDay = parts === 3 && mention.month === month && mentionDay > day;
  return laterMonth || laterDay ? year - 1 : year;
}

/** A date as a full calendar day, or null when any part is unknown. */
function dayOf(mention: DateMention, published: DatedFact | null): Date | null {
  if (mention.month === null || mention.day === null) return null;
  const year = mention.year ?? (published ? inferYear(mention, published) : null);
  if (year === null) return null;
  return new Date(Date.UTC(year, mention.month - 1, mention.day));
}

function dayFact(date: Date, evidence: string): DatedFact {
  return {
    value: date.toISOString().slice(0, 10),
    precision: 'day',
    basis: 'inferred',
    evidence,
  };
}

function isDistractor(sentence: string, mention: DateMention, lang: LanguageFamily): boolean {
  return DISTRACTOR_BEFORE[lang].test(sentence.slice(0, mention.start));
}

/** A stated or year-inferred date from a mention; null without a year to take. */
function resolved(mention: DateMention, published: DatedFact | null): DatedFact | null {
  if (mention.year !== null) return factFromMention(mention, 'text', mention.year);
  if (published === null) return null;
  return factFromMention(mention, 'inferred', inferYear(mention, published));
}

/** Words of another signing than the one reported (`China Telecom also signed`, `此前`). */
const aboutAnotherDeal = (words: string): boolean => otherDealWords().test(normaliseTerm(words));

/**
 * Whether a sentence's time words (its first date, `今天`, `日前`, `24日`) follow a word of
 * another signing in their clause: `China Telecom also signed … on April 23` dates China
 * Telecom's deal, not the one reported. `继2009年签署…后，5月28日，省政府与…签署` and
 * `4月3日，双方签署…此外…` still date this one.
 */
function datesAnotherDeal(
  sentence: string,
  lang: LanguageFamily,
  dateAt: number | undefined,
): boolean {
  const starts = [
    dateAt,
    RELATIVE[lang].exec(sentence)?.index,
    VAGUE[lang].exec(sentence)?.index,
    lang === 'en' ? WEEKDAY.exec(sentence)?.index : undefined,
    lang === 'zh' ? BARE_DAY.exec(sentence)?.index : undefined,
  ].filter((start): start is number => start !== undefined);
  const at = Math.min(sentence.length, ...starts);
  const clauseStart = Math.max(
    ...[...CLAUSE_BREAKS[lang]].map((mark) => sentence.lastIndexOf(mark, at)),
  );
  return aboutAnotherDeal(sentence.slice(clauseStart + 1, at));
}

/**
 * Where a clause ends: in Chinese at a comma (`继…后，5月28日，…`); in English only at a
 * semicolon, since `Prior to this, China Mobile signed … on May 5` is one clause about
 * another deal, and `…, the same day` belongs to the words before it.
 */
const CLAUSE_BREAKS: Readonly<Record<LanguageFamily, string>> = { zh: '，,；;：:', en: ';' };

interface Anchor {
  date: Date;
  words: string;
}

/**
 * Reads the story's sentences for the signing date (see the module comment).
 * `bodyParagraphs`: the paragraphs that tell the story, without publication lines and notes.
 */
export function readSigningDate(
  bodyParagraphs: readonly string[],
  language: Language,
  order: DateOrder | null,
  published: DatedFact | null,
): SigningReading {
  const lang = family(language);
  let dispatch: Anchor | null = null;
  let lastEvent: Anchor | null = null;
  let unresolved: string | null = null;

  const relativeDate = (sentence: string, paragraph: string): DatedFact | null | undefined => {
    const word = RELATIVE[lang].exec(sentence)?.[0];
    if (word === undefined) return undefined;
    const sameDay = SAME_DAY.has(word) || SAME_DAY.has(word.toLowerCase());
    const lead =
      published?.precision === 'day' && NEWS_LEAD.test(paragraph)
        ? {
            date: new Date(`${published.value}T00:00:00Z`),
            words: NEWS_LEAD.exec(paragraph)?.[0] ?? '',
          }
        : null;
    const anchor = (sameDay ? (lastEvent ?? dispatch) : dispatch) ?? lead;
    if (anchor === null) {
      unresolved = word;
      return null;
    }
    const offset = sameDay ? 0 : (RELATIVE_DAYS.get(word.toLowerCase()) ?? 0);
    const date = new Date(anchor.date.getTime() + offset * 86_400_000);
    return dayFact(date, `${anchor.words} … ${word}`);
  };

  /** A weekday in the sentence: the last such day on or before the dateline or page date. */
  const weekdayDate = (sentence: string): DatedFact | null | undefined => {
    const word = lang === 'en' ? WEEKDAY.exec(sentence)?.[1] : undefined;
    const weekday = word === undefined ? undefined : WEEKDAY_NUMBER.get(word.toLowerCase());
    if (word === undefined || weekday === undefined) return undefined;
    const page =
      published?.precision === 'day'
        ? { date: new Date(`${published.value}T00:00:00Z`), words: published.evidence }
        : null;
    const anchor = dispatch ?? page;
    if (anchor === null) {
      unresolved = word;
      return null;
    }
    const daysBack = (anchor.date.getUTCDay() - weekday + 7) % 7;
    const date = new Date(anchor.date.getTime() - daysBack * 86_400_000);
    return dayFact(date, `${anchor.words} … ${word}`);
  };

  const eventMentions = (sentence: string): DateMention[] =>
    findDateMentions(sentence, language, order).filter(
      (mention) => !mention.dispatch && !isDistractor(sentence, mention, lang),
    );

  // The dispatch datelines and event dates seen so far, for relative days further on.
  const noteAnchors = (sentence: string): void => {
    for (const mention of findDateMentions(sentence, language, order)) {
      const date = dayOf(mention, published);
      if (date === null) continue;
      if (mention.dispatch) dispatch = { date, words: mention.dispatchText ?? mention.text };
      else if (!isDistractor(sentence, mention, lang)) lastEvent = { date, words: mention.text };
    }
  };

  for (const paragraph of bodyParagraphs) {
    for (const sentence of splitSentences(paragraph)) {
      const mentionsBefore = eventMentions(sentence);
      if (
        SIGNING[lang].test(sentence) &&
        !datesAnotherDeal(sentence, lang, mentionsBefore[0]?.start)
      ) {
        const chosen = mentionsBefore[0];
        if (chosen) return readingOf(chosen, published);
        noteAnchors(sentence);
        const relative = relativeDate(sentence, paragraph);
        if (relative !== undefined) return { signedOn: relative, unresolved, dayWithoutYear: null };
        const weekday = weekdayDate(sentence);
        if (weekday !== undefined) return { signedOn: weekday, unresolved, dayWithoutYear: null };
        const bareDay = lang === 'zh' ? BARE_DAY.exec(sentence)?.[0] : undefined;
        if (bareDay !== undefined) return undated(bareDay.trim());
        const vague = VAGUE[lang].exec(sentence)?.[0];
        if (vague !== undefined) return undated(vague);
        continue;
      }
      noteAnchors(sentence);
    }
  }

  // No sentence about a signing gives a date: the event date of the first body sentence.
  const firstBody = bodyParagraphs.find((paragraph) => endsWithSentenceMark(paragraph));
  const firstSentence = firstBody === undefined ? undefined : splitSentences(firstBody)[0];
  if (firstSentence === undefined) return undated(unresolved);
  const chosen = eventMentions(firstSentence)[0];
  if (!chosen || datesAnotherDeal(firstSentence, lang, chosen.start)) return undated(unresolved);
  return readingOf(chosen, published);
}

const undated = (words: string | null): SigningReading => ({
  signedOn: null,
  unresolved: words,
  dayWithoutYear: null,
});

/**
 * Party and publisher names for a reader of English. A name is put into English only where
 * the gazetteer says what it is: an operator group's alias (中国移动 → China Mobile), a
 * branch named by place (山东移动 → China Mobile Shandong), a government named by its place
 * and a government word (上海市人民政府 → Shanghai People's Government), a ministry by its
 * English name in the party vocabulary (住房和城乡建设部). Any other name is
 * given in pinyin with the Chinese beside it, never a guessed translation.
 */
import { pinyin } from 'pinyin-pro';
import {
  allPlaces,
  nationalBodyName,
  operatorById,
  operatorVocabulary,
  placeByCode,
  type Place,
} from '../gazetteer/index.ts';
import type { Language, Party } from '../../schema/agreement.ts';
import { HAN, toSimplified } from '../chinese.ts';
import type { Locale } from '../../i18n/locales.ts';
import { forReader, type LangText } from './script.ts';

/** Government words of the party vocabulary (content/gazetteer/parties.yaml), longest first. */
const GOVERNMENT_WORDS: readonly (readonly [zh: string, en: string])[] = [
  ['人民政府', "People's Government"],
  ['政府', 'Government'],
];

/** A name in English: `text` is English, or pinyin when `original` (the Chinese) is set. */
export interface EnglishName {
  text: string;
  /** The Chinese the pinyin renders, shown beside it. */
  original?: string;
}

function placeNamesZh(place: Place): string[] {
  return [place.names['zh-Hans'], place.shortNames['zh-Hans']];
}

function governmentName(name: string, placeCode: string | undefined): string | undefined {
  if (placeCode === undefined) return nationalBodyName(name);
  const place = placeByCode(placeCode);
  if (place === undefined) return undefined;
  for (const prefix of placeNamesZh(place)) {
    for (const [zh, en] of GOVERNMENT_WORDS) {
      if (name === prefix + zh) return `${place.names.en} ${en}`;
    }
  }
  return undefined;
}

function operatorName(name: string, party: Party): string | undefined {
  if (party.operator === undefined) return undefined;
  const operator = operatorById(party.operator);
  if (operator.aliases.zh.includes(name)) return operator.names.en;
  const entry = operatorVocabulary.operators.find((o) => o.id === party.operator);
  for (const word of entry?.branchWord.zh ?? []) {
    if (!name.endsWith(word)) continue;
    const prefix = name.slice(0, -word.length);
    const place = allPlaces().find((p) => p.level !== 'county' && placeNamesZh(p).includes(prefix));
    if (place !== undefined) return `${operator.names.en} ${place.shortNames.en}`;
  }
  return undefined;
}

/** Pinyin with tone marks, its first letter capitalised (文汇报 → Wén huì bào). */
export function pinyinOf(chinese: string): string {
  const syllables = pinyin(chinese, { toneType: 'symbol', nonZh: 'consecutive' });
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}

function pinyinName(name: string): EnglishName {
  return { text: pinyinOf(name), original: name };
}

/** A party's name for a reader of English. */
export function partyNameInEnglish(party: Party, language: Language): EnglishName {
  if (language === 'en' || !HAN.test(party.name)) return { text: party.name };
  const simplified = toSimplified(party.name);
  const english =
    party.kind === 'government'
      ? governmentName(simplified, party.placeCode)
      : operatorName(simplified, party);
  return english === undefined ? pinyinName(party.name) : { text: english };
}

/** A publisher's or author's name for a reader of English. */
export function sourceNameInEnglish(name: string, language: Language): EnglishName {
  if (language === 'en' || !HAN.test(name)) return { text: name };
  return pinyinName(name);
}

/** A party's name as one string in the reader's language, for lists and headings. */
export function partyLabel(party: Party, language: Language, locale: Locale): LangText {
  if (locale !== 'en') return forReader(party.name, language, locale);
  const english = partyNameInEnglish(party, language);
  return {
    text: english.original === undefined ? english.text : `${english.text} (${english.original})`,
    lang: 'en',
  };
}

/**
 * Names of places, operators and topics in the reader's language, from the gazetteer.
 * A code the gazetteer does not know is a content error, reported with the code.
 */
import { operatorById, placeAncestors, placeByCode, topicById } from '../gazetteer/index.ts';
import type { Language, OperatorId } from '../../schema/agreement.ts';
import { LOCALE_LANGUAGE, type Locale } from '../../i18n/locales.ts';
import type { LangText } from './script.ts';

type Names = Readonly<Record<Language, string>>;

function named(names: Names, locale: Locale): LangText {
  const lang = LOCALE_LANGUAGE[locale];
  return { text: names[lang], lang };
}

export function knownPlace(code: string) {
  const place = placeByCode(code);
  if (place === undefined)
    throw new Error(`place code ${code} is not in the gazetteer (content/gazetteer)`);
  return place;
}

export function placeName(code: string, locale: Locale): LangText {
  return named(knownPlace(code).names, locale);
}

/** The places a place belongs to, province first, then the place itself. */
export function placeChain(code: string) {
  return [...placeAncestors(code), knownPlace(code)];
}

export function operatorName(id: OperatorId, locale: Locale): LangText {
  return named(operatorById(id).names, locale);
}

export function topicName(id: string, locale: Locale): LangText {
  const topic = topicById(id);
  if (topic === undefined) throw new Error(`topic "${id}" is not in the gazetteer's topics`);
  return named(topic.names, locale);
}

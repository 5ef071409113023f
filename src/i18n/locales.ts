/**
 * The site's locales: the URL segment of each, and the BCP 47 tag its pages carry in
 * `<html lang>`. Locale segments are lower-case (URLs); language tags keep their case.
 */
import type { Language } from '../schema/agreement.ts';

export const LOCALES = ['en', 'zh-hans', 'zh-hant'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The language tag of each locale: exactly what `<html lang>` says. */
export const LOCALE_LANGUAGE: Record<Locale, Language> = {
  en: 'en',
  'zh-hans': 'zh-Hans',
  'zh-hant': 'zh-Hant',
};

/** OpenGraph's locale codes. */
export const OG_LOCALE: Record<Locale, string> = {
  en: 'en_US',
  'zh-hans': 'zh_CN',
  'zh-hant': 'zh_TW',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale whose readers read a text in `language` without conversion. */
export function localeOfLanguage(language: Language): Locale {
  return language === 'en' ? 'en' : language === 'zh-Hans' ? 'zh-hans' : 'zh-hant';
}

/** Whether a locale reads Chinese (either script). */
export function isChineseLocale(locale: Locale): locale is 'zh-hans' | 'zh-hant' {
  return locale !== 'en';
}

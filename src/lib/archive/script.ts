/** Showing Chinese text in the reader's script, and telling which language a locale reads. */
import { toSimplified, toTraditional } from '../chinese.ts';
import type { Language } from '../../schema/agreement.ts';
import { LOCALE_LANGUAGE, type Locale } from '../../i18n/locales.ts';

/** A piece of text together with the language it is in as shown, for its `lang` attribute. */
export interface LangText {
  text: string;
  lang: Language;
}

/**
 * Chinese text (in either script) in the script a Chinese locale reads. Conversion is
 * idempotent enough to apply whatever script the text was written in.
 */
export function inScriptOf(text: string, locale: 'zh-hans' | 'zh-hant'): LangText {
  return locale === 'zh-hant'
    ? { text: toTraditional(text), lang: 'zh-Hant' }
    : { text: toSimplified(text), lang: 'zh-Hans' };
}

/** A text in `language` as a reader of `locale` should see it: Chinese in their script. */
export function forReader(text: string, language: Language, locale: Locale): LangText {
  if (language !== 'en' && locale !== 'en') return inScriptOf(text, locale);
  return { text, lang: language };
}

export function readsLanguage(locale: Locale, language: Language): boolean {
  return (language === 'en') === (locale === 'en');
}

export function localeLanguage(locale: Locale): Language {
  return LOCALE_LANGUAGE[locale];
}

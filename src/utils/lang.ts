/** The `lang` attribute a fragment needs on a page: only where it differs from the page's. */
import type { Language } from '../schema/agreement.ts';
import { LOCALE_LANGUAGE, type Locale } from '../i18n/locales.ts';

export function langAttr(language: Language, pageLocale: Locale): Language | undefined {
  return language === LOCALE_LANGUAGE[pageLocale] ? undefined : language;
}

/**
 * What a reader of each locale sees of an agreement: its title, its summary and its body,
 * chosen from the editors' facts, the editors' translations and the original, and shown in
 * the reader's script.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { ArchiveEntry, TranslationEntry } from './load.ts';
import { forReader, inScriptOf, readsLanguage, type LangText } from './script.ts';

/** The translation a reader of `locale` would read, if the editors made one. */
export function translationFor(entry: ArchiveEntry, locale: Locale): TranslationEntry | undefined {
  if (readsLanguage(locale, entry.agreement.language)) return undefined;
  return locale === 'en' ? entry.translations.en : entry.translations['zh-Hans'];
}

function editorial(
  entry: ArchiveEntry,
  field: 'title' | 'summary',
  locale: Locale,
): LangText | undefined {
  const value = entry.agreement.editorial?.[field];
  if (value === undefined) return undefined;
  return locale === 'en' ? { text: value.en, lang: 'en' } : inScriptOf(value.zh, locale);
}

export function displayTitle(entry: ArchiveEntry, locale: Locale): LangText {
  const translation = translationFor(entry, locale);
  const { agreement } = entry;
  return (
    editorial(entry, 'title', locale) ??
    (translation && forReader(translation.data.title, translation.data.language, locale)) ??
    forReader(agreement.title, agreement.language, locale)
  );
}

export function displaySummary(entry: ArchiveEntry, locale: Locale): LangText {
  const translation = translationFor(entry, locale);
  const { agreement } = entry;
  return (
    editorial(entry, 'summary', locale) ??
    (translation && forReader(translation.data.summary, translation.data.language, locale)) ??
    forReader(entry.lead, agreement.language, locale)
  );
}

/** Markdown with the language it is shown in. */
export interface ShownText {
  markdown: string;
  lang: LangText['lang'];
}

/**
 * How the body appears on a locale's page:
 * - `original`: the reader reads the original as it is;
 * - `converted`: a Chinese original shown in the reader's other script;
 * - `translated`: the editors' translation, with the original beside it;
 * - `untranslated`: only the original exists, in a language the locale does not read.
 */
export type BodyView =
  | { kind: 'original'; original: ShownText }
  | { kind: 'converted'; shown: ShownText; original: ShownText }
  | { kind: 'translated'; translation: ShownText; entry: TranslationEntry; original: ShownText }
  | { kind: 'untranslated'; original: ShownText };

export function bodyView(entry: ArchiveEntry, locale: Locale): BodyView {
  const { agreement } = entry;
  const body = entry.readBody();
  const original: ShownText = { markdown: body, lang: agreement.language };
  if (readsLanguage(locale, agreement.language)) {
    if (locale === 'en' || agreement.language === (locale === 'zh-hans' ? 'zh-Hans' : 'zh-Hant')) {
      return { kind: 'original', original };
    }
    const converted = inScriptOf(body, locale);
    return {
      kind: 'converted',
      shown: { markdown: converted.text, lang: converted.lang },
      original,
    };
  }
  const translation = translationFor(entry, locale);
  if (translation === undefined) return { kind: 'untranslated', original };
  const shown = forReader(translation.body, translation.data.language, locale);
  return {
    kind: 'translated',
    translation: { markdown: shown.text, lang: shown.lang },
    entry: translation,
    original,
  };
}

/**
 * UI strings. English and Simplified Chinese are kept by hand (`en.json`, `zh-hans.json`);
 * Traditional Chinese is derived from Simplified at build time with opencc-js, then corrected
 * by the few entries in `zh-hant.overrides.json` — never a second hand-kept copy.
 */
import { toTraditional } from '../lib/chinese.ts';
import en from './en.json';
import zhHans from './zh-hans.json';
import zhHantOverrides from './zh-hant.overrides.json';
import type { Locale } from './locales.ts';

export type UiKey = keyof typeof en;
export type Dictionary = Readonly<Record<UiKey, string>>;
type Vars = Readonly<Record<string, string | number>>;

const englishKeys = Object.keys(en) as UiKey[];

/** A hand-kept dictionary must have exactly the English keys: a gap would show a raw key. */
function complete(dictionary: Record<string, string>, file: string): Dictionary {
  const missing = englishKeys.filter((key) => typeof dictionary[key] !== 'string');
  const extra = Object.keys(dictionary).filter(
    (key) => !key.startsWith('_') && !(englishKeys as string[]).includes(key),
  );
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `src/i18n/${file}: ${missing.length > 0 ? `missing keys ${missing.join(', ')}` : ''}` +
        `${extra.length > 0 ? ` unknown keys ${extra.join(', ')} (add them to en.json first)` : ''}`,
    );
  }
  return dictionary as Dictionary;
}

export function deriveTraditional(
  simplified: Dictionary,
  overrides: Record<string, string>,
): Dictionary {
  const derived: Record<string, string> = {};
  for (const key of englishKeys) {
    const source = overrides[key] ?? simplified[key];
    // A key missing from zh-hans.json stays missing, and `complete` names it.
    if (typeof source === 'string') derived[key] = overrides[key] ?? toTraditional(source);
  }
  return complete(derived, 'zh-hant.overrides.json');
}

const simplified = complete(zhHans, 'zh-hans.json');

export const dictionaries: Readonly<Record<Locale, Dictionary>> = {
  en: complete(en, 'en.json'),
  'zh-hans': simplified,
  'zh-hant': deriveTraditional(simplified, zhHantOverrides),
};

function interpolate(template: string, vars: Vars | undefined): string {
  if (vars === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Keys that come in `.one` / `.other` pairs. */
type CountedKey = {
  [K in UiKey]: K extends `${infer Stem}.one`
    ? `${Stem}.other` extends UiKey
      ? Stem
      : never
    : never;
}[UiKey];

export interface Translate {
  (key: UiKey, vars?: Vars): string;
  /** A counted phrase: `t.count('count.agreements', 3)` → "3 agreements". */
  count(stem: CountedKey, count: number, vars?: Vars): string;
  readonly locale: Locale;
}

/** The UI strings of a locale, Starlight-style: `const t = useTranslations(locale); t('nav.home')`. */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  const formatNumber = (n: number) => n.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN');
  const translate = (key: UiKey, vars?: Vars) => interpolate(dictionary[key], vars);
  return Object.assign(translate, {
    count: (stem: CountedKey, count: number, vars?: Vars) =>
      interpolate(dictionary[`${stem}.${count === 1 ? 'one' : 'other'}` as UiKey], {
        ...vars,
        count: formatNumber(count),
      }),
    locale,
  });
}

import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zhHans from '../../src/i18n/zh-hans.json';
import overrides from '../../src/i18n/zh-hant.overrides.json';
import {
  deriveTraditional,
  dictionaries,
  useTranslations,
  type Dictionary,
} from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { toTraditional, HAN } from '../../src/lib/chinese.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('every locale has every English key, none empty', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(dictionaries[locale]).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(dictionaries[locale])) {
        expect(value.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('every translation keeps the placeholders of the English string', () => {
    for (const locale of LOCALES) {
      for (const [key, value] of Object.entries(dictionaries[locale])) {
        expect(placeholders(value), `${locale} ${key}`).toEqual(
          placeholders(en[key as keyof typeof en]),
        );
      }
    }
  });

  it('Traditional is derived from Simplified, except the overrides', () => {
    const traditional = dictionaries['zh-hant'];
    for (const [key, simplified] of Object.entries(zhHans)) {
      const override = (overrides as Record<string, string>)[key];
      expect(traditional[key as keyof Dictionary]).toBe(override ?? toTraditional(simplified));
    }
    // The derivation really converts: a Simplified-only character does not survive.
    expect(traditional['site.name']).toBe('電信合作協議檔案');
  });

  it('overrides name only keys that exist, and each changes what the conversion gives', () => {
    for (const [key, value] of Object.entries(overrides)) {
      if (key.startsWith('_')) continue;
      expect(Object.keys(en)).toContain(key);
      expect(value).not.toBe(toTraditional(zhHans[key as keyof typeof zhHans]));
    }
  });

  it('a dictionary with a missing key is refused, naming the file', () => {
    const incomplete = { ...zhHans } as Record<string, string>;
    delete incomplete['nav.home'];
    expect(() => deriveTraditional(incomplete as Dictionary, {})).toThrow(
      /zh-hant\.overrides\.json: missing keys nav\.home/,
    );
  });

  it('Chinese strings are Chinese, English strings carry no Han characters', () => {
    for (const [key, value] of Object.entries(en)) {
      if (key.startsWith('language.zh')) continue; // language names are written in their own script
      expect(HAN.test(value), key).toBe(false);
    }
    expect(HAN.test(zhHans['nav.browse'])).toBe(true);
  });

  it('interpolates values and chooses the counted form', () => {
    const t = useTranslations('en');
    expect(t('home.allLink', { count: 7 })).toBe('All 7 agreements');
    expect(t.count('count.agreements', 1)).toBe('1 agreement');
    expect(t.count('count.agreements', 12000)).toBe('12,000 agreements');
    expect(useTranslations('zh-hant').count('count.agreements', 3)).toBe('3 份協議');
  });
});

/**
 * The site as a reader uses it, in real Chromium against the built site (root and /archive/):
 * the language switcher keeps the page, Chinese originals appear in the reader's script, and
 * the facts panel says what the front matter says.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILT_SITES,
  launchChromium,
  serveBuiltSite,
  type ServedSite,
} from '../browser/harness.ts';
import { readArticles } from './archive-content.ts';
import { toSimplified, toTraditional } from '../../src/lib/chinese.ts';
import { formatDate, formatMonthDay } from '../../src/utils/formatDate.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { placeAncestors, placeByCode, operatorById } from '../../src/lib/gazetteer/index.ts';

const articles = readArticles();
const english = dictionaries.en;

describe.each(Object.values(BUILT_SITES))('reading the site built under $base', (built) => {
  let site: ServedSite;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    site = await serveBuiltSite(built);
    browser = await launchChromium();
    page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const pathOf = () => new URL(page.url()).pathname;
  const switchTo = async (lang: string) => {
    await page.locator(`.language-switcher a[hreflang="${lang}"]`).click();
    await page.waitForLoadState('load');
  };

  it('switches language without leaving the page, with JavaScript off', async () => {
    const id = articles[0]?.data.id ?? '';
    const visits = [`/en/agreements/${id}/`, '/en/places/', '/en/all/title/', '/en/about/data/'];
    for (const start of visits) {
      await page.goto(site.urlOf(start));
      const rest = start.slice('/en/'.length);
      await switchTo('zh-Hant');
      expect(pathOf()).toBe(`${built.base}zh-hant/${rest}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
      await switchTo('zh-Hans');
      expect(pathOf()).toBe(`${built.base}zh-hans/${rest}`);
      await switchTo('en');
      expect(pathOf()).toBe(`${built.base}en/${rest}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    }
  });

  it('lets a reader at the root pick a language', async () => {
    await page.goto(site.urlOf('/'));
    await page.locator('.language-picker a[hreflang="zh-Hans"]').click();
    expect(pathOf()).toBe(`${built.base}zh-hans/`);
    expect(await page.locator('h1').innerText()).toBe(dictionaries['zh-hans']['home.title']);
  });

  it('shows a Simplified original in Traditional to a Traditional reader, and the other way round', async () => {
    const chinese = articles.filter((a) => a.data.language !== 'en');
    expect(chinese.map((a) => a.data.language)).toEqual(
      expect.arrayContaining(['zh-Hans', 'zh-Hant']),
    );
    for (const { data } of chinese) {
      const [readerLocale, convert, originalLocale] =
        data.language === 'zh-Hans'
          ? (['zh-hant', toTraditional, 'zh-hans'] as const)
          : (['zh-hans', toSimplified, 'zh-hant'] as const);
      await page.goto(site.urlOf(`/${originalLocale}/agreements/${data.id}/`));
      const original = await page.locator('.agreement-text .prose').innerText();
      await page.goto(site.urlOf(`/${readerLocale}/agreements/${data.id}/`));
      const shown = page.locator('.agreement-text .prose');
      expect(await shown.getAttribute('lang'), data.id).toBeNull(); // the page's own language
      const text = await shown.innerText();
      expect(text, data.id).toBe(convert(original));
      expect(text, data.id).not.toBe(original);
      const note = page.locator('[data-script-note]');
      expect(await note.isVisible()).toBe(true);
      await note.locator('a').click();
      expect(pathOf()).toBe(`${built.base}${originalLocale}/agreements/${data.id}/`);
    }
  });

  it('shows the facts of every agreement as its front matter records them', async () => {
    for (const { data } of articles) {
      await page.goto(site.urlOf(`/en/agreements/${data.id}/`));
      const fact = (name: string) => page.locator(`[data-fact="${name}"] dd`).innerText();
      for (const field of ['signedOn', 'publishedOn'] as const) {
        const date = data[field];
        const shown = await fact(field);
        const dayWithoutYear = field === 'signedOn' ? data.signedDayWithoutYear : undefined;
        if (date === null && dayWithoutYear !== undefined) {
          // A month-day without a year: shown as such, with its words, never as a date.
          expect(shown, data.id).toContain(
            english['agreement.dayWithoutYear'].replace(
              '{day}',
              formatMonthDay(dayWithoutYear.value, 'en'),
            ),
          );
          expect(shown, data.id).toContain(dayWithoutYear.evidence);
        } else if (date === null) expect(shown).toBe(english['agreement.notStated']);
        else {
          expect(shown, `${data.id} ${field}`).toContain(
            formatDate(date.value, date.precision, 'en'),
          );
          expect(shown, `${data.id} ${field}`).toContain(english[`basis.${date.basis}`]);
        }
      }
      const operators = await fact('operators');
      for (const id of data.operators)
        expect(operators, data.id).toContain(operatorById(id).names.en);
      const places = await fact('places');
      for (const { code } of data.places) {
        const chain = [...placeAncestors(code), placeByCode(code)]
          .map((place) => place?.names.en)
          .join(' › ');
        expect(places, `${data.id} ${code}`).toContain(chain);
      }
      const parties = await fact('parties');
      for (const party of data.parties)
        expect(parties, data.id).toContain(`(${english[`partyKind.${party.kind}`]})`);
    }
  });

  /** What a reader must see for the seed releases: written out by hand, not read from the data. */
  const SEEDS: {
    source: string;
    locale: 'en' | 'zh-hans' | 'zh-hant';
    facts: Record<string, string[]>;
  }[] = [
    {
      source: '002',
      locale: 'zh-hans',
      facts: {
        signedOn: ['2019年11月20日'],
        operators: ['中国移动', '中国电信', '中国联通', '中国铁塔', '中国广电'],
        places: ['山东省 › 烟台市'],
        parties: ['烟台市人民政府 (政府)', '山东移动 (运营商)'],
        publisher: ['齐鲁网'],
      },
    },
    {
      source: '003',
      locale: 'en',
      facts: {
        signedOn: ['8 July 2016', 'editorial'],
        amounts: ['CNY 10,000,000,000', '10 billion yuan'],
        places: ['Qinghai'],
      },
    },
    {
      source: '001',
      locale: 'zh-hant',
      facts: {
        signedOn: ['2011年8月5日', '推斷'],
        publishedOn: ['2011年8月8日', '見於正文'],
        amounts: ['CNY 13,000,000,000', '130 亿'],
        publisher: ['文匯報'],
        author: ['徐一大'],
      },
    },
    {
      source: '000',
      locale: 'en',
      facts: {
        signedOn: ['7 April 2017', 'inferred'],
        publishedOn: ['20 April 2017', 'from the text'],
        places: ['Shanghai › Huangpu District'],
      },
    },
    {
      source: '004',
      locale: 'en',
      facts: {
        signedOn: ['12 December 2019'],
        operators: ['China Mobile'],
        places: ['Shandong › Rizhao › Wulian County'],
      },
    },
  ];

  it.each(SEEDS)(
    'shows the facts of seed $source on /$locale/',
    async ({ source, locale, facts }) => {
      // Seeds by their raw file's number: ids follow the slug rule, which may change.
      const id = articles.find((a) =>
        a.data.source.path.split('/').at(-1)?.startsWith(`${source}_`),
      )?.data.id;
      expect(id, `no article from content/sources/${source}_*`).toBeDefined();
      await page.goto(site.urlOf(`/${locale}/agreements/${id}/`));
      for (const [name, expected] of Object.entries(facts)) {
        const shown = await page.locator(`[data-fact="${name}"] dd`).innerText();
        for (const text of expected) expect(shown, `${id} ${name}`).toContain(text);
      }
    },
  );
});

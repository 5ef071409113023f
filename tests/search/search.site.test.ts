/**
 * Search on the built site, at the root and under /archive/, in real Chromium.
 *
 * Queries go through Pagefind's own browser API inside each locale's search page (so the
 * page's `<html lang>` picks the index and Chromium's Intl.Segmenter cuts Chinese queries,
 * exactly as for a reader — in Node, Pagefind has no document to read the language from and
 * would search the largest index without segmenting), and through the page's form for what
 * the reader does: typing, filters, order, the address bar, Back and Forward, no JavaScript.
 *
 * What each query should find is worked out from the articles' front matter and the
 * gazetteer (the place a release names, the operators it lists), not from the index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  serveBuiltSite,
  sitesUnderTest,
  type ServedSite,
} from '../browser/harness.ts';
import { readArticles, type Article } from '../site/archive-content.ts';
import { reportGroups } from '../../src/lib/archive/reports.ts';
import { GATE_SEARCH_PART_SIZE } from '../../scripts/test-sites/gateContent.ts';
import { OPEN_PARTED_PAGEFIND, SEARCH_PARTED_PAGEFIND } from '../browser/partedPagefind.ts';
import { indexedRegion } from '../../src/lib/searchIndex/indexedText.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { LOCALES, LOCALE_LANGUAGE, type Locale } from '../../src/i18n/locales.ts';
import { operatorById, placeAncestors, placeByCode } from '../../src/lib/gazetteer/index.ts';
import type { Agreement, OperatorId } from '../../src/schema/agreement.ts';

/**
 * Search indexes one page per agreement: that of the report whose id is the agreement's (an
 * agreement reported twice is found once). Grouped by the archive's own rule, which its unit
 * tests check (tests/ingest/grouping.test.ts).
 */
const allArticles = readArticles();
const groups = reportGroups(
  allArticles.map((article) => ({ agreement: article.data, readBody: () => article.body })),
);
const articles = allArticles.filter(
  (article) => (groups.get(article.data.id)?.id ?? article.data.id) === article.data.id,
);

const SITES = sitesUnderTest();

// ---- What the archive holds, from its front matter ----

function placesWithAncestors(agreement: Agreement): Set<string> {
  const codes = new Set<string>();
  const named = [
    ...agreement.places.map((place) => place.code),
    ...agreement.parties.flatMap((party) => (party.placeCode ? [party.placeCode] : [])),
  ];
  for (const code of named) {
    codes.add(code);
    for (const ancestor of placeAncestors(code)) codes.add(ancestor.code);
  }
  return codes;
}

function idsWhere(test: (agreement: Agreement) => boolean): string[] {
  return articles
    .map((article) => article.data)
    .filter(test)
    .map((agreement) => agreement.id)
    .sort();
}

function onlyOne(what: string, test: (article: Article) => boolean): string {
  const found = articles.filter(test);
  if (found.length !== 1) {
    throw new Error(
      `expected one article ${what}, found ${found.map((a) => a.data.id).join(', ') || 'none'}`,
    );
  }
  return found[0]?.data.id ?? '';
}

const YANTAI = '370600';
const SHANDONG = '370000';
const HUANGPU = '310101';
const yantai = onlyOne('naming Yantai', (a) => a.data.places.some((p) => p.code === YANTAI));
const huangpu = onlyOne('naming Huangpu', (a) => placesWithAncestors(a.data).has(HUANGPU));
const wuzheng = onlyOne('with Wuzheng as a party', (a) =>
  a.data.parties.some((party) => /Wuzheng|五征|五徵/.test(party.name)),
);
const inShandong = idsWhere((a) => placesWithAncestors(a).has(SHANDONG));
const withOperator = (id: OperatorId) => idsWhere((a) => a.operators.includes(id));

/** The date an agreement is filed under, as a sortable string ('' when undated). */
function filingKey(agreement: Agreement): string {
  const date = agreement.signedOn ?? agreement.publishedOn;
  if (date === null) return '';
  const [year, month = '01', day = '01'] = date.value.split('-');
  return `${year}-${month}-${day}`;
}
const articleById = new Map(articles.map((article) => [article.data.id, article.data]));
const filed = (id: string) => filingKey(articleById.get(id) ?? ({} as Agreement));

// ---- Talking to the built site ----

interface Found {
  ids: string[];
  urls: string[];
  excerpts: string[];
  filters: Record<string, Record<string, number>>;
}

/** Pagefind's API, run inside a page as the search page runs it; passed as source text. */
const QUERY = `async ({ base, term, options }) => {
  const parted = await (${OPEN_PARTED_PAGEFIND})(base);
  const search = await (${SEARCH_PARTED_PAGEFIND})(parted, term, options);
  const data = await Promise.all(search.results.map((result) => result.data()));
  return { urls: data.map((d) => d.url), excerpts: data.map((d) => d.excerpt), filters: search.filters };
}`;

describe.each(SITES)('search on the site built under $base', (built) => {
  let site: ServedSite;
  let browser: Browser;
  let context: BrowserContext;
  const searchPages = new Map<Locale, Page>();
  const agreementsPrefix = (locale: Locale) => `${built.base}${locale}/agreements/`;

  beforeAll(async () => {
    site = await serveBuiltSite(built);
    browser = await launchChromium();
    context = await browser.newContext();
    // The served site sends its Content-Security-Policy; record anything it blocks.
    await context.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    for (const locale of LOCALES) {
      const page = await context.newPage();
      await page.goto(site.urlOf(`/${locale}/search/`));
      searchPages.set(locale, page);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Ask the locale's index; result ids in rank order, with every URL checked to be an agreement of that locale. */
  async function query(locale: Locale, term: string | null, options: object = {}): Promise<Found> {
    const page = searchPages.get(locale);
    if (!page) throw new Error(`no search page for ${locale}`);
    const answer = (await page.evaluate(
      `(${QUERY})(${JSON.stringify({ base: built.base, term, options })})`,
    )) as Omit<Found, 'ids'>;
    const prefix = agreementsPrefix(locale);
    for (const url of answer.urls)
      expect(url, `"${term}" on ${locale}`).toMatch(new RegExp(`^${prefix}[a-z0-9-]+/$`));
    return { ...answer, ids: answer.urls.map((url) => url.slice(prefix.length, -1)) };
  }

  describe('the index', () => {
    it('has one index per locale, in parts of a bounded size, together holding that locale’s agreement pages', () => {
      const output = join(built.dir, 'pagefind');
      const manifest = JSON.parse(readFileSync(join(output, 'parts.json'), 'utf8')) as Record<
        string,
        string[]
      >;
      expect(Object.keys(manifest).sort()).toEqual(['en', 'zh-hans', 'zh-hant']);
      for (const [language, parts] of Object.entries(manifest)) {
        const counts = parts.map((id) => {
          const entry = JSON.parse(
            readFileSync(join(output, language, id, 'pagefind-entry.json'), 'utf8'),
          ) as { languages: Record<string, { page_count: number }> };
          expect(Object.keys(entry.languages)).toEqual([language]);
          return entry.languages[language]?.page_count ?? 0;
        });
        expect(counts.reduce((sum, count) => sum + count, 0)).toBe(articles.length);
        expect(Math.max(...counts)).toBeLessThanOrEqual(GATE_SEARCH_PART_SIZE);
        // The gates' archive is large enough for several parts: merging them is tested here.
        expect(parts.length).toBeGreaterThan(1);
      }
    });

    it.each(['zh-hans', 'zh-hant'] as const)(
      'segments Chinese words on %s (a match is a word, not a whole run)',
      async (locale) => {
        const term = locale === 'zh-hans' ? '烟台' : '煙臺';
        const { excerpts } = await query(locale, term);
        // Unsegmented, the whole run of characters around the name would be one marked word.
        expect(excerpts.join(' ')).toMatch(new RegExp(`<mark>${term}</mark>\\p{Script=Han}`, 'u'));
      },
    );

    it('indexes the hidden names of a page, which readers and assistive technology do not get', async () => {
      const path = `/en/agreements/${yantai}/`;
      const html = readFileSync(join(built.dir, path, 'index.html'), 'utf8');
      const names = /data-pagefind-meta="names"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
      const rest = html.replace(names, '');
      const hiddenOnly = [...new Set(names.split(/[\s,]+/))].filter(
        (word) => /^[A-Za-z]{4,}$/.test(word) && !new RegExp(`\\b${word}\\b`, 'i').test(rest),
      );
      expect(hiddenOnly.length, `names only in the hidden block of ${path}`).toBeGreaterThan(0);
      for (const word of hiddenOnly.slice(0, 3)) {
        expect((await query('en', word)).ids, `"${word}" is only in the hidden names`).toContain(
          yantai,
        );
      }
      const page = await context.newPage();
      await page.goto(site.urlOf(path));
      const hidden = page.locator('[data-pagefind-meta="names"]');
      expect(await hidden.isVisible()).toBe(false);
      expect(await page.locator('body').ariaSnapshot()).not.toContain(hiddenOnly[0]);
      await page.close();
    });
  });

  describe('across scripts', () => {
    it.each([
      ['zh-hans', '協議', '协议'],
      ['zh-hant', '协议', '協議'],
    ] as const)(
      'on %s, the other script’s form of any word of the text finds it (%s)',
      async (locale, term, ownForm) => {
        // Pages of this locale whose indexed text has the word in the reader's script and that
        // never show it in the other one: only the index's other-script copy of their text can
        // match it. (A page whose text is English, with no Chinese translation yet, or that has
        // the word only in its chrome, is not one of them.)
        const pagesWithout = articles
          .map((article) => article.data.id)
          .filter((id) => {
            const file = join(built.dir, locale, 'agreements', id, 'index.html');
            const html = readFileSync(file, 'utf8');
            const indexed = indexedRegion(html, file)?.text ?? '';
            const shown = html.replace(/data-pagefind-meta="names"[^>]*>[^<]*</, '');
            return indexed.includes(ownForm) && !shown.includes(term);
          });
        expect(pagesWithout.length, `no ${locale} page without ${term}`).toBeGreaterThan(0);
        const found = new Set((await query(locale, term)).ids);
        expect(pagesWithout.filter((id) => !found.has(id))).toEqual([]);
      },
    );

    it.each([
      ['zh-hans', '烟台'],
      ['zh-hans', '煙臺'],
      ['zh-hant', '烟台'],
      ['zh-hant', '煙臺'],
    ] as const)(
      'on %s, %s finds the Yantai agreement, ranked first, in the reader’s own script',
      async (locale, term) => {
        const found = await query(locale, term);
        expect(found.ids[0]).toBe(yantai);
        // Every result is a page of the reader's locale: the one in their script is the one linked.
        expect(found.urls[0]).toBe(`${agreementsPrefix(locale)}${yantai}/`);
      },
    );
  });

  describe('across languages', () => {
    it.each(['Yantai', 'Shandong', 'China Unicom', 'Yantai 5G'])(
      'on /en/, %s finds the Yantai agreement',
      async (term) => {
        expect((await query('en', term)).ids).toContain(yantai);
      },
    );

    it('on /en/, Yantai 5G ranks the Yantai release first (through its translation)', async () => {
      expect((await query('en', 'Yantai 5G')).ids[0]).toBe(yantai);
    });

    it('on /en/, Shandong finds every agreement in Shandong, and China Unicom every China Unicom one', async () => {
      expect((await query('en', 'Shandong')).ids).toEqual(expect.arrayContaining(inShandong));
      expect((await query('en', 'China Unicom')).ids).toEqual(
        expect.arrayContaining(withOperator('china-unicom')),
      );
    });

    const chinese: [string, string, () => string[]][] = [
      ['烟台', '煙臺', () => [yantai]],
      ['山东', '山東', () => inShandong],
      ['中国联通', '中國聯通', () => withOperator('china-unicom')],
      ['黄浦', '黃浦', () => [huangpu]],
      ['五征', '五徵', () => [wuzheng]],
    ];
    for (const locale of ['zh-hans', 'zh-hant'] as const) {
      it.each(chinese)(
        `on ${locale}, %s (and %s) find their agreements, whatever the original's language`,
        async (simplified, traditional, expected) => {
          for (const term of [simplified, traditional]) {
            expect((await query(locale, term)).ids, `"${term}" on ${locale}`).toEqual(
              expect.arrayContaining(expected()),
            );
          }
        },
      );
    }

    it.each(['en', 'zh-hans', 'zh-hant'] as const)(
      'on %s, 黄浦 and 五征 rank their agreement first',
      async (locale) => {
        expect((await query(locale, '黄浦')).ids[0]).toBe(huangpu);
        expect((await query(locale, '五征')).ids[0]).toBe(wuzheng);
      },
    );
  });

  describe('filters and order', () => {
    it.each(LOCALES)(
      'on %s, filters alone list exactly the agreements that have them',
      async (locale) => {
        for (const operator of ['china-mobile', 'china-tower'] as const) {
          expect(
            (await query(locale, null, { filters: { operator: [operator] } })).ids.sort(),
          ).toEqual(withOperator(operator));
        }
        // "All agreements of China Tower in Shandong".
        const towerInShandong = idsWhere(
          (a) => a.operators.includes('china-tower') && placesWithAncestors(a).has(SHANDONG),
        );
        expect(towerInShandong.length).toBeGreaterThan(0);
        const found = await query(locale, null, {
          filters: { operator: ['china-tower'], province: [SHANDONG] },
        });
        expect(found.ids.sort()).toEqual(towerInShandong);
      },
    );

    it.each(LOCALES)(
      'on %s, filters combine with words, and counts tell what each value would leave',
      async (locale) => {
        const year = filed(yantai).slice(0, 4);
        const found = await query(locale, '5G', {
          filters: { year: [year], operator: ['china-unicom'] },
        });
        expect(found.ids).toContain(yantai);
        for (const id of found.ids) {
          expect(filed(id).startsWith(year)).toBe(true);
          expect(articleById.get(id)?.operators).toContain('china-unicom');
        }
        expect(found.filters['operator']?.['china-unicom']).toBe(found.ids.length);
        expect((await query(locale, '5G', { filters: { year: ['1900'] } })).ids).toEqual([]);
      },
    );

    it.each(LOCALES)(
      'on %s, sorts by date either way, every agreement page carrying the key',
      async (locale) => {
        const all = { filters: { language: { any: ['en', 'zh-Hans', 'zh-Hant'] } } };
        const newest = await query(locale, null, { ...all, sort: { date: 'desc' } });
        expect(newest.ids.length).toBe(articles.length);
        const dates = newest.ids.map(filed);
        expect(dates).toEqual([...dates].sort().reverse());
        const oldest = await query(locale, null, { ...all, sort: { date: 'asc' } });
        expect(oldest.ids.map(filed)).toEqual([...dates].reverse());
      },
    );
  });

  // ---- The search page, as a reader uses it ----

  const runOf = (page: Page) =>
    page.$eval('[data-search-status]', (status) =>
      Number((status as HTMLElement).dataset['run'] ?? 0),
    );

  /** Wait until the page has finished a search it started after search number `after`. */
  async function settled(page: Page, after: number): Promise<void> {
    await page.waitForFunction((previous) => {
      const status = document.querySelector<HTMLElement>('[data-search-status]');
      return status?.dataset['state'] === 'done' && Number(status.dataset['run']) > previous;
    }, after);
  }

  async function open(locale: Locale, query = ''): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${site.urlOf(`/${locale}/search/`)}${query}`);
    await settled(page, 0);
    return page;
  }

  const cspViolations = (page: Page) =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  const shown = (page: Page) =>
    page.$$eval('[data-search-results] li h3 a', (links) =>
      links.map((link) => link.getAttribute('href') ?? ''),
    );
  /** Every result of the search, pressing "more" until the list is whole (it shows ten at a time). */
  const allShown = async (page: Page) => {
    const more = page.locator('[data-search-more]');
    while (await more.isVisible()) {
      const before = (await shown(page)).length;
      await more.click();
      await page.waitForFunction(
        (count) => document.querySelectorAll('[data-search-results] li h3 a').length > count,
        before,
      );
    }
    return shown(page);
  };
  const params = (page: Page) => new URL(page.url()).searchParams;
  const statusText = (page: Page) => page.locator('[data-search-status]').innerText();

  it.each(LOCALES)('on %s, a query with no hits says so', async (locale) => {
    const page = await open(locale, '?q=zzqxjvw');
    expect(await shown(page)).toEqual([]);
    expect(await statusText(page)).toBe(dictionaries[locale]['search.noResults']);
    expect(await page.locator('[data-search-status]').getAttribute('aria-live')).toBe('polite');
    await page.close();
  });

  it('typing, filtering and ordering are kept in the address; Back and Forward replay them', async () => {
    const page = await open('en');
    const box = page.getByLabel(dictionaries.en['search.label']);
    let run = await runOf(page);
    await box.fill('Yantai');
    await settled(page, run);
    expect(params(page).get('q')).toBe('Yantai');
    expect(await shown(page)).toContain(`${agreementsPrefix('en')}${yantai}/`);
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);

    run = await runOf(page);
    await page.locator('input[name="operator"][value="china-unicom"]').check();
    await settled(page, run);
    expect(params(page).getAll('operator')).toEqual(['china-unicom']);

    run = await runOf(page);
    await page.getByLabel(dictionaries.en['search.sort']).selectOption('newest');
    await settled(page, run);
    expect(params(page).get('sort')).toBe('newest');

    run = await runOf(page);
    await page.goBack();
    await settled(page, run);
    expect(params(page).get('sort')).toBeNull();
    expect(await page.getByLabel(dictionaries.en['search.sort']).inputValue()).toBe('relevance');
    expect(await page.locator('input[name="operator"][value="china-unicom"]').isChecked()).toBe(
      true,
    );

    run = await runOf(page);
    await page.goBack();
    await settled(page, run);
    expect([...params(page).keys()]).toEqual(['q']);
    expect(await page.locator('input[name="operator"][value="china-unicom"]').isChecked()).toBe(
      false,
    );

    run = await runOf(page);
    await page.goBack();
    await settled(page, run);
    expect(params(page).toString()).toBe('');
    expect(await box.inputValue()).toBe('');
    expect(await shown(page)).toEqual([]);
    expect(await statusText(page)).toBe(dictionaries.en['search.hint']);

    run = await runOf(page);
    await page.goForward();
    await settled(page, run);
    expect(params(page).get('q')).toBe('Yantai');
    expect(await box.inputValue()).toBe('Yantai');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('a link reproduces a search: words, filters shown in the reader’s script, results', async () => {
    const year = filed(yantai).slice(0, 4);
    const page = await open(
      'zh-hant',
      `?q=${encodeURIComponent('烟台')}&operator=china-unicom&year=${year}`,
    );
    expect(await page.getByLabel(dictionaries['zh-hant']['search.label']).inputValue()).toBe(
      '烟台',
    );
    const unicom = page.locator('input[name="operator"][value="china-unicom"]');
    expect(await unicom.isChecked()).toBe(true);
    expect(await page.locator(`input[name="year"][value="${year}"]`).isChecked()).toBe(true);
    const label = await page.locator('label[for="facet-operator-china-unicom"]').innerText();
    expect(label).toContain(operatorById('china-unicom').names['zh-Hant']);
    expect(await shown(page)).toEqual([`${agreementsPrefix('zh-hant')}${yantai}/`]);
    expect(await statusText(page)).toContain('1');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(LOCALES)(
    'on %s, an empty query with filters lists all their agreements, newest first',
    async (locale) => {
      const page = await open(locale, `?operator=china-mobile&province=${SHANDONG}`);
      const expected = idsWhere(
        (a) => a.operators.includes('china-mobile') && placesWithAncestors(a).has(SHANDONG),
      ).sort((a, b) => filed(b).localeCompare(filed(a)));
      expect(await shown(page)).toEqual(expected.map((id) => `${agreementsPrefix(locale)}${id}/`));
      // Without words there is no relevance: the order shown is the one applied.
      expect(await page.locator('#search-sort').inputValue()).toBe('newest');
      // A value no result has is not offered; a chosen one stays.
      const hiddenOptions = await page.$$eval('[data-facet-option][hidden] input', (inputs) =>
        inputs.map(
          (input) => `${(input as HTMLInputElement).name}=${(input as HTMLInputElement).value}`,
        ),
      );
      expect(hiddenOptions).toContain(`province=${firstProvinceOutside(SHANDONG)}`);
      expect(hiddenOptions).not.toContain(`province=${SHANDONG}`);
      await page.close();
    },
  );

  it('every place and operator page links to the search filtered for it', async () => {
    const page = await context.newPage();
    await page.goto(site.urlOf(`/en/places/${YANTAI}/`));
    await page.locator('.search-link a').click();
    await settled(page, 0);
    expect(params(page).getAll('city')).toEqual([YANTAI]);
    expect((await allShown(page)).sort()).toEqual(
      idsWhere((a) => placesWithAncestors(a).has(YANTAI)).map(
        (id) => `${agreementsPrefix('en')}${id}/`,
      ),
    );
    await page.goto(site.urlOf(`/zh-hans/operators/china-tower/`));
    await page.locator('.search-link a').click();
    await settled(page, 0);
    expect(params(page).getAll('operator')).toEqual(['china-tower']);
    expect((await allShown(page)).length).toBe(withOperator('china-tower').length);
    await page.close();
  });

  it('a first query with words loads no filter data: no Pagefind filter chunk, no city or county labels', async () => {
    const cold = await browser.newContext();
    const requests: string[] = [];
    cold.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const page = await cold.newPage();
    await page.goto(site.urlOf('/en/search/'));
    await settled(page, 0);
    const run = await runOf(page);
    await page.getByLabel(dictionaries.en['search.label']).fill('Yantai');
    await settled(page, run);
    expect(await shown(page)).toContain(`${agreementsPrefix('en')}${yantai}/`);
    await page.waitForLoadState('networkidle');
    expect(requests.some((path) => /\/pagefind\/en\/\d+\/index\//.test(path))).toBe(true);
    expect(requests.filter((path) => /\/pagefind\/.*\/filter\/|places\.json$/.test(path))).toEqual(
      [],
    );
    await cold.close();
  });

  it('the city list loads when opened, lists the cities the words leave with their counts, and filters', async () => {
    const page = await open('en', '?q=Yantai');
    const found = (await query('en', 'Yantai')).ids;
    const citiesOf = (id: string) =>
      [...placesWithAncestors(articleById.get(id) ?? ({} as Agreement))].filter(
        (code) => placeByCode(code)?.level === 'prefecture',
      );
    const expected = new Map<string, number>();
    for (const id of found)
      for (const city of citiesOf(id)) expected.set(city, (expected.get(city) ?? 0) + 1);
    expect(expected.size).toBeGreaterThan(0);
    await page.locator('details[data-facet="city"] > summary').click();
    const yantaiBox = page.locator(`input[name="city"][value="${YANTAI}"]`);
    await yantaiBox.waitFor();
    await page.waitForFunction(
      () => !document.querySelector('details[data-facet="city"] [data-facet-count][hidden]'),
    );
    const listed = await page.$$eval('details[data-facet="city"] [data-facet-option]', (items) =>
      items.map((item) => [
        item.querySelector('input')?.value ?? '',
        Number(item.querySelector('[data-facet-count]')?.textContent),
      ]),
    );
    expect(new Map(listed as [string, number][])).toEqual(expected);
    expect(await page.locator(`label[for="facet-city-${YANTAI}"]`).innerText()).toContain('Yantai');

    const run = await runOf(page);
    await yantaiBox.check();
    await settled(page, run);
    expect(params(page).getAll('city')).toEqual([YANTAI]);
    expect((await shown(page)).sort()).toEqual(
      found
        .filter((id) => citiesOf(id).includes(YANTAI))
        .map((id) => `${agreementsPrefix('en')}${id}/`)
        .sort(),
    );
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('an address choosing a county opens its list with the county chosen and labelled in the reader’s script', async () => {
    const page = await open('zh-hant', `?county=${HUANGPU}`);
    const box = page.locator(`input[name="county"][value="${HUANGPU}"]`);
    expect(await box.isChecked()).toBe(true);
    expect(await page.locator('details[data-facet="county"]').getAttribute('open')).not.toBeNull();
    expect(await page.locator(`label[for="facet-county-${HUANGPU}"]`).innerText()).toContain(
      '黃浦',
    );
    expect(await shown(page)).toEqual([`${agreementsPrefix('zh-hant')}${huangpu}/`]);
    await page.close();
  });

  it('searches at every keystroke, shows the newest search’s results, and keeps one history entry', async () => {
    const page = await open('en');
    const before = await page.evaluate(() => history.length);
    const run = await runOf(page);
    await page.getByLabel(dictionaries.en['search.label']).focus();
    await page.keyboard.type('Yantai 5G');
    await settled(page, run + 'Yantai 5G'.length - 1);
    expect(await runOf(page)).toBe(run + 'Yantai 5G'.length);
    expect(params(page).get('q')).toBe('Yantai 5G');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    const expected = (await query('en', 'Yantai 5G')).urls.slice(0, 10);
    expect(await shown(page)).toEqual(expected);
    await page.close();
  });

  it('a result opens the agreement in the reader’s locale, under the site’s base', async () => {
    const page = await open('zh-hans', `?q=${encodeURIComponent('五征')}`);
    await page.locator('[data-search-results] li h3 a').first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`${agreementsPrefix('zh-hans')}${wuzheng}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(LOCALE_LANGUAGE['zh-hans']);
    await page.close();
  });

  it.each(LOCALES)(
    'on %s without JavaScript, the page says search needs it and links the browse pages',
    async (locale) => {
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const page = await noScript.newPage();
      await page.goto(site.urlOf(`/${locale}/search/`));
      expect(await page.locator('main').innerText()).toContain(
        dictionaries[locale]['search.noscript'],
      );
      const browse = await page.$$eval('.search__browse a', (links) =>
        links.map((link) => link.getAttribute('href')),
      );
      expect(browse).toContain(`${built.base}${locale}/places/`);
      expect(browse).toContain(`${built.base}${locale}/operators/`);
      await noScript.close();
    },
  );
});

/** A province some agreement names that is not `code` (for "values with no result are hidden"). */
function firstProvinceOutside(code: string): string {
  const other = articles
    .flatMap((article) => [...placesWithAncestors(article.data)])
    .find((place) => placeByCode(place)?.level === 'province' && place !== code);
  if (other === undefined) throw new Error(`every agreement is in ${code}: nothing to hide`);
  return other;
}

/**
 * The fixed query list of the search benchmark, and how to drive the search page's UI.
 * Queries are words the synthetic corpus uses (bench/templates): operators, topics, places,
 * in each locale's script, so every query has results at every size; filter-only queries set
 * one facet with an empty query box.
 */
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/i18n/locales.ts';

export interface FilterQuery {
  /** For the results: `operator=china-unicom`. */
  label: string;
  facet: string;
  value: string;
}

export interface LocaleQueries {
  /** The first is the cold query. */
  text: readonly string[];
  filters: readonly FilterQuery[];
}

const filter = (facet: string, value: string): FilterQuery => ({
  label: `${facet}=${value}`,
  facet,
  value,
});

export const SEARCH_QUERIES: Record<Locale, LocaleQueries> = {
  en: {
    text: [
      'smart city',
      'China Mobile',
      'data center',
      '5G base stations',
      'fiber broadband',
      'government cloud',
      'Shandong',
      'Internet of Things',
    ],
    filters: [
      filter('operator', 'china-unicom'),
      filter('topic', 'iot'),
      filter('province', '440000'),
    ],
  },
  'zh-hans': {
    text: ['智慧城市', '中国移动', '数据中心', '5G基站', '千兆光网', '政务云', '山东', '物联网'],
    filters: [
      filter('operator', 'china-telecom'),
      filter('topic', 'big-data'),
      filter('province', '370000'),
    ],
  },
  'zh-hant': {
    text: ['智慧城市', '中國電信', '數據中心', '物聯網', '光纖寬帶', '雲計算', '廣東', '遠程醫療'],
    filters: [
      filter('operator', 'china-mobile'),
      filter('topic', 'smart-healthcare'),
      filter('province', '320000'),
    ],
  },
};

/** The search page's parts, as its markup names them (src/components/search/SearchForm.astro). */
export const SEARCH_UI = {
  input: 'input[type="search"]',
  results: '[data-search-results]',
  resultItem: '[data-search-results] > li',
  status: '[data-search-status]',
  /** The file that sets the page's typing delay, and how it spells it. */
  typingDelay: {
    file: 'src/lib/search/startSearch.ts',
    pattern: /TYPING_DELAY_MS\s*=\s*(\d+)/,
  },
  /** Check one facet value, as a reader does: the page searches on the change. */
  async applyFilter(page: Page, query: FilterQuery): Promise<void> {
    await page
      .locator(`input[name="${query.facet}"][value="${query.value}"]`)
      .check({ force: true });
  },
  async clearFilter(page: Page, query: FilterQuery): Promise<void> {
    await page
      .locator(`input[name="${query.facet}"][value="${query.value}"]`)
      .uncheck({ force: true });
  },
};

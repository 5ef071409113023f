/**
 * Every page of the site, by name. Pages, links and the language switcher all build their
 * URLs here, so a route is spelt once.
 */
import type { Locale } from '../i18n/locales.ts';
import type { OperatorId, PartyKind } from '../schema/agreement.ts';
import { filePath, pagePath } from './url.ts';

/** Listing pages: page 1 has no number in its URL. */
function paged(page: number, ...segments: (string | number)[]): string {
  return page <= 1 ? pagePath(...segments) : pagePath(...segments, page);
}

export const SORT_ORDERS = ['newest', 'oldest', 'title', 'place', 'operator'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const routes = {
  root: () => pagePath(),
  home: (locale: Locale) => pagePath(locale),
  agreement: (locale: Locale, id: string) => pagePath(locale, 'agreements', id),
  allAgreements: (locale: Locale, sort: SortOrder = 'newest', page = 1) =>
    paged(page, locale, 'all', sort),
  browse: (locale: Locale) => pagePath(locale, 'browse'),
  places: (locale: Locale) => pagePath(locale, 'places'),
  place: (locale: Locale, code: string, page = 1) => paged(page, locale, 'places', code),
  operators: (locale: Locale) => pagePath(locale, 'operators'),
  operator: (locale: Locale, id: OperatorId, page = 1) => paged(page, locale, 'operators', id),
  years: (locale: Locale) => pagePath(locale, 'years'),
  year: (locale: Locale, year: string, page = 1) => paged(page, locale, 'years', year),
  topics: (locale: Locale) => pagePath(locale, 'topics'),
  topic: (locale: Locale, id: string, page = 1) => paged(page, locale, 'topics', id),
  parties: (locale: Locale) => pagePath(locale, 'parties'),
  partyKind: (locale: Locale, kind: PartyKind, page = 1) => paged(page, locale, 'parties', kind),
  party: (locale: Locale, kind: PartyKind, slug: string, page = 1) =>
    paged(page, locale, 'parties', kind, slug),
  about: (locale: Locale) => pagePath(locale, 'about'),
  aboutData: (locale: Locale) => pagePath(locale, 'about', 'data'),
  search: (locale: Locale) => pagePath(locale, 'search'),
  /** The search page with its filters set: `?operator=china-unicom`, `?place=370600`. */
  searchFor: (locale: Locale, filters: Readonly<Record<string, string>>) =>
    `${pagePath(locale, 'search')}?${new URLSearchParams(Object.entries(filters).sort()).toString()}`,
  notFound: (locale: Locale) => pagePath(locale, '404'),
  rss: (locale: Locale) => filePath(locale, 'rss.xml'),
  dataJson: () => filePath('data', 'agreements.json'),
  dataCsv: () => filePath('data', 'agreements.csv'),
  reportsJson: () => filePath('data', 'reports.json'),
  reportsCsv: () => filePath('data', 'reports.csv'),
  source: (fileName: string) => filePath('sources', fileName),
  sitemap: () => filePath('sitemap-index.xml'),
  robots: () => filePath('robots.txt'),
  baseMap: () => filePath('map', 'china.svg'),
  favicon: () => filePath('favicon.svg'),
} as const;

/** A page's address in every locale: what the language switcher and hreflang links need. */
export type LocalizedRoute = (locale: Locale) => string;

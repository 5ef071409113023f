/**
 * Pages of a built site the benchmark opens, as paths inside dist/ (no base). They spell the
 * site's routes (src/utils/routes.ts), which read Astro's `import.meta.env` and so cannot be
 * imported outside Astro or Vitest; tests/bench/sitePaths.test.ts checks the two agree.
 */
import type { Locale } from '../../src/i18n/locales.ts';

export const sitePaths = {
  root: () => '/',
  home: (locale: Locale) => `/${locale}/`,
  agreements: (locale: Locale) => `/${locale}/agreements/`,
  browse: (locale: Locale) => `/${locale}/browse/`,
  allAgreements: (locale: Locale) => `/${locale}/all/newest/`,
  search: (locale: Locale) => `/${locale}/search/`,
} as const;

/** The HTML file of a page path: `/en/browse/` → `en/browse/index.html`. */
export function htmlFileOf(path: string): string {
  return `${path.replace(/^\//, '')}index.html`;
}

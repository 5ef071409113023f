/**
 * Ask the built site's Pagefind a question from inside a page, the way the search page's
 * script does (partedPagefind.ts): open every part of the locale's index, then `search(term)`.
 * Runs in the page, so the page's Content-Security-Policy applies to the script and to the
 * WebAssembly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/i18n/locales.ts';
import { routes } from '../../src/utils/routes.ts';
import { OPEN_PARTED_PAGEFIND, SEARCH_PARTED_PAGEFIND } from './partedPagefind.ts';
import { htmlPages } from './site.ts';

/** The search page of a locale, relative to the site (the site's own route table spells it). */
export function searchPagePath(locale: Locale): string {
  return routes.search(locale);
}

/** Paths of the agreement pages of a locale in a build. */
export function agreementPages(dir: string, locale: Locale): string[] {
  const prefix = routes.agreement(locale, '');
  return htmlPages(dir).filter((path) => path.startsWith(prefix) && path.length > prefix.length);
}

/**
 * A word the index must know: from the `<h1>` of the locale's first agreement page, the first
 * Latin word of four letters or more (English) or the first two Han characters (Chinese).
 */
export function queryTermFor(dir: string, locale: Locale): string {
  const [first] = agreementPages(dir, locale);
  if (!first)
    throw new Error(
      `no agreement page under ${routes.agreement(locale, '')} in ${dir}: nothing to search for`,
    );
  const html = readFileSync(join(dir, first, 'index.html'), 'utf8');
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1]?.replace(/<[^>]+>/g, ' ') ?? '';
  const term =
    locale === 'en' ? /[A-Za-z]{4,}/.exec(heading)?.[0] : /\p{Script=Han}{2}/u.exec(heading)?.[0];
  if (!term)
    throw new Error(
      `${first}: no ${locale === 'en' ? 'word' : 'Han characters'} in its <h1> to search for`,
    );
  return term;
}

export interface PagefindAnswer {
  readonly count?: number;
  readonly error?: string;
}

/**
 * The probe is passed to the page as source text: vitest rewrites `import()` in test modules
 * (for its own module loader), and the page must run the browser's own dynamic import.
 */
const PROBE = `async ({ base, term }) => {
  try {
    const parted = await (${OPEN_PARTED_PAGEFIND})(base);
    const search = await (${SEARCH_PARTED_PAGEFIND})(parted, term);
    if (!search) return { error: 'search() returned nothing' };
    return { count: search.results.length };
  } catch (error) {
    return { error: error instanceof Error ? error.name + ': ' + error.message : String(error) };
  }
}`;

export function withPagefind(page: Page, base: string, term: string): Promise<PagefindAnswer> {
  return page.evaluate(`(${PROBE})(${JSON.stringify({ base, term })})`) as Promise<PagefindAnswer>;
}

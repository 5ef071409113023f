/**
 * Search as a reader meets it: Chromium (playwright-core) on the built site, served by the
 * project's static server, typing into the search page's own box. For each locale, a cold first
 * query in a fresh browser context (empty cache), then warm queries and filter-only queries in
 * the same page. Times are taken inside the page: from the `input` event to the first result
 * element added after it. Bytes are what the network delivered (CDP `encodedDataLength`),
 * split into the page itself, Pagefind's runtime, its index and its fragments.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { serveStaticSite } from '../preview/static-server.ts';
import { launchChromium } from '../../tests/browser/chromium.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { SEARCH_QUERIES, SEARCH_UI, type FilterQuery } from './searchQueries.ts';
import { sitePaths } from './sitePaths.ts';

export interface TransferBytes {
  total: number;
  /** The search page's HTML, CSS and own script. */
  page: number;
  /** pagefind.js, its worker and WebAssembly. */
  pagefindRuntime: number;
  /** Pagefind's metadata, word index and filter chunks. */
  pagefindIndex: number;
  /** Pagefind's per-result fragments. */
  pagefindFragments: number;
  requests: number;
}

export interface QueryTiming {
  query: string;
  kind: 'text' | 'filter-only';
  msToResults: number;
  results: number;
  bytes: number;
}

export interface LocaleSearch {
  locale: Locale;
  cold: {
    query: string;
    msToResults: number;
    results: number;
    bytes: TransferBytes;
    pageLoadBytes: TransferBytes;
  };
  warm: QueryTiming[];
}

export interface SearchResult {
  locales: LocaleSearch[];
  /** Over every warm and filter-only query of every locale. */
  warm: { count: number; medianMs: number; p95Ms: number; maxMs: number; medianBytes: number };
  filterOnly: { count: number; medianMs: number; p95Ms: number };
  /** Queries that showed no result: a query list that misses the corpus measures nothing. */
  emptyQueries: string[];
}

type Kind = keyof Omit<TransferBytes, 'total' | 'requests'>;

function kindOf(url: string): Kind {
  const path = new URL(url).pathname;
  if (!path.includes('/pagefind/')) return 'page';
  if (path.endsWith('.pf_fragment')) return 'pagefindFragments';
  if (/\.pf_(meta|index|filter)$/.test(path)) return 'pagefindIndex';
  return 'pagefindRuntime';
}

/** Counts bytes delivered to a page, by kind, from the DevTools protocol. */
class TransferMeter {
  private readonly urls = new Map<string, string>();
  private bytes: TransferBytes = TransferMeter.empty();

  static empty(): TransferBytes {
    return {
      total: 0,
      page: 0,
      pagefindRuntime: 0,
      pagefindIndex: 0,
      pagefindFragments: 0,
      requests: 0,
    };
  }

  constructor(session: CDPSession) {
    session.on('Network.requestWillBeSent', (event) =>
      this.urls.set(event.requestId, event.request.url),
    );
    session.on('Network.loadingFinished', (event) => {
      const url = this.urls.get(event.requestId);
      if (!url || url.startsWith('data:')) return;
      const kind = kindOf(url);
      this.bytes[kind] += event.encodedDataLength;
      this.bytes.total += event.encodedDataLength;
      this.bytes.requests++;
    });
  }

  /** What arrived since the last call. */
  take(): TransferBytes {
    const taken = this.bytes;
    this.bytes = TransferMeter.empty();
    return taken;
  }
}

/** Installed in the page: stamps the input event and the first result added after it. */
const INSTRUMENT = `(({ results, item }) => {
  const state = { t0: 0, first: 0 };
  window.__benchSearch = state;
  document.addEventListener('input', () => { state.t0 = performance.now(); state.first = 0; }, true);
  document.addEventListener('change', () => { state.t0 = performance.now(); state.first = 0; }, true);
  const container = document.querySelector(results);
  if (!container) throw new Error('no results container ' + results);
  new MutationObserver((mutations) => {
    if (!state.t0 || state.first) return;
    for (const mutation of mutations)
      for (const node of mutation.addedNodes)
        if (node.nodeType === 1 && (node.matches(item) || node.querySelector(item))) {
          state.first = performance.now();
          return;
        }
  }).observe(container, { childList: true, subtree: true });
})`;

async function waitForResults(
  page: Page,
  timeoutMs = 30_000,
): Promise<{ ms: number; results: number }> {
  await page.waitForFunction(
    () => (window as unknown as { __benchSearch: { first: number } }).__benchSearch.first > 0,
    undefined,
    {
      timeout: timeoutMs,
      polling: 'raf',
    },
  );
  return page.evaluate(
    ({ item }) => {
      const state = (window as unknown as { __benchSearch: { t0: number; first: number } })
        .__benchSearch;
      return { ms: state.first - state.t0, results: document.querySelectorAll(item).length };
    },
    { item: SEARCH_UI.resultItem },
  );
}

/** Let the last fragment requests finish, so their bytes count against the query that made them. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => {});
}

async function runTextQuery(page: Page, query: string): Promise<{ ms: number; results: number }> {
  const box = page.locator(SEARCH_UI.input);
  await box.fill('');
  await page
    .waitForFunction(
      ({ item }) => document.querySelectorAll(item).length === 0,
      { item: SEARCH_UI.resultItem },
      { timeout: 10_000 },
    )
    .catch(() => {});
  await box.fill(query);
  return waitForResults(page);
}

async function runFilterQuery(
  page: Page,
  filter: FilterQuery,
): Promise<{ ms: number; results: number }> {
  await page.locator(SEARCH_UI.input).fill('');
  await page
    .waitForFunction(
      ({ item }) => document.querySelectorAll(item).length === 0,
      { item: SEARCH_UI.resultItem },
      { timeout: 10_000 },
    )
    .catch(() => {});
  await SEARCH_UI.applyFilter(page, filter);
  const timing = await waitForResults(page);
  await SEARCH_UI.clearFilter(page, filter);
  return timing;
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function searchLocale(
  browser: Browser,
  origin: string,
  locale: Locale,
): Promise<LocaleSearch> {
  // A fresh context per locale: an empty HTTP cache, so the first query is cold.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: false });
    const meter = new TransferMeter(session);
    await page.goto(`${origin}${sitePaths.search(locale)}`, { waitUntil: 'load' });
    await page.evaluate(
      `${INSTRUMENT}(${JSON.stringify({ results: SEARCH_UI.results, item: SEARCH_UI.resultItem })})`,
    );
    await settle(page);
    const pageLoadBytes = meter.take();

    const queries = SEARCH_QUERIES[locale];
    const [first, ...rest] = queries.text;
    if (!first) throw new Error(`no search queries for ${locale}`);
    const cold = await runTextQuery(page, first);
    await settle(page);
    const coldBytes = meter.take();
    const total = (a: TransferBytes, b: TransferBytes): TransferBytes => ({
      total: a.total + b.total,
      page: a.page + b.page,
      pagefindRuntime: a.pagefindRuntime + b.pagefindRuntime,
      pagefindIndex: a.pagefindIndex + b.pagefindIndex,
      pagefindFragments: a.pagefindFragments + b.pagefindFragments,
      requests: a.requests + b.requests,
    });

    const warm: QueryTiming[] = [];
    for (const query of rest) {
      const timing = await runTextQuery(page, query);
      await settle(page);
      warm.push({
        query,
        kind: 'text',
        msToResults: timing.ms,
        results: timing.results,
        bytes: meter.take().total,
      });
    }
    for (const filter of queries.filters) {
      const timing = await runFilterQuery(page, filter);
      await settle(page);
      warm.push({
        query: filter.label,
        kind: 'filter-only',
        msToResults: timing.ms,
        results: timing.results,
        bytes: meter.take().total,
      });
    }
    return {
      locale,
      cold: {
        query: first,
        msToResults: cold.ms,
        results: cold.results,
        bytes: total(pageLoadBytes, coldBytes),
        pageLoadBytes,
      },
      warm,
    };
  } finally {
    await context.close();
  }
}

export async function measureSearch(dist: string): Promise<SearchResult> {
  const site = await serveStaticSite({ root: dist, base: '/' });
  const browser = await launchChromium();
  try {
    const locales: LocaleSearch[] = [];
    for (const locale of LOCALES) locales.push(await searchLocale(browser, site.origin, locale));
    const warm = locales.flatMap((locale) => locale.warm);
    const filterOnly = warm.filter((timing) => timing.kind === 'filter-only');
    const ms = warm.map((timing) => timing.msToResults);
    return {
      locales,
      warm: {
        count: warm.length,
        medianMs: percentile(ms, 50),
        p95Ms: percentile(ms, 95),
        maxMs: Math.max(...ms),
        medianBytes: percentile(
          warm.map((timing) => timing.bytes),
          50,
        ),
      },
      filterOnly: {
        count: filterOnly.length,
        medianMs: percentile(
          filterOnly.map((timing) => timing.msToResults),
          50,
        ),
        p95Ms: percentile(
          filterOnly.map((timing) => timing.msToResults),
          95,
        ),
      },
      emptyQueries: [
        ...locales
          .filter((locale) => locale.cold.results === 0)
          .map((locale) => `${locale.locale}: ${locale.cold.query}`),
        ...locales.flatMap((locale) =>
          locale.warm
            .filter((timing) => timing.results === 0)
            .map((timing) => `${locale.locale}: ${timing.query}`),
        ),
      ],
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

/**
 * Search as a reader meets it: Chromium (playwright-core) on the built site, served by the
 * project's static server, typing into the search page's own box. For each locale, a cold first
 * query in a fresh browser context (empty cache), then warm queries and filter-only queries in
 * the same page. Times are taken inside the page: from the `input` event to the first result
 * element added after it. Bytes are what the network delivered (CDP `encodedDataLength`),
 * split into the page itself, Pagefind's runtime, its index and its fragments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { gzipSize } from '../quality/page-weight.ts';
import { serveStaticSite } from '../preview/static-server.ts';
import { launchChromium } from '../chromium/launch.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { SEARCH_QUERIES, SEARCH_UI, type FilterQuery } from './searchQueries.ts';
import { sitePaths } from './sitePaths.ts';

/**
 * Bytes of response bodies, as a compressing static host (Netlify, Cloudflare Pages, nginx with
 * gzip) would send them: text files (HTML, CSS, JS, JSON) at their gzip size, Pagefind's index,
 * fragments and WebAssembly as they are (Pagefind writes them gzipped). Headers are left out
 * (HTTP/2 compresses them to little); `served` is what the local server actually sent.
 */
export interface TransferBytes {
  total: number;
  /** The search page's HTML, CSS and own script. */
  page: number;
  /** pagefind.js, its worker, entry file and WebAssembly. */
  pagefindRuntime: number;
  /** Pagefind's metadata, word index and filter chunks. */
  pagefindIndex: number;
  /** Pagefind's per-result fragments. */
  pagefindFragments: number;
  /** Uncompressed, as the local static server sent them (it does not compress). */
  served: number;
  requests: number;
}

export interface QueryTiming {
  query: string;
  kind: 'text' | 'filter-only';
  /** From the input (or change) event to the first result on screen: what the reader waits. */
  msToResults: number;
  /** From the moment the page started the search (after its typing delay) to the first result. */
  searchMs: number;
  /**
   * From the input to the status line reporting every part's answer: the first results may
   * come from the newest part alone. Null if it did not report within the wait.
   */
  msToAll: number | null;
  results: number;
  bytes: number;
}

export interface LocaleSearch {
  locale: Locale;
  cold: {
    query: string;
    msToResults: number;
    searchMs: number;
    results: number;
    /** Everything from navigation to the first results: page, Pagefind runtime and index, fragments. */
    bytes: TransferBytes;
    /**
     * From the input to the search reporting every part's answer (its status line), and the
     * bytes from navigation until then: the first results may come from the newest part alone.
     */
    allMs: number | null;
    allBytes: TransferBytes;
    /** Of which, what the page loaded before the reader typed. */
    pageLoadBytes: TransferBytes;
  };
  warm: QueryTiming[];
}

export interface SearchResult {
  locales: LocaleSearch[];
  /** Over every warm and filter-only query of every locale. */
  warm: {
    count: number;
    medianMs: number;
    p95Ms: number;
    maxMs: number;
    medianBytes: number;
    /** The same, from the start of the search (without the page's typing delay). */
    medianSearchMs: number;
    p95SearchMs: number;
    /** Input to every part's answer (the status line), median / p95, and queries that never reported. */
    medianAllMs: number;
    p95AllMs: number;
    unfinished: number;
  };
  filterOnly: { count: number; medianMs: number; p95Ms: number };
  /** The search page's delay between the last keystroke and the search (its own constant). */
  typingDelayMs: number | null;
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

const COMPRESSIBLE = /(\/|\.(html|css|js|mjs|json|svg|xml|txt))$/;

/** Counts the bytes a browser context receives, by kind, its workers' requests included. */
/** One finished request: its kind, bytes as sent and as served, and when it started (epoch ms). */
interface Counted {
  kind: Kind;
  sent: number;
  served: number;
  startedAt: number;
}

class TransferMeter {
  private bytes: TransferBytes = TransferMeter.empty();
  private pending: Promise<Counted | undefined>[] = [];
  /** Finished requests started after the last cut-off: counted by the next call. */
  private held: Counted[] = [];
  private readonly gzipOf = new Map<string, number>();

  static empty(): TransferBytes {
    return {
      total: 0,
      page: 0,
      pagefindRuntime: 0,
      pagefindIndex: 0,
      pagefindFragments: 0,
      served: 0,
      requests: 0,
    };
  }

  constructor(
    context: BrowserContext,
    private readonly dist: string,
  ) {
    context.on('requestfinished', (request) => {
      this.pending.push(this.measure(request));
    });
  }

  private async measure(request: Request): Promise<Counted | undefined> {
    const url = request.url();
    if (!url.startsWith('http')) return undefined;
    const { responseBodySize } = await request.sizes();
    const path = decodeURIComponent(new URL(url).pathname);
    const sent = COMPRESSIBLE.test(path)
      ? this.compressed(path, responseBodySize)
      : responseBodySize;
    return {
      kind: kindOf(url),
      sent,
      served: responseBodySize,
      startedAt: request.timing().startTime,
    };
  }

  private add(counted: Counted): void {
    this.bytes[counted.kind] += counted.sent;
    this.bytes.total += counted.sent;
    this.bytes.served += counted.served;
    this.bytes.requests++;
  }

  /** Gzip size of the file a path serves (the local server sends it uncompressed). */
  private compressed(path: string, fallback: number): number {
    const file = join(this.dist, path.endsWith('/') ? `${path}index.html` : path);
    let size = this.gzipOf.get(file);
    if (size === undefined) {
      try {
        size = gzipSize(readFileSync(file));
      } catch {
        size = fallback;
      }
      this.gzipOf.set(file, size);
    }
    return size;
  }

  /**
   * What arrived since the last call; with `startedBy` (ms since the epoch), only the requests
   * started by then: the rest are kept for the next call (the search page may start loading
   * more right after its first results, and those bytes are not what the first results cost).
   */
  async take(startedBy?: number): Promise<TransferBytes> {
    const measured = await Promise.all(this.pending);
    this.pending = [];
    const later: Counted[] = [];
    for (const counted of [...this.held, ...measured]) {
      if (counted === undefined) continue;
      if (startedBy !== undefined && counted.startedAt > startedBy) later.push(counted);
      else this.add(counted);
    }
    this.held = later;
    const taken = this.bytes;
    this.bytes = TransferMeter.empty();
    return taken;
  }
}

/**
 * Installed in the page. Stamps: `t0` the reader's input (or a filter's change); `started` the
 * search page setting its result list busy (its search has begun); `first` the first result
 * element added after `t0`; `done` the status line reporting the search finished.
 */
const INSTRUMENT = `(({ results, item, status }) => {
  const state = { t0: 0, started: 0, first: 0, done: 0 };
  window.__benchSearch = state;
  const reset = () => Object.assign(state, { t0: performance.now(), started: 0, first: 0, done: 0 });
  document.addEventListener('input', reset, true);
  document.addEventListener('change', (event) => { if (event.target.type === 'checkbox') reset(); }, true);
  const list = document.querySelector(results);
  const statusLine = document.querySelector(status);
  if (!list || !statusLine) throw new Error('search page: no ' + results + ' or ' + status);
  new MutationObserver((mutations) => {
    if (!state.t0) return;
    const now = performance.now();
    for (const mutation of mutations) {
      if (mutation.type === 'attributes' && mutation.target === list && list.getAttribute('aria-busy') === 'true' && !state.started) state.started = now;
      if (mutation.type === 'attributes' && mutation.target === statusLine && statusLine.dataset.state === 'done' && state.started && !state.done) state.done = now;
      if (mutation.type === 'childList' && !state.first)
        for (const node of mutation.addedNodes)
          if (node.nodeType === 1 && (node.matches(item) || node.querySelector(item))) { state.first = now; break; }
    }
  }).observe(list.closest('form') ?? document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy', 'data-state'] });
})`;

interface Stamps {
  t0: number;
  started: number;
  first: number;
  done: number;
}

/**
 * Waits for the first result (or the search's end), then, with `untilAll`, for every part's
 * answer: a cold query leaves that wait to its caller, which counts the bytes in between.
 */
async function waitForResults(
  page: Page,
  untilAll: boolean,
  timeoutMs = 60_000,
): Promise<{
  ms: number;
  shownAt: number;
  searchMs: number;
  msToAll: number | null;
  results: number;
}> {
  await page.waitForFunction(
    () => {
      const stamps = (window as unknown as { __benchSearch: Stamps }).__benchSearch;
      return stamps.first > 0 || stamps.done > 0;
    },
    undefined,
    { timeout: timeoutMs, polling: 'raf' },
  );
  const done =
    untilAll &&
    (await page
      .waitForFunction(
        () => (window as unknown as { __benchSearch: Stamps }).__benchSearch.done > 0,
        undefined,
        { timeout: timeoutMs, polling: 'raf' },
      )
      .then(() => true)
      .catch(() => false));
  return page.evaluate(
    ({ item, done }) => {
      const stamps = (window as unknown as { __benchSearch: Stamps }).__benchSearch;
      const end = stamps.first || stamps.done;
      return {
        ms: end - stamps.t0,
        /** When the first results showed, in ms since the epoch (as request timings are). */
        shownAt: performance.timeOrigin + end,
        searchMs: end - (stamps.started || stamps.t0),
        msToAll: done ? stamps.done - stamps.t0 : null,
        results: document.querySelectorAll(item).length,
      };
    },
    { item: SEARCH_UI.resultItem, done },
  );
}

/** Let the last fragment requests finish, so their bytes count against the query that made them. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => {});
}

type Timing = Awaited<ReturnType<typeof waitForResults>>;

async function runTextQuery(page: Page, query: string, untilAll = true): Promise<Timing> {
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
  return waitForResults(page, untilAll);
}

async function runFilterQuery(page: Page, filter: FilterQuery): Promise<Timing> {
  await page.locator(SEARCH_UI.input).fill('');
  await page
    .waitForFunction(
      ({ item }) => document.querySelectorAll(item).length === 0,
      { item: SEARCH_UI.resultItem },
      { timeout: 10_000 },
    )
    .catch(() => {});
  await SEARCH_UI.applyFilter(page, filter);
  const timing = await waitForResults(page, true);
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
  dist: string,
  locale: Locale,
): Promise<LocaleSearch> {
  // A fresh context per locale: an empty HTTP cache, so the first query is cold.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const meter = new TransferMeter(context, dist);
    await page.goto(`${origin}${sitePaths.search(locale)}`, { waitUntil: 'load' });
    await page.evaluate(
      `${INSTRUMENT}(${JSON.stringify({ results: SEARCH_UI.results, item: SEARCH_UI.resultItem, status: SEARCH_UI.status })})`,
    );
    await settle(page);
    const pageLoadBytes = await meter.take();

    const queries = SEARCH_QUERIES[locale];
    const [first, ...rest] = queries.text;
    if (!first) throw new Error(`no search queries for ${locale}`);
    const cold = await runTextQuery(page, first, false);
    const coldBytes = await meter.take(cold.shownAt);
    const allMs = await page
      .waitForFunction(
        () => {
          const stamps = (window as unknown as { __benchSearch: Stamps }).__benchSearch;
          return stamps.done > 0 ? stamps.done - stamps.t0 : 0;
        },
        undefined,
        { timeout: 60_000, polling: 'raf' },
      )
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch(() => null);
    await settle(page);
    const restBytes = await meter.take();
    const total = (a: TransferBytes, b: TransferBytes): TransferBytes => ({
      total: a.total + b.total,
      page: a.page + b.page,
      pagefindRuntime: a.pagefindRuntime + b.pagefindRuntime,
      pagefindIndex: a.pagefindIndex + b.pagefindIndex,
      pagefindFragments: a.pagefindFragments + b.pagefindFragments,
      served: a.served + b.served,
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
        searchMs: timing.searchMs,
        msToAll: timing.msToAll,
        results: timing.results,
        bytes: (await meter.take()).total,
      });
    }
    for (const filter of queries.filters) {
      const timing = await runFilterQuery(page, filter);
      await settle(page);
      warm.push({
        query: filter.label,
        kind: 'filter-only',
        msToResults: timing.ms,
        searchMs: timing.searchMs,
        msToAll: timing.msToAll,
        results: timing.results,
        bytes: (await meter.take()).total,
      });
    }
    return {
      locale,
      cold: {
        query: first,
        msToResults: cold.ms,
        searchMs: cold.searchMs,
        results: cold.results,
        bytes: total(pageLoadBytes, coldBytes),
        allMs,
        allBytes: total(total(pageLoadBytes, coldBytes), restBytes),
        pageLoadBytes,
      },
      warm,
    };
  } finally {
    await context.close();
  }
}

export async function measureSearch(
  dist: string,
  typingDelayMs: number | null,
): Promise<SearchResult> {
  const site = await serveStaticSite({ root: dist, base: '/' });
  const browser = await launchChromium();
  try {
    const locales: LocaleSearch[] = [];
    for (const locale of LOCALES)
      locales.push(await searchLocale(browser, site.origin, dist, locale));
    const warm = locales.flatMap((locale) => locale.warm);
    const filterOnly = warm.filter((timing) => timing.kind === 'filter-only');
    const ms = warm.map((timing) => timing.msToResults);
    const allMs = warm.flatMap((timing) => (timing.msToAll === null ? [] : [timing.msToAll]));
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
        medianSearchMs: percentile(
          warm.map((timing) => timing.searchMs),
          50,
        ),
        p95SearchMs: percentile(
          warm.map((timing) => timing.searchMs),
          95,
        ),
        medianAllMs: percentile(allMs, 50),
        p95AllMs: percentile(allMs, 95),
        unfinished: warm.length - allMs.length,
      },
      typingDelayMs,
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

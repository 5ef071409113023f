/**
 * Browser gates, on every page of both builds (root and /archive/), served with the headers of
 * public/_headers — the Content-Security-Policy included:
 * - no CSP violation, console error, uncaught exception, failed response, or request that
 *   leaves the site's origin;
 * - no page scrolls sideways on a 360 px phone (wide tables scroll inside their box);
 * - no request leaves the origin without the CSP either (GitHub Pages sends none);
 * - on each locale's search page, Pagefind loads and answers a query under that CSP (and,
 *   as a control, fails without 'wasm-unsafe-eval', so the check is known to bite).
 *
 * One pass over every page serves the first two: each page load costs about a tenth of a second
 * of this machine's two cores, so every pass over ~500 pages counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import {
  BUILT_SITES,
  inParallel,
  launchChromium,
  pagesToCheck,
  serveBuiltSite,
  type ServedSite,
} from './harness.ts';
import { ContextWatch, describeProblems } from './page-watch.ts';
import { queryTermFor, searchPagePath, withPagefind } from './pagefind-probe.ts';

const PHONE = { width: 360, height: 740 } as const;

interface CspPass {
  /** What went wrong, one line per problem. */
  readonly problems: string[];
  /** Pages wider than the phone's screen, with their width. */
  readonly tooWide: string[];
  /** Pages that load a script of their own. */
  readonly scripted: string[];
}

describe.each(Object.entries(BUILT_SITES))(
  'every page of the %s build in Chromium',
  (_name, built) => {
    let site: ServedSite;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let watch: ContextWatch;
    const pages = pagesToCheck(built.dir, built.base);
    /** A pass over every page: a few seconds a page at most, on a loaded machine. */
    const passTimeout = (pages.length * 3 + 60) * 1000;

    beforeAll(async () => {
      site = await serveBuiltSite(built);
      browser = await launchChromium();
      context = await browser.newContext();
      watch = await ContextWatch.attach(context, site.origin);
      page = await context.newPage();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    /** Every page once, under the CSP, on a phone's screen; the tests below read its findings. */
    let cspPass: Promise<CspPass> | undefined;
    const browseUnderCsp = (): Promise<CspPass> => {
      cspPass ??= (async () => {
        const found: CspPass = { problems: [], tooWide: [], scripted: [] };
        // Each worker has its own context: a watch blames what happens on its context.
        await inParallel(pages, async () => {
          const own = await browser.newContext({ viewport: PHONE });
          const ownWatch = await ContextWatch.attach(own, site.origin);
          const ownPage = await own.newPage();
          return {
            visit: async (path: string) => {
              const problems = await ownWatch.visit(ownPage, site.urlOf(path));
              found.problems.push(...describeProblems(path, problems));
              if (problems.runsScripts) found.scripted.push(path);
              const width = await ownPage.evaluate(() => document.documentElement.scrollWidth);
              if (width > PHONE.width) found.tooWide.push(`${path}: ${width}px`);
            },
            close: () => own.close(),
          };
        });
        return found;
      })();
      return cspPass;
    };

    test(
      'every page runs clean under the CSP',
      async () => {
        expect(pages.length).toBeGreaterThan(0);
        const { problems } = await browseUnderCsp();
        console.log(`browsed ${pages.length} pages of ${built.base}: ${problems.length} problems`);
        expect(problems, `problems while browsing:\n${problems.join('\n')}`).toEqual([]);
      },
      passTimeout,
    );

    test(
      'fits a 360 px phone: no page scrolls sideways (wide tables scroll inside their box)',
      async () => {
        const { tooWide } = await browseUnderCsp();
        expect(tooWide).toEqual([]);
      },
      passTimeout,
    );

    /**
     * Without the CSP, only a page that runs scripts can act differently: a page without them
     * requests what its HTML and CSS name, and under the CSP above each such request to
     * another origin is either blocked, which the page reports as a violation, or let
     * through, which the watch records. Scripts can branch on what the CSP blocked, and a
     * worker reports its violations to itself, not to the page: those pages are browsed again
     * with the CSP off.
     */
    test(
      'no request leaves the origin, even without the CSP (GitHub Pages sends none)',
      async () => {
        const { scripted } = await browseUnderCsp();
        // The search pages run Pagefind: a pass that found no script would check nothing.
        expect(scripted).toEqual(expect.arrayContaining(LOCALES.map(searchPagePath)));
        const outside: string[] = [];
        await inParallel(scripted, async () => {
          const open = await browser.newContext({ bypassCSP: true });
          const openWatch = await ContextWatch.attach(open, site.origin);
          const openPage = await open.newPage();
          return {
            visit: async (path: string) => {
              const problems = await openWatch.visit(openPage, site.urlOf(path));
              outside.push(...problems.outsideRequests.map((url) => `${path}: ${url}`));
            },
            close: () => open.close(),
          };
        });
        expect(outside, `requests that left the origin:\n${outside.join('\n')}`).toEqual([]);
      },
      passTimeout,
    );

    describe.each(LOCALES)('search page (%s)', (locale: Locale) => {
      const searchPath = searchPagePath(locale);

      test('Pagefind answers a query under the CSP', async () => {
        const term = queryTermFor(built.dir, locale);
        const problems = await watch.visit(page, site.urlOf(searchPath));
        expect(describeProblems(searchPath, problems)).toEqual([]);
        const result = await withPagefind(page, site.base, term);
        expect(result.error, `Pagefind failed on ${searchPath} for "${term}"`).toBeUndefined();
        expect(result.count, `no result for "${term}" on ${searchPath}`).toBeGreaterThan(0);
        const csp = await page.evaluate(() => window.__cspViolations ?? []);
        expect(csp).toEqual([]);
      });

      test("control: without 'wasm-unsafe-eval' Pagefind cannot run", async () => {
        const term = queryTermFor(built.dir, locale);
        // Pagefind compiles its WebAssembly in a worker, whose CSP is the one sent with the
        // worker's own script: strip the keyword from every response, not only the page's.
        const strip = async (route: Route) => {
          const response = await route.fetch();
          const headers = response.headers();
          const csp = headers['content-security-policy'];
          if (csp === undefined) return route.fulfill({ response });
          return route.fulfill({
            response,
            headers: {
              ...headers,
              'content-security-policy': csp.replaceAll(" 'wasm-unsafe-eval'", ''),
            },
          });
        };
        const controlPage = await context.newPage();
        await controlPage.route('**/*', strip);
        try {
          await controlPage.goto(site.urlOf(searchPath), { waitUntil: 'load' });
          const result = await withPagefind(controlPage, site.base, term);
          expect(result.error).toMatch(/WebAssembly|WASM/i);
        } finally {
          await controlPage.close();
        }
      });
    });
  },
);

test('the search pages named by the site exist in the build', () => {
  for (const locale of LOCALES) {
    const file = join(BUILT_SITES.root.dir, searchPagePath(locale), 'index.html');
    expect(() => readFileSync(file), `${file} missing`).not.toThrow();
  }
});

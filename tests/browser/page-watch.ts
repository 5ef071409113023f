/**
 * What a browser tab does wrong while it shows a page: requests that leave the site's origin
 * (blocked and recorded), Content-Security-Policy violations, console errors, uncaught
 * exceptions and failed responses. The browser gates attach one watch per context.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
  readonly line: number;
  readonly sample: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

export interface PageProblems {
  /** Whether the page loads a script of its own (then it may act differently without the CSP). */
  readonly runsScripts: boolean;
  readonly outsideRequests: string[];
  readonly cspViolations: CspViolation[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failedResponses: string[];
}

export class ContextWatch {
  private outside: string[] = [];

  private constructor(private readonly origin: string) {}

  /**
   * Route every request of the context: same-origin ones go through, others are aborted and
   * recorded (so a test never depends on the network, and says what tried to reach it).
   */
  static async attach(context: BrowserContext, origin: string): Promise<ContextWatch> {
    const watch = new ContextWatch(origin);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (
        url.startsWith('data:') ||
        url.startsWith('blob:') ||
        new URL(url).origin === watch.origin
      ) {
        return route.continue();
      }
      watch.outside.push(url);
      return route.abort('blockedbyclient');
    });
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations?.push({
          directive: event.effectiveDirective || event.violatedDirective,
          blocked: event.blockedURI,
          source: event.sourceFile,
          line: event.lineNumber,
          sample: event.sample,
        });
      });
    });
    return watch;
  }

  /** Open `url` in `page` and return what went wrong, from navigation to `settle()`'s end. */
  async visit(
    page: Page,
    url: string,
    settle: (page: Page, runsScripts: boolean) => Promise<void> = defaultSettle,
  ): Promise<PageProblems> {
    this.outside = [];
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    const failedResponses: string[] = [];
    const onConsole = (message: import('playwright-core').ConsoleMessage) => {
      if (message.type() === 'error') {
        const location = message.location();
        consoleErrors.push(
          `${message.text()}${location.url ? ` (${location.url}:${location.lineNumber})` : ''}`,
        );
      }
    };
    const onPageError = (error: Error) => pageErrors.push(error.message);
    const onResponse = (response: import('playwright-core').Response) => {
      if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
    };
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('response', onResponse);
    try {
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response) failedResponses.push(`no response for ${url}`);
      const runsScripts = await page.evaluate(
        () => document.querySelector('script[src], script[type="module"]') !== null,
      );
      await settle(page, runsScripts);
      const cspViolations = await page.evaluate(() => window.__cspViolations ?? []);
      return {
        runsScripts,
        outsideRequests: [...this.outside],
        cspViolations,
        consoleErrors,
        pageErrors,
        failedResponses,
      };
    } finally {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('response', onResponse);
    }
  }
}

/** Pages without scripts are done at `load`; pages with scripts get until the network is idle. */
async function defaultSettle(page: Page, runsScripts: boolean): Promise<void> {
  if (runsScripts) await page.waitForLoadState('networkidle');
}

/** One line per problem, prefixed with the page, for a failing test's message. */
export function describeProblems(page: string, problems: PageProblems): string[] {
  return [
    ...problems.outsideRequests.map((url) => `${page}: request leaves the origin: ${url}`),
    ...problems.cspViolations.map(
      (v) =>
        `${page}: CSP violation of ${v.directive}: blocked ${v.blocked || '(inline)'} at ${v.source}:${v.line}${v.sample ? ` "${v.sample}"` : ''}`,
    ),
    ...problems.consoleErrors.map((text) => `${page}: console error: ${text}`),
    ...problems.pageErrors.map((text) => `${page}: uncaught exception: ${text}`),
    ...problems.failedResponses.map((text) => `${page}: failed response: ${text}`),
  ];
}

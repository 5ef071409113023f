/**
 * Accessibility gate: axe-core on every page of the build, in every locale: WCAG 2.0, 2.1 and
 * 2.2 rules of levels A and AA plus axe's best practices, zero violations.
 *
 * The site has a dark scheme (prefers-color-scheme), a colour swap in CSS that applies per kind
 * of page, so colour contrast is checked again in the dark on one page of each kind per locale
 * (kind: the path's first segment after the locale, and its depth).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AxeResults } from 'axe-core';
import { loadAxe, runAxe } from './axe.ts';
import {
  BUILT_SITES,
  inParallel,
  launchChromium,
  pagesToCheck,
  serveBuiltSite,
  type ServedSite,
} from './harness.ts';

/** axe's tags for WCAG 2.2 level AA (each level's tags listed: axe tags rules by the version that added them). */
const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];
/** Time allowed per page, generous for a loaded machine. */
const SECONDS_PER_PAGE = 10;

function describeViolations(path: string, scheme: string, results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const summary = (node.failureSummary ?? '').split('\n').slice(1, 3).join(' ').trim();
      return `${path} (${scheme}): [${violation.impact ?? '?'}] ${violation.id}: ${violation.help}\n    at ${node.target.join(' ')}\n    ${summary}\n    ${violation.helpUrl}`;
    }),
  );
}

/** `/en/agreements/x/` → `en`; `/404.html` and `/` → `(root)`. */
function localeOf(path: string): string {
  const [first] = path.split('/').filter(Boolean);
  return first === undefined || first.includes('.') ? '(root)' : first;
}

/** One page per kind for the dark-scheme contrast check: first path segment after the locale, and depth. */
function onePerKind(pages: readonly string[]): Set<string> {
  const seen = new Map<string, string>();
  for (const path of pages) {
    const segments = path.split('/').filter(Boolean);
    const key = `${segments[1] ?? ''}/${segments.length}`;
    if (!seen.has(key)) seen.set(key, path);
  }
  return new Set(seen.values());
}

const allPages = pagesToCheck(BUILT_SITES.root.dir, BUILT_SITES.root.base);
const byLocale = Map.groupBy(allPages, localeOf);

let site: ServedSite;
let browser: Browser;
let light: BrowserContext;
let dark: BrowserContext;

beforeAll(async () => {
  site = await serveBuiltSite('root');
  browser = await launchChromium();
  light = await browser.newContext({ colorScheme: 'light' });
  dark = await browser.newContext({ colorScheme: 'dark' });
  await loadAxe(light);
  await loadAxe(dark);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('the build has pages to check', () => {
  expect(allPages.length).toBeGreaterThan(0);
});

test('control: axe, as run here, finds a violation put into a page', async () => {
  const page = await light.newPage();
  await page.goto(site.urlOf('/'), { waitUntil: 'load' });
  await page.evaluate(() => document.body.append(document.createElement('img')));
  const results = await runAxe(page, { runOnly: { type: 'tag', values: AXE_TAGS } });
  await page.close();
  expect(results.violations.map((violation) => violation.id)).toContain('image-alt');
});

describe.each([...byLocale.keys()])('axe on the pages of %s', (locale) => {
  const pages = byLocale.get(locale) ?? [];
  const darkPages = onePerKind(pages);

  test(
    `no violation on any of its ${pages.length} pages (contrast in dark too on ${darkPages.size})`,
    async () => {
      const problems: string[] = [];
      await inParallel(pages, async () => {
        const lightPage = await light.newPage();
        const darkPage = await dark.newPage();
        const visit = async (path: string) => {
          await lightPage.goto(site.urlOf(path), { waitUntil: 'load' });
          const all = await runAxe(lightPage, { runOnly: { type: 'tag', values: AXE_TAGS } });
          problems.push(...describeViolations(path, 'light', all));
          if (darkPages.has(path)) {
            await darkPage.goto(site.urlOf(path), { waitUntil: 'load' });
            const contrast = await runAxe(darkPage, {
              runOnly: { type: 'rule', values: ['color-contrast'] },
            });
            problems.push(...describeViolations(path, 'dark', contrast));
          }
        };
        const close = async () => {
          await lightPage.close();
          await darkPage.close();
        };
        return { visit, close };
      });
      console.log(`axe ${locale}: ${pages.length} pages, ${problems.length} violations`);
      expect(problems, `axe violations:\n${problems.join('\n')}`).toEqual([]);
    },
    (pages.length * SECONDS_PER_PAGE + 60) * 1000,
  );
});

/**
 * Accessibility gate: axe-core on every page of the build (every locale), WCAG 2.0/2.1/2.2 A and
 * AA rules plus axe's best practices, zero violations. The site has a dark scheme
 * (prefers-color-scheme), so colour contrast is checked in both schemes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  BUILT_SITES,
  launchChromium,
  pagesToCheck,
  serveBuiltSite,
  type ServedSite,
} from './harness.ts';

/** axe's tags for WCAG 2.2 level AA (each level includes the ones below it) and best practices. */
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

function describeViolations(path: string, scheme: string, results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const summary = (node.failureSummary ?? '').split('\n').slice(1, 3).join(' ').trim();
      return `${path} (${scheme}): [${violation.impact ?? '?'}] ${violation.id}: ${violation.help}\n    at ${node.target.join(' ')}\n    ${summary}\n    ${violation.helpUrl}`;
    }),
  );
}

let site: ServedSite;
let browser: Browser;
let light: Page;
let dark: Page;

beforeAll(async () => {
  site = await serveBuiltSite('root');
  browser = await launchChromium();
  light = await (await browser.newContext({ colorScheme: 'light' })).newPage();
  dark = await (await browser.newContext({ colorScheme: 'dark' })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('axe finds no violation on any page, in either colour scheme', async () => {
  const pages = pagesToCheck(BUILT_SITES.root.dir, BUILT_SITES.root.base);
  expect(pages.length).toBeGreaterThan(0);
  const problems: string[] = [];
  let checks = 0;
  for (const path of pages) {
    await light.goto(site.urlOf(path), { waitUntil: 'load' });
    const all = await new AxeBuilder({ page: light }).withTags(AXE_TAGS).analyze();
    problems.push(...describeViolations(path, 'light', all));
    checks += all.passes.length;

    await dark.goto(site.urlOf(path), { waitUntil: 'load' });
    const contrast = await new AxeBuilder({ page: dark }).withRules(['color-contrast']).analyze();
    problems.push(...describeViolations(path, 'dark', contrast));
  }
  console.log(
    `axe: ${pages.length} pages, ${checks} passing rule checks, ${problems.length} violations`,
  );
  expect(problems, `axe violations:\n${problems.join('\n')}`).toEqual([]);
});

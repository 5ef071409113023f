/**
 * Lighthouse gate: the home, an agreement, a browse and the search page of each locale, in the
 * same Chromium as the other browser tests, served with the production headers. Accessibility,
 * best practices and SEO must score 100; performance (Lighthouse's default mobile profile,
 * simulated throttling) is recorded, not gated: on a shared 2-core CI machine it wobbles.
 * Scores go to test-results/lighthouse.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { routes } from '../../src/utils/routes.ts';
import {
  BUILT_SITES,
  CHROMIUM_FLAGS,
  findChromium,
  PROJECT_ROOT,
  serveBuiltSite,
  type ServedSite,
} from './harness.ts';
import { agreementPages } from './pagefind-probe.ts';

const GATED = ['accessibility', 'best-practices', 'seo'] as const;
const CATEGORIES = ['performance', ...GATED] as const;
type Category = (typeof CATEGORIES)[number];

interface Audited {
  readonly locale: Locale;
  readonly kind: 'home' | 'agreement' | 'browse' | 'search';
  readonly path: string;
  readonly scores: Partial<Record<Category, number | null>>;
  /** Audits that cost points in a gated category: `category: id — title (display value)`. */
  readonly shortfalls: string[];
}

function pagesOf(locale: Locale): Pick<Audited, 'kind' | 'path'>[] {
  const agreement = agreementPages(BUILT_SITES.root.dir, locale)[0];
  if (agreement === undefined) throw new Error(`no agreement page in ${locale} to audit`);
  return [
    { kind: 'home', path: routes.home(locale) },
    { kind: 'agreement', path: agreement },
    { kind: 'browse', path: routes.browse(locale) },
    { kind: 'search', path: routes.search(locale) },
  ];
}

/** The first few items an audit lists (the console error, the element…), on one line each. */
function detailsOf(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items
    .slice(0, 3)
    .map((item) => {
      const node = item['node'] as { snippet?: string } | undefined;
      const fields = [item['description'], item['url'], item['source'], node?.snippet];
      return `\n      ${fields.filter((field) => typeof field === 'string' && field !== '').join(' | ')}`;
    })
    .join('');
}

/**
 * One Lighthouse run of a page. A run that Lighthouse itself reports as broken (its trace
 * recording failed, e.g. NO_NAVSTART on a loaded machine) is tried once more: that is the
 * tool failing to measure, not the page failing an audit. Scores are never retried.
 */
async function auditWithLighthouse(path: string) {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(site.urlOf(path), {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    if (!result.lhr.runtimeError || attempt === 2) return result;
  }
}

let site: ServedSite;
let chrome: LaunchedChrome;
const audited: Audited[] = [];

beforeAll(async () => {
  site = await serveBuiltSite('root');
  chrome = await launch({ chromePath: findChromium(), chromeFlags: [...CHROMIUM_FLAGS] });
});
afterAll(async () => {
  const out = join(PROJECT_ROOT, 'test-results/lighthouse.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ lighthouse: audited }, null, 2)}\n`);
  chrome?.kill();
  await site?.close();
});

test.each(LOCALES)(
  'Lighthouse on the %s pages: accessibility, best practices and SEO at 100',
  async (locale) => {
    const failures: string[] = [];
    for (const { kind, path } of pagesOf(locale)) {
      const { lhr } = await auditWithLighthouse(path);
      if (lhr.runtimeError)
        throw new Error(
          `Lighthouse on ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
        );
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null]),
      );
      const shortfalls = GATED.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
          .map(
            (audit) =>
              `${id}: ${audit?.id} — ${audit?.title}${audit?.displayValue ? ` (${audit.displayValue})` : ''}${detailsOf(audit?.details)}`,
          ),
      );
      audited.push({ locale, kind, path, scores, shortfalls });
      const line = CATEGORIES.map(
        (id) => `${id} ${scores[id] === null ? '–' : Math.round((scores[id] ?? 0) * 100)}`,
      ).join(', ');
      console.log(`lighthouse ${path}: ${line}`);
      for (const id of GATED) {
        if (scores[id] !== 1)
          failures.push(
            `${path}: ${id} ${Math.round((scores[id] ?? 0) * 100)}\n    ${shortfalls.filter((s) => s.startsWith(id)).join('\n    ')}`,
          );
      }
    }
    expect(failures, `Lighthouse below 100:\n${failures.join('\n')}`).toEqual([]);
  },
);

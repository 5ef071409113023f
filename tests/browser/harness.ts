/**
 * The browser test harness: a real Chromium, driven by playwright-core, against a built site
 * served by the same static server as `npm run preview` (so `_headers` — the CSP included — is
 * what production sends).
 *
 *   const site = await serveBuiltSite('archive');   // dist-test/archive at http://127.0.0.1:PORT/archive/
 *   const browser = await launchChromium();
 *   for (const page of pagesToCheck(site.dir, site.base)) …
 *
 * Tests that need a built site are named `*.site.test.ts` (or live in tests/browser/); the
 * vitest project "site" builds `dist-test/root` and `dist-test/archive` once before them.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { serveStaticSite, type RunningSite } from '../../scripts/preview/static-server.ts';
import {
  BUILT_SITES,
  type BuiltSite,
  type BuiltSiteName,
} from '../../scripts/test-sites/builtSites.ts';

export {
  BUILT_SITES,
  buildSite,
  PROJECT_ROOT,
  sitesUnderTest,
  TEST_SITE_ORIGIN,
  type BuiltSite,
  type BuiltSiteName,
} from '../../scripts/test-sites/builtSites.ts';
export { CHROMIUM_FLAGS, findChromium, launchChromium } from '../../scripts/chromium/launch.ts';
export { HOW_TO_GET_CHROMIUM } from '../../scripts/chromium/plan.ts';
export { htmlPages, pagesToCheck, readSitemap, siteFiles, sitePathOfUrl } from './site.ts';

export interface ServedSite extends RunningSite, BuiltSite {
  /** The absolute URL of a path relative to the site, e.g. `/en/` → `http://127.0.0.1:PORT/archive/en/`. */
  urlOf(path: string): string;
}

/** Serve a built site (one of BUILT_SITES, or any directory and base) on 127.0.0.1, a free port. */
export async function serveBuiltSite(site: BuiltSiteName | BuiltSite): Promise<ServedSite> {
  const { dir, base } = typeof site === 'string' ? BUILT_SITES[site] : site;
  if (!existsSync(dir)) {
    throw new Error(
      `${dir} does not exist: run the "site" vitest project (npx vitest run --project site), which builds it`,
    );
  }
  const running = await serveStaticSite({ root: dir, base });
  return {
    ...running,
    dir,
    base: running.base,
    urlOf: (path) => running.origin + running.base + encodeURI(path.replace(/^\//, '')),
  };
}

/** Browser pages checked at once: one per core (Lighthouse alone stays serial: it measures speed). */
export const PAGE_WORKERS = Math.max(1, availableParallelism());

/**
 * Visit every item with PAGE_WORKERS workers at once. Each worker is opened by `open` (its own
 * page, or its own context, so that what one page does is never blamed on another), visits
 * items from a shared queue in turn, and is closed at the end.
 */
export async function inParallel<T>(
  items: readonly T[],
  open: () => Promise<{ visit: (item: T) => Promise<void>; close: () => Promise<void> }>,
): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    const { visit, close } = await open();
    try {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await visit(item);
    } finally {
      await close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGE_WORKERS, items.length || 1) }, worker));
}

/**
 * axe-core in a page, run directly. `@axe-core/playwright`'s `analyze()` (used until now)
 * injects axe's source into the page on every call and opens a second, blank page to finish
 * each run (`runPartial`/`finishRun`, made for pages with frames); on ~500 pages that was most
 * of the accessibility gate's time. These pages have no frames: axe is loaded once per
 * context (an init script) and `axe.run` is called on the document: the same rules, the same
 * results.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Every page the context opens from now on has axe loaded. */
export async function loadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript(AXE_SOURCE);
}

/** axe on the page's document (after `loadAxe` on its context and a navigation). */
export function runAxe(page: Page, options: RunOptions): Promise<AxeResults> {
  return page.evaluate(
    (runOptions) =>
      (
        window as unknown as {
          axe: { run(context: Document, options: unknown): Promise<AxeResults> };
        }
      ).axe.run(document, runOptions),
    options as Record<string, unknown>,
  );
}

/**
 * Layout gate, at 360, 768 and 1280 px, on one page of each kind in each locale (kind: the
 * path's first segment after the locale, and its depth):
 * - no page scrolls sideways;
 * - the header's, the main content's and the footer's content start at one column edge;
 * - every interactive element is at least 24 × 24 px (WCAG 2.2, 2.5.8 Target Size), with its
 *   exceptions: a link inside a line of text, a target with 24 px of room around it, and a
 *   target whose link is also offered by a control of full size on the page (Equivalent).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import {
  launchChromium,
  pagesToCheck,
  serveBuiltSite,
  sitesUnderTest,
  type ServedSite,
} from './harness.ts';

const WIDTHS = [360, 768, 1280] as const;
const MIN_TARGET = 24;
/** Sub-pixel rounding of a centred column. */
const EDGE_TOLERANCE = 1;

/** One page of each kind per locale: `/en/agreements/x/` stands for every agreement page. */
function samplePages(paths: readonly string[]): string[] {
  const byKind = new Map<string, string>();
  for (const path of paths) {
    if (!path.endsWith('/')) continue;
    const segments = path.split('/').filter(Boolean);
    const kind = `${segments[0] ?? ''}|${segments[1] ?? ''}|${segments.length}`;
    if (!byKind.has(kind)) byKind.set(kind, path);
  }
  return [...byKind.values()];
}

interface LayoutReport {
  scrollWidth: number;
  viewport: number;
  edges: { header: number; main: number; footer: number };
  smallTargets: string[];
}

/** Measured in the page: plain DOM, no helpers of the page's own. */
async function measure(page: Page): Promise<LayoutReport> {
  return page.evaluate((minTarget) => {
    const contentLeft = (element: Element | null): number => {
      if (element === null) return Number.NaN;
      const box = element.getBoundingClientRect();
      return box.left + parseFloat(getComputedStyle(element).paddingLeft);
    };
    /** The left edge of the first child that holds content: where text starts. */
    const firstContentEdge = (container: Element | null): number => {
      if (container === null) return Number.NaN;
      const child = [...container.children].find((c) => c.getBoundingClientRect().width > 0);
      return contentLeft(child ?? container);
    };
    const interactive = [
      ...document.querySelectorAll(
        'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      ),
    ];
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const bigHrefs = new Set<string>();
    const small: Element[] = [];
    /** A form control's target includes its labels: activating a label activates it. */
    const targetBox = (element: Element) => {
      const boxes = [element, ...((element as HTMLInputElement).labels ?? [])].map((e) =>
        e.getBoundingClientRect(),
      );
      const left = Math.min(...boxes.map((b) => b.left));
      const top = Math.min(...boxes.map((b) => b.top));
      return {
        left,
        top,
        width: Math.max(...boxes.map((b) => b.right)) - left,
        height: Math.max(...boxes.map((b) => b.bottom)) - top,
      };
    };
    for (const element of interactive.filter(visible)) {
      const box = targetBox(element);
      if (box.width >= minTarget && box.height >= minTarget) {
        const href = element.getAttribute('href');
        if (href !== null) bigHrefs.add(new URL(href, location.href).href);
      } else small.push(element);
    }
    /** Inline: a link whose line holds other text (a link in a sentence or a list item). */
    const inText = (element: Element) => {
      if (getComputedStyle(element).display !== 'inline') return false;
      const block = element.closest('p, li, dd, td, th, figcaption, blockquote, h1, h2, h3, h4');
      if (block === null) return false;
      return (block.textContent ?? '').trim().length > (element.textContent ?? '').trim().length;
    };
    /** Spacing: a 24 px circle on its centre meets no other target's. */
    const spaced = (element: Element) => {
      const box = element.getBoundingClientRect();
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      return interactive.filter(visible).every((other) => {
        if (other === element || other.contains(element) || element.contains(other)) return true;
        const o = other.getBoundingClientRect();
        const nx = Math.max(o.left, Math.min(cx, o.right));
        const ny = Math.max(o.top, Math.min(cy, o.bottom));
        return Math.hypot(nx - cx, ny - cy) >= minTarget / 2;
      });
    };
    const equivalent = (element: Element) => {
      const href = element.getAttribute('href');
      return href !== null && bigHrefs.has(new URL(href, location.href).href);
    };
    const describe = (element: Element) => {
      const box = element.getBoundingClientRect();
      const name =
        element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 40);
      return `<${element.tagName.toLowerCase()}> "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`;
    };
    return {
      scrollWidth: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      edges: {
        header: firstContentEdge(
          document.querySelector('body > header')?.firstElementChild ?? null,
        ),
        main: firstContentEdge(document.querySelector('main')),
        footer: firstContentEdge(document.querySelector('body > footer')),
      },
      smallTargets: small
        .filter((element) => !inText(element) && !spaced(element) && !equivalent(element))
        .map(describe),
    };
  }, MIN_TARGET);
}

const [site] = sitesUnderTest();
let served: ServedSite;
let browser: Browser;

beforeAll(async () => {
  served = await serveBuiltSite(site!);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const pages = site === undefined ? [] : samplePages(pagesToCheck(site.dir, site.base));

// The pages of one width share a context (its viewport) and are checked a few at a time.
describe.each(WIDTHS)('at %i px', (width) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height: 800 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  test.concurrent.for(pages)('%s', { timeout: 60_000 }, async (path, { expect }) => {
    const page = await context.newPage();
    try {
      await page.goto(served.urlOf(path), { waitUntil: 'load' });
      const report = await measure(page);
      expect(report.scrollWidth, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(
        report.viewport,
      );
      const { header, main, footer } = report.edges;
      expect(
        Math.abs(header - main) <= EDGE_TOLERANCE && Math.abs(footer - main) <= EDGE_TOLERANCE,
        `${path} at ${width} px: content starts at header ${header}, main ${main}, footer ${footer}`,
      ).toBe(true);
      expect(report.smallTargets, `${path} at ${width} px: targets under 24 px`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/**
 * Builds the Pagefind index after Astro has written the site, through Pagefind's Node API
 * (the extended binary, which segments Chinese). Every `errors` array fails the build:
 * a site without a working index must not ship.
 *
 * Scripts. Pagefind keeps one index per `<html lang>` (en, zh-hans, zh-hant) and does not fold
 * Simplified and Traditional characters. So each Chinese page is indexed with a copy of its
 * indexed text in the other script, at half weight: on /zh-hant/ a query `烟台` finds the page
 * that shows 煙臺, and on /zh-hans/ `煙臺` finds the page that shows 烟台. The copy exists only
 * in the index, never in the page readers download. Because every locale has its own index,
 * a reader's results are that locale's pages only: the page in their own script is the one
 * ranked and linked, with no duplicate from the other script, and facet counts stay exact.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import * as pagefind from 'pagefind';
import { toSimplified, toTraditional } from '../lib/chinese.ts';

interface PagefindResponse {
  errors: string[];
}

function assertNoErrors<T extends PagefindResponse>(
  step: string,
  response: T,
  logger: AstroIntegrationLogger,
): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`${step}: ${error}`);
    throw new Error(`Pagefind failed at ${step} (${response.errors.length} error(s)); see above.`);
  }
  return response as Required<T>;
}

/** The weight of the other script's copy: below the page's own words (1), so they rank first. */
export const OTHER_SCRIPT_WEIGHT = 0.5;

/** Elements whose text Pagefind never indexes (its own list), plus what pages mark as not text. */
const SKIPPED_ELEMENTS = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);
/** Elements inside a line of text: they do not separate words (`签署<a>协议</a>`). */
const INLINE_ELEMENTS = new Set(
  (
    'a abbr b bdi bdo cite code data del dfn em i ins kbd mark q rp rt ruby s samp small span ' +
    'strong sub sup time u var wbr'
  ).split(' '),
);

/** The page's `<html lang>`, lower-cased, or undefined. */
export function pageLanguage(html: string): string | undefined {
  return /<html\b[^>]*?\slang=["']?([A-Za-z-]+)/i.exec(html)?.[1]?.toLowerCase();
}

export interface IndexedRegion {
  /** The text Pagefind indexes from the page's `data-pagefind-body` element. */
  text: string;
  /** Where that element's closing tag starts in the HTML. */
  closingTagAt: number;
}

/**
 * The text inside the `data-pagefind-body` element, as Pagefind would index it: without
 * `data-pagefind-ignore`d, `hidden` or never-indexed elements (the hidden names block is
 * already in every script). Undefined when the page has no such element (Pagefind skips it).
 */
export function indexedRegion(html: string, file: string): IndexedRegion | undefined {
  const texts: string[] = [];
  let depth = 0;
  let bodyDepth: number | undefined;
  let skipDepth: number | undefined;
  let closingTagAt: number | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth += 1;
        if (bodyDepth === undefined && attributes['data-pagefind-body'] !== undefined) {
          bodyDepth = depth;
        } else if (
          bodyDepth !== undefined &&
          skipDepth === undefined &&
          (SKIPPED_ELEMENTS.has(name) ||
            attributes['data-pagefind-ignore'] !== undefined ||
            attributes['hidden'] !== undefined)
        ) {
          skipDepth = depth;
        }
        // Block boundaries separate words, as they do in Pagefind's reading of the page.
        if (bodyDepth !== undefined && !INLINE_ELEMENTS.has(name)) texts.push(' ');
      },
      ontext(text) {
        if (bodyDepth !== undefined && closingTagAt === undefined && skipDepth === undefined) {
          texts.push(text);
        }
      },
      onclosetag(name, isImplied) {
        if (bodyDepth !== undefined && !INLINE_ELEMENTS.has(name)) texts.push(' ');
        if (skipDepth === depth) skipDepth = undefined;
        if (bodyDepth === depth && closingTagAt === undefined) {
          if (isImplied) {
            throw new Error(`${file}: the data-pagefind-body element has no closing tag`);
          }
          closingTagAt = parser.startIndex;
        }
        depth -= 1;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (bodyDepth === undefined) return undefined;
  if (closingTagAt === undefined) {
    throw new Error(`${file}: the data-pagefind-body element is never closed`);
  }
  return { text: texts.join('').replace(/\s+/g, ' ').trim(), closingTagAt };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML Pagefind should index for a page: a Chinese page gets its indexed text in the
 * other script appended inside its `data-pagefind-body`, at OTHER_SCRIPT_WEIGHT. Other pages
 * are returned as they are.
 */
export function withOtherScript(html: string, file: string): string {
  const language = pageLanguage(html);
  if (language !== 'zh-hans' && language !== 'zh-hant') return html;
  const region = indexedRegion(html, file);
  if (region === undefined) return html;
  const converted = language === 'zh-hant' ? toSimplified(region.text) : toTraditional(region.text);
  if (converted === region.text) return html;
  const otherLanguage = language === 'zh-hant' ? 'zh-Hans' : 'zh-Hant';
  const copy = `<div data-pagefind-weight="${OTHER_SCRIPT_WEIGHT}" lang="${otherLanguage}">${escapeHtml(converted)}</div>`;
  return html.slice(0, region.closingTagAt) + copy + html.slice(region.closingTagAt);
}

/** Every HTML file under `dir`, relative, sorted (the index does not depend on disk order). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** The URL Pagefind records for a file, relative to the site (Pagefind's baseUrl adds the base). */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export async function buildSearchIndex(siteDir: string, logger: AstroIntegrationLogger) {
  const started = performance.now();
  try {
    const { index } = assertNoErrors('createIndex', await pagefind.createIndex(), logger);
    let pageCount = 0;
    for (const file of htmlFiles(siteDir)) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      // Only agreement pages are search results; Pagefind would skip the others anyway.
      if (!html.includes('data-pagefind-body')) continue;
      const where = relative(process.cwd(), join(siteDir, file));
      assertNoErrors(
        `addHTMLFile ${where}`,
        await index.addHTMLFile({ url: pageUrl(file), content: withOtherScript(html, where) }),
        logger,
      );
      pageCount += 1;
    }
    if (pageCount === 0) {
      logger.warn('No page carries data-pagefind-body: the search index is empty.');
    }
    assertNoErrors(
      'writeFiles',
      await index.writeFiles({ outputPath: join(siteDir, 'pagefind') }),
      logger,
    );
    const seconds = (performance.now() - started) / 1000;
    // The benchmark reads this line to split indexing time from the Astro build.
    logger.info(`Indexed ${pageCount} pages in ${seconds.toFixed(2)} s`);
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

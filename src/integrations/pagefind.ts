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
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * The pages Pagefind indexes (those with `data-pagefind-body`; Pagefind would skip the others),
 * grouped by `<html lang>`, each group in file order. A page without a language goes with
 * Pagefind's own `unknown` index.
 */
function pagesByLanguage(siteDir: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of htmlFiles(siteDir)) {
    const html = readFileSync(join(siteDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const language = pageLanguage(html) ?? 'unknown';
    const group = groups.get(language);
    if (group) group.push(file);
    else groups.set(language, [file]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Pagefind's binary allocates with jemalloc, which by default keeps freed pages for seconds
 * before returning them; building an index frees and reallocates most of its memory, so the
 * kept pages raise the peak (about a sixth on 2,000 Chinese pages). Return them at once,
 * unless the caller configured the allocator itself.
 */
const ALLOCATOR_ENV = '_RJEM_MALLOC_CONF';
const RETURN_FREED_PAGES_AT_ONCE = 'dirty_decay_ms:0,muzzy_decay_ms:0';

/** Starts a Pagefind service process with a new, empty index. */
async function startIndex(logger: AstroIntegrationLogger) {
  const configured = process.env[ALLOCATOR_ENV];
  process.env[ALLOCATOR_ENV] = configured ?? RETURN_FREED_PAGES_AT_ONCE;
  try {
    // The service process is spawned here and inherits the environment.
    return assertNoErrors('createIndex', await pagefind.createIndex(), logger).index;
  } finally {
    if (configured === undefined) delete process.env[ALLOCATOR_ENV];
    else process.env[ALLOCATOR_ENV] = configured;
  }
}

/** What Pagefind writes to `pagefind-entry.json`: the index of each language. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: unknown;
}

function readEntry(outputPath: string): PagefindEntry {
  const path = join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(path, 'utf8')) as Partial<PagefindEntry>;
  if (typeof entry.version !== 'string' || typeof entry.languages !== 'object') {
    throw new Error(`${path}: not a Pagefind entry file (no version or languages)`);
  }
  return entry as PagefindEntry;
}

/**
 * Indexes one language's pages in a Pagefind process of its own and writes that index into
 * `outputPath`. Every file Pagefind writes for a language is named after it (`zh-hans_….pf_index`);
 * only `pagefind-entry.json` is shared, and it is rewritten with this language alone, which
 * is returned so the caller can merge the entries.
 */
async function indexLanguage(
  siteDir: string,
  language: string,
  files: readonly string[],
  outputPath: string,
  logger: AstroIntegrationLogger,
): Promise<PagefindEntry> {
  const index = await startIndex(logger);
  try {
    for (const file of files) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      const where = relative(process.cwd(), join(siteDir, file));
      assertNoErrors(
        `addHTMLFile ${where}`,
        await index.addHTMLFile({ url: pageUrl(file), content: withOtherScript(html, where) }),
        logger,
      );
    }
    assertNoErrors('writeFiles', await index.writeFiles({ outputPath }), logger);
  } finally {
    // Ends the process, so its memory is returned before the next language starts one.
    await pagefind.close();
  }
  const entry = readEntry(outputPath);
  const written = Object.keys(entry.languages);
  if (written.length !== 1 || written[0] !== language) {
    throw new Error(
      `Pagefind wrote the index of ${written.join(', ') || 'no language'} for the ${language} pages`,
    );
  }
  return entry;
}

/** One entry naming every language's index, as a single Pagefind run would have written it. */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const [first] = entries;
  if (first === undefined) throw new Error('No Pagefind index was written');
  const languages: Record<string, unknown> = {};
  for (const entry of entries) {
    if (
      entry.version !== first.version ||
      JSON.stringify(entry.include_characters) !== JSON.stringify(first.include_characters)
    ) {
      throw new Error('The Pagefind runs disagree on version or include_characters');
    }
    for (const [language, meta] of Object.entries(entry.languages)) {
      if (language in languages) throw new Error(`Two Pagefind indexes for ${language}`);
      languages[language] = meta;
    }
  }
  const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { ...first, languages: sorted };
}

/**
 * Indexes the built site into `<siteDir>/pagefind` (or `outputPath`), one language at a time,
 * each in its own Pagefind process: Pagefind holds everything it indexes in memory until it
 * writes, so one process for all three locales needed the memory of all three at once.
 */
export async function buildSearchIndex(
  siteDir: string,
  logger: AstroIntegrationLogger,
  outputPath = join(siteDir, 'pagefind'),
) {
  const started = performance.now();
  const groups = pagesByLanguage(siteDir);
  if (groups.size === 0) {
    logger.warn('No page carries data-pagefind-body: the search index is empty.');
    const index = await startIndex(logger);
    try {
      assertNoErrors('writeFiles', await index.writeFiles({ outputPath }), logger);
    } finally {
      await pagefind.close();
    }
    logger.info(`Indexed 0 pages in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    return;
  }
  const entries: PagefindEntry[] = [];
  let pageCount = 0;
  for (const [language, files] of groups) {
    const languageStarted = performance.now();
    entries.push(await indexLanguage(siteDir, language, files, outputPath, logger));
    pageCount += files.length;
    const seconds = (performance.now() - languageStarted) / 1000;
    logger.info(`Indexed ${language}: ${files.length} pages in ${seconds.toFixed(2)} s`);
  }
  writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(mergeEntries(entries)));
  const seconds = (performance.now() - started) / 1000;
  // The benchmark reads this line to split indexing time from the Astro build.
  logger.info(`Indexed ${pageCount} pages in ${seconds.toFixed(2)} s`);
}

/**
 * `ARCHIVE_SEARCH_INDEX=off` builds the site without its index. Only the benchmark sets it,
 * for an archive whose index would need more memory than the machine has (Pagefind holds a
 * language's whole index in memory while it writes it: about 0.7 MB per Chinese page).
 * The search page of such a build says search is unavailable.
 */
const SEARCH_INDEX_SWITCH = 'ARCHIVE_SEARCH_INDEX';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const setting = process.env[SEARCH_INDEX_SWITCH];
        if (setting === 'off') {
          logger.warn(`${SEARCH_INDEX_SWITCH}=off: the site is built without its search index.`);
          return;
        }
        if (setting !== undefined && setting !== 'on') {
          throw new Error(`${SEARCH_INDEX_SWITCH} must be "on" or "off", not "${setting}"`);
        }
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

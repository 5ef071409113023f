/**
 * Builds the Pagefind index of a built site through Pagefind's Node API (the extended binary,
 * which segments Chinese), one language at a time. Every `errors` array fails the build:
 * a site without a working index must not ship. Chinese pages are indexed with their text in
 * the other script (otherScript.ts).
 */
import type { AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { mergeEntries, readEntry, type PagefindEntry } from './entry.ts';
import { pageLanguage } from './indexedText.ts';
import { withOtherScript } from './otherScript.ts';

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

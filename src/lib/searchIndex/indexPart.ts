/**
 * Indexes one part of the site (parts.ts) with Pagefind's Node API, in a Pagefind process
 * of its own that ends when the part is written, so its memory is returned before the next
 * part starts. Every `errors` array fails the part: a site without a working index must not
 * ship. Chinese pages are indexed with their text in the other script (otherScript.ts).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { readEntry } from './entry.ts';
import { withOtherScript } from './otherScript.ts';
import { partFolder, type IndexPart } from './parts.ts';

/** What indexing reports to: Astro's logger, or the console of a part's process. */
export interface IndexLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

interface PagefindResponse {
  errors: string[];
}

function assertNoErrors<T extends PagefindResponse>(
  step: string,
  response: T,
  logger: IndexLogger,
): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`${step}: ${error}`);
    throw new Error(`Pagefind failed at ${step} (${response.errors.length} error(s)); see above.`);
  }
  return response as Required<T>;
}

/** The URL Pagefind records for a file, relative to the site (Pagefind's baseUrl adds the base). */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
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
async function startIndex(logger: IndexLogger) {
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
 * What a part's folder keeps of what Pagefind writes: its entry, metadata, and index, filter
 * and fragment chunks. A language's first part also keeps Pagefind's script and the web worker
 * it starts, and the first two parts keep its WebAssembly: the search page opens the newest
 * part as one Pagefind instance and every other part as a second one, which Pagefind starts
 * from its first part's folder (lib/search/pagefindClient.ts). Pagefind's own UIs are never used.
 */
const KEPT_IN_EVERY_PART = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|filter|fragment)$/;
const KEPT_IN_FIRST_PART = /^(pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/;
const KEPT_IN_SECOND_PART = /^wasm\..+\.pagefind$/;

/**
 * Indexes `part` of the site in `siteDir` into `<outputPath>/<language>/<id>/`, and checks
 * that Pagefind wrote the index of that language alone.
 */
export async function indexPart(
  siteDir: string,
  part: IndexPart,
  outputPath: string,
  logger: IndexLogger,
): Promise<void> {
  const partPath = join(outputPath, partFolder(part));
  rmSync(partPath, { recursive: true, force: true });
  const index = await startIndex(logger);
  try {
    for (const file of part.files) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      const where = relative(process.cwd(), join(siteDir, file));
      assertNoErrors(
        `addHTMLFile ${where}`,
        await index.addHTMLFile({ url: pageUrl(file), content: withOtherScript(html, where) }),
        logger,
      );
    }
    assertNoErrors('writeFiles', await index.writeFiles({ outputPath: partPath }), logger);
  } finally {
    // Ends the process, so its memory is returned before the next part starts one.
    await pagefind.close();
  }
  const written = Object.keys(readEntry(partPath).languages);
  if (written.length !== 1 || written[0] !== part.language) {
    throw new Error(
      `Pagefind wrote the index of ${written.join(', ') || 'no language'} for the ${part.language} pages of part ${part.id}`,
    );
  }
  const first = Number(part.id) === 0;
  const second = Number(part.id) === 1;
  for (const name of readdirSync(partPath)) {
    const kept =
      KEPT_IN_EVERY_PART.test(name) ||
      (first && KEPT_IN_FIRST_PART.test(name)) ||
      (second && KEPT_IN_SECOND_PART.test(name));
    if (!kept) rmSync(join(partPath, name), { recursive: true });
  }
}

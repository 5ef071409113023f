/**
 * Builds the search index of a built site: each language's pages split into parts of a
 * bounded size (parts.ts), each part indexed by a process of its own (partProcess.ts), as
 * many at once as the machine has cores. The memory of the whole step is that of `jobs`
 * parts, whatever the size of the archive. The manifest `pagefind/parts.json` tells the
 * search page which parts each language has.
 *
 * The three steps are separate so that parts can be indexed on separate machines and merged
 * (scripts/search-index.ts, .github/workflows/scale-out.yml): plan, index parts, merge.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEntry } from './entry.ts';
import type { IndexLogger } from './indexPart.ts';
import type { PartAnswer, PartJob } from './partProcess.ts';
import {
  configuredPartSize,
  indexedPages,
  partFolder,
  PARTS_MANIFEST,
  partsManifest,
  splitIntoParts,
  type IndexPart,
} from './parts.ts';

/** The part process's module, beside this one (run by Node itself, which strips the types). */
const PART_PROCESS = fileURLToPath(new URL('./partProcess.ts', import.meta.url));

/** The parts of a built site's index: every language's pages, newest first, `partSize` a part. */
export function planIndex(siteDir: string, partSize = configuredPartSize()): IndexPart[] {
  return splitIntoParts(indexedPages(siteDir), partSize);
}

/** Indexes one part in a new process (the same Node as this one), and waits for its answer. */
function indexPartInProcess(job: PartJob): Promise<{ pages: number; seconds: number }> {
  return new Promise((resolveAnswer, reject) => {
    const child = fork(PART_PROCESS, [], {
      execPath: process.execPath,
      execArgv: [],
      stdio: 'inherit',
    });
    let answer: PartAnswer | undefined;
    child.on('message', (message: PartAnswer) => (answer = message));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const where = partFolder(job.part);
      if (answer?.ok === true) resolveAnswer(answer);
      else if (answer?.ok === false)
        reject(new Error(`search index part ${where}: ${answer.error}`));
      else {
        const killed = signal === 'SIGKILL' ? ' (out of memory? try a smaller part size)' : '';
        reject(
          new Error(
            `search index part ${where}: its process ended (${signal ?? `exit ${code}`}) without an answer${killed}`,
          ),
        );
      }
    });
    child.send(job);
  });
}

/** Runs `work` on every item, at most `jobs` at once; the first failure fails the whole. */
async function inPool<T>(items: readonly T[], jobs: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
}

export interface IndexPartsOptions {
  readonly outputPath: string;
  /** Parts indexed at once; the machine's core count unless given. */
  readonly jobs?: number | undefined;
  readonly logger: IndexLogger;
}

/**
 * Pagefind's work on a part, relative: its pages, a Chinese page counting twice (it is
 * indexed with its copy in the other script). Used only to order the parts.
 */
const workOf = (part: IndexPart) => part.files.length * (part.language.startsWith('zh') ? 2 : 1);

/**
 * Indexes `parts` of the site into `outputPath`, `jobs` at once, the largest first: started
 * in plan order, the last full Chinese part ran alone at the end while the other core idled.
 */
export async function indexParts(
  siteDir: string,
  parts: readonly IndexPart[],
  { outputPath, jobs = availableParallelism(), logger }: IndexPartsOptions,
): Promise<void> {
  mkdirSync(outputPath, { recursive: true });
  const largestFirst = [...parts].sort((a, b) => workOf(b) - workOf(a));
  await inPool(largestFirst, jobs, async (part) => {
    const { pages, seconds } = await indexPartInProcess({ siteDir, outputPath, part });
    // The benchmark reads these lines for its per-part figures.
    logger.info(`Indexed part ${partFolder(part)}: ${pages} pages in ${seconds.toFixed(2)} s`);
  });
}

/**
 * Checks that every part of the plan is in `outputPath` and holds as many pages of its
 * language as the plan gives it, then writes the manifest the search page reads. Nothing is
 * written when a part is missing or wrong: a search that silently lacks a part would give
 * wrong counts.
 */
export function mergeParts(parts: readonly IndexPart[], outputPath: string): void {
  const problems: string[] = [];
  for (const part of parts) {
    const folder = join(outputPath, partFolder(part));
    if (!existsSync(join(folder, 'pagefind-entry.json'))) {
      problems.push(`${partFolder(part)}: not indexed (no pagefind-entry.json)`);
      continue;
    }
    const languages = readEntry(folder).languages as Record<string, { page_count?: number }>;
    const count = languages[part.language]?.page_count;
    if (Object.keys(languages).length !== 1 || count !== part.files.length) {
      problems.push(
        `${partFolder(part)}: holds ${JSON.stringify(Object.keys(languages))} with ${count ?? 'no'} pages; the plan gives it ${part.files.length} ${part.language} pages`,
      );
    }
  }
  if (problems.length > 0) {
    throw new Error(`The search index parts do not match the site:\n  ${problems.join('\n  ')}`);
  }
  writeFileSync(join(outputPath, PARTS_MANIFEST), JSON.stringify(partsManifest(parts)));
}

export interface IndexOptions {
  /** Where the index is written; `<siteDir>/pagefind` unless given. */
  readonly outputPath?: string;
  readonly partSize?: number;
  readonly jobs?: number;
}

/** Indexes the built site into `<siteDir>/pagefind` (or `outputPath`): plan, parts, merge. */
export async function buildSearchIndex(
  siteDir: string,
  logger: IndexLogger,
  {
    outputPath = join(siteDir, 'pagefind'),
    partSize = configuredPartSize(),
    jobs,
  }: IndexOptions = {},
): Promise<IndexPart[]> {
  const started = performance.now();
  const parts = planIndex(siteDir, partSize);
  if (parts.length === 0)
    logger.warn('No page carries data-pagefind-body: the search index is empty.');
  rmSync(outputPath, { recursive: true, force: true });
  const atOnce = Math.max(1, Math.min(jobs ?? availableParallelism(), parts.length));
  await indexParts(siteDir, parts, { outputPath, jobs: atOnce, logger });
  mergeParts(parts, outputPath);
  const pageCount = parts.reduce((sum, part) => sum + part.files.length, 0);
  const seconds = (performance.now() - started) / 1000;
  // The benchmark reads this line to split indexing time from the Astro build.
  logger.info(
    `Indexed ${pageCount} pages in ${seconds.toFixed(2)} s (${parts.length} parts of at most ${partSize} pages, ${atOnce} at once)`,
  );
  return parts;
}

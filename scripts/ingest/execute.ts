/**
 * The second step of a run: the pure per-release work (`ingestRelease`) for every release the
 * plan left to build, here or in worker threads. A release is read again only when its turn
 * comes (so a large corpus never sits in memory) and checked against the plan's hashes.
 * Two releases that give one id both stay: the second gets an id of its own (withDistinctIds).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestedFrontMatter } from './article.ts';
import { errorOf, type FileError, type Outcome, type Ready } from './outcome.ts';
import { sha256, type IngestInput } from './ingestRelease.ts';
import { readRelease, type Pending, type Plan } from './plan.ts';
import { sidecarTextOf } from './sidecar.ts';
import type { ReadFs } from './sourceFolder.ts';
import { IngestError } from './types.ts';
import { defaultJobs, ingestInProcess, ingestInWorkers, type Settle } from './workerPool.ts';

export interface ExecuteOptions {
  /** Worker threads (1: this thread). Default: `defaultJobs`. */
  jobs?: number | undefined;
  readFs?: ReadFs | undefined;
  /** The articles folder: which release already holds an id shared by several. */
  outDir: string;
  /** Today's date (YYYY-MM-DD): sidecar dates after it are refused. */
  today: string;
  /** Called once per release settled here. */
  onSettled: (name: string) => void;
}

export interface Executed {
  /** Every release that has an article to commit (built or skipped), in source order. */
  outcomes: Outcome[];
  errors: FileError[];
  /** Refs of releases that failed here. */
  failed: Set<string>;
}

/** Reads a pending release again and checks it is what the plan hashed. */
function inputOf(plan: Plan, pending: Pending, options: ExecuteOptions): IngestInput {
  const bytes = readRelease(plan.folder, pending, options.readFs);
  const sidecarHash = bytes.sidecar ? sha256(bytes.sidecar) : null;
  if (sha256(bytes.source) !== pending.sourceHash || sidecarHash !== pending.sidecarHash) {
    throw new IngestError(pending.ref, 'the file changed during the run; run ingest again');
  }
  return {
    sourcePath: pending.ref,
    bytes: bytes.source,
    sidecarText: bytes.sidecar ? sidecarTextOf(pending.sidecarRef, bytes.sidecar) : undefined,
    today: options.today,
  };
}

/**
 * Two releases, one id: both are kept, as reports (perhaps of one signing: grouping decides).
 * The release whose article already has the id keeps it (its URL is out there; a fresh run
 * reads the same file, so it agrees with an incremental one), else the first in source order.
 * Each other one gets its own id, the shared one and the start of its source's sha256, so
 * every raw source keeps a page and a download row of its own.
 */
function withDistinctIds(outcomes: readonly Outcome[], outDir: string): Outcome[] {
  const sharing = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    sharing.set(outcome.fileName, [...(sharing.get(outcome.fileName) ?? []), outcome]);
  }
  const keeperOf = (fileName: string, group: readonly Outcome[]): Outcome | undefined => {
    const skipped = group.find((outcome) => outcome.kind === 'skipped');
    if (skipped) return skipped;
    const onDisk = readFileIfAny(join(outDir, fileName));
    const holder = onDisk === null ? null : ingestedFrontMatter(onDisk)?.source.path;
    return group.find((outcome) => outcome.ref === holder) ?? group[0];
  };
  const taken = new Set(sharing.keys());
  return outcomes.map((outcome) => {
    const group = sharing.get(outcome.fileName) ?? [];
    if (outcome.kind === 'skipped' || group.length === 1) return outcome;
    if (keeperOf(outcome.fileName, group) === outcome) return outcome;
    const renamed = reportIdOf(outcome, taken);
    taken.add(renamed.fileName);
    return renamed;
  });
}

function readFileIfAny(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** `outcome` under the first free id of its shared id and a longer and longer sha prefix. */
function reportIdOf(outcome: Ready, taken: ReadonlySet<string>): Ready {
  const shared = outcome.fileName.replace(/\.md$/u, '');
  let length = 8;
  let id = `${shared}-${outcome.entry.source.slice(0, length)}`;
  while (taken.has(`${id}.md`) && length < 64) {
    length += 4;
    id = `${shared}-${outcome.entry.source.slice(0, length)}`;
  }
  // The id is the front matter's first key (the schema's order): only that line changes.
  const head = `---\nid: ${shared}\n`;
  if (!outcome.article.startsWith(head)) {
    throw new Error(`BUG in ingest: ${outcome.ref}'s article does not start with its id`);
  }
  const article = `---\nid: ${id}\n${outcome.article.slice(head.length)}`;
  const fileName = `${id}.md`;
  return {
    ...outcome,
    fileName,
    article,
    entry: {
      ...outcome.entry,
      article: fileName,
      articleBytes: Buffer.byteLength(article),
      row: { ...outcome.entry.row, id },
    },
  };
}

export async function executePlan(plan: Plan, options: ExecuteOptions): Promise<Executed> {
  const executed: Executed = { outcomes: [], errors: [], failed: new Set() };
  /** By source index, so the order never depends on which worker finished first. */
  const byIndex: (Outcome | undefined)[] = [];
  for (const [index, skipped] of plan.skipped) byIndex[index] = skipped;

  const settle: Settle<Pending> = (pending, outcome) => {
    options.onSettled(pending.name);
    if ('error' in outcome) {
      executed.failed.add(pending.ref);
      executed.errors.push(errorOf(pending.ref, outcome.error));
      return;
    }
    const { result } = outcome;
    byIndex[pending.index] = {
      kind: 'ready',
      ref: pending.ref,
      fileName: result.fileName,
      article: result.article,
      entry: {
        source: pending.sourceHash,
        sidecar: pending.sidecarHash,
        article: result.fileName,
        articleBytes: Buffer.byteLength(result.article),
        row: result.row,
      },
    };
  };
  const toInput = (pending: Pending): IngestInput => inputOf(plan, pending, options);
  const { toIngest } = plan;
  const jobs = options.jobs ?? defaultJobs(toIngest.length);
  if (jobs > 1 && toIngest.length > 1) await ingestInWorkers(toIngest, jobs, toInput, settle);
  else await ingestInProcess(toIngest, toInput, settle);

  const completed = byIndex.filter((outcome): outcome is Outcome => outcome !== undefined);
  executed.outcomes = withDistinctIds(completed, options.outDir);
  return executed;
}

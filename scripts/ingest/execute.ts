/**
 * The second step of a run: the pure per-release work (`ingestRelease`) for every release the
 * plan left to build, here or in worker threads. A release is read again only when its turn
 * comes (so a large corpus never sits in memory) and checked against the plan's hashes.
 * Two releases that give one id are both refused here, before anything is written.
 */
import { basename } from 'node:path';
import { errorOf, inputError, type FileError, type Outcome } from './outcome.ts';
import { sha256, type IngestInput } from './ingestRelease.ts';
import { readRelease, type Pending, type Plan } from './plan.ts';
import { sidecarPathFor, sidecarTextOf } from './sidecar.ts';
import type { ReadFs } from './sourceFolder.ts';
import { IngestError } from './types.ts';
import { defaultJobs, ingestInProcess, ingestInWorkers, type Settle } from './workerPool.ts';

export interface ExecuteOptions {
  /** Worker threads (1: this thread). Default: `defaultJobs`. */
  jobs?: number | undefined;
  readFs?: ReadFs | undefined;
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

/** Two releases, one id: neither is written, and each error names the other. */
function withoutSharedIds(outcomes: readonly Outcome[], executed: Executed): Outcome[] {
  const byFileName = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    byFileName.set(outcome.fileName, [...(byFileName.get(outcome.fileName) ?? []), outcome]);
  }
  return outcomes.filter((outcome) => {
    const sharing = byFileName.get(outcome.fileName) ?? [];
    if (sharing.length === 1) return true;
    const others = sharing.filter((other) => other !== outcome).map((other) => other.ref);
    executed.failed.add(outcome.ref);
    executed.errors.push(
      inputError(
        outcome.ref,
        `its id "${outcome.fileName.replace(/\.md$/u, '')}" is also the id of ${others.join(', ')}; ` +
          `pin a different one with \`slug:\` in ${basename(sidecarPathFor(outcome.ref))}`,
      ),
    );
    return false;
  });
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
  executed.outcomes = withoutSharedIds(completed, executed);
  return executed;
}

/**
 * A whole ingest run over a folder of sources, in three steps: plan (list and check the
 * inputs, decide what to rebuild: plan.ts), execute (the pure per-release work, `ingestRelease`
 * in ingestRelease.ts: execute.ts), commit (atomic writes, stale removal, manifest: commit.ts).
 * Every source is tried; one bad file is reported and never takes the others down.
 * scripts/ingest.ts is the command line around this.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyAfterFrontMatter } from '../../src/lib/archive/articleLoader.ts';
import { groupReports, type AgreementGroup } from '../../src/lib/archive/grouping.ts';
import { commitOutcomes, type WriteFs } from './commit.ts';
import { executePlan } from './execute.ts';
import type { FileError, Outcome } from './outcome.ts';
import { planRun } from './plan.ts';
import type { StatusRow } from './report.ts';
import type { ReadFs } from './sourceFolder.ts';

// What the CLI and the tests use of the steps.
export { type WriteFs } from './commit.ts';
export { UsageError, type FileError } from './outcome.ts';

export interface RunOptions {
  projectRoot: string;
  sourcesDir: string;
  outDir: string;
  /** Write nothing; report what a fresh run would change. */
  check?: boolean;
  /** Ignore the manifest: ingest every source again. */
  force?: boolean;
  writeFs?: WriteFs;
  /** How files are read; tests substitute a failing one. */
  readFs?: ReadFs;
  /** Worker threads to ingest with (1: this thread). Default: `defaultJobs` (idle cores, large runs). */
  jobs?: number;
  /** Today (YYYY-MM-DD), for refusing sidecar dates in the future. Default: the clock's, at UTC+14. */
  today?: string;
  /** Called as sources are done: `done` of `total`, with the file just done. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface RunResult {
  rows: StatusRow[];
  errors: FileError[];
  /** Run-wide remarks that are not errors (files in the sources folder ingest does not read). */
  notices: string[];
  /** Article file names written (in check mode: that differ from a fresh run's). */
  written: string[];
  /** Article file names removed (in check mode: that a fresh run would remove). */
  removed: string[];
  /** Agreements reported by more than one release (see src/lib/archive/grouping.ts). */
  agreements: AgreementGroup[];
  ok: boolean;
}

/**
 * Groups the run's reports into agreements, after every release is extracted: from the summary
 * rows, which the manifest keeps for skipped releases, so an incremental run groups as a fresh one.
 * `textOf` gives a report's body by its id (read only where another report names the same
 * operators and places: see grouping.ts).
 */
export function groupRows(
  rows: readonly StatusRow[],
  textOf?: (id: string) => string,
): AgreementGroup[] {
  return groupReports(
    rows.map(({ row }) => ({
      id: row.id,
      source: row.file,
      signedOn: row.signedOn,
      publishedOn: row.publishedOn,
      operators: row.operators,
      governments: row.governments,
      sums: row.sums,
      signedDayWithoutYear: row.signedDayWithoutYear,
      text: textOf && (() => textOf(row.id)),
      sameAs: row.sameAgreementAs,
      notSameAs: row.notSameAgreementAs,
    })),
  ).filter((group) => group.reports.length > 1);
}

/**
 * A report's body: from the article this run built, else from the article on disk (a skipped
 * release's article is, by the manifest's word, what a fresh run would write).
 */
function articleBodies(outcomes: readonly Outcome[], outDir: string): (id: string) => string {
  const built = new Map(
    outcomes.flatMap((outcome) =>
      outcome.kind === 'ready' ? [[outcome.fileName, outcome.article] as const] : [],
    ),
  );
  return (id) => {
    const fileName = `${id}.md`;
    return bodyAfterFrontMatter(
      built.get(fileName) ?? readFileSync(join(outDir, fileName), 'utf8'),
    );
  };
}

/** Today where it is latest (UTC+14): a date is in the future only once it is so everywhere. */
function latestToday(): string {
  return new Date(Date.now() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

export async function runIngest(options: RunOptions): Promise<RunResult> {
  const check = options.check ?? false;
  let settled = 0;
  let total = 0;
  const onSettled = (name: string): void => {
    settled += 1;
    options.onProgress?.(settled, total, name);
  };

  const plan = planRun({
    projectRoot: options.projectRoot,
    sourcesDir: options.sourcesDir,
    outDir: options.outDir,
    check,
    force: options.force ?? false,
    readFs: options.readFs,
    onListed: (count) => {
      total = count;
      options.onProgress?.(0, total, '');
    },
    onSettled,
  });

  const executed = await executePlan(plan, {
    jobs: options.jobs,
    readFs: options.readFs,
    outDir: options.outDir,
    today: options.today ?? latestToday(),
    onSettled,
  });
  const failed = new Set([...plan.failed, ...executed.failed]);
  const committed = commitOutcomes(executed.outcomes, plan, failed, {
    projectRoot: options.projectRoot,
    outDir: options.outDir,
    check,
    writeFs: options.writeFs,
  });

  const errors = [...plan.errors, ...executed.errors, ...committed.errors];
  const { written, removed } = committed;
  const ok = errors.length === 0 && (!check || (written.length === 0 && removed.length === 0));
  const agreements = groupRows(committed.rows, articleBodies(executed.outcomes, options.outDir));
  return {
    rows: committed.rows,
    errors,
    notices: plan.notices,
    written,
    removed,
    agreements,
    ok,
  };
}

/**
 * The last step of a run: write what changed, atomically; remove articles this ingest wrote
 * whose source is gone; write the manifest. An article is written only when its bytes
 * change, and never over a file ingest did not write or over another source's article. In
 * check mode nothing is written: the result says what a fresh run would change.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ingestedFrontMatter } from './article.ts';
import {
  emptyManifest,
  MANIFEST_FILE,
  serialiseManifest,
  type Manifest,
  type ManifestEntry,
} from './manifest.ts';
import {
  firstLine,
  inputError,
  pathOfRef,
  refOf,
  UsageError,
  type FileError,
  type Outcome,
} from './outcome.ts';
import type { SummaryRow } from './ingestRelease.ts';
import type { Plan } from './plan.ts';
import type { RowStatus, StatusRow } from './report.ts';
import { sidecarPathFor } from './sidecar.ts';

/** The file-system calls used to write output; tests substitute failing ones. */
export interface WriteFs {
  writeFileSync(path: string, data: string): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

export interface CommitOptions {
  projectRoot: string;
  outDir: string;
  check: boolean;
  writeFs?: WriteFs | undefined;
}

export interface Committed {
  rows: StatusRow[];
  errors: FileError[];
  /** Article file names written (in check mode: that differ from a fresh run's). */
  written: string[];
  /** Article file names removed (in check mode: that a fresh run would remove). */
  removed: string[];
}

let temporaryCounter = 0;
const TEMPORARY_FILE = /^\..+\.\d+\.\d+\.tmp$/u;

/**
 * Writes through a temporary file in the same folder and renames it into place: readers see
 * the old file or the new one, never a partial one, even if the process dies mid-write.
 */
export function writeFileAtomic(path: string, text: string, fs: WriteFs = nodeFs): void {
  temporaryCounter += 1;
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${temporaryCounter}.tmp`,
  );
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, path);
  } catch (error) {
    try {
      fs.unlinkSync(temporary);
    } catch {
      // The temporary file was never created.
    }
    throw error;
  }
}

function readIfExists(path: string): string | null {
  try {
    return nodeFs.readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The output folder, created if missing and rid of a killed run's temporary files. */
function prepareOutFolder(outDir: string): void {
  try {
    nodeFs.mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create the articles folder ${outDir}: ${firstLine(error)}`);
  }
  for (const name of nodeFs.readdirSync(outDir)) {
    if (TEMPORARY_FILE.test(name)) nodeFs.rmSync(join(outDir, name), { force: true });
  }
}

interface Written {
  statusOf: Map<string, RowStatus>;
  /** Manifest entries of the sources whose article on disk is now theirs. */
  kept: Map<string, ManifestEntry>;
}

/** Why `outcome` may not replace the existing article `existing`, or null if it may. */
function ownershipProblem(
  outcome: Outcome,
  existing: string,
  plan: Plan,
  projectRoot: string,
): string | null {
  const owner = ingestedFrontMatter(existing);
  if (!owner) {
    return `would overwrite ${outcome.fileName}, which ingest did not write; pin another id with \`slug:\` in its sidecar`;
  }
  const ownerRef = owner.source.path;
  if (
    ownerRef !== outcome.ref &&
    !plan.refs.includes(ownerRef) &&
    nodeFs.existsSync(pathOfRef(projectRoot, ownerRef))
  ) {
    return `its id is already the id of ${ownerRef} (${outcome.fileName}); pin a different one with \`slug:\` in ${basename(sidecarPathFor(outcome.ref))}`;
  }
  return null;
}

function writeArticles(
  outcomes: readonly Outcome[],
  plan: Plan,
  options: CommitOptions,
  committed: Committed,
  failed: Set<string>,
): Written {
  const statusOf = new Map<string, RowStatus>();
  const kept = new Map<string, ManifestEntry>();
  for (const outcome of outcomes) {
    if (outcome.kind === 'skipped') {
      statusOf.set(outcome.ref, 'skipped');
      kept.set(outcome.ref, outcome.entry);
      continue;
    }
    const target = join(options.outDir, outcome.fileName);
    const existing = readIfExists(target);
    if (existing === outcome.article) {
      statusOf.set(outcome.ref, 'unchanged');
      kept.set(outcome.ref, outcome.entry);
      continue;
    }
    const problem =
      existing === null ? null : ownershipProblem(outcome, existing, plan, options.projectRoot);
    if (problem) {
      failed.add(outcome.ref);
      committed.errors.push(inputError(outcome.ref, problem));
      continue;
    }
    if (options.check) {
      committed.written.push(outcome.fileName);
      statusOf.set(outcome.ref, 'stale');
      continue;
    }
    try {
      writeFileAtomic(target, outcome.article, options.writeFs);
      committed.written.push(outcome.fileName);
      statusOf.set(outcome.ref, 'written');
      kept.set(outcome.ref, outcome.entry);
    } catch (error) {
      failed.add(outcome.ref);
      committed.errors.push(
        inputError(outcome.ref, `could not write ${target}: ${firstLine(error)}`),
      );
    }
  }
  return { statusOf, kept };
}

/** Articles this ingest wrote whose source is gone, or now gives another id. */
function removeStale(
  outcomes: readonly Outcome[],
  plan: Plan,
  options: CommitOptions,
  committed: Committed,
  failed: Set<string>,
): void {
  const { outDir, projectRoot } = options;
  const current = new Set(
    outcomes.filter((outcome) => !failed.has(outcome.ref)).map((outcome) => outcome.fileName),
  );
  const runRefs = new Set(plan.refs);
  const outNames = nodeFs.existsSync(outDir) ? nodeFs.readdirSync(outDir).sort() : [];
  for (const name of outNames) {
    if (!name.endsWith('.md') || name.startsWith('.') || current.has(name)) continue;
    const owner = ingestedFrontMatter(readIfExists(join(outDir, name)) ?? '');
    if (!owner || failed.has(owner.source.path)) continue;
    const sourceGone = !nodeFs.existsSync(pathOfRef(projectRoot, owner.source.path));
    if (!sourceGone && !runRefs.has(owner.source.path)) continue;
    if (!options.check) {
      try {
        (options.writeFs ?? nodeFs).unlinkSync(join(outDir, name));
      } catch (error) {
        committed.errors.push(
          inputError(
            refOf(projectRoot, join(outDir, name)),
            `could not remove this stale article: ${firstLine(error)}`,
          ),
        );
        continue;
      }
    }
    committed.removed.push(name);
  }
}

function writeManifest(
  kept: ReadonlyMap<string, ManifestEntry>,
  plan: Plan,
  options: CommitOptions,
  committed: Committed,
): void {
  const { outDir, projectRoot } = options;
  const manifest: Manifest = { ...emptyManifest(plan.code), sources: {} };
  const runRefs = new Set(plan.refs);
  // Entries of sources outside this run (another sources folder) stay while they exist.
  for (const [ref, entry] of Object.entries(plan.previous.sources)) {
    if (
      !runRefs.has(ref) &&
      nodeFs.existsSync(pathOfRef(projectRoot, ref)) &&
      nodeFs.existsSync(join(outDir, entry.article))
    ) {
      manifest.sources[ref] = entry;
    }
  }
  for (const [ref, entry] of kept) manifest.sources[ref] = entry;
  const text = serialiseManifest(manifest);
  const manifestPath = join(outDir, MANIFEST_FILE);
  if (readIfExists(manifestPath) === text) return;
  try {
    writeFileAtomic(manifestPath, text, options.writeFs);
  } catch (error) {
    committed.errors.push(
      inputError(
        refOf(projectRoot, manifestPath),
        `could not write the manifest: ${firstLine(error)}`,
      ),
    );
  }
}

export function commitOutcomes(
  outcomes: readonly Outcome[],
  plan: Plan,
  failed: Set<string>,
  options: CommitOptions,
): Committed {
  const committed: Committed = { rows: [], errors: [], written: [], removed: [] };
  if (!options.check) prepareOutFolder(options.outDir);
  const { statusOf, kept } = writeArticles(outcomes, plan, options, committed, failed);
  removeStale(outcomes, plan, options, committed, failed);
  if (!options.check) writeManifest(kept, plan, options, committed);
  for (const outcome of outcomes) {
    const status = statusOf.get(outcome.ref);
    if (status && !failed.has(outcome.ref))
      committed.rows.push({ row: outcome.entry.row as SummaryRow, status });
  }
  return committed;
}

/**
 * A whole ingest run over a folder of sources: the I/O shell around the pure `ingestOne`.
 * Every source is tried; one bad file is reported and never takes the others down. Articles
 * are written atomically and only when their bytes change; articles this ingest wrote whose
 * source is gone are removed; unchanged sources are skipped by hash (see manifest.ts).
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { FrontMatterBug, ingestedFrontMatter } from './article.ts';
import { checkSourceSize } from './decode.ts';
import {
  codeHash,
  emptyManifest,
  MANIFEST_FILE,
  readManifest,
  serialiseManifest,
  type Manifest,
  type ManifestEntry,
} from './manifest.ts';
import { sha256, type IngestInput, type SummaryRow } from './pipeline.ts';
import type { RowStatus, StatusRow } from './report.ts';
import { SIDECAR_EXTENSION, sidecarPathFor } from './sidecar.ts';
import { IngestError } from './types.ts';
import { defaultJobs, ingestInProcess, ingestInWorkers, type Settle } from './workerPool.ts';

/** File extensions read as releases. Sidecars (`.yaml`) sit beside them. */
export const SOURCE_EXTENSIONS = ['.txt', '.text'] as const;

/** The file-system calls used to write output; tests substitute failing ones. */
export interface WriteFs {
  writeFileSync(path: string, data: string): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

export interface RunOptions {
  projectRoot: string;
  sourcesDir: string;
  outDir: string;
  /** Write nothing; report what a fresh run would change. */
  check?: boolean;
  /** Ignore the manifest: ingest every source again. */
  force?: boolean;
  writeFs?: WriteFs;
  /** Worker threads to ingest with (1: this thread). Default: `defaultJobs` (idle cores, large runs). */
  jobs?: number;
  /** Called as sources are done: `done` of `total`, with the file just done. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface FileError {
  file: string;
  message: string;
  /** A bug in ingest (not a problem with the input). */
  bug: boolean;
}

export interface RunResult {
  rows: StatusRow[];
  errors: FileError[];
  /** Article file names written (in check mode: that differ from a fresh run's). */
  written: string[];
  /** Article file names removed (in check mode: that a fresh run would remove). */
  removed: string[];
  ok: boolean;
}

/** The usage is wrong (a missing folder): nothing was attempted. */
export class UsageError extends Error {
  override name = 'UsageError';
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

interface Ready {
  kind: 'ready';
  ref: string;
  fileName: string;
  article: string;
  entry: ManifestEntry;
}
interface Skipped {
  kind: 'skipped';
  ref: string;
  fileName: string;
  entry: ManifestEntry;
}
type Outcome = Ready | Skipped;

/** A source to ingest, with the hashes its inputs had when the run looked at them. */
interface Pending {
  index: number;
  name: string;
  ref: string;
  sourceFile: string;
  sourceHash: string;
  sidecarHash: string | null;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function readIfExists(path: string): string | null {
  try {
    return nodeFs.readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function errorOf(file: string, error: unknown): FileError {
  // The file at fault: the source, or its sidecar.
  if (error instanceof IngestError) return { file: error.file, message: error.message, bug: false };
  if (error instanceof FrontMatterBug) return { file, message: error.message, bug: true };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { file, message: `${file}: BUG in ingest (unexpected error): ${detail}`, bug: true };
}

function sidecarText(
  sidecarFile: string,
  sidecarRef: string,
): { text: string; hash: string } | undefined {
  let bytes: Buffer;
  try {
    bytes = nodeFs.readFileSync(sidecarFile);
  } catch {
    return undefined;
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, hash: sha256(bytes) };
  } catch {
    throw new IngestError(sidecarRef, 'the sidecar is not valid UTF-8');
  }
}

export async function runIngest(options: RunOptions): Promise<RunResult> {
  const { projectRoot, sourcesDir, outDir } = options;
  const check = options.check ?? false;
  const writeFs = options.writeFs ?? nodeFs;

  if (!nodeFs.existsSync(sourcesDir) || !nodeFs.statSync(sourcesDir).isDirectory()) {
    throw new UsageError(`sources folder not found: ${sourcesDir}`);
  }
  /** A path as recorded in articles: relative to the project root when inside it. */
  const refOf = (path: string): string => {
    const fromRoot = relative(projectRoot, path);
    return fromRoot.startsWith('..') || isAbsolute(fromRoot) ? toPosix(path) : toPosix(fromRoot);
  };
  const pathOfRef = (ref: string): string => resolve(projectRoot, ref);

  const names = nodeFs
    .readdirSync(sourcesDir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  const sourceNames = names.filter((name) =>
    SOURCE_EXTENSIONS.some((extension) => name.endsWith(extension)),
  );
  const sourceStems = new Set(sourceNames.map((name) => sidecarPathFor(name)));

  const errors: FileError[] = [];
  for (const name of names) {
    if (name.endsWith(SIDECAR_EXTENSION) && !sourceStems.has(name)) {
      const ref = refOf(join(sourcesDir, name));
      errors.push({
        file: ref,
        message: `${ref}: a sidecar without a source (expected ${name.slice(0, -SIDECAR_EXTENSION.length)}${SOURCE_EXTENSIONS[0]} beside it)`,
        bug: false,
      });
    }
  }

  if (!check) {
    nodeFs.mkdirSync(outDir, { recursive: true });
    // Leftovers of a run that died mid-write.
    for (const name of nodeFs.readdirSync(outDir)) {
      if (TEMPORARY_FILE.test(name)) nodeFs.rmSync(join(outDir, name), { force: true });
    }
  }
  const code = codeHash(projectRoot);
  // Check mode recomputes everything; --force too, but keeps other folders' entries.
  const previous: Manifest = check ? emptyManifest(code) : readManifest(outDir, code);
  const maySkip = !check && !options.force;

  const refs = sourceNames.map((name) => refOf(join(sourcesDir, name)));
  const runRefs = new Set(refs);
  const failed = new Set<string>();
  /** By source index, so the outcome order never depends on which worker finished first. */
  const outcomes: (Outcome | undefined)[] = [];
  const toIngest: Pending[] = [];
  let settled = 0;
  const progress = (file: string): void => {
    settled += 1;
    options.onProgress?.(settled, sourceNames.length, file);
  };
  const fail = (ref: string, error: unknown): void => {
    failed.add(ref);
    errors.push(errorOf(ref, error));
  };

  // Pass 1: hash every source and sidecar; skip those the manifest vouches for.
  options.onProgress?.(0, sourceNames.length, '');
  sourceNames.forEach((name, index) => {
    const sourceFile = join(sourcesDir, name);
    const ref = refs[index] ?? name;
    try {
      checkSourceSize(ref, nodeFs.statSync(sourceFile).size);
      const sourceHash = sha256(nodeFs.readFileSync(sourceFile));
      const sidecarHash =
        sidecarText(sidecarPathFor(sourceFile), sidecarPathFor(ref))?.hash ?? null;
      const known = previous.sources[ref];
      if (maySkip && known && known.source === sourceHash && known.sidecar === sidecarHash) {
        const size = nodeFs.statSync(join(outDir, known.article), { throwIfNoEntry: false })?.size;
        if (size === known.articleBytes) {
          outcomes[index] = { kind: 'skipped', ref, fileName: known.article, entry: known };
          progress(name);
          return;
        }
      }
      toIngest.push({ index, name, ref, sourceFile, sourceHash, sidecarHash });
    } catch (error) {
      fail(ref, error);
      progress(name);
    }
  });

  // Pass 2: ingest the rest, here or in worker threads. Bytes are read again only when a
  // source's turn comes, and checked against the hash taken in pass 1.
  const toInput = (pending: Pending): IngestInput => {
    const bytes = nodeFs.readFileSync(pending.sourceFile);
    const sidecar = sidecarText(sidecarPathFor(pending.sourceFile), sidecarPathFor(pending.ref));
    if (sha256(bytes) !== pending.sourceHash || (sidecar?.hash ?? null) !== pending.sidecarHash) {
      throw new IngestError(pending.ref, 'the file changed during the run; run ingest again');
    }
    return { sourcePath: pending.ref, bytes, sidecarText: sidecar?.text };
  };
  const settle: Settle<Pending> = (pending, outcome) => {
    progress(pending.name);
    if ('error' in outcome) {
      fail(pending.ref, outcome.error);
      return;
    }
    const { result } = outcome;
    outcomes[pending.index] = {
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
  const jobs = options.jobs ?? defaultJobs(toIngest.length);
  if (jobs > 1 && toIngest.length > 1) await ingestInWorkers(toIngest, jobs, toInput, settle);
  else await ingestInProcess(toIngest, toInput, settle);

  // Two sources, one id: neither is written, and the error names both.
  const completed = outcomes.filter((outcome): outcome is Outcome => outcome !== undefined);
  const byFileName = new Map<string, Outcome[]>();
  for (const outcome of completed) {
    byFileName.set(outcome.fileName, [...(byFileName.get(outcome.fileName) ?? []), outcome]);
  }
  const accepted: Outcome[] = [];
  for (const outcome of completed) {
    const sharing = byFileName.get(outcome.fileName) ?? [];
    if (sharing.length === 1) {
      accepted.push(outcome);
      continue;
    }
    const others = sharing.filter((other) => other !== outcome).map((other) => other.ref);
    failed.add(outcome.ref);
    errors.push({
      file: outcome.ref,
      message:
        `${outcome.ref}: its id "${outcome.fileName.replace(/\.md$/u, '')}" is also the id of ${others.join(', ')}; ` +
        `pin a different one with \`slug:\` in ${basename(sidecarPathFor(outcome.ref))}`,
      bug: false,
    });
  }

  const statusOf = new Map<string, RowStatus>();
  const written: string[] = [];
  const kept = new Map<string, ManifestEntry>();
  for (const outcome of accepted) {
    if (outcome.kind === 'skipped') {
      statusOf.set(outcome.ref, 'skipped');
      kept.set(outcome.ref, outcome.entry);
      continue;
    }
    const target = join(outDir, outcome.fileName);
    const existing = readIfExists(target);
    if (existing === outcome.article) {
      statusOf.set(outcome.ref, 'unchanged');
      kept.set(outcome.ref, outcome.entry);
      continue;
    }
    if (existing !== null) {
      const owner = ingestedFrontMatter(existing);
      const ownerRef = owner?.source.path;
      if (!owner) {
        failed.add(outcome.ref);
        errors.push({
          file: outcome.ref,
          message: `${outcome.ref}: would overwrite ${outcome.fileName}, which ingest did not write; pin another id with \`slug:\` in its sidecar`,
          bug: false,
        });
        continue;
      }
      if (
        ownerRef !== undefined &&
        ownerRef !== outcome.ref &&
        !runRefs.has(ownerRef) &&
        nodeFs.existsSync(pathOfRef(ownerRef))
      ) {
        failed.add(outcome.ref);
        errors.push({
          file: outcome.ref,
          message: `${outcome.ref}: its id is already the id of ${ownerRef} (${outcome.fileName}); pin a different one with \`slug:\` in ${basename(sidecarPathFor(outcome.ref))}`,
          bug: false,
        });
        continue;
      }
    }
    if (check) {
      written.push(outcome.fileName);
      statusOf.set(outcome.ref, 'stale');
      continue;
    }
    try {
      writeFileAtomic(target, outcome.article, writeFs);
      written.push(outcome.fileName);
      statusOf.set(outcome.ref, 'written');
      kept.set(outcome.ref, outcome.entry);
    } catch (error) {
      failed.add(outcome.ref);
      errors.push({
        file: outcome.ref,
        message: `${outcome.ref}: could not write ${target}: ${error instanceof Error ? error.message : String(error)}`,
        bug: false,
      });
    }
  }

  // Articles this ingest wrote whose source is gone, or now gives another id.
  const current = new Set(
    accepted.filter((outcome) => !failed.has(outcome.ref)).map((outcome) => outcome.fileName),
  );
  const removed: string[] = [];
  const outNames = nodeFs.existsSync(outDir) ? nodeFs.readdirSync(outDir).sort() : [];
  for (const name of outNames) {
    if (!name.endsWith('.md') || name.startsWith('.') || current.has(name)) continue;
    const owner = ingestedFrontMatter(readIfExists(join(outDir, name)) ?? '');
    if (!owner || failed.has(owner.source.path)) continue;
    const sourceGone = !nodeFs.existsSync(pathOfRef(owner.source.path));
    if (!sourceGone && !runRefs.has(owner.source.path)) continue;
    if (!check) {
      try {
        writeFs.unlinkSync(join(outDir, name));
      } catch (error) {
        errors.push({
          file: refOf(join(outDir, name)),
          message: `could not remove stale ${name}: ${error instanceof Error ? error.message : String(error)}`,
          bug: false,
        });
        continue;
      }
    }
    removed.push(name);
  }

  if (!check) {
    const manifest: Manifest = { ...emptyManifest(code), sources: {} };
    // Entries of sources outside this run (another sources folder) stay while they exist.
    for (const [ref, entry] of Object.entries(previous.sources)) {
      if (
        !runRefs.has(ref) &&
        nodeFs.existsSync(pathOfRef(ref)) &&
        nodeFs.existsSync(join(outDir, entry.article))
      ) {
        manifest.sources[ref] = entry;
      }
    }
    for (const [ref, entry] of kept) manifest.sources[ref] = entry;
    const text = serialiseManifest(manifest);
    const manifestPath = join(outDir, MANIFEST_FILE);
    if (readIfExists(manifestPath) !== text) {
      try {
        writeFileAtomic(manifestPath, text, writeFs);
      } catch (error) {
        errors.push({
          file: refOf(manifestPath),
          message: `could not write the manifest: ${error instanceof Error ? error.message : String(error)}`,
          bug: false,
        });
      }
    }
  }

  const rows: StatusRow[] = [];
  for (const outcome of accepted) {
    const status = statusOf.get(outcome.ref);
    if (status && !failed.has(outcome.ref))
      rows.push({ row: outcome.entry.row as SummaryRow, status });
  }
  const ok = errors.length === 0 && (!check || (written.length === 0 && removed.length === 0));
  return { rows, errors, written, removed, ok };
}

/**
 * The first step of a run: list and check the inputs, and decide what to (re)build. Every
 * release and sidecar is read (from inside the sources folder only: see sourceFolder.ts) and
 * hashed; a source whose hashes the manifest vouches for, and whose article is still the
 * size it wrote, is skipped. Nothing is written.
 */
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { isWithin } from '../../src/lib/insideFolder.ts';
import { checkSourceSize } from './decode.ts';
import { codeHash, emptyManifest, readManifest, type Manifest } from './manifest.ts';
import { errorOf, inputError, refOf, UsageError, type FileError, type Skipped } from './outcome.ts';
import { sha256 } from './ingestRelease.ts';
import { MAX_SIDECAR_BYTES, SIDECAR_EXTENSION, sidecarPathFor } from './sidecar.ts';
import {
  listSourceFolder,
  printableName,
  readRegularFile,
  regularFileInside,
  SOURCE_EXTENSIONS,
  type ReadFs,
  type SourceFolder,
} from './sourceFolder.ts';
import { IngestError } from './types.ts';

export interface PlanOptions {
  projectRoot: string;
  sourcesDir: string;
  outDir: string;
  check: boolean;
  force: boolean;
  readFs?: ReadFs | undefined;
  /** Called once the releases are listed, with their number. */
  onListed: (total: number) => void;
  /** Called once per release settled here (skipped or failed). */
  onSettled: (name: string) => void;
}

/** A release and its sidecar, by name in the sources folder and by ref. */
export interface Release {
  index: number;
  name: string;
  ref: string;
  sidecarName: string;
  sidecarRef: string;
}

/** A release to ingest, with the hashes its files had when the plan read them. */
export interface Pending extends Release {
  sourceHash: string;
  sidecarHash: string | null;
}

export interface Plan {
  folder: SourceFolder;
  /** Refs of every release in this run, by index. */
  refs: string[];
  /** The manifest's entries before the run, and the hash of the ingest code. */
  previous: Manifest;
  code: string;
  /** Releases the manifest vouches for, by index. */
  skipped: Map<number, Skipped>;
  toIngest: Pending[];
  errors: FileError[];
  /** Refs of releases that failed: their previous articles stay. */
  failed: Set<string>;
  /** Things worth a word that are not errors (files ingest does not read). */
  notices: string[];
}

export interface ReleaseBytes {
  source: Buffer;
  sidecar: Buffer | null;
}

/** Reads a release and its sidecar (if any) from inside the folder, each within its size limit. */
export function readRelease(
  folder: SourceFolder,
  release: Release,
  readFs: ReadFs | undefined,
): ReleaseBytes {
  const source = regularFileInside(folder, release.name, release.ref);
  if (!source) throw new IngestError(release.ref, 'the file is gone; run ingest again');
  checkSourceSize(release.ref, source.size);
  const sidecar = regularFileInside(folder, release.sidecarName, release.sidecarRef);
  if (sidecar && sidecar.size > MAX_SIDECAR_BYTES) {
    throw new IngestError(
      release.sidecarRef,
      `the sidecar is ${sidecar.size} bytes; a sidecar may be at most ${MAX_SIDECAR_BYTES} (it holds a few facts: is this the right file?)`,
    );
  }
  return {
    source: readRegularFile(source.realPath, release.ref, readFs),
    sidecar: sidecar ? readRegularFile(sidecar.realPath, release.sidecarRef, readFs) : null,
  };
}

/** The folders must be usable before anything is read: otherwise a usage error, nothing done. */
function checkFolders(sourcesDir: string, outDir: string): void {
  const sources = nodeFs.statSync(sourcesDir, { throwIfNoEntry: false });
  if (!sources?.isDirectory()) throw new UsageError(`sources folder not found: ${sourcesDir}`);
  const out = nodeFs.statSync(outDir, { throwIfNoEntry: false });
  if (out && !out.isDirectory()) {
    throw new UsageError(`--out ${outDir} is a file, not a folder: give a folder for the articles`);
  }
  const realSources = nodeFs.realpathSync(sourcesDir);
  const realOut = out ? nodeFs.realpathSync(outDir) : outDir;
  if (isWithin(realOut, realSources)) {
    throw new UsageError(
      `--out ${outDir} is inside the sources folder ${sourcesDir}: articles go in a folder of their own`,
    );
  }
}

function listFolder(sourcesDir: string): SourceFolder {
  try {
    return listSourceFolder(sourcesDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`cannot list the sources folder ${sourcesDir} (${code})`);
  }
}

/** Errors for names refused outright and for sidecars without a release; notices for the rest. */
function namingProblems(plan: Plan, projectRoot: string): void {
  const { folder } = plan;
  const refOfName = (name: string): string =>
    refOf(projectRoot, join(folder.path, printableName(name)));
  for (const { name, message } of folder.refused)
    plan.errors.push(inputError(refOfName(name), message));
  // A refused release's sidecar is not an orphan: the release's error says what to do.
  const releases = [...folder.sourceNames, ...folder.refused.map(({ name }) => name)];
  const sidecarsOfSources = new Set(releases.map((name) => sidecarPathFor(name)));
  for (const name of folder.sidecarNames) {
    if (sidecarsOfSources.has(name)) continue;
    plan.errors.push(
      inputError(
        refOfName(name),
        `a sidecar without a source (expected ${name.slice(0, -SIDECAR_EXTENSION.length)}${SOURCE_EXTENSIONS[0]} beside it)`,
      ),
    );
  }
  if (folder.ignored.length > 0) {
    const names = folder.ignored.map(printableName);
    plan.notices.push(
      `not read (a release ends in ${SOURCE_EXTENSIONS.join(' or ')}, a sidecar in ${SIDECAR_EXTENSION}; hidden files are never read): ${names.slice(0, 10).join(', ')}${names.length > 10 ? ` and ${names.length - 10} more` : ''}`,
    );
  }
}

export function planRun(options: PlanOptions): Plan {
  const { projectRoot, sourcesDir, outDir } = options;
  checkFolders(sourcesDir, outDir);
  const folder = listFolder(sourcesDir);
  const code = codeHash(projectRoot);
  // Check mode recomputes everything; --force too, but keeps other folders' entries.
  const previous = options.check ? emptyManifest(code) : readManifest(outDir, code);
  const maySkip = !options.check && !options.force;

  const refs = folder.sourceNames.map((name) => refOf(projectRoot, join(sourcesDir, name)));
  const plan: Plan = {
    folder,
    refs,
    previous,
    code,
    skipped: new Map(),
    toIngest: [],
    errors: [],
    failed: new Set(),
    notices: [],
  };
  namingProblems(plan, projectRoot);
  options.onListed(refs.length);

  folder.sourceNames.forEach((name, index) => {
    const ref = refs[index] ?? name;
    const release: Release = {
      index,
      name,
      ref,
      sidecarName: sidecarPathFor(name),
      sidecarRef: sidecarPathFor(ref),
    };
    try {
      const bytes = readRelease(folder, release, options.readFs);
      const sourceHash = sha256(bytes.source);
      const sidecarHash = bytes.sidecar ? sha256(bytes.sidecar) : null;
      const known = previous.sources[ref];
      if (maySkip && known && known.source === sourceHash && known.sidecar === sidecarHash) {
        const size = nodeFs.statSync(join(outDir, known.article), { throwIfNoEntry: false })?.size;
        if (size === known.articleBytes) {
          plan.skipped.set(index, { kind: 'skipped', ref, fileName: known.article, entry: known });
          options.onSettled(name);
          return;
        }
      }
      plan.toIngest.push({ ...release, sourceHash, sidecarHash });
    } catch (error) {
      plan.errors.push(errorOf(ref, error));
      plan.failed.add(ref);
      options.onSettled(name);
    }
  });
  return plan;
}

/**
 * The sources folder as ingest reads it: only regular files inside it. A symbolic link is
 * followed only when its real target lies inside the folder too (a link `passwd.txt` →
 * `/etc/passwd` would otherwise be published); a dangling or looping link, a folder or a
 * FIFO named like a release, and a file ingest may not read are each an error naming the
 * entry, what is wrong and the fix. Names are sorted out here too: releases, sidecars,
 * names that look meant as either but are not (`Release.TXT`), and the rest, which ingest
 * leaves alone.
 */
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { isWithin } from '../../src/lib/insideFolder.ts';
import { SIDECAR_EXTENSION } from './sidecar.ts';
import { IngestError } from './types.ts';

/** File extensions read as releases. Sidecars (`.yaml`) sit beside them. */
export const SOURCE_EXTENSIONS = ['.txt', '.text'] as const;

/** How a file is read; tests substitute one that fails (root reads any file). */
export interface ReadFs {
  /** The bytes of the regular file at `path`, a real path (no link left to follow). */
  readRegularFile(path: string): Buffer;
}

/**
 * Opens without following a link and without blocking (a FIFO swapped in after the checks
 * would otherwise hang the run), and reads only if what was opened is a regular file.
 */
export const nodeReadFs: ReadFs = {
  readRegularFile(path) {
    const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = nodeFs.constants;
    const descriptor = nodeFs.openSync(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
    try {
      if (!nodeFs.fstatSync(descriptor).isFile()) {
        throw Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTFILE' });
      }
      return nodeFs.readFileSync(descriptor);
    } finally {
      nodeFs.closeSync(descriptor);
    }
  },
};

export interface SourceFolder {
  /** The folder as given. */
  path: string;
  /** Its real path: links must lead inside it. */
  realPath: string;
  /** Releases (`*.txt`, `*.text`), sorted. */
  sourceNames: string[];
  /** Sidecars (`*.yaml`), sorted. */
  sidecarNames: string[];
  /** Names refused outright, with why and the fix. */
  refused: { name: string; message: string }[];
  /** Names ingest does not read (not a release or a sidecar, or hidden): reported, never an error. */
  ignored: string[];
}

/** Control characters in a name would break the one-line report (and most tools). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/u;

/** Extensions that look meant as a release's or a sidecar's, but are spelt otherwise. */
const LOOKALIKE_EXTENSIONS = [...SOURCE_EXTENSIONS, SIDECAR_EXTENSION, '.yml'] as const;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/** A name safe to print on one line: control characters escaped, as JSON writes them. */
export function printableName(name: string): string {
  return CONTROL_CHARACTER.test(name) ? JSON.stringify(name).slice(1, -1) : name;
}

function refusal(name: string): string | null {
  if (CONTROL_CHARACTER.test(name)) {
    return 'the file name has a control character (a line break, a tab…): rename the file';
  }
  const extension = extensionOf(name);
  const lower = extension.toLowerCase();
  if (lower === '.yml') {
    return `sidecars end in ${SIDECAR_EXTENSION}: rename it to ${name.slice(0, -extension.length)}${SIDECAR_EXTENSION}`;
  }
  if (extension !== lower && (LOOKALIKE_EXTENSIONS as readonly string[]).includes(lower)) {
    return `the extension ${extension} is not lower-case, so ingest does not read it: rename it to ${name.slice(0, -extension.length)}${lower}`;
  }
  return null;
}

/** Lists the folder and sorts its names out. Throws (with the folder named) if it cannot be listed. */
export function listSourceFolder(path: string): SourceFolder {
  const realPath = nodeFs.realpathSync(path);
  const folder: SourceFolder = {
    path,
    realPath,
    sourceNames: [],
    sidecarNames: [],
    refused: [],
    ignored: [],
  };
  for (const name of nodeFs.readdirSync(path).sort()) {
    if (name.startsWith('.')) {
      // Hidden files are never read; one named like a release is worth a word.
      const lower = extensionOf(name).toLowerCase();
      if ((LOOKALIKE_EXTENSIONS as readonly string[]).includes(lower)) folder.ignored.push(name);
      continue;
    }
    const problem = refusal(name);
    if (problem) folder.refused.push({ name, message: problem });
    else if ((SOURCE_EXTENSIONS as readonly string[]).includes(extensionOf(name)))
      folder.sourceNames.push(name);
    else if (extensionOf(name) === SIDECAR_EXTENSION) folder.sidecarNames.push(name);
    else folder.ignored.push(name);
  }
  return folder;
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? '';
}

export interface RegularFile {
  realPath: string;
  size: number;
}

/**
 * The entry `name` of the folder, once it is known to be a regular file inside the folder;
 * `undefined` if there is no such entry. `ref` names it in errors.
 */
export function regularFileInside(
  folder: SourceFolder,
  name: string,
  ref: string,
): RegularFile | undefined {
  const path = join(folder.path, name);
  let entry: nodeFs.Stats;
  try {
    entry = nodeFs.lstatSync(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    throw new IngestError(ref, `cannot be looked at (${codeOf(error) || String(error)})`);
  }
  let real: string;
  if (entry.isSymbolicLink()) {
    const target = nodeFs.readlinkSync(path);
    try {
      real = nodeFs.realpathSync(path);
    } catch (error) {
      if (codeOf(error) === 'ELOOP') {
        throw new IngestError(
          ref,
          `a symbolic link to ${target} that loops back on itself: remove the link`,
        );
      }
      throw new IngestError(
        ref,
        `a symbolic link to ${target}, which does not exist: remove the link or put the file itself here`,
      );
    }
    if (!isWithin(real, folder.realPath)) {
      throw new IngestError(
        ref,
        `a symbolic link to ${target}, outside the sources folder: ingest reads only files inside it; copy the file in instead of linking to it`,
      );
    }
  } else {
    real = join(folder.realPath, name);
  }
  const stats = nodeFs.statSync(real);
  if (stats.isDirectory()) {
    throw new IngestError(
      ref,
      'a folder, not a file: a release is one text file; rename the folder or move it out of the sources folder',
    );
  }
  if (!stats.isFile()) {
    throw new IngestError(
      ref,
      'not a regular file (a FIFO, socket or device): remove it from the sources folder',
    );
  }
  return { realPath: real, size: stats.size };
}

/** Reads a regular file's bytes; a read that fails is an error naming the file and the fix. */
export function readRegularFile(realPath: string, ref: string, fs: ReadFs = nodeReadFs): Buffer {
  try {
    return fs.readRegularFile(realPath);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new IngestError(
        ref,
        'cannot be read (permission denied): give the user who runs ingest read access (chmod a+r)',
      );
    }
    if (code === 'ENOTFILE' || code === 'ELOOP' || code === 'ENOENT') {
      throw new IngestError(ref, 'the file changed during the run; run ingest again');
    }
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new IngestError(ref, `cannot be read (${code || 'error'}: ${detail})`);
  }
}

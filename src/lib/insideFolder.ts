/**
 * "Inside a folder" by real path: a symbolic link counts as where it leads, so a link named
 * `passwd.txt` that leads to `/etc/passwd` is outside whatever folder it sits in. Ingest reads
 * sources and sidecars only from inside the sources folder, and the build publishes only
 * files inside the project; both ask this module.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/** `path` (already a real path) is `folder` itself or lies below it. */
export function isWithin(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder === '' || (!fromFolder.startsWith('..') && !isAbsolute(fromFolder));
}

/** Why a path cannot be published or read from `folder`. */
export class OutsideFolderError extends Error {
  override name = 'OutsideFolderError';
}

/**
 * The real path of `path`, which must exist and lie inside `folder` once every link is
 * followed. Throws `OutsideFolderError` (naming the path and where it leads) otherwise.
 */
export function realPathInside(path: string, folder: string, folderLabel: string): string {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new OutsideFolderError(
      `${path}: cannot be resolved (${code === 'ENOENT' ? 'it does not exist or is a broken link' : code === 'ELOOP' ? 'a loop of symbolic links' : code})`,
    );
  }
  if (!isWithin(real, realpathSync(folder))) {
    throw new OutsideFolderError(
      `${path}: leads to ${real}, outside ${folderLabel}; only files inside ${folderLabel} are read or published (copy the file in instead of linking to it)`,
    );
  }
  return real;
}

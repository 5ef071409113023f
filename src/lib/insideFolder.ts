/**
 * "Inside a folder" by real path: a symbolic link counts as where it leads, so a link named
 * `passwd.txt` that leads to `/etc/passwd` is outside whatever folder it sits in. Ingest reads
 * sources and sidecars only from inside the sources folder, and the build publishes only
 * files inside the project (or the content tree it was pointed at); both ask this module.
 */
import { readdirSync, readlinkSync, realpathSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** `path` (already a real path) is `folder` itself or lies below it (`..x` is a name, not a climb). */
export function isWithin(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder !== '..' && !fromFolder.startsWith(`..${sep}`) && !isAbsolute(fromFolder);
}

function isWithinAny(path: string, folders: readonly string[]): boolean {
  return folders.some((folder) => isWithin(path, realpathSync(folder)));
}

/** Why a path cannot be published or read from `folder`. */
export class OutsideFolderError extends Error {
  override name = 'OutsideFolderError';
}

/**
 * The real path of `path`, which must exist and lie inside one of `folders` once every link
 * is followed. Throws `OutsideFolderError` (naming the path and where it leads) otherwise.
 */
export function realPathInside(
  path: string,
  folders: string | readonly string[],
  folderLabel: string,
): string {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new OutsideFolderError(
      `${path}: cannot be resolved (${code === 'ENOENT' ? 'it does not exist or is a broken link' : code === 'ELOOP' ? 'a loop of symbolic links' : code})`,
    );
  }
  if (!isWithinAny(real, typeof folders === 'string' ? [folders] : folders)) {
    throw new OutsideFolderError(
      `${path}: leads to ${real}, outside ${folderLabel}; only files inside ${folderLabel} are read or published (copy the file in instead of linking to it)`,
    );
  }
  return real;
}

export interface LeavingLink {
  /** The link, as found under the folder walked. */
  link: string;
  /** Where it leads (its real path), or what it names when that does not exist. */
  target: string;
}

/**
 * Every symbolic link under `folder` (walked without following links) that leads outside all
 * of `boundaries`, or nowhere. Whatever is copied from `folder` would carry its target.
 */
export function linksLeaving(folder: string, boundaries: readonly string[]): LeavingLink[] {
  const leaving: LeavingLink[] = [];
  const walk = (directory: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return; // Missing or unreadable: nothing from it can be copied either.
    }
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(path);
        } catch {
          leaving.push({ link: path, target: readlinkSync(path) });
          continue;
        }
        if (!isWithinAny(real, boundaries)) leaving.push({ link: path, target: real });
      }
    }
  };
  walk(folder);
  return leaving;
}

/** The raw source's file name on the site (its name in content/sources/), and its bytes. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Agreement } from '../../schema/agreement.ts';
import { realPathInside } from '../insideFolder.ts';

export function sourceFileName(agreement: Pick<Agreement, 'source'>): string {
  const name = agreement.source.path.split('/').at(-1);
  if (name === undefined || name === '') throw new Error(`${agreement.source.path}: no file name`);
  return name;
}

/**
 * The folders a build may publish sources from: the project, and the content tree the build
 * was pointed at (ARCHIVE_CONTENT_DIR, which may lie elsewhere: its sources sit beside it).
 */
export function publishableRoots(projectRoot: string): string[] {
  const contentDir = process.env['ARCHIVE_CONTENT_DIR'];
  return contentDir ? [projectRoot, resolve(projectRoot, contentDir)] : [projectRoot];
}

/**
 * The bytes of a source, published under `sources/`. Only a regular file inside the project
 * (or the content tree) is read: an article whose `source.path` leads elsewhere
 * (`/etc/passwd`, `../../secret`, a link out of the project) fails the build rather than
 * publish what it points at.
 */
export function readSourceFile(
  sourcePath: string,
  projectRoot: string,
  roots: readonly string[] = publishableRoots(projectRoot),
): Buffer {
  const real = realPathInside(resolve(projectRoot, sourcePath), roots, 'the project');
  if (!statSync(real).isFile()) {
    throw new Error(`${sourcePath}: not a regular file, so it is not published under sources/`);
  }
  return readFileSync(real);
}

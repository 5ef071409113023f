/**
 * What the steps of a run (plan.ts → execute.ts → commit.ts) hand each other: each source's
 * outcome, and the errors met on the way, each naming the file at fault by its ref (its path
 * as recorded in articles).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { FrontMatterBug } from './article.ts';
import type { ManifestEntry } from './manifest.ts';
import { IngestError } from './types.ts';

/** A source whose article is built and waits to be compared with the one on disk. */
export interface Ready {
  kind: 'ready';
  ref: string;
  fileName: string;
  article: string;
  entry: ManifestEntry;
}

/** A source the manifest vouches for: its article on disk is already what it gives. */
export interface Skipped {
  kind: 'skipped';
  ref: string;
  fileName: string;
  entry: ManifestEntry;
}

export type Outcome = Ready | Skipped;

export interface FileError {
  file: string;
  /** One line: the file (and line), what is wrong and the fix. */
  message: string;
  /** A bug in ingest (not a problem with the input). */
  bug: boolean;
}

/** The usage is wrong (a missing folder, an output path that is a file): nothing was attempted. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem with an input (not a bug), reported as `<file>: <message>`. */
export function inputError(file: string, message: string): FileError {
  return { file, message: `${file}: ${message}`, bug: false };
}

/** An error thrown while handling `file`: a problem with the input, or a bug in ingest. */
export function errorOf(file: string, error: unknown): FileError {
  // The file at fault: the source, or its sidecar.
  if (error instanceof IngestError) return { file: error.file, message: error.message, bug: false };
  if (error instanceof FrontMatterBug) return { file, message: error.message, bug: true };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { file, message: `${file}: BUG in ingest (unexpected error): ${detail}`, bug: true };
}

export function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/** A path as recorded in articles and named in errors: relative to the project root when inside it. */
export function refOf(projectRoot: string, path: string): string {
  const fromRoot = relative(projectRoot, path);
  const outside = fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot);
  const ref = outside ? path : fromRoot;
  return ref.split(sep).join('/');
}

export function pathOfRef(projectRoot: string, ref: string): string {
  return resolve(projectRoot, ref);
}

/**
 * Pagefind's `pagefind-entry.json`, which names the index of each language. Each part of the
 * index is written by a Pagefind process of its own, whose entry must name that part's
 * language alone (indexPart.ts checks it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What Pagefind writes to `pagefind-entry.json`: the index of each language. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: unknown;
}

export function readEntry(outputPath: string): PagefindEntry {
  const path = join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(path, 'utf8')) as Partial<PagefindEntry>;
  if (typeof entry.version !== 'string' || typeof entry.languages !== 'object') {
    throw new Error(`${path}: not a Pagefind entry file (no version or languages)`);
  }
  return entry as PagefindEntry;
}

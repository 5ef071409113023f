/**
 * Pagefind's `pagefind-entry.json`, which names the index of each language. Each language is
 * indexed by a Pagefind process of its own, which writes an entry naming that language alone;
 * the entries are merged into the one a single run would have written.
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

/** One entry naming every language's index, as a single Pagefind run would have written it. */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const [first] = entries;
  if (first === undefined) throw new Error('No Pagefind index was written');
  const languages: Record<string, unknown> = {};
  for (const entry of entries) {
    if (
      entry.version !== first.version ||
      JSON.stringify(entry.include_characters) !== JSON.stringify(first.include_characters)
    ) {
      throw new Error('The Pagefind runs disagree on version or include_characters');
    }
    for (const [language, meta] of Object.entries(entry.languages)) {
      if (language in languages) throw new Error(`Two Pagefind indexes for ${language}`);
      languages[language] = meta;
    }
  }
  const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { ...first, languages: sorted };
}

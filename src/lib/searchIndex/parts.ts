/**
 * How the search index is split. Pagefind holds a whole index in memory while it writes it
 * (about 0.65 MB per Chinese page), so one index per language stops fitting in memory
 * somewhere above 30,000 agreements. Each language's pages are therefore split into parts of
 * at most `partSize` pages, newest first by signing date: part 00 holds the newest pages, and
 * date order across parts is part order. Each part is indexed by a Pagefind process of its own
 * (indexPart.ts) and the search page queries the parts as one (lib/search/pagefindClient.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { pageLanguage } from './indexedText.ts';

/** Pages per part unless the build says otherwise (`ARCHIVE_SEARCH_PART_SIZE`). */
export const DEFAULT_PART_SIZE = 5000;
export const PART_SIZE_ENV = 'ARCHIVE_SEARCH_PART_SIZE';

/** The sort key an undated page carries: it sorts last, after every dated page. */
const UNDATED_SORT_KEY = '0000-00-00';

/** An indexed page: its file relative to the site, its `<html lang>`, its date sort key. */
export interface IndexedPage {
  readonly file: string;
  readonly language: string;
  readonly sortKey: string;
}

/** One part of one language's index: where it is written, and the pages it holds. */
export interface IndexPart {
  readonly language: string;
  /** Two or more digits, newest part `00`: the part's folder under `pagefind/<language>/`. */
  readonly id: string;
  readonly files: readonly string[];
}

/** The manifest the search page reads (`pagefind/parts.json`): each language's parts in order. */
export type PartsManifest = Readonly<Record<string, readonly string[]>>;
export const PARTS_MANIFEST = 'parts.json';

export function partSizeFrom(setting: string | undefined): number {
  if (setting === undefined || setting === '') return DEFAULT_PART_SIZE;
  const size = Number(setting);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(
      `${PART_SIZE_ENV} must be a whole number of pages, at least 1, not "${setting}"`,
    );
  }
  return size;
}

/** The part size this build is set to: `ARCHIVE_SEARCH_PART_SIZE`, else the default. */
export const configuredPartSize = (): number => partSizeFrom(process.env[PART_SIZE_ENV]);

/** The folder of a part, relative to the index's output folder. */
export const partFolder = (part: Pick<IndexPart, 'language' | 'id'>) =>
  `${part.language}/${part.id}`;

/** Every HTML file under `dir`, relative, sorted (the index does not depend on disk order). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => path.split(sep).join('/'))
    .sort();
}

const SORT_KEY_ELEMENT = /<[^>]*\sdata-pagefind-sort="?date"?[^>]*>([^<]*)</;

/**
 * The pages Pagefind would index (those with `data-pagefind-body`), with their language and
 * date sort key. A page without a language goes with Pagefind's own `unknown` index.
 */
export function indexedPages(siteDir: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const file of htmlFiles(siteDir)) {
    const html = readFileSync(join(siteDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    pages.push({
      file,
      language: pageLanguage(html) ?? 'unknown',
      sortKey: SORT_KEY_ELEMENT.exec(html)?.[1]?.trim() || UNDATED_SORT_KEY,
    });
  }
  return pages;
}

/** Newest first; pages of one date by file, so the split never depends on disk order. */
const newestFirst = (a: IndexedPage, b: IndexedPage) =>
  a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : a.file < b.file ? -1 : 1;

/**
 * The newest part's share of a full part. The search page asks the newest part alone before
 * the others and shows its results first (lib/search/pagefindClient.ts), so what a reader waits
 * for, and what a first query downloads, follow the newest part's size: it is kept small (a
 * tenth: 500 pages at the default; a fifth, 1,000 pages, cost a first query 207 kB at 100,000).
 */
const NEWEST_PART_SHARE = 10;

/** How many pages each part of a language of `total` pages holds, newest part first. */
export function partSizes(total: number, partSize: number): number[] {
  if (total <= partSize) return total === 0 ? [] : [total];
  const newest = Math.ceil(partSize / NEWEST_PART_SHARE);
  const sizes = [newest];
  for (let left = total - newest; left > 0; left -= partSize) sizes.push(Math.min(left, partSize));
  return sizes;
}

/**
 * Splits each language's pages into parts of at most `partSize`, newest first: one part when
 * the language has no more than `partSize` pages; else a small newest part, then full parts.
 */
export function splitIntoParts(pages: readonly IndexedPage[], partSize: number): IndexPart[] {
  const byLanguage = new Map<string, IndexedPage[]>();
  for (const page of pages) {
    const group = byLanguage.get(page.language);
    if (group) group.push(page);
    else byLanguage.set(page.language, [page]);
  }
  const parts: IndexPart[] = [];
  for (const language of [...byLanguage.keys()].sort()) {
    const sorted = [...(byLanguage.get(language) ?? [])].sort(newestFirst);
    const sizes = partSizes(sorted.length, partSize);
    const digits = Math.max(2, String(sizes.length - 1).length);
    let start = 0;
    sizes.forEach((size, part) => {
      parts.push({
        language,
        id: String(part).padStart(digits, '0'),
        files: sorted.slice(start, start + size).map((page) => page.file),
      });
      start += size;
    });
  }
  return parts;
}

/** The manifest of a set of parts: each language with its part ids, newest first. */
export function partsManifest(parts: readonly IndexPart[]): PartsManifest {
  const manifest: Record<string, string[]> = {};
  for (const part of parts) (manifest[part.language] ??= []).push(part.id);
  return manifest;
}

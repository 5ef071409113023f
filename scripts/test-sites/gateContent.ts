/**
 * The content tree the site gates build from: the five seeds, every sixth release of the
 * real-release set and a second report of one of those signings, with their translations. The whole archive (content/, 94 releases and
 * growing) would make every gate read and browse some 1,200 pages per build where about 480
 * show the same things: every kind of page, three scripts, English and Chinese originals,
 * county to province, editors' notes, translations. `npm test` writes it before it builds;
 * the site gates read it through ARCHIVE_CONTENT_DIR (vitest.config.ts).
 *
 * Articles keep their `source.path` (content/sources/…), so the built site publishes the same
 * raw files from the project's sources folder.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from './builtSites.ts';

/** Where the gates' content tree is written (ignored by git, prettier and eslint: dist-*). */
export const GATE_CONTENT_DIR = resolve(PROJECT_ROOT, 'dist-test/content');
/** The same, as the relative path the builds and gates are given (one string: one cache). */
export const GATE_CONTENT_ENV = relative(PROJECT_ROOT, GATE_CONTENT_DIR);

/**
 * The gates' builds split each locale's search index into parts of this many pages, so that
 * every search gate asks an index of several parts, merged as a large archive's are.
 */
export const GATE_SEARCH_PART_SIZE = 8;

/** The environment of a gate build: the gates' content tree and its search parts. */
export const GATE_BUILD_ENV: Readonly<Record<string, string>> = {
  ARCHIVE_CONTENT_DIR: GATE_CONTENT_ENV,
  ARCHIVE_SEARCH_PART_SIZE: String(GATE_SEARCH_PART_SIZE),
};

const SOURCE_PATH = /^source:\n {2}path: content\/sources\/([^\n]+)$/mu;
const REAL_RELEASE = /^real-(\d{3})-/u;
/** One real release in this many joins the seeds. */
const REAL_RELEASE_STRIDE = 6;
/**
 * Real releases joined for what the stride misses: real-033 reports the signing real-042 does
 * (Jiulongpo and China Unicom, 2022), so the gates see an agreement of several reports.
 */
const ALSO = new Set([33]);

/** Whether an article, named by its raw source's file name, is in the gates' tree. */
export function inGateContent(sourceName: string): boolean {
  const real = REAL_RELEASE.exec(sourceName);
  if (real === null) return true;
  const number = Number(real[1]);
  return number % REAL_RELEASE_STRIDE === 0 || ALSO.has(number);
}

/** Writes the tree afresh from content/; returns how many articles it holds. */
export function writeGateContent(from = join(PROJECT_ROOT, 'content')): number {
  rmSync(GATE_CONTENT_DIR, { recursive: true, force: true });
  for (const folder of ['articles', 'translations'])
    mkdirSync(join(GATE_CONTENT_DIR, folder), { recursive: true });
  const ids = new Set<string>();
  for (const name of readdirSync(join(from, 'articles')).filter((file) => file.endsWith('.md'))) {
    const text = readFileSync(join(from, 'articles', name), 'utf8');
    const source = SOURCE_PATH.exec(text)?.[1];
    if (source === undefined) throw new Error(`content/articles/${name}: no source.path`);
    if (!inGateContent(source)) continue;
    copyFileSync(join(from, 'articles', name), join(GATE_CONTENT_DIR, 'articles', name));
    ids.add(name.slice(0, -'.md'.length));
  }
  for (const name of readdirSync(join(from, 'translations'))) {
    const id = name.split('.')[0] ?? '';
    if (ids.has(id))
      copyFileSync(join(from, 'translations', name), join(GATE_CONTENT_DIR, 'translations', name));
  }
  return ids.size;
}

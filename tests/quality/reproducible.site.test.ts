/**
 * Reproducible build: two fresh builds of the same tree give a byte-identical site. Both are
 * made here, each without Astro's content-layer cache (`--force`), into two directories
 * (dist-test/repro-a, dist-test/repro-b: so paths cannot leak into the output unnoticed), and
 * compared file by file. (Comparing with dist-test/root instead would race any edit made since
 * that build.) Nothing is exempt: Astro's asset names are content hashes, the sitemap has no
 * dates unless the site sets them, and Pagefind's index is a function of the pages. If something
 * must differ (a build timestamp, say), it belongs in ALLOWED_TO_DIFFER with the reason.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSite, PROJECT_ROOT, siteFiles } from '../browser/harness.ts';

/** Files that may differ between two builds of one commit, each with why. None so far. */
const ALLOWED_TO_DIFFER: ReadonlyMap<string, string> = new Map();

const first = resolve(PROJECT_ROOT, 'dist-test/repro-a');
const second = resolve(PROJECT_ROOT, 'dist-test/repro-b');
afterAll(() => {
  for (const dir of [first, second]) rmSync(dir, { recursive: true, force: true });
});

const digest = (dir: string, file: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, file)))
    .digest('hex');

test('two fresh builds of the same tree are byte-identical', async () => {
  // One after the other: they share Astro's caches, which --force empties before each.
  for (const outDir of [first, second]) await buildSite({ outDir, base: '/', fresh: true });
  const files = siteFiles(first);
  expect(siteFiles(second), 'the two builds have different file lists').toEqual(files);
  expect(files.length).toBeGreaterThan(0);
  const differing = files.filter(
    (file) => !ALLOWED_TO_DIFFER.has(file) && digest(first, file) !== digest(second, file),
  );
  expect(differing, `files that differ between two builds:\n${differing.join('\n')}`).toEqual([]);
  console.log(`reproducible: ${files.length} files identical`);
});

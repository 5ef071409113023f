/**
 * Reproducible build: building the same commit again gives a byte-identical site. The second
 * build goes to another directory (dist-test/again) and is compared file by file with
 * dist-test/root. Nothing is exempt: Astro's asset names are content hashes, the sitemap has no
 * dates unless the site sets them, and Pagefind's index is a function of the pages. If something
 * must differ (a build timestamp, say), it belongs in ALLOWED_TO_DIFFER with the reason.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { BUILT_SITES, buildSite, PROJECT_ROOT, siteFiles } from '../browser/harness.ts';

/** Files that may differ between two builds of one commit, each with why. None so far. */
const ALLOWED_TO_DIFFER: ReadonlyMap<string, string> = new Map();

const again = resolve(PROJECT_ROOT, 'dist-test/again');
afterAll(() => rmSync(again, { recursive: true, force: true }));

const digest = (dir: string, file: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, file)))
    .digest('hex');

test('a second build of the same commit is byte-identical', async () => {
  const first = BUILT_SITES.root;
  // --force: without the content-layer cache the first build left, as a fresh clone builds.
  await buildSite({ outDir: again, base: first.base, fresh: true });
  const before = siteFiles(first.dir);
  const after = siteFiles(again);
  expect(after, 'the two builds have different file lists').toEqual(before);
  const differing = before.filter(
    (file) => !ALLOWED_TO_DIFFER.has(file) && digest(first.dir, file) !== digest(again, file),
  );
  expect(differing, `files that differ between two builds:\n${differing.join('\n')}`).toEqual([]);
  console.log(`reproducible: ${before.length} files identical`);
});

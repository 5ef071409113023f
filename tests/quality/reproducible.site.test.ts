/**
 * Reproducible build: two builds of the same tree give a byte-identical site. The first is the
 * root build every gate reads (dist-test/root, made by npm test or the global setup); the
 * second is made here without Astro's content-layer cache (`--force`, as a fresh clone builds)
 * into another directory (dist-test/repro, so paths cannot leak into the output unnoticed), and
 * the two are compared file by file. Nothing is exempt: Astro's asset names are content hashes,
 * the sitemap has no dates unless the site sets them, and Pagefind's index is a function of the
 * pages. If something must differ (a build timestamp, say), it belongs in ALLOWED_TO_DIFFER with
 * the reason.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { BUILT_SITES, buildSite, PROJECT_ROOT, siteFiles } from '../browser/harness.ts';

/** Files that may differ between two builds of one commit, each with why. None so far. */
const ALLOWED_TO_DIFFER: ReadonlyMap<string, string> = new Map();

const first = BUILT_SITES.root.dir;
const second = resolve(PROJECT_ROOT, 'dist-test/repro');
afterAll(() => rmSync(second, { recursive: true, force: true }));

const digest = (dir: string, file: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, file)))
    .digest('hex');

test('a second, fresh build of the same tree is byte-identical to the first', async () => {
  await buildSite({ outDir: second, base: BUILT_SITES.root.base, fresh: true });
  const files = siteFiles(first);
  expect(siteFiles(second), 'the two builds have different file lists').toEqual(files);
  expect(files.length).toBeGreaterThan(0);
  const differing = files.filter(
    (file) => !ALLOWED_TO_DIFFER.has(file) && digest(first, file) !== digest(second, file),
  );
  expect(differing, `files that differ between two builds:\n${differing.join('\n')}`).toEqual([]);
  console.log(`reproducible: ${files.length} files identical`);
});

/**
 * Links gate: in the build at the root and the one under /archive/, every internal link, asset,
 * anchor, raw-source file, data download, sitemap and feed URL resolves on a static host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BUILT_SITES,
  htmlPages,
  pagesToCheck,
  readSitemap,
  serveBuiltSite,
  siteFiles,
  TEST_SITE_ORIGIN,
  type ServedSite,
} from '../browser/harness.ts';
import { scanHtml } from '../../scripts/quality/html-references.ts';
import { checkLinks } from '../../scripts/quality/link-checker.ts';

describe.each(Object.entries(BUILT_SITES))('links of the %s build', (_name, built) => {
  let site: ServedSite;
  beforeAll(async () => {
    site = await serveBuiltSite(built);
  });
  afterAll(() => site?.close());

  test('the sitemap lists pages of this build only', () => {
    const sitemap = readSitemap(built.dir, built.base);
    expect(sitemap.problems).toEqual([]);
    expect(sitemap.urls.length).toBeGreaterThan(0);
    for (const url of sitemap.urls)
      expect(url.startsWith(TEST_SITE_ORIGIN + built.base)).toBe(true);
  });

  test('every internal link, asset and anchor resolves', async () => {
    const files = siteFiles(built.dir).filter(
      (file) =>
        !file.startsWith('pagefind/') && (/\.(css|xml)$/.test(file) || file === 'robots.txt'),
    );
    const result = await checkLinks({
      servedUrl: site.url,
      publicUrl: TEST_SITE_ORIGIN + built.base,
      pages: pagesToCheck(built.dir, built.base),
      files,
    });
    console.log(
      `links (${built.base}): ${result.checkedReferences} references to ${result.checkedTargets} URLs checked, ` +
        `${result.externalLinks.size} external links not fetched`,
    );
    expect(result.problems, `broken links:\n${result.problems.join('\n')}`).toEqual([]);
    expect(result.checkedReferences).toBeGreaterThan(0);
  });
});

test('every page names its icon (else browsers ask for /favicon.ico at the host root: a 404)', () => {
  const { dir, base } = BUILT_SITES.root;
  const missing = htmlPages(dir).filter((path) => {
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    return !scanHtml(readFileSync(file, 'utf8')).references.some((reference) =>
      /<link rel="[^"]*\bicon\b/i.test(reference.where),
    );
  });
  expect(missing, `pages without <link rel="icon"> (base ${base}):\n${missing.join('\n')}`).toEqual(
    [],
  );
});

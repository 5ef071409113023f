/**
 * Size budgets, gzip, on the root build. The numbers and why:
 * - JavaScript: none on any page but the search pages (the site works without it; only
 *   search needs a script). Checked as: no script element, handler attribute or javascript: URL.
 * - HTML beyond the main text, all CSS, the search page's own script and the map: the numbers and why
 *   are in scripts/quality/budgets.ts, which the benchmark reads too.
 * Every measure is written to test-results/budgets.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { BUILT_SITES, PROJECT_ROOT, siteFiles } from '../browser/harness.ts';
import { searchPagePath } from '../browser/pagefind-probe.ts';
import { PAGE_BUDGETS } from '../../scripts/quality/budgets.ts';
import {
  gzipSize,
  importedModules,
  markupWithoutMainText,
  scriptsOf,
} from '../../scripts/quality/page-weight.ts';

const KB = 1024;

const { dir } = BUILT_SITES.root;
const files = siteFiles(dir);
const htmlFiles = files.filter((file) => file.endsWith('.html'));
const searchFiles = new Set(
  LOCALES.map((locale) => `${searchPagePath(locale).replace(/^\//, '')}index.html`),
);
const read = (file: string) => readFileSync(join(dir, file));
const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} kB`;

/** A script URL of a page → its file in the build; undefined if it is not the site's own. */
function ownFile(fromFile: string, url: string): string | undefined {
  if (/^[a-z]+:/i.test(url) && !url.startsWith('/')) return undefined;
  const path = url.startsWith('/')
    ? url.slice(BUILT_SITES.root.base.length)
    : posix.join(posix.dirname(fromFile), url);
  return posix.normalize(path.split(/[?#]/)[0] ?? '');
}

const report: Record<string, unknown> = {};
function record(key: string, value: unknown) {
  report[key] = value;
  const out = join(PROJECT_ROOT, 'test-results/budgets.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ budgets: PAGE_BUDGETS, ...report }, null, 2)}\n`);
}

test('there are pages to measure, search pages among them', () => {
  expect(htmlFiles.length).toBeGreaterThan(0);
  for (const file of searchFiles) expect(htmlFiles, `no search page ${file}`).toContain(file);
});

test('no page carries JavaScript but the search pages', () => {
  const offenders = htmlFiles
    .filter((file) => !searchFiles.has(file))
    .flatMap((file) => {
      const { external, inline } = scriptsOf(read(file).toString('utf8'));
      return [
        ...external.map((src) => `${file}: <script src="${src}">`),
        ...inline.map((code) => `${file}: ${code}`),
      ];
    });
  expect(offenders, `JavaScript on pages that must have none:\n${offenders.join('\n')}`).toEqual(
    [],
  );
});

test(`HTML beyond the main text ≤ ${kb(PAGE_BUDGETS.htmlBeyondMainText)} gzip on every page`, () => {
  const sizes = htmlFiles.map((file) => {
    const html = read(file).toString('utf8');
    return { file, whole: gzipSize(html), beyondText: gzipSize(markupWithoutMainText(html)) };
  });
  sizes.sort((a, b) => b.beyondText - a.beyondText);
  record('html', { largest: sizes.slice(0, 10), pages: sizes.length });
  console.log(
    `HTML beyond main text, largest: ${sizes
      .slice(0, 3)
      .map((s) => `${s.file} ${kb(s.beyondText)}`)
      .join(', ')}`,
  );
  const over = sizes.filter((size) => size.beyondText > PAGE_BUDGETS.htmlBeyondMainText);
  expect(
    over.map(
      (size) =>
        `${size.file}: ${kb(size.beyondText)} beyond its main text (${kb(size.whole)} whole)`,
    ),
  ).toEqual([]);
});

test(`the map ≤ ${kb(PAGE_BUDGETS.map)} gzip: base map plus a page's own map markup`, () => {
  const baseMap = gzipSize(read('map/china.svg'));
  const inline = htmlFiles.map((file) => {
    const match = /<figure class="china-map"[\s\S]*?<\/figure>/u.exec(read(file).toString('utf8'));
    return { file, size: match === null ? 0 : gzipSize(match[0]) };
  });
  const largest = inline.reduce((a, b) => (b.size > a.size ? b : a), { file: '', size: 0 });
  record('map', { baseMap, largestInline: largest });
  expect(largest.size, 'no page shows the map').toBeGreaterThan(0);
  expect(
    baseMap + largest.size,
    `base map ${kb(baseMap)}, ${largest.file} ${kb(largest.size)}`,
  ).toBeLessThanOrEqual(PAGE_BUDGETS.map);
});

test(`all CSS ≤ ${kb(PAGE_BUDGETS.cssTotal)} gzip`, () => {
  const css = files.filter((file) => file.endsWith('.css'));
  const own = css.filter((file) => !file.startsWith('pagefind/'));
  const sizes = Object.fromEntries(own.map((file) => [file, gzipSize(read(file))]));
  const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
  const pagefind = css
    .filter((file) => file.startsWith('pagefind/'))
    .reduce((sum, file) => sum + gzipSize(read(file)), 0);
  record('css', { total, files: sizes, pagefindCss: pagefind });
  console.log(`CSS: ${kb(total)} in ${own.length} files (Pagefind's own CSS: ${kb(pagefind)})`);
  expect(total, `CSS files: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(PAGE_BUDGETS.cssTotal);
});

test(`each search page's own script ≤ ${kb(PAGE_BUDGETS.searchOwnScript)} gzip, Pagefind's beside it`, () => {
  // Pagefind's runtime for one reader: its loader, its worker and the WebAssembly, from the
  // first part of the reader's language (files already compressed, like the wasm, gain
  // nothing from gzip: sized as served).
  const runtimeFile =
    /^pagefind\/([^/]+)\/0+\/(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind)$/;
  const pagefindFiles = Object.fromEntries(
    files.filter((file) => runtimeFile.test(file)).map((file) => [file, gzipSize(read(file))]),
  );
  const runtimeByLanguage = new Map<string, number>();
  for (const [file, size] of Object.entries(pagefindFiles)) {
    const language = runtimeFile.exec(file)?.[1] ?? '';
    runtimeByLanguage.set(language, (runtimeByLanguage.get(language) ?? 0) + size);
  }
  expect(runtimeByLanguage.size, 'no language has a Pagefind runtime').toBeGreaterThan(0);
  const pagefindRuntime = Math.max(...runtimeByLanguage.values());
  const results: Record<string, { own: number; modules: string[] }> = {};
  for (const file of searchFiles) {
    const { external, inline } = scriptsOf(read(file).toString('utf8'));
    const modules = new Set<string>();
    const queue = external
      .map((src) => ownFile(file, src))
      .filter((path): path is string => path !== undefined);
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (modules.has(next) || next.startsWith('pagefind/')) continue;
      modules.add(next);
      const code = read(next).toString('utf8');
      for (const specifier of importedModules(code)) {
        const imported = ownFile(next, specifier);
        if (imported !== undefined) queue.push(imported);
      }
    }
    const own =
      [...modules].reduce((sum, module) => sum + gzipSize(read(module)), 0) +
      inline.reduce((sum, code) => sum + gzipSize(code), 0);
    results[file] = { own, modules: [...modules] };
  }
  record('search', { pages: results, pagefindRuntime, pagefindFiles });
  console.log(
    `search script: ${Object.entries(results)
      .map(([file, r]) => `${file} ${kb(r.own)}`)
      .join(', ')}; Pagefind runtime ${kb(pagefindRuntime)}`,
  );
  for (const [file, result] of Object.entries(results)) {
    expect(result.own, `${file}: ${result.modules.join(', ')}`).toBeLessThanOrEqual(
      PAGE_BUDGETS.searchOwnScript,
    );
  }
});

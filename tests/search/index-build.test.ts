/**
 * The build's Pagefind step (src/lib/searchIndex/buildIndex.ts): each language is indexed in a
 * Pagefind process of its own, all into one `pagefind/` output whose entry file names every
 * language, as one process for all of them would have written it.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/searchIndex/buildIndex.ts';
import { mergeEntries } from '../../src/lib/searchIndex/entry.ts';

const page = (lang: string, title: string, text: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main>` +
  `<article data-pagefind-body><h1>${title}</h1><p>${text}</p>` +
  `<span data-pagefind-filter="year" hidden>2019</span></article></main></body></html>`;

const site = mkdtempSync(join(tmpdir(), 'pagefind-build-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function write(path: string, html: string) {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), html);
}

describe('the search index of a built site', () => {
  it('holds every language, indexed one process at a time, in one output', async () => {
    write('en/agreements/a/index.html', page('en', 'Yantai', 'China Unicom signs with Yantai'));
    write('en/agreements/b/index.html', page('en', 'Shanghai', 'China Mobile signs with Shanghai'));
    write('zh-hans/agreements/a/index.html', page('zh-Hans', '烟台', '烟台市与山东联通签署协议'));
    write('zh-hant/agreements/a/index.html', page('zh-Hant', '煙臺', '煙臺市與山東聯通簽署協議'));
    write('en/about/index.html', '<!doctype html><html lang="en"><body><p>About</p></body></html>');

    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    await buildSearchIndex(site, { info: log, warn: log, error: log } as never);

    const output = join(site, 'pagefind');
    const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['en', 'zh-hans', 'zh-hant']);
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([
      2, 1, 1,
    ]);
    // Each language's metadata, word index and filter files are all in the one output.
    const files = readdirSync(output, { recursive: true, encoding: 'utf8' });
    for (const [language, { hash }] of Object.entries(entry.languages)) {
      expect(files).toContain(`pagefind.${hash}.pf_meta`);
      expect(files.some((file) => file.startsWith(`index/${language}_`))).toBe(true);
      expect(files.some((file) => file.startsWith(`filter/${language}_`))).toBe(true);
    }

    expect(lines.filter((line) => /^Indexed [a-z-]+: \d+ pages in [\d.]+ s$/.test(line))).toEqual([
      expect.stringMatching(/^Indexed en: 2 pages/),
      expect.stringMatching(/^Indexed zh-hans: 1 pages/),
      expect.stringMatching(/^Indexed zh-hant: 1 pages/),
    ]);
    // The benchmark reads the total from this line.
    expect(lines.at(-1)).toMatch(/^Indexed 4 pages in [\d.]+ s$/);
  });
});

describe('merging the entry files of several Pagefind runs', () => {
  const entry = (languages: Record<string, unknown>, version = '1.6.0') => ({
    version,
    languages,
    include_characters: ['_'],
  });

  it('lists every language, in order', () => {
    expect(
      mergeEntries([entry({ 'zh-hant': { page_count: 1 } }), entry({ en: { page_count: 2 } })]),
    ).toEqual(entry({ en: { page_count: 2 }, 'zh-hant': { page_count: 1 } }));
  });

  it('refuses two indexes of one language, runs of different versions, or none at all', () => {
    expect(() => mergeEntries([entry({ en: {} }), entry({ en: {} })])).toThrow(/Two .* for en/);
    expect(() => mergeEntries([entry({ en: {} }), entry({ fr: {} }, '1.5.0')])).toThrow(/disagree/);
    expect(() => mergeEntries([])).toThrow(/No Pagefind index/);
  });
});

/**
 * The build's Pagefind step (src/lib/searchIndex/): each language's pages are split into parts
 * of a bounded size, newest first, each part indexed by a process of its own into
 * `pagefind/<language>/<part>/`, and `pagefind/parts.json` names every language's parts.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/searchIndex/buildIndex.ts';
import { partSizeFrom, partSizes, splitIntoParts } from '../../src/lib/searchIndex/parts.ts';

const page = (lang: string, title: string, text: string, date: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main>` +
  `<article data-pagefind-body><h1>${title}</h1><p>${text}</p>` +
  `<div hidden data-pagefind-ignore><span data-pagefind-sort="date">${date}</span>` +
  `<span data-pagefind-filter="year">${date.slice(0, 4)}</span></div></article></main></body></html>`;

const site = mkdtempSync(join(tmpdir(), 'pagefind-build-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function write(path: string, html: string) {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), html);
}

describe('the search index of a built site', () => {
  it('splits each language into parts, newest first, each with its own Pagefind index', async () => {
    write(
      'en/agreements/a/index.html',
      page('en', 'Yantai', 'China Unicom signs with Yantai', '2019-03-05'),
    );
    write(
      'en/agreements/b/index.html',
      page('en', 'Shanghai', 'China Mobile signs with Shanghai', '2021-07-01'),
    );
    write(
      'en/agreements/c/index.html',
      page('en', 'Wuhan', 'China Telecom signs with Wuhan', '0000-00-00'),
    );
    write(
      'zh-hans/agreements/a/index.html',
      page('zh-Hans', '烟台', '烟台市与山东联通签署协议', '2019-03-05'),
    );
    write(
      'zh-hant/agreements/a/index.html',
      page('zh-Hant', '煙臺', '煙臺市與山東聯通簽署協議', '2019-03-05'),
    );
    write('en/about/index.html', '<!doctype html><html lang="en"><body><p>About</p></body></html>');

    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    await buildSearchIndex(site, { info: log, warn: log, error: log }, { partSize: 2, jobs: 2 });

    const output = join(site, 'pagefind');
    expect(JSON.parse(readFileSync(join(output, 'parts.json'), 'utf8'))).toEqual({
      en: ['00', '01'],
      'zh-hans': ['00'],
      'zh-hant': ['00'],
    });
    const pagesOf = (folder: string) => {
      const entry = JSON.parse(
        readFileSync(join(output, folder, 'pagefind-entry.json'), 'utf8'),
      ) as {
        languages: Record<string, { hash: string; page_count: number }>;
      };
      return entry.languages;
    };
    // The newest English page alone (a small newest part), then the two older ones (the
    // undated one sorts last).
    expect(pagesOf('en/00')['en']?.page_count).toBe(1);
    expect(pagesOf('en/01')['en']?.page_count).toBe(2);
    expect(Object.keys(pagesOf('zh-hant/00'))).toEqual(['zh-hant']);

    // Each part keeps its metadata, word index and filter files; only a language's first part
    // keeps Pagefind's script and worker, the first two its WebAssembly (the search page starts
    // one instance from each), and no part keeps Pagefind's UIs.
    for (const folder of ['en/00', 'en/01', 'zh-hans/00']) {
      const files = readdirSync(join(output, folder), { recursive: true, encoding: 'utf8' });
      const [language, { hash }] = Object.entries(pagesOf(folder))[0] ?? ['', { hash: '' }];
      expect(files).toContain(`pagefind.${hash}.pf_meta`);
      expect(files.some((file) => file.startsWith(`index/${language}_`))).toBe(true);
      expect(files.some((file) => file.startsWith(`filter/${language}_`))).toBe(true);
      expect(files.some((file) => /ui\.(js|css)$/.test(file))).toBe(false);
      expect(files.includes('pagefind.js')).toBe(folder.endsWith('/00'));
      expect(files.includes('pagefind-worker.js')).toBe(folder.endsWith('/00'));
      // Chinese has no stemmer: its WebAssembly is Pagefind's `unknown` one.
      expect(files.some((file) => /^wasm\.(en|unknown)\.pagefind$/.test(file))).toBe(true);
    }

    expect(lines.filter((line) => line.startsWith('Indexed part ')).sort()).toEqual([
      expect.stringMatching(/^Indexed part en\/00: 1 pages in [\d.]+ s$/),
      expect.stringMatching(/^Indexed part en\/01: 2 pages in [\d.]+ s$/),
      expect.stringMatching(/^Indexed part zh-hans\/00: 1 pages in [\d.]+ s$/),
      expect.stringMatching(/^Indexed part zh-hant\/00: 1 pages in [\d.]+ s$/),
    ]);
    // The benchmark reads the total from this line.
    expect(lines.at(-1)).toMatch(
      /^Indexed 5 pages in [\d.]+ s \(4 parts of at most 2 pages, 2 at once\)$/,
    );
    // Four Pagefind processes, each started and waited for: seconds on a busy machine, and no
    // speed is asserted here (that is the benchmark's), so the unit default of 5 s is too short.
  }, 60_000);
});

describe('splitting pages into parts', () => {
  const page = (file: string, language: string, sortKey: string) => ({ file, language, sortKey });

  it('puts the newest pages first, pages of one date in file order, undated last', () => {
    const parts = splitIntoParts(
      [
        page('c', 'en', '2001-01-01'),
        page('b', 'en', '0000-00-00'),
        page('a', 'en', '2001-01-01'),
        page('d', 'en', '2020-12-31'),
        page('e', 'zh-hans', '2010-05-05'),
      ],
      3,
    );
    expect(parts).toEqual([
      { language: 'en', id: '00', files: ['d'] },
      { language: 'en', id: '01', files: ['a', 'c', 'b'] },
      { language: 'zh-hans', id: '00', files: ['e'] },
    ]);
  });

  it('keeps a language in one part up to the part size; beyond it, a newest part of a tenth', () => {
    expect(partSizes(0, 5000)).toEqual([]);
    expect(partSizes(5000, 5000)).toEqual([5000]);
    expect(partSizes(5001, 5000)).toEqual([500, 4501]);
    expect(partSizes(10_000, 5000)).toEqual([500, 5000, 4500]);
    expect(partSizes(98_792, 5000)).toHaveLength(21);
    expect(partSizes(3, 2)).toEqual([1, 2]);
  });

  it('numbers parts with as many digits as the last one needs', () => {
    const pages = Array.from({ length: 101 }, (_, n) => page(`p${n}`, 'en', '2020-01-01'));
    const ids = splitIntoParts(pages, 1).map((part) => part.id);
    expect(ids[0]).toBe('000');
    expect(ids.at(-1)).toBe('100');
  });

  it('reads the part size from the environment, refusing what is not a page count', () => {
    expect(partSizeFrom(undefined)).toBe(5000);
    expect(partSizeFrom('250')).toBe(250);
    expect(() => partSizeFrom('0')).toThrow(/whole number/);
    expect(() => partSizeFrom('2.5')).toThrow(/whole number/);
  });
});

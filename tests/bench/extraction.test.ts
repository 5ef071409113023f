import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { extractionStats } from '../../scripts/bench/extraction.ts';
import { generateRelease } from '../../scripts/corpus/release.ts';
import { loadVocabulary } from '../../scripts/corpus/vocabulary.ts';

const vocabulary = loadVocabulary();
const dir = mkdtempSync(join(tmpdir(), 'bench-extraction-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A release whose text shows both dates, so both count. */
function datedRelease(from: number) {
  for (let index = from; ; index++) {
    const release = generateRelease('x', index, vocabulary);
    if (release.truth.publishedShown && !release.truth.relativeDate) return release;
  }
}

function writeArticle(name: string, data: Record<string, unknown>): void {
  writeFileSync(join(dir, name), matter.stringify('text\n', data));
}

describe('extractionStats', () => {
  it('scores each article against the release it came from', () => {
    const good = datedRelease(0);
    const bad = datedRelease(good.index + 1);
    writeArticle('good.md', {
      id: 'good',
      publishedOn: { value: good.truth.publishedOn },
      signedOn: { value: good.truth.signedOn },
      operators: [...good.operators].reverse(),
      places: [{ code: good.placeCode }],
      parties: [],
      amounts: [],
      source: { path: `bench/corpus/x/${good.fileName}` },
    });
    writeArticle('bad.md', {
      id: 'undated-somewhere-china-mobile',
      publishedOn: null,
      signedOn: null,
      // Every release names at least one operator: none is always wrong.
      operators: [],
      places: [],
      parties: [],
      amounts: [],
      source: { path: `bench/corpus/x/${bad.fileName}` },
    });
    const stats = extractionStats(dir, 'x', vocabulary);
    expect(stats).toEqual({
      articles: 2,
      undated: 1,
      undatedIds: 1,
      publishedOn: { of: 2, right: 1 },
      signedOn: { of: 2, right: 1 },
      operators: { of: 2, right: 1 },
      place: { of: 2, right: 1 },
      // The bad article states nothing to group by: a signing the two share is not grouped right.
      grouping: { of: good.truth.signing === bad.truth.signing ? 1 : 0, right: 0, wrongMerges: 0 },
    });
  });

  it('counts a signing grouped right when its reports became one agreement', () => {
    const groupDir = mkdtempSync(join(tmpdir(), 'bench-grouping-'));
    try {
      let reReport = generateRelease('x', 1, vocabulary);
      while (!reReport.messes.includes('re-report')) {
        reReport = generateRelease('x', reReport.index + 1, vocabulary);
      }
      const first = generateRelease('x', reReport.truth.signing, vocabulary);
      expect(first.truth.signedOn).toBe(reReport.truth.signedOn);
      expect(first.placeCode).toBe(reReport.placeCode);
      const write = (name: string, release: typeof first, placeCode: string) =>
        writeFileSync(
          join(groupDir, name),
          matter.stringify('text\n', {
            id: name.slice(0, -3),
            publishedOn: null,
            signedOn: { value: release.truth.signedOn, precision: 'day' },
            operators: [...release.operators],
            places: [{ code: placeCode }],
            parties: [{ name: 'government', kind: 'government', placeCode }],
            amounts: [],
            source: { path: `bench/corpus/x/${release.fileName}` },
          }),
        );
      write('a.md', first, first.placeCode);
      write('b.md', reReport, reReport.placeCode);
      expect(extractionStats(groupDir, 'x', vocabulary).grouping).toEqual({
        of: 1,
        right: 1,
        wrongMerges: 0,
      });
      // Read as another place, the re-report stays apart: the signing is not grouped right.
      write('b.md', reReport, '110000');
      expect(extractionStats(groupDir, 'x', vocabulary).grouping).toEqual({
        of: 1,
        right: 0,
        wrongMerges: 0,
      });
    } finally {
      rmSync(groupDir, { recursive: true, force: true });
    }
  });
});

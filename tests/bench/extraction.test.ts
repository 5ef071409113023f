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
      source: { path: `bench/corpus/x/${good.fileName}` },
    });
    writeArticle('bad.md', {
      id: 'undated-somewhere-china-mobile',
      publishedOn: null,
      signedOn: null,
      operators: ['china-tower', 'china-mobile', 'china-unicom', 'china-telecom', 'china-broadnet'],
      places: [],
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
    });
  });
});

/**
 * How well ingest read the synthetic releases: each article's front matter against what the
 * generator wrote into its release (regenerated from the seed and the index in its file name).
 * Not a test of ingest (tests/ingest and tests/extract are) but the scale view: the share of
 * dates, operators and places read right over thousands of messy releases, and why ids collide.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import matter from 'gray-matter';
import { generateRelease } from '../corpus/release.ts';
import type { Vocabulary } from '../corpus/vocabulary.ts';

export interface Share {
  of: number;
  right: number;
}

export interface ExtractionStats {
  articles: number;
  /** Neither a signing nor a publication date. */
  undated: number;
  /** Ids that begin `undated-`: the ones most likely to collide. */
  undatedIds: number;
  /** Releases whose text shows the publication date with its year: read as that day? */
  publishedOn: Share;
  /** Releases whose signing date can be known (its year in the text, or a shown publication date): read right? */
  signedOn: Share;
  /** The operators, exactly (as a set). */
  operators: Share;
  /** The signing government's place among the article's places. */
  place: Share;
}

interface FrontMatter {
  id: string;
  publishedOn: { value: string } | null;
  signedOn: { value: string } | null;
  operators: string[];
  places: { code: string }[];
  source: { path: string };
}

export function extractionStats(
  articlesDir: string,
  seed: string,
  vocabulary: Vocabulary,
): ExtractionStats {
  const stats: ExtractionStats = {
    articles: 0,
    undated: 0,
    undatedIds: 0,
    publishedOn: { of: 0, right: 0 },
    signedOn: { of: 0, right: 0 },
    operators: { of: 0, right: 0 },
    place: { of: 0, right: 0 },
  };
  const count = (share: Share, right: boolean): void => {
    share.of++;
    if (right) share.right++;
  };
  for (const name of readdirSync(articlesDir)) {
    if (!name.endsWith('.md')) continue;
    const article = matter(readFileSync(join(articlesDir, name), 'utf8')).data as FrontMatter;
    // Corpus file names begin with the release's index: 000123_<hex>.txt.
    const index = /^(\d+)_[0-9a-f]+\.txt$/.exec(basename(article.source.path))?.[1];
    if (index === undefined) continue;
    const release = generateRelease(seed, Number(index), vocabulary);
    const { truth } = release;
    stats.articles++;
    if (!article.publishedOn && !article.signedOn) stats.undated++;
    if (article.id.startsWith('undated-')) stats.undatedIds++;
    if (truth.publishedShown)
      count(stats.publishedOn, article.publishedOn?.value === truth.publishedOn);
    if (!truth.relativeDate && (truth.signedYearShown || truth.publishedShown)) {
      count(stats.signedOn, article.signedOn?.value === truth.signedOn);
    }
    const operators = new Set(article.operators);
    count(
      stats.operators,
      operators.size === release.operators.length &&
        release.operators.every((id) => operators.has(id)),
    );
    count(
      stats.place,
      article.places.some((place) => place.code === release.placeCode),
    );
  }
  return stats;
}

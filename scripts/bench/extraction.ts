/**
 * How well ingest read the synthetic releases: each article's front matter against what the
 * generator wrote into its release (regenerated from the seed and the index in its file name).
 * Not a test of ingest (tests/ingest and tests/extract are) but the scale view: the share of
 * dates, operators and places read right over thousands of messy releases, why ids collide,
 * and whether the reports of one signing (the generator's re-reports) became one agreement.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import matter from 'gray-matter';
import { reportFactsOf } from '../../src/lib/archive/reports.ts';
import type { Agreement } from '../../src/schema/agreement.ts';
import { generateRelease } from '../corpus/release.ts';
import { scoreGrouping, type GroupedReport } from '../eval/scoreGrouping.ts';
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
  /**
   * Signings reported by more than one release (`of`), and those whose reports became exactly
   * one agreement (`right`), by the rules the site and ingest use (grouping.ts); `wrongMerges`:
   * pairs of reports of different signings put in one agreement.
   */
  grouping: Share & { wrongMerges: number };
}

interface FrontMatter {
  id: string;
  publishedOn: { value: string } | null;
  signedOn: { value: string } | null;
  operators: string[];
  places: { code: string }[];
  amounts: { value: number; currency: string }[];
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
    grouping: { of: 0, right: 0, wrongMerges: 0 },
  };
  const reports: GroupedReport[] = [];
  const count = (share: Share, right: boolean): void => {
    share.of++;
    if (right) share.right++;
  };
  for (const name of readdirSync(articlesDir)) {
    if (!name.endsWith('.md')) continue;
    const file = join(articlesDir, name);
    // With options, gray-matter keeps no cache of every text it parsed (100,000 articles).
    const article = matter(readFileSync(file, 'utf8'), {}).data as FrontMatter;
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
    reports.push({
      source: basename(article.source.path),
      // One agreement is one place, operators and signing day (the definition): two
      // signings the generator drew with the same three by chance are one agreement too.
      signing: `${release.placeCode}|${[...release.operators].sort().join(',')}|${truth.signedOn}`,
      facts: reportFactsOf({
        agreement: article as unknown as Agreement,
        readBody: () => matter(readFileSync(file, 'utf8'), {}).content,
      }),
    });
  }
  const grouping = scoreGrouping(reports);
  stats.grouping = {
    of: grouping.signings,
    right: grouping.right,
    wrongMerges: grouping.wrongMerges.length,
  };
  return stats;
}

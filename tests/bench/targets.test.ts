import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../scripts/bench/measure.ts';
import { renderMarkdown } from '../../scripts/bench/markdownReport.ts';
import type { SizeResult } from '../../scripts/bench/results.ts';
import type { SearchResult } from '../../scripts/bench/search.ts';
import { evaluateTargets, searchIndexSkip } from '../../scripts/bench/targets.ts';

function step(wallSeconds: number, rssMiB = 500): Measurement {
  return {
    command: 'node x',
    exitCode: 0,
    wallSeconds,
    userSeconds: wallSeconds,
    systemSeconds: 0,
    maxRssMiB: rssMiB,
    treePeakRssMiB: rssMiB,
    meanLoad: 1,
    logFile: 'x.log',
    source: 'gnu-time',
  };
}

function search(coldMs: number, coldBytes: number, warmMs: number): SearchResult {
  const bytes = {
    total: coldBytes,
    page: 10_000,
    pagefindRuntime: 60_000,
    pagefindIndex: coldBytes - 80_000,
    pagefindFragments: 10_000,
    served: coldBytes * 2,
    requests: 9,
  };
  return {
    locales: [
      {
        locale: 'en',
        cold: {
          query: 'q',
          msToResults: coldMs,
          searchMs: coldMs,
          results: 5,
          bytes,
          allMs: coldMs * 2,
          allBytes: { ...bytes, total: coldBytes * 4 },
          pageLoadBytes: bytes,
        },
        warm: [],
      },
    ],
    warm: {
      count: 10,
      medianMs: warmMs,
      p95Ms: warmMs * 2,
      maxMs: warmMs * 3,
      medianBytes: 5000,
      medianSearchMs: warmMs,
      p95SearchMs: warmMs,
      medianAllMs: warmMs * 2,
      p95AllMs: warmMs * 4,
      unfinished: 0,
    },
    typingDelayMs: null,
    filterOnly: { count: 3, medianMs: warmMs, p95Ms: warmMs },
    emptyQueries: [],
  };
}

/** A size whose pipeline costs `msPerRelease` per release and whose heaviest page weighs `heaviest`. */
function size(
  releases: number,
  msPerRelease: number,
  heaviest = 20_000,
  extra: Partial<SizeResult> = {},
): SizeResult {
  const seconds = (releases * msPerRelease) / 1000;
  const weight = {
    file: 'en/index.html',
    bytes: heaviest * 5,
    gzipBytes: heaviest,
    beyondTextGzipBytes: 5000,
  };
  return {
    releases,
    corpus: {
      directory: 'c',
      seed: '1',
      start: 0,
      count: releases,
      bytes: releases * 4000,
      seconds: 1,
      languages: {},
      layouts: {},
      encodings: {},
      messes: {},
      characters: { min: 300, median: 2000, max: 6000 },
    },
    ingest: {
      full: { ...step(seconds / 2), report: null, releasesPerSecond: releases / (seconds / 2) },
      unchanged: { ...step(1), report: null },
      addOne: { ...step(2), report: null },
    },
    build: {
      ...step(seconds / 2, 3000),
      articles: releases,
      pages: releases * 10,
      pagefindSeconds: seconds / 8,
      pagefindSource: 'integration-log',
      astroSecondsWithoutPagefind: (seconds * 3) / 8,
    },
    extraction: {
      articles: releases,
      undated: 0,
      undatedIds: 0,
      publishedOn: { of: releases, right: releases },
      signedOn: { of: releases, right: releases },
      grouping: { of: releases / 10, right: releases / 10, wrongMerges: 0 },
      operators: { of: releases, right: releases },
      place: { of: releases, right: releases },
    },
    dist: {
      bytes: releases * 100_000,
      files: releases * 12,
      htmlPages: releases * 10,
      pagefind: {
        bytes: releases * 20_000,
        files: releases,
        fragments: releases,
        indexChunks: 100,
      },
      sources: { bytes: 0, files: 0 },
      data: { bytes: 0, files: 0 },
      heaviestChrome: weight,
      heaviestPage: weight,
      cssGzipBytes: 4000,
      pagesOverChromeBudget: 0,
      overChromeBudget: [],
    },
    pages: { agreement: weight },
    search: search(200, 120_000, 20),
    pipeline: { seconds, secondsPerRelease: seconds / releases, peakRssMiB: 3000 },
    ...extra,
  };
}

const byId = (targets: ReturnType<typeof evaluateTargets>) =>
  Object.fromEntries(targets.map((t) => [t.id, t]));

describe('evaluateTargets', () => {
  it('meets every target when 100,000 releases run fast, small and flat', () => {
    const targets = byId(evaluateTargets([size(10_000, 5), size(100_000, 5.5)]));
    for (const id of [
      'pipeline-time',
      'pipeline-memory',
      'growth',
      'search-cold-first',
      'search-cold-all',
      'search-warm',
      'page-budgets',
      'pagination',
      'incremental',
    ]) {
      expect(targets[id]?.status, id).toBe('met');
    }
  });

  it('names the cause of a missed pipeline time and of superlinear growth', () => {
    const targets = byId(evaluateTargets([size(10_000, 5), size(100_000, 18)]));
    expect(targets['pipeline-time']).toMatchObject({ status: 'missed', measured: '30.0 min' });
    expect(targets['pipeline-time']?.cause).toMatch(
      /ingest 15\.0 min \(50%.*search index 3\.8 min/,
    );
    expect(targets['growth']).toMatchObject({ status: 'missed', measured: '3.60×' });
  });

  it('projects 100,000 from smaller sizes instead of judging it', () => {
    const targets = byId(evaluateTargets([size(1000, 4), size(10_000, 8)]));
    // Per-release cost doubles per tenfold: 16 ms × 100,000 = 26.7 min.
    expect(targets['pipeline-time']?.status).toBe('not-measured');
    expect(targets['pipeline-time']?.measured).toMatch(/^projected 26\.7 min/);
    // Falling per-release cost is not projected to fall further: 4 ms × 100,000 = 6.7 min.
    const falling = byId(evaluateTargets([size(1000, 8), size(10_000, 4)]));
    expect(falling['pipeline-time']?.measured).toMatch(/^projected 6\.7 min/);
    expect(targets['search-cold-first']?.status).toBe('not-measured');
  });

  it('catches a page that grows with the archive', () => {
    const targets = byId(evaluateTargets([size(1000, 5, 20_000), size(10_000, 5, 90_000)]));
    expect(targets['pagination']).toMatchObject({
      status: 'missed',
      cause: 'en/index.html grows with the archive',
    });
  });

  it('renders a report with every size and target', () => {
    const results = {
      generatedAt: 'now',
      machine: {
        cpuModel: 'cpu',
        cores: 2,
        memoryGiB: 24,
        os: 'os',
        kernel: 'k',
        node: 'v24',
        versions: {},
        revision: { commit: 'abcdef0123456789', dirty: true },
      },
      command: 'npm run bench',
      seed: '1',
      sizes: [size(1000, 5), size(10_000, 6)],
      targets: evaluateTargets([size(1000, 5), size(10_000, 6)]),
    };
    const markdown = renderMarkdown(results);
    expect(markdown).toContain('| | 1,000 releases | 10,000 releases |');
    expect(markdown).toContain('Measured on commit `abcdef012345` with uncommitted changes');
    expect(markdown).toContain('time per release at 100,000 no more than 1.25× that at 10,000');
    expect(markdown).toContain('| pipeline time per release | 1.20× |');
  });
});

describe('a size whose search index cannot fit the machine', () => {
  const indexed = (releases: number, mib: number, partSize = 5000) =>
    size(releases, 40, 20_000, {
      searchIndex: {
        ...step(10, mib),
        partSize,
        parts: [
          { part: 'en/00', pages: Math.min(releases, partSize), seconds: 5 },
          { part: 'zh-hans/00', pages: Math.min(releases, partSize), seconds: 9 },
        ],
      },
    });

  it('is judged from the largest part of the largest smaller size, its parts indexed at once', () => {
    // At 1,000 a part holds 1,000 pages; full parts hold 5,000: five times the memory, twice.
    const skip = searchIndexSkip(100_000, [indexed(1000, 3000)], 24 * 1024, 2);
    expect(skip).toMatchObject({ fromReleases: 1000, locale: 'en', projectedMiB: 30_000 });
    // Full parts already: a larger archive needs no more.
    expect(searchIndexSkip(100_000, [indexed(10_000, 3000)], 24 * 1024, 2)).toBeNull();
    expect(searchIndexSkip(100_000, [size(10_000, 40)], 24 * 1024, 2)).toBeNull();
  });

  it('leaves the search targets to the largest indexed size, with the reason', () => {
    const ten = size(10_000, 40, 20_000, { search: search(900, 600_000, 200) });
    const hundred = size(100_000, 40, 20_000, {
      search: null,
      searchIndexSkipped: {
        projectedMiB: 68_000,
        fromReleases: 10_000,
        locale: 'zh-hans',
        machineMiB: 24 * 1024,
      },
    });
    const targets = Object.fromEntries(
      evaluateTargets([ten, hundred], 24).map((target) => [target.id, target]),
    );
    expect(targets['search-cold-first']).toMatchObject({ status: 'not-measured' });
    expect(targets['search-cold-first']?.measured).toContain('at 10,000');
    expect(targets['search-cold-first']?.cause).toContain('built without its search index');
    expect(targets['pipeline-time']?.cause).toContain('zh-hans');
    expect(targets['pipeline-memory']).toMatchObject({ status: 'missed' });
    expect(targets['growth']).toMatchObject({ status: 'not-measured' });
    expect(targets['growth']?.measured).toContain('without the index at both sizes');
  });
});

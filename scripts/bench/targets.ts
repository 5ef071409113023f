/**
 * The issue's targets, judged against what a run measured. A target needing a size that was not
 * run is `not-measured`, with a projection where one can honestly be made. Each miss carries
 * its measured cause: which step the time or bytes went to.
 */
import { PAGE_BUDGETS } from '../quality/budgets.ts';
import type { SearchIndexSkip, SizeResult, Target, TargetStatus } from './results.ts';

export const FULL_SCALE = 100_000;
const MINUTE = 60;
/** Issue 12: ingest, build and index of 100,000 releases within 25 minutes (aim for 15). */
const PIPELINE_MINUTES = 25;
const PIPELINE_TARGET = `ingest → build → index of 100,000 releases within ${PIPELINE_MINUTES} min (aim 15)`;
/** Issue 12's search targets at 100,000 releases. */
const SEARCH = {
  firstMs: 400,
  firstBytes: 200_000,
  allMs: 1500,
  allBytes: 1_500_000,
  warmMedianMs: 80,
  warmP95Ms: 300,
} as const;

/** Issue 11: share of the signings reported more than once whose reports became one agreement. */
const GROUPED_RIGHT = 0.95;

const mib = (value: number | null): string =>
  value === null ? '?' : `${(value / 1024).toFixed(2)} GiB`;
const minutes = (seconds: number): string => `${(seconds / MINUTE).toFixed(1)} min`;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Where a pipeline's time went. */
function timeBreakdown(size: SizeResult): string {
  const ingest = size.ingest.full.wallSeconds;
  const pagefind = size.build.pagefindSeconds ?? 0;
  const astro =
    size.build.wallSeconds - (size.build.pagefindSource === 'integration-log' ? pagefind : 0);
  const separateIndex = size.build.pagefindSource === 'separate-run' ? pagefind : 0;
  const total = ingest + size.build.wallSeconds + separateIndex;
  const share = (part: number): string => `${Math.round((part / total) * 100)}%`;
  return (
    `at ${size.releases.toLocaleString('en')}: ingest ${minutes(ingest)} (${share(ingest)}, ` +
    `${size.ingest.full.releasesPerSecond.toFixed(0)} releases/s), Astro ${minutes(astro)} (${share(astro)}, ` +
    `${size.build.pages ?? '?'} pages${size.build.pages ? `, ${((astro * 1000) / size.build.pages).toFixed(2)} ms a page` : ''}), ` +
    (size.build.pagefindSource === 'skipped'
      ? 'Pagefind not run'
      : `search index ${minutes(pagefind)} (${share(pagefind)}${size.searchIndex ? `, ${size.searchIndex.parts.length} parts, slowest ${Math.max(...size.searchIndex.parts.map((part) => part.seconds)).toFixed(0)} s` : ''})`)
  );
}

/**
 * A figure at `count` releases, from the two largest sizes: it keeps growing by the factor it
 * grew per tenfold between them, but is never projected to shrink (`floor`): economies seen at
 * small sizes (start-up costs spread thinner) do not continue for ever.
 */
function project(
  sizes: readonly SizeResult[],
  value: (size: SizeResult) => number | null,
  count: number,
  floor: number,
): number | null {
  const [a, b] = sizes.slice(-2);
  const at = b ? value(b) : null;
  if (!b || at === null) return null;
  const before = a ? value(a) : null;
  const perDecade =
    a && before
      ? Math.max(floor, (at / before) ** (1 / Math.log10(b.releases / a.releases)))
      : floor;
  return at * perDecade ** Math.log10(count / b.releases);
}

/** Pipeline seconds at `count` releases: per-release time × count, per-release time never falling. */
function projectSeconds(sizes: readonly SizeResult[], count: number): number | null {
  const perRelease = project(sizes, (size) => size.pipeline.secondsPerRelease, count, 1);
  return perRelease === null ? null : perRelease * count;
}

/** Which process held the memory: the build's tree is Astro plus Pagefind's binary. */
function memoryCause(size: SizeResult): string {
  const byLanguage = size.pagefindByLanguage
    ?.map((index) => `${index.locale} ${mib(index.maxRssMiB)}`)
    .join(', ');
  const indexed = size.build.pagefindSource !== 'skipped';
  if (size.searchIndex) {
    return (
      `at ${size.releases.toLocaleString('en')}: Astro's build ${mib(size.build.maxRssMiB)} (process tree ${mib(size.build.treePeakRssMiB)}), ` +
      `the search index step ${mib(size.searchIndex.treePeakRssMiB)} (its largest process, one part's Pagefind, ${mib(size.searchIndex.maxRssMiB)})`
    );
  }
  return (
    `at ${size.releases.toLocaleString('en')}: the build's largest process ${mib(size.build.maxRssMiB)}` +
    (indexed ? " (Astro's, or a language's Pagefind process)" : " (Astro's: no index was built)") +
    `, the build's process tree ${mib(size.build.treePeakRssMiB)}` +
    (indexed
      ? ` (Astro and one language's Pagefind process at a time${byLanguage ? `; each language indexed alone: ${byLanguage}` : ''})`
      : '')
  );
}

export function evaluateTargets(
  measured: readonly SizeResult[],
  machineMemoryGiB: number | null = null,
): Target[] {
  const sizes = [...measured].sort((a, b) => a.releases - b.releases);
  const largest = sizes.at(-1);
  const full = sizes.find((size) => size.releases >= FULL_SCALE);
  const tenth = sizes.find((size) => size.releases === FULL_SCALE / 10);
  const targets: Target[] = [];
  if (!largest) return targets;

  const skipped = full?.searchIndexSkipped;
  const skipCause = skipped
    ? `100,000 was built without its search index: its parts, indexed at once, project to ${mib(skipped.projectedMiB)} (from ${skipped.locale}'s largest part at ${skipped.fromReleases.toLocaleString('en')}), more than this machine's ${mib(skipped.machineMiB)}`
    : '';

  // Pipeline time at full scale.
  if (full && skipped) {
    const projectedIndex = project(
      sizes.filter((size) => size.build.pagefindSeconds !== null),
      (size) => size.build.pagefindSeconds,
      FULL_SCALE,
      1,
    );
    targets.push({
      id: 'pipeline-time',
      target: PIPELINE_TARGET,
      status: full.pipeline.seconds > PIPELINE_MINUTES * MINUTE ? 'missed' : 'not-measured',
      measured: `${minutes(full.pipeline.seconds)} for ingest and build without the index${projectedIndex === null ? '' : `; the index projects to ${minutes(projectedIndex)} more`}`,
      cause: [timeBreakdown(full), skipCause].join('; '),
    });
  } else if (full) {
    const ok = full.pipeline.seconds <= PIPELINE_MINUTES * MINUTE;
    targets.push({
      id: 'pipeline-time',
      target: PIPELINE_TARGET,
      status: ok ? 'met' : 'missed',
      measured: minutes(full.pipeline.seconds),
      ...(ok ? {} : { cause: timeBreakdown(full) }),
    });
  } else {
    const projected = projectSeconds(sizes, FULL_SCALE);
    targets.push({
      id: 'pipeline-time',
      target: PIPELINE_TARGET,
      status: 'not-measured',
      measured:
        projected === null
          ? 'no size measured'
          : `projected ${minutes(projected)} (time per release at the largest size, growing as it grew between the two largest)`,
      cause: [
        timeBreakdown(largest),
        ...(() => {
          const memory = project(sizes, (size) => size.pipeline.peakRssMiB, FULL_SCALE, 1);
          return machineMemoryGiB !== null && memory !== null && memory > machineMemoryGiB * 1024
            ? [
                `100,000 not run: its projected peak memory, ${mib(memory)}, is more than this machine's ${machineMemoryGiB} GiB`,
              ]
            : [];
        })(),
      ].join('; '),
    });
  }

  // Peak memory at full scale.
  const memorySize = full ?? largest;
  const peakMiB = memorySize.pipeline.peakRssMiB;
  targets.push({
    id: 'pipeline-memory',
    target: 'peak memory of the pipeline at 100,000 releases within 8 GB',
    status: full
      ? peakMiB !== null && peakMiB <= 8 * 1024 && !skipped
        ? 'met'
        : skipped && skipped.projectedMiB <= 8 * 1024 && (peakMiB ?? 0) <= 8 * 1024
          ? 'not-measured'
          : 'missed'
      : 'not-measured',
    measured: `${mib(peakMiB)} at ${memorySize.releases.toLocaleString('en')} (ingest ${mib(memorySize.ingest.full.treePeakRssMiB)}, build ${mib(memorySize.build.treePeakRssMiB)})${full ? '' : `; projected ${mib(project(sizes, (size) => size.pipeline.peakRssMiB, FULL_SCALE, 1))} at 100,000, growing as it grew between the two largest sizes`}`,
    ...(full && peakMiB !== null && peakMiB <= 8 * 1024 && !skipped
      ? {}
      : { cause: [memoryCause(memorySize), skipCause].filter(Boolean).join('; ') }),
  });

  // Growth: per-release time at 100k vs 10k.
  if (full && tenth && skipped) {
    // Compare like with like: ingest and Astro at both sizes, Pagefind's share taken out at 10,000.
    const withoutIndex = (size: SizeResult) =>
      (size.ingest.full.wallSeconds + size.build.wallSeconds - (size.build.pagefindSeconds ?? 0)) /
      size.releases;
    const ratio = withoutIndex(full) / withoutIndex(tenth);
    targets.push({
      id: 'growth',
      target: 'time per release at 100,000 no more than 1.25× that at 10,000',
      status: 'not-measured',
      measured: `${ratio.toFixed(2)}× for ingest and Astro (without the index at both sizes)`,
      cause: skipCause,
    });
  } else if (full && tenth) {
    const ratio = full.pipeline.secondsPerRelease / tenth.pipeline.secondsPerRelease;
    targets.push({
      id: 'growth',
      target: 'time per release at 100,000 no more than 1.25× that at 10,000',
      status: ratio <= 1.25 ? 'met' : 'missed',
      measured: `${ratio.toFixed(2)}×`,
      ...(ratio <= 1.25
        ? {}
        : {
            cause: `ingest ${(full.ingest.full.wallSeconds / full.releases / (tenth.ingest.full.wallSeconds / tenth.releases)).toFixed(2)}×, build ${(full.build.wallSeconds / full.releases / (tenth.build.wallSeconds / tenth.releases)).toFixed(2)}× per release`,
          }),
    });
  } else {
    const [a, b] = sizes.slice(-2);
    targets.push({
      id: 'growth',
      target: 'time per release at 100,000 no more than 1.25× that at 10,000',
      status: 'not-measured',
      measured:
        a && b
          ? `${(b.pipeline.secondsPerRelease / a.pipeline.secondsPerRelease).toFixed(2)}× from ${a.releases.toLocaleString('en')} to ${b.releases.toLocaleString('en')}`
          : 'needs two sizes',
    });
  }

  // Search on the largest build that has an index.
  const searchSize =
    full?.search || !skipped
      ? (full ?? largest)
      : ([...sizes].reverse().find((size) => size.search) ?? largest);
  const search = searchSize.search;
  type ColdSearch = NonNullable<SizeResult['search']>['locales'][number];
  const at = ` at ${searchSize.releases.toLocaleString('en')}`;
  const searchedAtFullScale = searchSize.releases >= FULL_SCALE;
  if (search) {
    const status = (ok: boolean): TargetStatus =>
      searchedAtFullScale ? (ok ? 'met' : 'missed') : 'not-measured';
    /** Why a figure is from a smaller build, when it is. */
    const notAtFullScale = skipped ? [skipCause] : [];
    const locales = search.locales;
    const worst = (figure: (cold: ColdSearch['cold']) => number | null): ColdSearch =>
      locales.reduce(
        (a, b) => ((figure(b.cold) ?? Infinity) > (figure(a.cold) ?? Infinity) ? b : a),
        locales[0] as ColdSearch,
      );
    const bytesCause = (bytes: ColdSearch['cold']['bytes'], locale: string) =>
      `${locale}: page ${kb(bytes.page)}, Pagefind runtime ${kb(bytes.pagefindRuntime)}, index ${kb(bytes.pagefindIndex)}, fragments ${kb(bytes.pagefindFragments)}`;
    const delay = search.typingDelayMs;
    const delayCause =
      delay === null
        ? ''
        : `the search page waits ${delay} ms after the last keystroke before it searches (TYPING_DELAY_MS); `;

    const firstBytes = worst((cold) => cold.bytes.total);
    const firstMs = worst((cold) => cold.msToResults);
    const firstOk =
      firstBytes.cold.bytes.total <= SEARCH.firstBytes &&
      firstMs.cold.msToResults <= SEARCH.firstMs;
    targets.push({
      id: 'search-cold-first',
      target: `cold first query: first results within ${SEARCH.firstMs} ms and ${kb(SEARCH.firstBytes)} (100,000 releases)`,
      status: status(firstOk),
      measured: `${firstMs.cold.msToResults.toFixed(0)} ms (${firstMs.locale}; search alone ${firstMs.cold.searchMs.toFixed(0)} ms), ${kb(firstBytes.cold.bytes.total)} (${firstBytes.locale})${at} (worst locales)`,
      ...(firstOk
        ? {}
        : { cause: `${delayCause}${bytesCause(firstBytes.cold.bytes, firstBytes.locale)}` }),
    });

    const allBytes = worst((cold) => cold.allBytes.total);
    const allMs = worst((cold) => cold.allMs);
    const allOk =
      allBytes.cold.allBytes.total <= SEARCH.allBytes &&
      allMs.cold.allMs !== null &&
      allMs.cold.allMs <= SEARCH.allMs;
    targets.push({
      id: 'search-cold-all',
      target: `cold first query: every part's results within ${SEARCH.allMs / 1000} s and ${(SEARCH.allBytes / 1e6).toFixed(1)} MB (100,000 releases)`,
      status: status(allOk),
      measured: `${allMs.cold.allMs === null ? 'never reported' : `${allMs.cold.allMs.toFixed(0)} ms`} (${allMs.locale}), ${kb(allBytes.cold.allBytes.total)} (${allBytes.locale})${at} (worst locales)`,
      ...(allOk ? {} : { cause: bytesCause(allBytes.cold.allBytes, allBytes.locale) }),
    });

    const warmOk =
      search.warm.medianMs <= SEARCH.warmMedianMs && search.warm.p95Ms <= SEARCH.warmP95Ms;
    targets.push({
      id: 'search-warm',
      target: `warm queries: median within ${SEARCH.warmMedianMs} ms, p95 within ${SEARCH.warmP95Ms} ms`,
      status: status(warmOk),
      measured: `median ${search.warm.medianMs.toFixed(0)} ms, p95 ${search.warm.p95Ms.toFixed(0)} ms${at} (search alone: median ${search.warm.medianSearchMs.toFixed(0)} ms)`,
      ...(warmOk
        ? {}
        : {
            cause: `${delayCause}search alone median ${search.warm.medianSearchMs.toFixed(0)} ms, p95 ${search.warm.p95SearchMs.toFixed(0)} ms (new index chunks and fragments per query: median ${kb(search.warm.medianBytes)})`,
          }),
    });
    for (const target of targets) {
      if (target.id.startsWith('search-') && notAtFullScale.length > 0) {
        target.cause = [target.cause, ...notAtFullScale].filter(Boolean).join('; ');
      }
    }
  } else {
    targets.push({
      id: 'search',
      target: `search: first results ≤ ${SEARCH.firstMs} ms and ${kb(SEARCH.firstBytes)}, warm median ≤ ${SEARCH.warmMedianMs} ms`,
      status: 'not-measured',
      measured: 'search was not measured in this run',
    });
  }

  // At 10,000: the index step no longer than the Astro step.
  if (tenth && tenth.build.pagefindSeconds !== null) {
    const astro = tenth.build.astroSecondsWithoutPagefind ?? tenth.build.wallSeconds;
    const ok = tenth.build.pagefindSeconds <= astro;
    targets.push({
      id: 'index-vs-astro',
      target: 'at 10,000 releases, the search index step no longer than the Astro step',
      status: ok ? 'met' : 'missed',
      measured: `index ${minutes(tenth.build.pagefindSeconds)}, Astro ${minutes(astro)}`,
      ...(ok ? {} : { cause: timeBreakdown(tenth) }),
    });
  }

  // Page weights at every size.
  const withDist = sizes.filter((size) => size.dist);
  const over = withDist.filter(
    (size) =>
      (size.dist?.pagesOverChromeBudget ?? 0) > 0 ||
      (size.dist?.cssGzipBytes ?? 0) > PAGE_BUDGETS.cssTotal,
  );
  targets.push({
    id: 'page-budgets',
    target: `every page within the quality budgets at every size (HTML beyond main text ≤ ${PAGE_BUDGETS.htmlBeyondMainText / 1024} kB, CSS ≤ ${PAGE_BUDGETS.cssTotal / 1024} kB, gzip)`,
    status: withDist.length === 0 ? 'not-measured' : over.length === 0 ? 'met' : 'missed',
    measured: withDist
      .map(
        (size) =>
          `${size.releases.toLocaleString('en')}: heaviest ${kb(size.dist?.heaviestChrome.beyondTextGzipBytes ?? 0)} (${size.dist?.heaviestChrome.file}), CSS ${kb(size.dist?.cssGzipBytes ?? 0)}, ${size.dist?.pagesOverChromeBudget} pages over`,
      )
      .join('; '),
    ...(over.length === 0
      ? {}
      : {
          cause: over
            .map(
              (size) =>
                `${size.releases.toLocaleString('en')}: ${(size.dist?.overChromeBudget ?? [])
                  .slice(0, 6)
                  .map((page) => `${page.file} ${kb(page.beyondTextGzipBytes)}`)
                  .join(', ')}`,
            )
            .join('; '),
        }),
  });

  // No page grows with the archive: the heaviest page at the largest size vs the next size down.
  if (withDist.length >= 2) {
    const [a, b] = withDist.slice(-2) as [SizeResult, SizeResult];
    const ratio =
      (b.dist?.heaviestPage.gzipBytes ?? 0) / Math.max(1, a.dist?.heaviestPage.gzipBytes ?? 0);
    targets.push({
      id: 'pagination',
      target:
        'listings paginate: the heaviest page does not grow with the archive (≤ 1.2× from one size to the next)',
      status: ratio <= 1.2 ? 'met' : 'missed',
      measured: `heaviest page ${kb(a.dist?.heaviestPage.gzipBytes ?? 0)} → ${kb(b.dist?.heaviestPage.gzipBytes ?? 0)} gzip (${ratio.toFixed(2)}×)`,
      ...(ratio <= 1.2 ? {} : { cause: `${b.dist?.heaviestPage.file} grows with the archive` }),
    });
  }

  // Issue 11: reports of one signing grouped, none refused.
  const grouping = largest.extraction.grouping;
  const groupedShare = grouping.of === 0 ? 0 : grouping.right / grouping.of;
  const groupingMet =
    grouping.of > 0 && groupedShare >= GROUPED_RIGHT && grouping.wrongMerges === 0;
  targets.push({
    id: 'grouping',
    target: `reports of one signing grouped into one agreement in at least ${GROUPED_RIGHT * 100}% of signings, with no wrong merges; no release refused`,
    status: groupingMet && (largest.ingest.full.report?.failed ?? 1) === 0 ? 'met' : 'missed',
    measured: `at ${largest.releases.toLocaleString('en')}: ${grouping.right.toLocaleString('en')} of ${grouping.of.toLocaleString('en')} signings (${(groupedShare * 100).toFixed(1)}%), ${grouping.wrongMerges} wrong merges, ${largest.ingest.full.report?.failed ?? '?'} releases refused`,
  });

  // Incremental ingest.
  const addOne = largest.ingest.addOne;
  targets.push({
    id: 'incremental',
    target: 'adding one release to the archive costs seconds, not minutes (ingest)',
    status: addOne.wallSeconds < MINUTE ? 'met' : 'missed',
    measured: `${addOne.wallSeconds.toFixed(1)} s at ${largest.releases.toLocaleString('en')} (full ingest ${largest.ingest.full.wallSeconds.toFixed(0)} s, unchanged re-run ${largest.ingest.unchanged.wallSeconds.toFixed(1)} s)`,
  });
  return targets;
}

/**
 * Whether a size's index fits this machine, judged from the largest smaller size whose index
 * was built: the index is built in parts of a bounded number of pages, `jobs` at once, and a
 * part's Pagefind process grows with its pages (bench/results/analysis.md), so a larger archive
 * needs no more memory once its parts are full. Building an index that cannot fit would only
 * end with the kernel killing it, and the machine's other work with it.
 */
export function searchIndexSkip(
  size: number,
  measured: readonly SizeResult[],
  machineMiB: number,
  jobs: number,
): SearchIndexSkip | null {
  const basis = [...measured]
    .filter((result) => result.releases < size && result.searchIndex?.parts.length)
    .sort((a, b) => b.releases - a.releases)[0];
  const index = basis?.searchIndex;
  if (!basis || !index || index.maxRssMiB === null) return null;
  const largest = index.parts.reduce((a, b) => (b.pages > a.pages ? b : a));
  // A part not yet full at the smaller size grows to the part size at this one.
  const fullPart = Math.min(index.partSize ?? largest.pages, size);
  const projectedMiB = index.maxRssMiB * Math.max(1, fullPart / largest.pages) * jobs;
  // Room for the system beside it.
  if (projectedMiB <= machineMiB * 0.75) return null;
  return {
    projectedMiB,
    fromReleases: basis.releases,
    locale: largest.part.split('/')[0] ?? '?',
    machineMiB,
  };
}

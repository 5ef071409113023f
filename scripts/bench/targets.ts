/**
 * The issue's targets, judged against what a run measured. A target needing a size that was not
 * run is `not-measured`, with a projection where one can honestly be made. Each miss carries
 * its measured cause: which step the time or bytes went to.
 */
import { PAGE_BUDGETS } from '../quality/budgets.ts';
import type { SearchIndexSkip, SizeResult, Target, TargetStatus } from './results.ts';

export const FULL_SCALE = 100_000;
const MINUTE = 60;

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
  const total = ingest + size.build.wallSeconds;
  const share = (part: number): string => `${Math.round((part / total) * 100)}%`;
  return (
    `at ${size.releases.toLocaleString('en')}: ingest ${minutes(ingest)} (${share(ingest)}, ` +
    `${size.ingest.full.releasesPerSecond.toFixed(0)} releases/s), Astro ${minutes(astro)} (${share(astro)}, ` +
    `${size.build.pages ?? '?'} pages${size.build.pages ? `, ${((astro * 1000) / size.build.pages).toFixed(2)} ms a page` : ''}), ` +
    (size.build.pagefindSource === 'skipped'
      ? 'Pagefind not run'
      : `Pagefind ${minutes(pagefind)} (${share(pagefind)})`)
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
    ? `100,000 was built without its search index: one language's Pagefind process (${skipped.locale}) projects to ${mib(skipped.projectedMiB)} (its measured memory at ${skipped.fromReleases.toLocaleString('en')}, ×${(FULL_SCALE / skipped.fromReleases).toFixed(0)}: Pagefind holds a language's whole index in memory while it writes it), more than this machine's ${mib(skipped.machineMiB)}`
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
      target: 'ingest → build → index of 100,000 releases within 15 min',
      status: full.pipeline.seconds > 15 * MINUTE ? 'missed' : 'not-measured',
      measured: `${minutes(full.pipeline.seconds)} for ingest and build without the index${projectedIndex === null ? '' : `; the index projects to ${minutes(projectedIndex)} more`}`,
      cause: [timeBreakdown(full), skipCause].join('; '),
    });
  } else if (full) {
    const ok = full.pipeline.seconds <= 15 * MINUTE;
    targets.push({
      id: 'pipeline-time',
      target: 'ingest → build → index of 100,000 releases within 15 min',
      status: ok ? 'met' : 'missed',
      measured: minutes(full.pipeline.seconds),
      ...(ok ? {} : { cause: timeBreakdown(full) }),
    });
  } else {
    const projected = projectSeconds(sizes, FULL_SCALE);
    targets.push({
      id: 'pipeline-time',
      target: 'ingest → build → index of 100,000 releases within 15 min',
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
  const at = ` at ${searchSize.releases.toLocaleString('en')}`;
  const searchedAtFullScale = searchSize.releases >= FULL_SCALE;
  if (search) {
    const coldBytes = Math.max(...search.locales.map((locale) => locale.cold.bytes.total));
    const coldMs = Math.max(...search.locales.map((locale) => locale.cold.msToResults));
    const status = (ok: boolean): TargetStatus =>
      searchedAtFullScale ? (ok ? 'met' : 'missed') : 'not-measured';
    /** Why a figure is from a smaller build, when it is. */
    const notAtFullScale = skipped ? [skipCause] : [];
    const heaviest = search.locales.reduce((a, b) =>
      a.cold.bytes.total >= b.cold.bytes.total ? a : b,
    );
    targets.push({
      id: 'search-cold-bytes',
      target: 'cold first query transfers under 150 kB in total (100,000 releases)',
      status: status(coldBytes < 150_000),
      measured: `${kb(coldBytes)}${at} (worst locale)`,
      ...(coldBytes < 150_000
        ? {}
        : {
            cause: `${heaviest.locale}: page ${kb(heaviest.cold.bytes.page)}, Pagefind runtime ${kb(heaviest.cold.bytes.pagefindRuntime)}, index ${kb(heaviest.cold.bytes.pagefindIndex)}, fragments ${kb(heaviest.cold.bytes.pagefindFragments)}`,
          }),
    });
    const coldSearchMs = Math.max(...search.locales.map((locale) => locale.cold.searchMs));
    const delay = search.typingDelayMs;
    const delayCause =
      delay === null
        ? ''
        : `the search page waits ${delay} ms after the last keystroke before it searches (TYPING_DELAY_MS); `;
    targets.push({
      id: 'search-cold-time',
      target: 'cold first query shows results within 300 ms (local server)',
      status: status(coldMs <= 300),
      measured: `${coldMs.toFixed(0)} ms${at} (worst locale; search alone ${coldSearchMs.toFixed(0)} ms)`,
      ...(coldMs <= 300
        ? {}
        : {
            cause: `${delayCause}search alone (Pagefind loading its index and fragments, rendering) ${coldSearchMs.toFixed(0)} ms`,
          }),
    });
    targets.push({
      id: 'search-warm-median',
      target: 'warm queries within 50 ms at the median',
      status: status(search.warm.medianMs <= 50),
      measured: `median ${search.warm.medianMs.toFixed(0)} ms, p95 ${search.warm.p95Ms.toFixed(0)} ms${at} (search alone: median ${search.warm.medianSearchMs.toFixed(0)} ms)`,
      ...(search.warm.medianMs <= 50
        ? {}
        : {
            cause: `${delayCause}search alone median ${search.warm.medianSearchMs.toFixed(0)} ms (new index chunks and fragments per query: median ${kb(search.warm.medianBytes)})`,
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
      target: 'search: cold < 150 kB and ≤ 300 ms, warm median ≤ 50 ms',
      status: 'not-measured',
      measured: 'search was not measured in this run',
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
 * Whether a size's index fits this machine, judged from the largest smaller size whose
 * languages were indexed one at a time (--pagefind-by-language): Pagefind's memory grows
 * linearly with the pages it indexes (bench/results/analysis.md). Building an index that
 * cannot fit would only end with the kernel killing it, and the machine's other work with it.
 */
export function searchIndexSkip(
  size: number,
  measured: readonly SizeResult[],
  machineMiB: number,
): SearchIndexSkip | null {
  const basis = [...measured]
    .filter((result) => result.releases < size && result.pagefindByLanguage?.length)
    .sort((a, b) => b.releases - a.releases)[0];
  if (!basis?.pagefindByLanguage) return null;
  const heaviest = basis.pagefindByLanguage.reduce((a, b) =>
    (a.maxRssMiB ?? 0) >= (b.maxRssMiB ?? 0) ? a : b,
  );
  if (heaviest.maxRssMiB === null) return null;
  const projectedMiB = (heaviest.maxRssMiB * size) / basis.releases;
  // Room for Astro's process and the system beside it.
  if (projectedMiB <= machineMiB * 0.75) return null;
  return { projectedMiB, fromReleases: basis.releases, locale: heaviest.locale, machineMiB };
}

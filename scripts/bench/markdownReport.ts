/** bench/results/latest.md: the measured figures as tables, the targets, the machine, the commands. */
import type { BenchResults, SizeResult } from './results.ts';

const n = (value: number): string => value.toLocaleString('en');
const s = (seconds: number | null | undefined): string =>
  seconds === null || seconds === undefined
    ? '–'
    : seconds >= 120
      ? `${(seconds / 60).toFixed(1)} min`
      : `${seconds.toFixed(1)} s`;
const ms = (value: number | null | undefined): string =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : `${value.toFixed(0)} ms`;
const mib = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? '–'
    : value >= 1024
      ? `${(value / 1024).toFixed(2)} GiB`
      : `${value.toFixed(0)} MiB`;
const bytes = (value: number | null | undefined): string => {
  if (value === null || value === undefined) return '–';
  if (value >= 1e9) return `${(value / 1e9).toFixed(2)} GB`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} MB`;
  return `${(value / 1e3).toFixed(1)} kB`;
};
const ratio = (a: number | null | undefined, b: number | null | undefined): string =>
  a && b ? `${(b / a).toFixed(2)}×` : '–';

type Row = [label: string, value: (size: SizeResult) => string];

/** Text as code in a table cell: a `|` (regular expressions have them) would end the cell. */
const code = (text: string): string => `\`${text.replace(/\|/g, '\\|').replace(/`/g, "'")}\``;

const share = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${n(part)} of ${n(whole)} (${((part / whole) * 100).toFixed(1)}%)`;

const cpu = (step: { userSeconds: number | null; systemSeconds: number | null }): number | null =>
  step.userSeconds === null || step.systemSeconds === null
    ? null
    : step.userSeconds + step.systemSeconds;
const load = (value: number | null): string => (value === null ? '–' : value.toFixed(1));

function table(sizes: readonly SizeResult[], rows: readonly Row[]): string {
  const header = `| | ${sizes.map((size) => `${n(size.releases)} releases`).join(' | ')} |`;
  const rule = `|---|${sizes.map(() => '---:').join('|')}|`;
  return [
    header,
    rule,
    ...rows.map(([label, value]) => `| ${label} | ${sizes.map(value).join(' | ')} |`),
  ].join('\n');
}

const ROWS: readonly (readonly [string, readonly Row[]])[] = [
  [
    'Corpus and ingest',
    [
      ['corpus: generation time', (x) => s(x.corpus.seconds)],
      ['corpus: bytes on disk', (x) => bytes(x.corpus.bytes)],
      ['ingest: wall time', (x) => s(x.ingest.full.wallSeconds)],
      ['ingest: releases/s', (x) => x.ingest.full.releasesPerSecond.toFixed(1)],
      ['ingest: CPU time (user + system)', (x) => s(cpu(x.ingest.full))],
      ['ingest: machine load while it ran', (x) => load(x.ingest.full.meanLoad)],
      ['ingest: peak memory (largest process)', (x) => mib(x.ingest.full.maxRssMiB)],
      [
        'ingest: articles written',
        (x) => (x.ingest.full.report ? n(x.ingest.full.report.written) : '–'),
      ],
      [
        'ingest: releases failed (by kind)',
        (x) =>
          x.ingest.full.report
            ? `${n(x.ingest.full.report.failed)}${
                Object.keys(x.ingest.full.report.errorsByKind).length > 0
                  ? ` (${Object.entries(x.ingest.full.report.errorsByKind)
                      .map(([kind, count]) => `${kind} ${n(count)}`)
                      .join(', ')})`
                  : ''
              }`
            : '–',
      ],
      [
        'ingest again, nothing changed',
        (x) =>
          `${s(x.ingest.unchanged.wallSeconds)} (${n(x.ingest.unchanged.report?.skipped ?? 0)} skipped)`,
      ],
      [
        'ingest after adding one release',
        (x) =>
          `${s(x.ingest.addOne.wallSeconds)} (${n(x.ingest.addOne.report?.written ?? 0)} written)`,
      ],
    ],
  ],
  [
    'What ingest read (articles against what the generator wrote)',
    [
      ['articles without any date', (x) => share(x.extraction.undated, x.extraction.articles)],
      [
        'ids beginning `undated-` (each ends with its source hash)',
        (x) => share(x.extraction.undatedIds, x.extraction.articles),
      ],
      [
        'publication date read right, where the text shows it',
        (x) => share(x.extraction.publishedOn.right, x.extraction.publishedOn.of),
      ],
      [
        'signing date read right, where it can be known',
        (x) => share(x.extraction.signedOn.right, x.extraction.signedOn.of),
      ],
      [
        'operators read right (exact set)',
        (x) => share(x.extraction.operators.right, x.extraction.operators.of),
      ],
      [
        "the signing government's place found",
        (x) => share(x.extraction.place.right, x.extraction.place.of),
      ],
      [
        'signings reported more than once, grouped into one agreement',
        (x) => share(x.extraction.grouping.right, x.extraction.grouping.of),
      ],
      [
        'wrong merges (reports of different signings in one agreement)',
        (x) => n(x.extraction.grouping.wrongMerges),
      ],
    ],
  ],
  [
    'Build and index',
    [
      ['articles built', (x) => n(x.build.articles)],
      ['pages built', (x) => (x.build.pages === null ? '–' : n(x.build.pages))],
      [
        '`astro build` wall time (Astro alone)',
        (x) =>
          `${s(x.build.wallSeconds)}${x.build.exitCode === 0 ? '' : ` (exit ${x.build.exitCode})`}`,
      ],
      [
        'search index (its own step, after Astro): wall time',
        (x) =>
          x.searchIndexSkipped
            ? `not built: ${x.searchIndexSkipped.locale}'s parts project to ${(x.searchIndexSkipped.projectedMiB / 1024).toFixed(1)} GiB`
            : s(x.build.pagefindSeconds),
      ],
      [
        'search index: parts (pages per part at most) / slowest part / median part',
        (x) => {
          const parts = x.searchIndex?.parts ?? [];
          if (parts.length === 0) return '–';
          const seconds = parts.map((part) => part.seconds).sort((a, b) => a - b);
          const slowest = parts.reduce((a, b) => (b.seconds > a.seconds ? b : a));
          return `${parts.length} (${x.searchIndex?.partSize ?? '?'}) / ${s(slowest.seconds)} (${slowest.part}) / ${s(seconds[Math.floor(seconds.length / 2)] ?? null)}`;
        },
      ],
      [
        'search index: CPU time (user + system)',
        (x) => (x.searchIndex ? s(cpu(x.searchIndex)) : '–'),
      ],
      [
        'search index: peak memory (largest process: one part) / process tree',
        (x) =>
          x.searchIndex
            ? `${mib(x.searchIndex.maxRssMiB)} / ${mib(x.searchIndex.treePeakRssMiB)}`
            : '–',
      ],
      ['build: CPU time (user + system)', (x) => s(cpu(x.build))],
      ['build: machine load while it ran', (x) => load(x.build.meanLoad)],
      ['build: peak memory (largest process)', (x) => mib(x.build.maxRssMiB)],
      ['build: peak memory (process tree)', (x) => mib(x.build.treePeakRssMiB)],
      ...(['en', 'zh-hans', 'zh-hant'] as const).map((locale): Row => [
        `Pagefind on ${locale} pages alone: time / peak memory / words`,
        (x) => {
          const index = x.pagefindByLanguage?.find((entry) => entry.locale === locale);
          return index
            ? `${s(index.wallSeconds)} / ${mib(index.maxRssMiB)} / ${index.words === null ? '–' : n(index.words)}`
            : '–';
        },
      ]),
      ['pipeline (ingest + build + index)', (x) => `${s(x.pipeline.seconds)}${noIndex(x)}`],
      [
        'pipeline time per release',
        (x) => `${ms(x.pipeline.secondsPerRelease * 1000)}${noIndex(x)}`,
      ],
      ['pipeline peak memory', (x) => `${mib(x.pipeline.peakRssMiB)}${noIndex(x)}`],
    ],
  ],
  [
    'Output',
    [
      ['`dist/` size', (x) => bytes(x.dist?.bytes)],
      ['`dist/` files', (x) => (x.dist ? n(x.dist.files) : '–')],
      ['HTML pages', (x) => (x.dist ? n(x.dist.htmlPages) : '–')],
      [
        'Pagefind index size',
        (x) => (x.searchIndexSkipped ? 'not built' : bytes(x.dist?.pagefind.bytes)),
      ],
      [
        'Pagefind index files (fragments, index chunks)',
        (x) =>
          x.dist && !x.searchIndexSkipped
            ? `${n(x.dist.pagefind.files)} (${n(x.dist.pagefind.fragments)}, ${n(x.dist.pagefind.indexChunks)})`
            : '–',
      ],
      ['raw sources served (`sources/`)', (x) => bytes(x.dist?.sources.bytes)],
      ['data downloads (`data/`)', (x) => bytes(x.dist?.data.bytes)],
    ],
  ],
  [
    'Page weight, gzip (whole page / beyond the main text)',
    [
      ['agreement page', (x) => weight(x.pages['agreement'])],
      ['browse page', (x) => weight(x.pages['browse'])],
      ['listing (all agreements, page 1)', (x) => weight(x.pages['listing'])],
      ['home page (`/en/`)', (x) => weight(x.pages['home'])],
      ['root page (`/`)', (x) => weight(x.pages['root'])],
      ['search page', (x) => weight(x.pages['search'])],
      [
        'heaviest page',
        (x) => (x.dist ? `${weight(x.dist.heaviestPage)} \`${x.dist.heaviestPage.file}\`` : '–'),
      ],
      [
        'heaviest chrome (beyond main text)',
        (x) =>
          x.dist
            ? `${bytes(x.dist.heaviestChrome.beyondTextGzipBytes)} \`${x.dist.heaviestChrome.file}\``
            : '–',
      ],
      [
        'pages over the 7 kB chrome budget',
        (x) => (x.dist ? n(x.dist.pagesOverChromeBudget) : '–'),
      ],
      ['all CSS', (x) => bytes(x.dist?.cssGzipBytes)],
    ],
  ],
  [
    'Search in Chromium (local server)',
    [
      [
        'cold first query: typing → results (worst locale)',
        (x) => (x.search ? ms(Math.max(...x.search.locales.map((l) => l.cold.msToResults))) : '–'),
      ],
      [
        'cold first query: bytes, gzip-equivalent (worst locale)',
        (x) =>
          x.search ? bytes(Math.max(...x.search.locales.map((l) => l.cold.bytes.total))) : '–',
      ],
      [
        "cold first query: typing → every part's results / bytes until then (worst locale)",
        (x) =>
          x.search
            ? `${ms(Math.max(...x.search.locales.map((l) => l.cold.allMs ?? Number.NaN)))} / ${bytes(Math.max(...x.search.locales.map((l) => l.cold.allBytes?.total ?? Number.NaN)))}`
            : '–',
      ],
      ...(['en', 'zh-hans', 'zh-hant'] as const).map((locale): Row => [
        `cold, ${locale}: typing → results (search alone) / page + runtime + index + fragments (as served)`,
        (x) => {
          const cold = x.search?.locales.find((l) => l.locale === locale)?.cold;
          return cold
            ? `${ms(cold.msToResults)} (${ms(cold.searchMs)}) / ${bytes(cold.bytes.page)} + ${bytes(cold.bytes.pagefindRuntime)} + ${bytes(cold.bytes.pagefindIndex)} + ${bytes(cold.bytes.pagefindFragments)} (${bytes(cold.bytes.served)})`
            : '–';
        },
      ]),
      [
        'warm queries: typing → results, median / p95',
        (x) =>
          x.search
            ? `${ms(x.search.warm.medianMs)} / ${ms(x.search.warm.p95Ms)} (${x.search.warm.count} queries)`
            : '–',
      ],
      [
        'warm queries: search alone (from the page starting its search), median / p95',
        (x) =>
          x.search ? `${ms(x.search.warm.medianSearchMs)} / ${ms(x.search.warm.p95SearchMs)}` : '–',
      ],
      [
        "warm queries: typing → every part's results, median / p95",
        (x) =>
          x.search?.warm.medianAllMs === undefined
            ? '–'
            : `${ms(x.search.warm.medianAllMs)} / ${ms(x.search.warm.p95AllMs)}${x.search.warm.unfinished ? ` (${x.search.warm.unfinished} never finished)` : ''}`,
      ],
      [
        'filter-only queries: median / p95',
        (x) =>
          x.search ? `${ms(x.search.filterOnly.medianMs)} / ${ms(x.search.filterOnly.p95Ms)}` : '–',
      ],
      ['warm query: median bytes', (x) => (x.search ? bytes(x.search.warm.medianBytes) : '–')],
      [
        "search page's typing delay (startSearch.ts)",
        (x) =>
          x.search
            ? x.search.typingDelayMs === null
              ? 'none: it searches on every input'
              : ms(x.search.typingDelayMs)
            : '–',
      ],
      [
        'queries without results',
        (x) =>
          x.search
            ? x.search.emptyQueries.length === 0
              ? 'none'
              : x.search.emptyQueries.join(', ')
            : '–',
      ],
    ],
  ],
];

function weight(
  page: { gzipBytes: number; beyondTextGzipBytes: number } | null | undefined,
): string {
  return page ? `${bytes(page.gzipBytes)} / ${bytes(page.beyondTextGzipBytes)}` : '–';
}

/** Marks a whole-pipeline figure that lacks the search index. */
const noIndex = (size: SizeResult): string => (size.searchIndexSkipped ? ' (no index)' : '');

function growth(sizes: readonly SizeResult[]): string {
  if (sizes.length < 2) return 'Only one size was run.';
  const first = sizes[0] as SizeResult;
  // Whole-pipeline figures compare only builds that both have their index.
  const last = sizes.at(-1) as SizeResult;
  const indexed = !last.searchIndexSkipped;
  const per = (size: SizeResult, seconds: number | null): number | null =>
    seconds === null ? null : seconds / size.releases;
  const rows: [string, number | null, number | null][] = [
    [
      'ingest time per release',
      per(first, first.ingest.full.wallSeconds),
      per(last, last.ingest.full.wallSeconds),
    ],
    [
      'Astro time per release',
      per(first, first.build.astroSecondsWithoutPagefind),
      per(last, last.build.astroSecondsWithoutPagefind),
    ],
    [
      'Pagefind time per release',
      per(first, first.build.pagefindSeconds),
      per(last, last.build.pagefindSeconds),
    ],
    [
      'pipeline time per release',
      first.pipeline.secondsPerRelease,
      indexed ? last.pipeline.secondsPerRelease : null,
    ],
    [
      '`dist/` bytes per release',
      first.dist ? first.dist.bytes / first.releases : null,
      last.dist ? last.dist.bytes / last.releases : null,
    ],
    [
      'Pagefind bytes per release',
      first.dist ? first.dist.pagefind.bytes / first.releases : null,
      last.dist && indexed ? last.dist.pagefind.bytes / last.releases : null,
    ],
    ['peak memory', first.pipeline.peakRssMiB, indexed ? last.pipeline.peakRssMiB : null],
    [
      'heaviest page (gzip)',
      first.dist?.heaviestPage.gzipBytes ?? null,
      last.dist?.heaviestPage.gzipBytes ?? null,
    ],
    [
      'cold search bytes',
      first.search ? Math.max(...first.search.locales.map((l) => l.cold.bytes.total)) : null,
      last.search ? Math.max(...last.search.locales.map((l) => l.cold.bytes.total)) : null,
    ],
    [
      'cold search time',
      first.search ? Math.max(...first.search.locales.map((l) => l.cold.msToResults)) : null,
      last.search ? Math.max(...last.search.locales.map((l) => l.cold.msToResults)) : null,
    ],
    ['warm search median', first.search?.warm.medianMs ?? null, last.search?.warm.medianMs ?? null],
  ];
  return [
    `| ${n(last.releases)} vs ${n(first.releases)} releases | growth |`,
    '|---|---:|',
    ...rows.map(([label, a, b]) => `| ${label} | ${ratio(a, b)} |`),
  ].join('\n');
}

export function renderMarkdown(results: BenchResults): string {
  const sizes = [...results.sizes].sort((a, b) => a.releases - b.releases);
  const m = results.machine;
  const largest = sizes.at(-1);
  const status = { met: '✅ met', missed: '❌ missed', 'not-measured': '⏳ not measured' } as const;
  const lines = [
    '# Benchmark results',
    '',
    `Generated ${results.generatedAt} by \`${results.command}\` (seed ${results.seed}).`,
    '',
    `Machine: ${m.cpuModel}, ${m.cores} cores (shared), ${m.memoryGiB} GiB memory, ${m.os} (Linux ${m.kernel}), Node ${m.node}; ` +
      `astro ${m.versions['astro']}, pagefind ${m.versions['pagefind']}, playwright-core ${m.versions['playwright-core']}.`,
    '',
    m.revision
      ? `Measured on commit \`${m.revision.commit.slice(0, 12)}\`${m.revision.dirty ? ' with uncommitted changes in the tree' : ''}.`
      : 'Measured outside a git work tree (no commit recorded).',
    '',
    'Times and peak memory come from `/usr/bin/time -v` around each child process (wall clock, and the',
    'largest single process\'s maximum RSS); "process tree" memory sums the RSS of a step\'s processes,',
    'sampled every 200 ms from /proc. Page weights are gzip sizes (zlib default level) of the built files;',
    'Search bytes are response bodies as a compressing static host sends them: text files at their gzip size,',
    "Pagefind's index, fragments and WebAssembly as written (already gzipped); the local server itself does not",
    'compress ("as served"). Search times are taken in the page: from the `input` event (or a filter\'s `change`)',
    'to the first result element; "search alone" starts when the page begins its search (after its typing delay, if it has one).',
    `"Machine load" is the mean 1-minute load average during a step: above ${m.cores} (the core count), the step`,
    'waited for a core behind other work on this shared machine, and its wall time is longer than it would be alone;',
    'CPU time (user + system) is less affected.',
    '',
    '## Targets',
    '',
    '| target | measured | status | cause |',
    '|---|---|---|---|',
    ...results.targets.map(
      (t) => `| ${t.target} | ${t.measured} | ${status[t.status]} | ${t.cause ?? ''} |`,
    ),
    '',
  ];
  for (const [title, rows] of ROWS) lines.push(`## ${title}`, '', table(sizes, rows), '');
  lines.push('## Growth', '', growth(sizes), '');
  const profiled = sizes.filter((size) => size.profiles);
  if (profiled.length > 0) {
    lines.push('## Profiles (`--profile`: node --cpu-prof on the full ingest and the build)', '');
    for (const size of profiled) {
      for (const [step, summary] of Object.entries(size.profiles ?? {})) {
        if (!summary) continue;
        lines.push(
          `${n(size.releases)} releases, ${step}: ${s(summary.seconds)} of CPU samples, \`${summary.file.split('/').slice(-5).join('/')}\`.`,
          '',
          '| self time | | inclusive time | |',
          '|---|---:|---|---:|',
          ...summary.self.slice(0, 8).map((frame, i) => {
            const inclusive = summary.inclusive[i];
            return `| ${code(frame.frame)} | ${(frame.share * 100).toFixed(1)}% | ${inclusive ? code(inclusive.frame) : ''} | ${inclusive ? `${(inclusive.share * 100).toFixed(1)}%` : ''} |`;
          }),
          '',
        );
      }
    }
  }
  if (largest) {
    lines.push(
      '## Commands',
      '',
      `For ${n(largest.releases)} releases (the other sizes differ only in the numbers):`,
      '',
      '```sh',
    );
    const corpus = `bench/corpus/${largest.releases}-${results.seed}`;
    lines.push(
      `npm run bench:corpus -- --count ${largest.releases} --seed ${results.seed}`,
      largest.ingest.full.command,
      largest.ingest.unchanged.command,
      `npm run bench:corpus -- --count 1 --start ${largest.releases} --seed ${results.seed} --out ${corpus}`,
      largest.ingest.addOne.command,
      largest.build.command,
    );
    lines.push('```', '');
  }
  return `${lines.join('\n')}\n`;
}

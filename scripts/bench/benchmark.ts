/**
 * `npm run bench [-- --sizes 1000,10000[,100000]] [--seed S] [--no-search] [--profile]
 *   [--pagefind-by-language] [--rewrite-report]`
 *
 * For each size: generate a synthetic corpus (bench/corpus/<N>-<S>/), ingest it into
 * bench/work/<N>/content, ingest again unchanged, add one release and ingest again, build the
 * site from it (ARCHIVE_CONTENT_DIR, --outDir bench/work/<N>/dist) with its Pagefind index,
 * weigh dist/ and its pages, and search it in Chromium. Every step is a child process measured
 * by /usr/bin/time -v (scripts/bench/measure.ts). Writes bench/results/latest.json and .md.
 */
import { availableParallelism } from 'node:os';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureChromium } from '../chromium/ensure.ts';
import { writeCorpus } from '../corpus/corpus.ts';
import { loadVocabulary } from '../corpus/vocabulary.ts';
import { PAGE_BUDGETS } from '../quality/budgets.ts';
import { distStats, weighPage, type PageWeight } from './distStats.ts';
import { extractionStats } from './extraction.ts';
import { readIngestLog } from './ingestLog.ts';
import { describeMachine } from './machine.ts';
import { runMeasured } from './measure.ts';
import { indexEachLanguage, type LanguageIndex } from './pagefindByLanguage.ts';
import { summariseProfileDirectory } from './profile.ts';
import { renderMarkdown } from './markdownReport.ts';
import type { BenchResults, IngestStep, SearchIndexSkip, SizeResult } from './results.ts';
import { measureSearch, type SearchResult } from './search.ts';
import { SEARCH_UI } from './searchQueries.ts';
import { htmlFileOf, sitePaths } from './sitePaths.ts';
import { evaluateTargets, searchIndexSkip } from './targets.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * The build's JavaScript heap ceiling. V8's default (about 4 GiB on this machine) is close to
 * what Astro needs at 100,000 releases (3.8 GB resident, measured); a build that reaches it
 * dies, so the bench raises it and reports the memory actually used.
 */
const BUILD_HEAP_MIB = 6144;

const rel = (path: string): string => relative(ROOT, path) || '.';

function peak(...values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function ingest(
  corpusDir: string,
  articlesDir: string,
  logFile: string,
  profileDir: string | null,
): Promise<IngestStep> {
  const argv = [
    NODE,
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${rel(profileDir)}`] : []),
    '--import',
    'tsx',
    'scripts/ingest.ts',
    '--sources',
    rel(corpusDir),
    '--out',
    rel(articlesDir),
  ];
  const measurement = await runMeasured(argv, { cwd: ROOT, logFile });
  return { ...measurement, report: readIngestLog(readFileSync(logFile, 'utf8')) };
}

/** The search page's typing delay, read from its script (null if it no longer says). */
function typingDelayMs(): number | null {
  try {
    const source = readFileSync(join(ROOT, SEARCH_UI.typingDelay.file), 'utf8');
    const match = SEARCH_UI.typingDelay.pattern.exec(source);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function pageWeight(dist: string, path: string): PageWeight | null {
  try {
    return weighPage(dist, htmlFileOf(path));
  } catch {
    return null;
  }
}

/** The first agreement page of a locale in a build. */
function firstAgreementPage(dist: string): string | null {
  const dir = join(dist, htmlFileOf(sitePaths.agreements('en')).replace(/index\.html$/, ''));
  try {
    const first = readdirSync(dir).sort()[0];
    return first ? `${sitePaths.agreements('en')}${first}/` : null;
  } catch {
    return null;
  }
}

async function benchSize(
  size: number,
  seed: string,
  options: {
    search: boolean;
    profile: boolean;
    pagefindByLanguage: boolean;
    skipIndex: SearchIndexSkip | null;
  },
): Promise<SizeResult> {
  const corpusDir = join(ROOT, 'bench/corpus', `${size}-${seed}`);
  const work = join(ROOT, 'bench/work', String(size));
  const content = join(work, 'content');
  const articles = join(content, 'articles');
  const dist = join(work, 'dist');
  const logs = join(work, 'logs');
  const profileDir = options.profile ? join(work, 'profiles') : null;
  const ingestProfiles = profileDir ? join(profileDir, 'ingest') : null;
  const buildProfiles = profileDir ? join(profileDir, 'build') : null;
  rmSync(corpusDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  for (const dir of [articles, join(content, 'translations'), logs])
    mkdirSync(dir, { recursive: true });

  log(`${size}: generating the corpus`);
  const corpus = writeCorpus({ count: size, seed, out: corpusDir });
  log(`${size}: ${corpus.count} releases in ${corpus.seconds.toFixed(1)} s; ingesting`);

  const full = await ingest(corpusDir, articles, join(logs, 'ingest-full.log'), ingestProfiles);
  log(
    `${size}: ingest ${full.wallSeconds.toFixed(1)} s, ${full.report?.written ?? '?'} written, ${full.report?.failed ?? '?'} failed`,
  );
  const extraction = extractionStats(articles, seed, loadVocabulary());
  const unchanged = await ingest(corpusDir, articles, join(logs, 'ingest-unchanged.log'), null);
  writeCorpus({ count: 1, seed, out: corpusDir, start: size });
  const addOne = await ingest(corpusDir, articles, join(logs, 'ingest-add-one.log'), null);
  log(
    `${size}: unchanged ${unchanged.wallSeconds.toFixed(1)} s, add one ${addOne.wallSeconds.toFixed(1)} s; building`,
  );

  const articleCount = readdirSync(articles).filter((name) => name.endsWith('.md')).length;
  // Astro alone, then the search index in a process of its own: each step's time and memory
  // are its own, and Astro's memory is returned before the index's parts take theirs.
  const buildEnv = {
    ARCHIVE_CONTENT_DIR: rel(content),
    NODE_OPTIONS: `--max-old-space-size=${BUILD_HEAP_MIB}`,
    ARCHIVE_SEARCH_INDEX: 'off',
  };
  if (options.skipIndex) {
    const { projectedMiB, fromReleases, locale } = options.skipIndex;
    log(
      `${size}: no search index: ${locale}'s parts project to ${(projectedMiB / 1024).toFixed(1)} GiB (from ${fromReleases})`,
    );
  }
  const buildLog = join(logs, 'build.log');
  const build = await runMeasured(
    [
      NODE,
      ...(buildProfiles ? ['--cpu-prof', `--cpu-prof-dir=${rel(buildProfiles)}`] : []),
      rel(ASTRO),
      'build',
      '--outDir',
      rel(dist),
    ],
    { cwd: ROOT, env: { ...process.env, ...buildEnv }, shownEnv: buildEnv, logFile: buildLog },
  );
  const buildText = readFileSync(buildLog, 'utf8');
  const pagesBuilt = /(\d+) page\(s\) built/.exec(buildText);
  let searchIndex: SizeResult['searchIndex'];
  if (build.exitCode === 0 && !options.skipIndex) {
    log(`${size}: build ${build.wallSeconds.toFixed(1)} s; indexing for search`);
    const indexLog = join(logs, 'search-index.log');
    const indexRun = await runMeasured(
      [NODE, '--import', 'tsx', 'scripts/search-index.ts', 'all', '--site', rel(dist)],
      { cwd: ROOT, logFile: indexLog },
    );
    const indexText = readFileSync(indexLog, 'utf8');
    searchIndex = {
      ...indexRun,
      parts: [...indexText.matchAll(/Indexed part (\S+): (\d+) pages in ([\d.]+) s/g)].map(
        ([, part = '', pages, seconds]) => ({
          part,
          pages: Number(pages),
          seconds: Number(seconds),
        }),
      ),
      partSize: Number(/parts of at most (\d+) pages/.exec(indexText)?.[1]) || null,
    };
  }
  const indexed = searchIndex?.exitCode === 0;
  const pagefindSeconds = indexed ? (searchIndex?.wallSeconds ?? null) : null;
  const pagefindSource: SizeResult['build']['pagefindSource'] = options.skipIndex
    ? 'skipped'
    : indexed
      ? 'separate-run'
      : 'unavailable';
  log(
    `${size}: build ${build.wallSeconds.toFixed(1)} s (exit ${build.exitCode}); search index ${pagefindSeconds?.toFixed(1) ?? '?'} s; weighing dist/`,
  );

  const built = build.exitCode === 0;
  const stats = built ? distStats(dist, PAGE_BUDGETS.htmlBeyondMainText) : null;
  const agreement = built ? firstAgreementPage(dist) : null;
  const pages: SizeResult['pages'] = built
    ? {
        home: pageWeight(dist, sitePaths.home('en')),
        root: pageWeight(dist, sitePaths.root()),
        agreement: agreement ? pageWeight(dist, agreement) : null,
        browse: pageWeight(dist, sitePaths.browse('en')),
        listing: pageWeight(dist, sitePaths.allAgreements('en')),
        search: pageWeight(dist, sitePaths.search('en')),
      }
    : {};

  let pagefindByLanguage: LanguageIndex[] | undefined;
  if (built && options.pagefindByLanguage) {
    log(`${size}: Pagefind, one language at a time`);
    pagefindByLanguage = await indexEachLanguage(
      ROOT,
      dist,
      join(work, 'pagefind-by-language'),
      logs,
    );
  }

  let search: SearchResult | null = null;
  if (built && options.search && indexed) {
    log(`${size}: searching in Chromium`);
    search = await measureSearch(dist, typingDelayMs());
  }

  const pipelineSeconds = full.wallSeconds + build.wallSeconds + (searchIndex?.wallSeconds ?? 0);
  return {
    releases: size,
    corpus,
    ingest: {
      full: { ...full, releasesPerSecond: size / full.wallSeconds },
      unchanged,
      addOne,
    },
    build: {
      ...build,
      articles: articleCount,
      pages: pagesBuilt ? Number(pagesBuilt[1]) : null,
      pagefindSeconds,
      pagefindSource,
      // The build never indexes here: its time is Astro's alone.
      astroSecondsWithoutPagefind: build.wallSeconds,
    },
    ...(searchIndex ? { searchIndex } : {}),
    extraction,
    dist: stats,
    ...(pagefindByLanguage ? { pagefindByLanguage } : {}),
    ...(options.skipIndex ? { searchIndexSkipped: options.skipIndex } : {}),
    pages,
    search,
    pipeline: {
      seconds: pipelineSeconds,
      secondsPerRelease: pipelineSeconds / size,
      peakRssMiB: peak(
        full.treePeakRssMiB,
        full.maxRssMiB,
        build.treePeakRssMiB,
        build.maxRssMiB,
        searchIndex?.treePeakRssMiB ?? null,
        searchIndex?.maxRssMiB ?? null,
      ),
    },
    ...(ingestProfiles && buildProfiles
      ? {
          profiles: {
            ingest: summariseProfileDirectory(ingestProfiles),
            build: summariseProfileDirectory(buildProfiles),
          },
        }
      : {}),
  };
}

/**
 * `--rewrite-report`: measure nothing; re-read latest.json, summarise again the profiles still in
 * bench/work/<N>/profiles, judge the targets again and rewrite latest.json and latest.md — after a
 * change to how results are summarised or shown, without a run of an hour.
 */
function rewriteReport(outDir: string): void {
  const jsonFile = join(outDir, 'latest.json');
  const results = JSON.parse(readFileSync(jsonFile, 'utf8')) as BenchResults;
  for (const size of results.sizes) {
    if (!size.profiles) continue;
    const profiles = join(ROOT, 'bench/work', String(size.releases), 'profiles');
    size.profiles = {
      ingest: summariseProfileDirectory(join(profiles, 'ingest')) ?? size.profiles.ingest,
      build: summariseProfileDirectory(join(profiles, 'build')) ?? size.profiles.build,
    };
  }
  results.targets = evaluateTargets(results.sizes, results.machine.memoryGiB);
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'latest.md'), renderMarkdown(results));
  log(`rewrote ${rel(outDir)}/latest.{json,md} from ${results.generatedAt}'s measurements`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      seed: { type: 'string', default: '1' },
      'no-search': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'pagefind-by-language': { type: 'boolean', default: false },
      'rewrite-report': { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results' },
    },
  });
  if (values['rewrite-report']) {
    rewriteReport(join(ROOT, values.out));
    return;
  }
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
    throw new Error(`--sizes must be positive integers separated by commas, got "${values.sizes}"`);
  }
  // Before the long steps, not after them: a machine without Chromium gets one now (as
  // `npm test` does), or the run stops at once with how to get one.
  if (!values['no-search']) log(`Chromium: ${ensureChromium()}`);
  const args = process.argv.slice(2);
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    machine: describeMachine(),
    command: `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
    seed: values.seed,
    sizes: [],
    targets: [],
  };
  const outDir = join(ROOT, values.out);
  mkdirSync(outDir, { recursive: true });
  const write = (): void => {
    results.targets = evaluateTargets(results.sizes, results.machine.memoryGiB);
    writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(outDir, 'latest.md'), renderMarkdown(results));
  };
  for (const size of [...sizes].sort((a, b) => a - b)) {
    results.sizes.push(
      await benchSize(size, values.seed, {
        search: !values['no-search'],
        profile: values.profile,
        pagefindByLanguage: values['pagefind-by-language'],
        skipIndex: searchIndexSkip(
          size,
          results.sizes,
          results.machine.memoryGiB * 1024,
          availableParallelism(),
        ),
      }),
    );
    // Written after every size: a long run that fails later keeps what it measured.
    write();
    log(`${size}: done; results in ${rel(outDir)}/latest.{json,md}`);
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});

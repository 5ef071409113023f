/**
 * The ingest command line: `npm run ingest -- [--sources <dir>] [--out <dir>] [--check] [--force]`.
 * Turns every raw release in --sources (default content/sources) into one Markdown article in
 * --out (default content/articles), through `runIngest` (ingest/run.ts, the orchestrator), which
 * runs the pure `ingestRelease` (ingest/ingestRelease.ts) on each release. Exit code 0 when every file
 * went through (and, with --check, when the articles are what a fresh run would write); 1
 * otherwise; 2 for bad usage (an unknown option, a sources folder that is not one, an --out
 * that is a file).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ProgressBar, summaryTable } from './ingest/report.ts';
import { runIngest, UsageError, type RunResult } from './ingest/run.ts';

const USAGE = `usage: npm run ingest -- [--sources <dir>] [--out <dir>] [--check] [--force] [--jobs <n>]

  --sources <dir>  folder of raw releases (*.txt, *.text) and their sidecars (default: content/sources)
  --out <dir>      folder of generated articles (default: content/articles)
  --check          write nothing; exit 1 if any article differs from what a fresh run would write
  --force          ingest every source again, ignoring the hash manifest
  --jobs <n>       worker threads (default: one per idle core when 1,000 or more sources need ingesting)`;

/** Above this many rows the table shows only what changed or warns: logs stay readable. */
const FULL_TABLE_ROWS = 200;

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface CliOptions {
  sources: string;
  out: string;
  check: boolean;
  force: boolean;
  jobs: number | undefined;
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new Error(`--jobs must be a whole number of at least 1, not "${value}"`);
  return jobs;
}

function parseOptions(): CliOptions | null {
  const { values } = parseArgs({
    options: {
      sources: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return null;
  // npm runs scripts from the project root; paths typed by the user are relative to where they typed them.
  const invokedFrom = process.env['INIT_CWD'] ?? process.cwd();
  return {
    sources: values.sources
      ? resolve(invokedFrom, values.sources)
      : join(projectRoot, 'content/sources'),
    out: values.out ? resolve(invokedFrom, values.out) : join(projectRoot, 'content/articles'),
    check: values.check,
    force: values.force,
    jobs: parseJobs(values.jobs),
  };
}

function printReport(result: RunResult, check: boolean): void {
  const interesting = result.rows.filter(
    (row) => row.status !== 'skipped' || row.row.warnings.length > 0,
  );
  const shown =
    result.rows.length <= FULL_TABLE_ROWS ? result.rows : interesting.slice(0, FULL_TABLE_ROWS);
  if (shown.length > 0) {
    console.log(summaryTable(shown));
    if (shown.length < result.rows.length) {
      console.log(
        `(${result.rows.length - shown.length} more rows not shown: unchanged, no warnings)`,
      );
    }
    const warned = shown.filter((row) => row.row.warnings.length > 0);
    if (warned.length > 0) {
      console.log('\nwarnings:');
      for (const { row } of warned)
        for (const warning of row.warnings) console.log(`  ${row.file}: ${warning}`);
    }
  }
  if (result.agreements.length > 0) {
    console.log('\none agreement, several reports:');
    for (const group of result.agreements) {
      console.log(`  ${group.id} (${group.bases.join(', ')}): ${group.reports.join(', ')}`);
    }
  }
  for (const notice of result.notices) console.log(`note: ${notice}`);
  for (const error of result.errors)
    console.error(`${error.bug ? 'BUG ' : 'error '}${error.message}`);

  const count = (status: string): number =>
    result.rows.filter((row) => row.status === status).length;
  const total = result.rows.length + result.errors.length;
  if (check) {
    for (const name of result.written)
      console.error(`stale: ${name} differs from what a fresh run would write`);
    for (const name of result.removed)
      console.error(`stale: ${name} would be removed (its source is gone)`);
    console.log(
      `\ncheck: ${count('unchanged')} up to date, ${result.written.length} differ, ${result.removed.length} to remove, ${result.errors.length} failed` +
        (result.ok ? '' : ' — run `npm run ingest` and commit the articles'),
    );
    return;
  }
  console.log(
    `\n${total} sources: ${count('written')} written, ${count('unchanged')} unchanged, ${count('skipped')} skipped (unchanged inputs), ` +
      `${result.errors.length} failed; ${result.removed.length} stale article${result.removed.length === 1 ? '' : 's'} removed`,
  );
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions();
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  let progress: ProgressBar | null = null;
  try {
    const result = await runIngest({
      projectRoot,
      sourcesDir: options.sources,
      outDir: options.out,
      check: options.check,
      force: options.force,
      ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
      onProgress: (done, total, file) => {
        if (done === 0 && ProgressBar.wanted(total)) progress = new ProgressBar(total);
        progress?.update(done, file);
      },
    });
    (progress as ProgressBar | null)?.finish();
    printReport(result, options.check);
    return result.ok ? 0 : 1;
  } catch (error) {
    (progress as ProgressBar | null)?.finish();
    if (error instanceof UsageError) {
      console.error(`error ${error.message} (npm run ingest -- --help)`);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`BUG in ingest (unexpected error): ${detail}`);
    return 1;
  }
}

process.exitCode = await main();

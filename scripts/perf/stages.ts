/**
 * `npm run perf:stages -- --sources <dir> [--sources <dir> …] [--dump <dir>]`
 * CPU time per ingest stage, averaged over every release in the folders: decode, each
 * cleaning rule, script detection, each extractor, and the whole `ingestRelease` (which also
 * merges the sidecar and renders the article). Module loading and the first release (which
 * builds the matchers) are reported apart: a run pays them once per process or worker.
 *
 * Times are the process's own CPU time (`process.cpuUsage`, user + system), so a busy
 * machine slows them less than wall time; the load average is printed beside them.
 * `--dump` writes what `ingestRelease` returned for each source (article or error), including
 * sources a run would refuse as duplicate ids, to compare two versions byte for byte.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

interface Source {
  path: string;
  bytes: Uint8Array;
  sidecarText: string | undefined;
}

/** CPU microseconds (user + system) spent so far by this process. */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

const totals = new Map<string, number>();

/** Runs `stage`, adding its CPU time to the stage's total. */
function timed<T>(stage: string, run: () => T): T {
  const start = cpuMicros();
  try {
    return run();
  } finally {
    totals.set(stage, (totals.get(stage) ?? 0) + cpuMicros() - start);
  }
}

function readSources(folders: readonly string[]): Source[] {
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt') || name.endsWith('.text'))
      .sort()
      .map((name) => {
        const path = join(folder, name);
        let sidecarText: string | undefined;
        try {
          sidecarText = readFileSync(path.replace(/\.[^.]+$/u, '.yaml'), 'utf8');
        } catch {
          sidecarText = undefined;
        }
        return { path, bytes: readFileSync(path), sidecarText };
      }),
  );
}

const { values } = parseArgs({
  options: {
    sources: { type: 'string', multiple: true },
    dump: { type: 'string' },
  },
  strict: true,
});
const invokedFrom = process.env['INIT_CWD'] ?? process.cwd();
const folders = (values.sources ?? []).map((folder) => resolve(invokedFrom, folder));
if (folders.length === 0) {
  console.error('usage: npm run perf:stages -- --sources <dir> [--sources <dir> …] [--dump <dir>]');
  process.exit(2);
}
const dumpDir = values.dump === undefined ? undefined : resolve(invokedFrom, values.dump);
if (dumpDir) mkdirSync(dumpDir, { recursive: true });

const loadStart = cpuMicros();
const { ingestRelease } = await import('../ingest/ingestRelease.ts');
const { decode } = await import('../ingest/decode.ts');
const { cleaningRules } = await import('../ingest/clean/index.ts');
const { detectScript } = await import('../ingest/extract/script.ts');
const { extractDates } = await import('../ingest/extract/dates.ts');
const { extractByline } = await import('../ingest/extract/byline.ts');
const { extractTitle } = await import('../ingest/extract/title.ts');
const { viewOf } = await import('../ingest/extract/textView.ts');
const { readNames } = await import('../ingest/extract/namesInText.ts');
const { extractAmounts } = await import('../ingest/extract/amounts.ts');
const { extractTopics } = await import('../ingest/extract/topics.ts');
const moduleLoadMicros = cpuMicros() - loadStart;

const sources = readSources(folders);
// Matchers (the gazetteer's tries, pattern tables) are built on first use: once per process
// or worker, not per release. One release first, timed apart, keeps that out of the averages.
const warmUpStart = cpuMicros();
const [first] = sources;
if (first) {
  try {
    ingestRelease({ sourcePath: first.path, bytes: first.bytes, sidecarText: first.sidecarText });
  } catch {
    // Counted with the others below.
  }
}
const warmUpMicros = cpuMicros() - warmUpStart;
const wallStart = performance.now();
let failures = 0;
for (const source of sources) {
  // The whole pipeline first, as a run calls it.
  let dumped: string;
  try {
    const result = timed('ingestRelease (whole)', () =>
      ingestRelease({
        sourcePath: source.path,
        bytes: source.bytes,
        sidecarText: source.sidecarText,
      }),
    );
    dumped = result.article;
  } catch (error) {
    failures += 1;
    dumped = `ERROR ${error instanceof Error ? error.message : String(error)}\n`;
  }
  if (dumpDir) writeFileSync(join(dumpDir, `${basename(source.path)}.out`), dumped);

  // Then stage by stage.
  try {
    const { text: raw } = timed('decode', () => decode(source.path, source.bytes));
    let text = raw;
    for (const rule of cleaningRules) {
      text = timed(`clean: ${rule.name}`, () => rule.apply(text).text);
    }
    const paragraphs = text.split('\n\n').filter((paragraph) => paragraph !== '');
    const joined = paragraphs.join('\n\n');
    const language = timed('detectScript', () => detectScript(text));
    timed('extract: dates', () => extractDates(paragraphs, language));
    timed('extract: byline', () => extractByline(paragraphs));
    timed('extract: title', () => extractTitle(paragraphs));
    const view = timed('extract: text view', () => viewOf(joined));
    timed('extract: places, operators and parties', () => readNames(view));
    timed('extract: amounts', () => extractAmounts(joined));
    timed('extract: topics', () => extractTopics(view));
  } catch {
    // The failure is already counted and dumped from ingestRelease.
  }
}
const wallMillis = performance.now() - wallStart;

const count = sources.length;
const stageRows = [...totals].filter(([stage]) => stage !== 'ingestRelease (whole)');
const stageSum = stageRows.reduce((sum, [, micros]) => sum + micros, 0);
const width = Math.max(...[...totals.keys()].map((stage) => stage.length));
const perRelease = (micros: number): string => (micros / count / 1000).toFixed(3).padStart(8);
const [load1] = loadavg();
console.log(
  `${count} releases from ${folders.join(', ')} (${failures} refused); ` +
    `${availableParallelism()} cores, load average ${load1?.toFixed(2)}; node ${process.version}`,
);
console.log(
  `once per process: module load ${(moduleLoadMicros / 1000).toFixed(0)} ms CPU, ` +
    `first release with matcher builds ${(warmUpMicros / 1000).toFixed(0)} ms CPU\n`,
);
console.log(`${'stage'.padEnd(width)}  ms CPU/release  share`);
for (const [stage, micros] of [...stageRows].sort((a, b) => b[1] - a[1])) {
  const share = `${((100 * micros) / stageSum).toFixed(1)}%`.padStart(6);
  console.log(`${stage.padEnd(width)}  ${perRelease(micros)}       ${share}`);
}
console.log(`${'sum of stages'.padEnd(width)}  ${perRelease(stageSum)}`);
console.log(
  `${'ingestRelease (whole)'.padEnd(width)}  ${perRelease(totals.get('ingestRelease (whole)') ?? 0)}`,
);
console.log(`\nwall time of both passes: ${(wallMillis / 1000).toFixed(1)} s`);

/**
 * `npm run bench:reading [-- --sizes 10000,100000] [--seed S]`
 *
 * What ingest reads, without building the site: for each size, generate the synthetic corpus,
 * ingest it (one process, as `npm run bench` does), and score the articles against what the
 * generator wrote (extraction.ts): dates, operators, places, and whether the reports of one
 * signing (the generator's re-reports) became one agreement. Minutes at 100,000 where the whole
 * bench takes an hour, so a change to extraction or grouping can be measured at scale on its
 * own. Writes bench/results/reading.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../corpus/corpus.ts';
import { loadVocabulary } from '../corpus/vocabulary.ts';
import { extractionStats, type ExtractionStats, type Share } from './extraction.ts';
import { readIngestLog, type IngestReport } from './ingestLog.ts';
import { describeMachine } from './machine.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Reading {
  releases: number;
  reReports: number;
  ingestSeconds: number;
  ingest: IngestReport | null;
  extraction: ExtractionStats;
}

function readAt(size: number, seed: string): Reading {
  const corpus = join(ROOT, 'bench/corpus', `reading-${size}-${seed}`);
  const work = join(ROOT, 'bench/work', `reading-${size}`);
  const articles = join(work, 'articles');
  rmSync(corpus, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  mkdirSync(articles, { recursive: true });
  const summary = writeCorpus({ count: size, seed, out: corpus });
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/ingest.ts',
      '--sources',
      relative(ROOT, corpus),
      '--out',
      relative(ROOT, articles),
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 2 ** 30 },
  );
  // Ingest fails with a status when a release is refused: that is counted, not thrown.
  const log = `${run.stdout}\n${run.stderr}`;
  const ingestSeconds = (performance.now() - started) / 1000;
  return {
    releases: size,
    reReports: summary.messes['re-report'] ?? 0,
    ingestSeconds,
    ingest: readIngestLog(log),
    extraction: extractionStats(articles, seed, loadVocabulary()),
  };
}

const share = ({ right, of }: Share): string =>
  of === 0
    ? '–'
    : `${right.toLocaleString('en')} of ${of.toLocaleString('en')} (${((right / of) * 100).toFixed(1)}%)`;

function markdown(readings: readonly Reading[], command: string): string {
  const machine = describeMachine();
  const rows: [string, (r: Reading) => string][] = [
    ['re-reports written by the generator', (r) => r.reReports.toLocaleString('en')],
    ['ingest wall time', (r) => `${r.ingestSeconds.toFixed(1)} s`],
    ['releases refused (failed)', (r) => String(r.ingest?.failed ?? '?')],
    ['publication date read right, where shown', (r) => share(r.extraction.publishedOn)],
    ['signing date read right, where it can be known', (r) => share(r.extraction.signedOn)],
    ['operators read right (exact set)', (r) => share(r.extraction.operators)],
    ["the signing government's place found", (r) => share(r.extraction.place)],
    [
      'signings reported more than once, grouped into one agreement',
      (r) => share(r.extraction.grouping),
    ],
    [
      'wrong merges (pairs of reports of different signings)',
      (r) => String(r.extraction.grouping.wrongMerges),
    ],
  ];
  const header = `| | ${readings.map((r) => `${r.releases.toLocaleString('en')} releases`).join(' | ')} |`;
  return [
    '# What ingest read, at scale',
    '',
    `Generated ${new Date().toISOString()} by \`${command}\`${machine.revision ? ` on commit \`${machine.revision.commit.slice(0, 12)}\`${machine.revision.dirty ? ' (uncommitted changes in the tree)' : ''}` : ''}.`,
    '',
    `Machine: ${machine.cpuModel}, ${machine.cores} cores (shared), ${machine.memoryGiB} GiB memory, ${machine.os}, Node ${machine.node}.`,
    '',
    'Synthetic corpus (scripts/corpus), ingested in one process; articles scored against what the',
    'generator wrote (scripts/bench/extraction.ts). A signing is one place, operators and signing day;',
    "a re-report is another outlet's release of an earlier release's signing, in its own script,",
    'wording and publication date. Grouping is the rule the site and ingest use',
    '(src/lib/archive/grouping.ts), with texts read from the articles.',
    '',
    header,
    `|---|${readings.map(() => '---:').join('|')}|`,
    ...rows.map(([label, value]) => `| ${label} | ${readings.map(value).join(' | ')} |`),
    '',
  ].join('\n');
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const readings: Reading[] = [];
for (const size of sizes) {
  console.log(`[reading] ${size}: corpus, ingest, scoring`);
  const reading = readAt(size, values.seed);
  console.log(`[reading] ${size}: ${JSON.stringify(reading.extraction.grouping)}`);
  readings.push(reading);
}
const out = join(ROOT, 'bench/results/reading.md');
writeFileSync(
  out,
  markdown(readings, `npm run bench:reading -- --sizes ${values.sizes} --seed ${values.seed}`),
);
console.log(`[reading] wrote ${relative(ROOT, out)}`);

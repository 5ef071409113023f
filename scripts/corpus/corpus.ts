/**
 * `npm run bench:corpus -- --count N --seed S [--out DIR] [--start I] [--json]`
 * Writes N synthetic raw releases (indices start … start+N-1) into DIR (default
 * bench/corpus/<N>-<S>/), one at a time: nothing but the current release is held in memory.
 * The same seed always writes the same bytes; `--start` extends a corpus without rewriting it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateRelease, MESSES, type Encoding, type Layout, type Mess } from './release.ts';
import type { Script } from './placeIndex.ts';
import { loadVocabulary } from './vocabulary.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CorpusSummary {
  directory: string;
  seed: string;
  start: number;
  count: number;
  bytes: number;
  seconds: number;
  languages: Partial<Record<Script, number>>;
  layouts: Partial<Record<Layout, number>>;
  encodings: Partial<Record<Encoding, number>>;
  messes: Partial<Record<Mess, number>>;
  characters: { min: number; median: number; max: number };
}

function tally<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function writeCorpus(options: {
  count: number;
  seed: string;
  out: string;
  start?: number;
}): CorpusSummary {
  const started = performance.now();
  const vocabulary = loadVocabulary();
  const start = options.start ?? 0;
  mkdirSync(options.out, { recursive: true });
  const summary: CorpusSummary = {
    directory: options.out,
    seed: options.seed,
    start,
    count: options.count,
    bytes: 0,
    seconds: 0,
    languages: {},
    layouts: {},
    encodings: {},
    messes: {},
    characters: { min: 0, median: 0, max: 0 },
  };
  // Lengths fit in a typed array even at a million releases; the median needs them all.
  const lengths = new Uint16Array(options.count);
  for (let i = 0; i < options.count; i++) {
    const release = generateRelease(options.seed, start + i, vocabulary);
    writeFileSync(join(options.out, release.fileName), release.bytes);
    summary.bytes += release.bytes.length;
    lengths[i] = release.text.replace(/\r\n/gu, '\n').length;
    tally(summary.languages, release.language);
    tally(summary.layouts, release.layout);
    tally(summary.encodings, release.encoding);
    for (const mess of release.messes) tally(summary.messes, mess);
  }
  lengths.sort();
  summary.characters = {
    min: lengths[0] ?? 0,
    median: lengths[lengths.length >> 1] ?? 0,
    max: lengths[lengths.length - 1] ?? 0,
  };
  summary.messes = Object.fromEntries(
    MESSES.filter((m) => summary.messes[m]).map((m) => [m, summary.messes[m]]),
  );
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      start: { type: 'string', default: '0' },
      json: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  const start = Number(values.start);
  if (!Number.isInteger(count) || count <= 0)
    throw new Error('--count must be a positive integer, e.g. --count 1000');
  if (!Number.isInteger(start) || start < 0)
    throw new Error('--start must be a non-negative integer');
  // npm runs scripts from the project root; a path the user typed is relative to where they typed it.
  const invokedFrom = process.env['INIT_CWD'] ?? process.cwd();
  const out = values.out
    ? resolve(invokedFrom, values.out)
    : join(PROJECT_ROOT, 'bench', 'corpus', `${count}-${values.seed}`);
  const summary = writeCorpus({ count, seed: values.seed, out, start });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const share = (counts: Partial<Record<string, number>>): string =>
    Object.entries(counts)
      .map(([key, n]) => `${key} ${(((n ?? 0) / count) * 100).toFixed(1)}%`)
      .join(', ');
  console.log(
    `wrote ${count} releases (${(summary.bytes / 1e6).toFixed(1)} MB) to ${out} in ${summary.seconds.toFixed(1)} s`,
  );
  console.log(`  scripts:   ${share(summary.languages)}`);
  console.log(`  layouts:   ${share(summary.layouts)}`);
  console.log(`  encodings: ${share(summary.encodings)}`);
  console.log(
    `  length:    ${summary.characters.min}–${summary.characters.max} characters, median ${summary.characters.median}`,
  );
  console.log(`  messes:    ${share(summary.messes)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (error) {
    console.error(`bench:corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

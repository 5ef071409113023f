/**
 * `npm run eval [-- --show-held] [--truth <file>]`: scores ingest on the real-release set. Each release of
 * bench/real/truth.yaml goes through ingest's pure pipeline in process, without its sidecar
 * (the text alone is measured), and each field is compared with the truth table. Exit 0: it
 * is a measurement. Exit 1 only when the set itself is broken (a malformed truth table, a
 * source missing, a real source without a truth row).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { placeByCode } from '../../src/lib/gazetteer/index.ts';
import { ingestRelease } from '../ingest/ingestRelease.ts';
import { observeFacts, type PlaceLookup } from './observe.ts';
import { formatComposition, formatReport } from './scoreTable.ts';
import { readRetrieved, realSourceName } from './retrieved.ts';
import { scoreRefused, scoreRelease, summarise, type ReleaseScore } from './score.ts';
import { formatGrouping, scoreGrouping, type GroupedReport } from './scoreGrouping.ts';
import { bodyAfterFrontMatter } from '../../src/lib/archive/articleLoader.ts';
import { reportFactsOf } from '../../src/lib/archive/reports.ts';
import { parseTruth, PARTS, type TruthRelease } from './truth.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TRUTH = 'bench/real/truth.yaml';
const RETRIEVED = 'bench/real/retrieved.jsonl';
const SOURCES = 'content/sources';

const lookup: PlaceLookup = (code) => {
  const place = placeByCode(code);
  return place ? { level: place.level, parentCode: place.parentCode } : undefined;
};

/** Every real source has a truth row, and each row's URL is the one it was retrieved from. */
function checkSetIsWhole(truth: readonly TruthRelease[], truthFile: string): void {
  const listed = new Set(truth.map((release) => release.source));
  const onDisk = readdirSync(join(ROOT, SOURCES)).filter((name) =>
    /^real-\d{3}-.*\.txt$/.test(name),
  );
  const unlisted = onDisk.filter((name) => !listed.has(name));
  if (unlisted.length > 0) {
    const more = unlisted.length > 3 ? ` and ${unlisted.length - 3} more` : '';
    throw new Error(
      `${truthFile}: no row for ${unlisted.slice(0, 3).join(', ')}${more} (add one, read from the text)`,
    );
  }
  const urls = new Map(
    readRetrieved(readFileSync(join(ROOT, RETRIEVED), 'utf8'), RETRIEVED).map((release, index) => [
      `${realSourceName(index, release.file)}.txt`,
      release.url,
    ]),
  );
  for (const release of truth) {
    if (!existsSync(join(ROOT, SOURCES, release.source))) {
      throw new Error(`${truthFile}: ${release.source} is not in ${SOURCES}`);
    }
    const url = urls.get(release.source);
    if (url !== undefined && url !== release.url) {
      throw new Error(
        `${truthFile}: ${release.source} has url ${release.url}, but ${RETRIEVED} has ${url}`,
      );
    }
  }
}

export interface Evaluation {
  scores: ReleaseScore[];
  /** The releases ingest accepted, as grouping reads them. */
  reports: GroupedReport[];
}

export function evaluate(truth: readonly TruthRelease[]): Evaluation {
  const reports: GroupedReport[] = [];
  const scores = truth.map((release) => {
    const sourcePath = `${SOURCES}/${release.source}`;
    const bytes = readFileSync(join(ROOT, sourcePath));
    let result: ReturnType<typeof ingestRelease>;
    try {
      result = ingestRelease({ sourcePath, bytes });
    } catch (error) {
      return scoreRefused(release, release, (error as Error).message);
    }
    const body = bodyAfterFrontMatter(result.article);
    const facts = reportFactsOf({ agreement: result.frontMatter, readBody: () => body });
    reports.push({
      source: release.source,
      signing: release.signing ?? undefined,
      // Each release alone gets its id as if no other had it: two reports of one signing may
      // share one here (ingest of the whole set adds a suffix), and grouping keys on ids.
      facts: { ...facts, id: release.source },
    });
    return scoreRelease(release, release, observeFacts(result.frontMatter, lookup), result.id);
  });
  return { scores, reports };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      'show-held': { type: 'boolean', default: false },
      truth: { type: 'string', default: TRUTH },
    },
  });
  const truthFile = values.truth ?? TRUTH;
  let truth: TruthRelease[];
  try {
    truth = parseTruth(readFileSync(resolve(ROOT, truthFile), 'utf8'), truthFile);
    checkSetIsWhole(truth, truthFile);
  } catch (error) {
    console.error(`eval: the real-release set is broken: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  const { scores, reports } = evaluate(truth);
  const summaries = PARTS.map((part) => summarise(part, scores));
  console.log(
    `${formatComposition(truth)}\n\n${formatReport(summaries, scores, values['show-held'] ?? false)}\n\n${formatGrouping(scoreGrouping(reports))}`,
  );
}

main();

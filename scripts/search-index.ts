/**
 * The search index, step by step, for archives indexed on several machines
 * (.github/workflows/scale-out.yml): `npm run search-index -- <command> [options]`.
 *
 *   plan [--shards <n>]   the parts of the built site's index, as JSON: every part's name
 *                         (`zh-hans/03`), or with --shards, the parts dealt into n lists, one
 *                         per machine
 *   parts <name>...       index these parts into <site>/pagefind/<language>/<part>/
 *   merge                 check that every part of the plan is there and right, and write the
 *                         manifest the search page reads (pagefind/parts.json)
 *   all                   all three on this machine, as `astro build` does
 *
 * Options: --site <dir> (default dist), --part-size <n> (default ARCHIVE_SEARCH_PART_SIZE,
 * else 5,000 pages), --jobs <n> (parts at once; default one per core). Every machine must use
 * the same site and part size: the plan is made from them. Exit code 2 for bad usage.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  buildSearchIndex,
  indexParts,
  mergeParts,
  planIndex,
} from '../src/lib/searchIndex/buildIndex.ts';
import { configuredPartSize, partFolder } from '../src/lib/searchIndex/parts.ts';

const USAGE =
  'usage: npm run search-index -- plan [--shards <n>] | parts <name>... | merge | all  [--site <dir>] [--part-size <n>] [--jobs <n>]';

class UsageError extends Error {}

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new UsageError(`--${name} must be a whole number, at least 1, not "${value}"`);
  }
  return number;
}

const logger = {
  info: (message: string) => console.log(message),
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
};

async function main(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      site: { type: 'string', default: 'dist' },
      'part-size': { type: 'string' },
      jobs: { type: 'string' },
      shards: { type: 'string' },
    },
  });
  const [command, ...names] = positionals;
  const siteDir = resolve(values.site);
  if (!existsSync(siteDir) || !statSync(siteDir).isDirectory()) {
    throw new UsageError(`--site ${values.site}: not a folder (build the site first)`);
  }
  const partSize = wholeNumber('part-size', values['part-size']) ?? configuredPartSize();
  const jobs = wholeNumber('jobs', values.jobs);
  const outputPath = resolve(siteDir, 'pagefind');
  const plan = planIndex(siteDir, partSize);

  switch (command) {
    case 'plan': {
      const shards = wholeNumber('shards', values.shards);
      const all = plan.map(partFolder);
      if (shards === undefined) {
        console.log(JSON.stringify(all));
        return;
      }
      // Dealt round-robin: parts are nearly all the same size, so shards are nearly equal.
      const dealt = Array.from({ length: Math.min(shards, all.length) }, (_, shard) =>
        all.filter((_, index) => index % shards === shard).join(' '),
      );
      console.log(JSON.stringify(dealt));
      return;
    }
    case 'parts': {
      if (names.length === 0) throw new UsageError('parts: name at least one part (see plan)');
      const wanted = new Set(names.flatMap((name) => name.split(/\s+/)).filter(Boolean));
      const chosen = plan.filter((part) => wanted.delete(partFolder(part)));
      if (wanted.size > 0) {
        throw new UsageError(`no part ${[...wanted].join(', ')} in the plan of ${values.site}`);
      }
      await indexParts(siteDir, chosen, { outputPath, jobs, logger });
      return;
    }
    case 'merge':
      mergeParts(plan, outputPath);
      console.log(`Merged ${plan.length} parts into ${values.site}/pagefind/parts.json`);
      return;
    case 'all':
      await buildSearchIndex(siteDir, logger, { partSize, ...(jobs ? { jobs } : {}) });
      return;
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (
    error instanceof UsageError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

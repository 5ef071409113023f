/**
 * Writes the real-release set into content/sources from the search results kept in
 * bench/real/retrieved.jsonl: each release's text is the `excerpt` the search tool returned,
 * written byte-for-byte (UTF-8, nothing added or trimmed), and its sidecar records the
 * page's URL. A source already on disk with other bytes is an error, never overwritten:
 * raw sources are not touched once received.
 *
 *   npx tsx scripts/eval/writeRealSources.ts [--check]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRetrieved, realSourceName, type RetrievedRelease } from './retrieved.ts';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const RETRIEVED = join(ROOT, 'bench/real/retrieved.jsonl');
const SOURCES = join(ROOT, 'content/sources');

function sidecarText(release: RetrievedRelease, sourceName: string): string {
  return [
    `# ${sourceName}: a real release, kept as the search tool returned it (bench/real/retrieved.jsonl).`,
    'decidedBy: Archive editors',
    `url: ${JSON.stringify(release.url)}`,
    '',
  ].join('\n');
}

function main(): void {
  const check = process.argv.includes('--check');
  const releases = readRetrieved(readFileSync(RETRIEVED, 'utf8'), 'bench/real/retrieved.jsonl');
  let written = 0;
  const problems: string[] = [];
  releases.forEach((release, index) => {
    const name = realSourceName(index, release.file);
    // The source is the excerpt exactly; the sidecar begins with what this script writes, and
    // editors add below it (a title, a summary), so only its beginning is compared.
    const files: [string, string, 'whole' | 'beginning'][] = [
      [`${name}.txt`, release.excerpt, 'whole'],
      [`${name}.yaml`, sidecarText(release, `${name}.txt`), 'beginning'],
    ];
    for (const [file, text, compared] of files) {
      const path = join(SOURCES, file);
      if (existsSync(path)) {
        const onDisk = readFileSync(path, 'utf8');
        if (compared === 'whole' ? onDisk !== text : !onDisk.startsWith(text)) {
          problems.push(
            `content/sources/${file}: differs from bench/real/retrieved.jsonl line ${index + 1}`,
          );
        }
      } else if (check) {
        problems.push(`content/sources/${file}: missing (run scripts/eval/writeRealSources.ts)`);
      } else {
        writeFileSync(path, text, 'utf8');
        written += 1;
      }
    }
  });
  for (const problem of problems) console.error(problem);
  console.log(`${releases.length} real releases; ${written} files written`);
  if (problems.length > 0) process.exitCode = 1;
}

main();

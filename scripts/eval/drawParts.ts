/**
 * Draws which releases of a batch of additions to the real-release set are held back: the
 * batch's source names, sorted, shuffled with the bench PRNG seeded
 * `issue-11-real-set:<batch>`, the first third (rounded) held. Run once per batch, before any
 * extractor output is looked at, and copy the parts into bench/real/truth.yaml; the draw can
 * be repeated to check them.
 *
 *   npx tsx scripts/eval/drawParts.ts <batch> <first number> <last number>
 *   npx tsx scripts/eval/drawParts.ts batch-1 1 61
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Random } from '../corpus/prng.ts';

const SOURCES = join(resolve(fileURLToPath(new URL('../..', import.meta.url))), 'content/sources');

export type Part = 'dev' | 'held';

/** The parts of one batch: names sorted, a seeded Fisher–Yates shuffle, the first third held. */
export function drawParts(batch: string, names: readonly string[]): Map<string, Part> {
  const order = [...names].sort();
  const random = new Random(`issue-11-real-set:${batch}`);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const held = new Set(order.slice(0, Math.round(order.length / 3)));
  return new Map([...names].sort().map((name) => [name, held.has(name) ? 'held' : 'dev']));
}

function main(): void {
  const [batch, first, last] = process.argv.slice(2);
  if (!batch || !first || !last) {
    console.error('usage: drawParts.ts <batch> <first number> <last number>');
    process.exitCode = 2;
    return;
  }
  const names = readdirSync(SOURCES)
    .filter((name) => /^real-\d{3}-.*\.txt$/.test(name))
    .filter((name) => {
      const number = Number(name.slice(5, 8));
      return number >= Number(first) && number <= Number(last);
    })
    .map((name) => name.slice(0, -'.txt'.length));
  for (const [name, part] of drawParts(batch, names)) console.log(`${name}\t${part}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

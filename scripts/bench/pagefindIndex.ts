/**
 * `tsx scripts/bench/pagefindIndex.ts <dist>`: index a built site with Pagefind's Node API,
 * as the site's integration does (src/integrations/pagefind.ts), on its own — for measuring
 * indexing apart from `astro build` when a build did not report its indexing time.
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../../src/lib/searchIndex/buildIndex.ts';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: tsx scripts/bench/pagefindIndex.ts <built site directory>');
  process.exit(2);
}
const log = (message: string): void => console.log(message);
await buildSearchIndex(resolve(dist), {
  info: log,
  warn: log,
  error: (message: string) => console.error(message),
  debug: () => {},
  label: 'bench',
  options: {},
  fork: () => {
    throw new Error('not needed');
  },
} as unknown as Parameters<typeof buildSearchIndex>[1]);

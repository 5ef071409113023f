/**
 * Builds the Pagefind index after Astro has written the site (src/lib/searchIndex/), in parts
 * of at most `ARCHIVE_SEARCH_PART_SIZE` pages (parts.ts), unless the build is told to leave
 * it out.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/searchIndex/buildIndex.ts';

/**
 * `ARCHIVE_SEARCH_INDEX=off` builds the site without its index: for a build whose index is
 * made elsewhere (the scale-out workflow indexes parts on separate machines) or a benchmark
 * that measures Astro alone. The search page of such a build says search is unavailable.
 */
const SEARCH_INDEX_SWITCH = 'ARCHIVE_SEARCH_INDEX';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const setting = process.env[SEARCH_INDEX_SWITCH];
        if (setting === 'off') {
          logger.warn(`${SEARCH_INDEX_SWITCH}=off: the site is built without its search index.`);
          return;
        }
        if (setting !== undefined && setting !== 'on') {
          throw new Error(`${SEARCH_INDEX_SWITCH} must be "on" or "off", not "${setting}"`);
        }
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

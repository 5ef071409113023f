/**
 * Builds the Pagefind index after Astro has written the site (src/lib/searchIndex/), unless
 * the build is told to leave it out.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/searchIndex/buildIndex.ts';

/**
 * `ARCHIVE_SEARCH_INDEX=off` builds the site without its index. Only the benchmark sets it,
 * for an archive whose index would need more memory than the machine has (Pagefind holds a
 * language's whole index in memory while it writes it: about 0.7 MB per Chinese page).
 * The search page of such a build says search is unavailable.
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

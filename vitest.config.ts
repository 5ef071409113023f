import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { GATE_BUILD_ENV } from './scripts/test-sites/gateContent.ts';

/**
 * Two projects:
 * - "unit": pure tests, no build — every tests/**\/*.test.ts except the ones below.
 * - "site": tests of the *built* site (static gates and real Chromium): tests/browser/**,
 *   and any tests/**\/*.site.test.ts or *.browser.test.ts. Its global setup builds the site
 *   at the root and under /archive/ first; files run one at a time (2 cores, and Lighthouse
 *   measures performance).
 *
 *   npx vitest run --project unit
 *   npx vitest run --project site
 *   npm test                          everything, in order (scripts/test.ts)
 */
const siteTests = [
  'tests/browser/**/*.test.ts',
  'tests/**/*.site.test.ts',
  'tests/**/*.browser.test.ts',
];

export default defineConfig({
  test: {
    // One worker per core (Vitest's default leaves one core idle: on two cores, one worker
    // runs every unit test file in turn).
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...siteTests, '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'site',
          include: siteTests,
          exclude: ['**/node_modules/**'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // The gates build and read a small content tree, not the whole archive, with a
          // search index of several parts (scripts/test-sites/gateContent.ts).
          env: { ...GATE_BUILD_ENV },
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});

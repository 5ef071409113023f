/**
 * The sites the test gates build and read, and how to build one: shared by `npm test`
 * (scripts/test.ts) and the gates under tests/.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/**
 * The built sites every gate checks. They live apart from `dist/` so that a developer's own
 * `npm run build` (or another helper's) never swaps the files under a running test.
 */
export const BUILT_SITES = {
  root: { dir: resolve(PROJECT_ROOT, 'dist-test/root'), base: '/' },
  archive: { dir: resolve(PROJECT_ROOT, 'dist-test/archive'), base: '/archive/' },
} as const;

/**
 * The public address the test builds are made for (Astro's `site`): absolute URLs in the build
 * (sitemap, feeds, canonical links) start with it, and the link gate follows them.
 */
export const TEST_SITE_ORIGIN = 'https://example.org';

export type BuiltSiteName = keyof typeof BUILT_SITES;

/**
 * The builds a test reads: BUILT_SITES, or, with SEARCH_SITE_DIR=<dir>, `<dir>/root` and
 * `<dir>/archive` — builds of one's own, so that a run never reads files another run is
 * rewriting.
 */
export function sitesUnderTest(): readonly BuiltSite[] {
  const ownBuilds = process.env['SEARCH_SITE_DIR'];
  return ownBuilds
    ? Object.values(BUILT_SITES).map(({ base }) => ({
        base,
        dir: resolve(ownBuilds, base === '/' ? 'root' : 'archive'),
      }))
    : Object.values(BUILT_SITES);
}
export interface BuiltSite {
  readonly dir: string;
  readonly base: string;
}

export interface BuildOptions {
  readonly outDir: string;
  readonly base: string;
  /** Extra environment, e.g. `ARCHIVE_CONTENT_DIR` for a fixture content tree. */
  readonly env?: Readonly<Record<string, string>>;
  /** `--force`: drop Astro's content-layer cache first, as a fresh clone would build. */
  readonly fresh?: boolean;
}

/**
 * Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) into process.env; a child
 * `astro build` would read them as its own, so a build started from a test drops them.
 */
function withoutViteEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = env;
  return rest;
}

/**
 * `astro build` in a child process, with the same Node that runs the tests (the project's
 * pinned Node 24, not whatever `node` is first on PATH). Resolves with the build's output;
 * rejects with it when the build fails, so the failing test shows why.
 */
export function buildSite({
  outDir,
  base,
  env = {},
  fresh = false,
}: BuildOptions): Promise<string> {
  const astro = resolve(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(
    process.execPath,
    [astro, 'build', '--outDir', outDir, ...(fresh ? ['--force'] : [])],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...withoutViteEnv(process.env),
        ASTRO_TELEMETRY_DISABLED: '1',
        SITE: TEST_SITE_ORIGIN,
        BASE: base,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolveBuild, rejectBuild) => {
    child.on('error', rejectBuild);
    child.on('close', (code) => {
      if (code === 0) resolveBuild(output);
      else
        rejectBuild(
          new Error(
            `astro build --outDir ${outDir} (BASE=${base}) exited with ${code}:\n${output.slice(-6000)}`,
          ),
        );
    });
  });
}

/**
 * `npm test`: every check the project has, in order, with the time each takes.
 *
 *   npm test                         all steps
 *   npm test -- --only unit,eslint   some steps (names as in the table below)
 *   npm test -- --skip site          all but some
 *
 * A failing step does not stop the others (so one run shows every problem), except that the
 * built-site gates need both builds. Exits 1 if any step failed.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureChromium } from './chromium/ensure.ts';
import { BUILT_SITES, TEST_SITE_ORIGIN } from './test-sites/builtSites.ts';
import { GATE_BUILD_ENV, GATE_CONTENT_ENV, writeGateContent } from './test-sites/gateContent.ts';

interface Step {
  readonly name: string;
  readonly what: string;
  /** A child process to run, or (for the few steps done in this process) a function. */
  readonly command: readonly string[] | (() => boolean);
  readonly env?: Readonly<Record<string, string>>;
  /** Steps that must have passed for this one to mean anything. */
  readonly needs?: readonly string[];
}

const root = resolve(import.meta.dirname, '..');
const bin = (path: string) => [process.execPath, resolve(root, 'node_modules', path)];
const astro = bin('astro/bin/astro.mjs');
const vitest = bin('vitest/vitest.mjs');

const STEPS: readonly Step[] = [
  {
    name: 'ingest',
    what: 'content/articles is what ingest makes of content/sources',
    command: [...bin('tsx/dist/cli.mjs'), 'scripts/ingest.ts', '--check'],
  },
  {
    name: 'astro-check',
    what: 'astro check (types of .astro files)',
    command: [...astro, 'check'],
  },
  {
    name: 'tsc',
    what: 'tsc --noEmit',
    command: [...bin('typescript/bin/tsc'), '--noEmit'],
  },
  { name: 'eslint', what: 'eslint .', command: [...bin('eslint/bin/eslint.js'), '.'] },
  {
    name: 'prettier',
    what: 'prettier --check .',
    command: [...bin('prettier/bin/prettier.cjs'), '--check', '.'],
  },
  {
    name: 'unit',
    what: 'unit tests (vitest project "unit")',
    command: [...vitest, 'run', '--project', 'unit'],
  },
  {
    name: 'gate-content',
    what: `the site gates' content tree: the seeds, every sixth real release and a second report of one signing (${GATE_CONTENT_ENV}/)`,
    command: () => {
      console.log(`${writeGateContent()} articles`);
      return true;
    },
  },
  ...Object.entries(BUILT_SITES).map(([name, site]): Step => ({
    name: `build-${name}`,
    what: `astro build with base ${site.base} into ${site.dir.slice(root.length + 1)}/`,
    command: [...astro, 'build', '--outDir', site.dir],
    env: { BASE: site.base, SITE: TEST_SITE_ORIGIN, ...GATE_BUILD_ENV },
    needs: ['gate-content'],
  })),
  {
    name: 'site',
    what: 'built-site and browser gates (vitest project "site")',
    command: [...vitest, 'run', '--project', 'site'],
    env: { SITE_TEST_PREBUILT: '1' },
    needs: [...Object.keys(BUILT_SITES).map((name) => `build-${name}`), 'chromium'],
  },
];

type Outcome = 'passed' | 'failed' | 'skipped';

/** Before the browser gates: find Chromium, or install one (see scripts/chromium/plan.ts). */
const CHROMIUM_STEP: Step = {
  name: 'chromium',
  what: 'find Chromium for the browser gates, or install it',
  command: () => {
    try {
      console.log(`Chromium: ${ensureChromium()}`);
      return true;
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      return false;
    }
  },
};

function run(step: Step): Promise<boolean> {
  if (typeof step.command === 'function') return Promise.resolve(step.command());
  const [command, ...args] = step.command;
  const child = spawn(command ?? '', args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...step.env,
    },
  });
  return new Promise((resolveRun) => {
    child.on('error', (error) => {
      console.error(`${step.name}: could not start ${command}: ${error.message}`);
      resolveRun(false);
    });
    child.on('close', (code) => resolveRun(code === 0));
  });
}

function stepNames(list: string | undefined): Set<string> | undefined {
  if (list === undefined) return undefined;
  const names = new Set(list.split(',').map((name) => name.trim()));
  const unknown = [...names].filter((name) => !STEPS.some((step) => step.name === name));
  if (unknown.length > 0) {
    console.error(
      `Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.map((step) => step.name).join(', ')}`,
    );
    process.exit(2);
  }
  return names;
}

const { values } = parseArgs({ options: { only: { type: 'string' }, skip: { type: 'string' } } });
const only = stepNames(values.only);
const skip = stepNames(values.skip) ?? new Set();
const picked = STEPS.filter((step) => (only ? only.has(step.name) : true) && !skip.has(step.name));
// The browser gates need Chromium: look for it (or install it) only when they run.
const chosen = picked.flatMap((step) => (step.name === 'site' ? [CHROMIUM_STEP, step] : [step]));

const results: { step: Step; outcome: Outcome; seconds: number; note?: string }[] = [];
const started = performance.now();
for (const [index, step] of chosen.entries()) {
  console.log(`\n━━ ${index + 1}/${chosen.length} ${step.name}: ${step.what}`);
  const blocker = step.needs?.find((need) =>
    results.some((r) => r.step.name === need && r.outcome !== 'passed'),
  );
  if (blocker) {
    console.log(`skipped: ${blocker} did not pass`);
    results.push({ step, outcome: 'skipped', seconds: 0, note: `${blocker} did not pass` });
    continue;
  }
  const stepStarted = performance.now();
  const passed = await run(step);
  const seconds = (performance.now() - stepStarted) / 1000;
  console.log(`━━ ${step.name}: ${passed ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s`);
  results.push({ step, outcome: passed ? 'passed' : 'failed', seconds });
}

const total = (performance.now() - started) / 1000;
console.log('\n━━ Summary');
for (const { step, outcome, seconds, note } of results) {
  const mark = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' }[outcome];
  console.log(
    `${mark}  ${step.name.padEnd(14)} ${seconds.toFixed(1).padStart(7)} s  ${note ?? step.what}`,
  );
}
console.log(`      ${'total'.padEnd(14)} ${total.toFixed(1).padStart(7)} s`);
const count = (outcome: Outcome) => results.filter((result) => result.outcome === outcome).length;
console.log(
  `steps: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`,
);
process.exit(count('failed') + count('skipped') > 0 ? 1 : 0);

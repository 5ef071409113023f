/**
 * The edge of plan.ts: probe this machine, run the install commands the plan lists (printing
 * each), and look again after each. Used by `npm test` before its browser steps.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { HOW_TO_GET_CHROMIUM, planChromium, type ChromiumProbes } from './plan.ts';

const root = resolve(import.meta.dirname, '../..');

function playwrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    // playwright-core throws when it has no browser build for this platform.
    return undefined;
  }
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

export function probeMachine(): ChromiumProbes {
  return {
    chromiumPathEnv: process.env['CHROMIUM_PATH'] || undefined,
    playwrightPath: playwrightPath(),
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    hasAptGet: process.platform === 'linux' && onPath('apt-get'),
  };
}

const PLAYWRIGHT_INSTALL = [
  process.execPath,
  resolve(root, 'node_modules/playwright-core/cli.js'),
  'install',
  'chromium',
];

/** The path of a Chromium, installing one if need be; throws with how to get one if it cannot. */
export function ensureChromium(): string {
  const plan = planChromium(probeMachine(), PLAYWRIGHT_INSTALL);
  if (plan.kind === 'found') return plan.path;
  if (plan.kind === 'error') throw new Error(plan.message);
  for (const attempt of plan.attempts) {
    console.log(`No Chromium found; installing ${attempt.what}:`);
    const ok = attempt.commands.every(([command, ...args]) => {
      console.log(`  $ ${[command, ...args].join(' ')}`);
      const result = spawnSync(command ?? '', args, {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      return result.status === 0;
    });
    const again = planChromium(probeMachine(), PLAYWRIGHT_INSTALL);
    if (ok && again.kind === 'found') {
      console.log(`Chromium: ${again.path}`);
      return again.path;
    }
    console.log(`  that did not give a Chromium; trying the next way.`);
  }
  throw new Error(HOW_TO_GET_CHROMIUM);
}

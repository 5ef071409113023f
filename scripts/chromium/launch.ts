import { chromium, type Browser } from 'playwright-core';
import { probeMachine } from './ensure.ts';
import { chromiumCandidates, HOW_TO_GET_CHROMIUM, planChromium } from './plan.ts';

/**
 * Flags that work on a sandboxed CI machine with no network: without the background-networking
 * ones Chromium keeps trying to reach Google's hosts, and as root it needs --no-sandbox.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium already on this machine (CHROMIUM_PATH first), or an error that says how to get one. */
export function findChromium(): string {
  const probes = probeMachine();
  const plan = planChromium(probes, []);
  if (plan.kind === 'found') return plan.path;
  throw new Error(
    plan.kind === 'error'
      ? plan.message
      : `${HOW_TO_GET_CHROMIUM}\nLooked in: ${chromiumCandidates(probes).join(', ')}\n(npm test installs one itself.)`,
  );
}

/** Launch headless Chromium; Playwright gives every launch a fresh, temporary user-data-dir. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}

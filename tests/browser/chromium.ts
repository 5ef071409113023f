import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found for the browser tests. Get one of:',
  '  - Debian/Ubuntu: apt-get update && apt-get install -y chromium   (gives /usr/bin/chromium)',
  '  - elsewhere:     npx playwright install chromium                 (into Playwright’s cache)',
  '  - or point CHROMIUM_PATH at any Chromium or Chrome binary.',
].join('\n');

/** Where to look, in order: the user's choice, Debian's and Ubuntu's packages, Playwright's cache. */
export function chromiumCandidates(): string[] {
  const candidates: string[] = [];
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) candidates.push(fromEnv);
  candidates.push('/usr/bin/chromium', '/usr/bin/chromium-browser');
  try {
    // The build Playwright itself would download for this version, if it ever did.
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core throws when it has no browser registry entry for this platform.
  }
  return candidates;
}

/** The first Chromium that exists, or an error that says how to get one. */
export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && !existsSync(fromEnv)) {
    throw new Error(
      `CHROMIUM_PATH is set to ${fromEnv}, which does not exist.\n${HOW_TO_GET_CHROMIUM}`,
    );
  }
  const found = chromiumCandidates().find((path) => existsSync(path));
  if (!found)
    throw new Error(`${HOW_TO_GET_CHROMIUM}\nLooked in: ${chromiumCandidates().join(', ')}`);
  return found;
}

/** Launch headless Chromium; Playwright gives every launch a fresh, temporary user-data-dir. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}

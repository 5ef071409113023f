/**
 * How `npm test` gets a Chromium for its browser gates, as a pure decision over what the machine
 * offers (the probes are passed in, so the order of preference is unit-tested):
 * CHROMIUM_PATH wins; else a Chromium already installed (system package or Playwright's cache);
 * else, as root on Debian/Ubuntu, apt-get; else Playwright's own browser download; else the
 * message that says how to get one.
 */

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found for the browser tests. Get one of:',
  '  - Debian/Ubuntu: apt-get update && apt-get install -y chromium   (gives /usr/bin/chromium)',
  '  - elsewhere:     npx playwright install chromium                 (into Playwright’s cache)',
  '  - or point CHROMIUM_PATH at any Chromium or Chrome binary.',
].join('\n');

/** System places a Chromium or Chrome is installed to, in order of preference. */
export const SYSTEM_CHROMIUMS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export interface ChromiumProbes {
  /** The CHROMIUM_PATH environment variable, if set. */
  readonly chromiumPathEnv: string | undefined;
  /** Where Playwright keeps (or would keep) its Chromium, if it knows this platform. */
  readonly playwrightPath: string | undefined;
  readonly exists: (path: string) => boolean;
  readonly isRoot: boolean;
  /** apt-get is on this machine (Debian, Ubuntu and their kin). */
  readonly hasAptGet: boolean;
}

export interface InstallAttempt {
  readonly what: string;
  /** Commands run one after another; the attempt fails at the first that fails. */
  readonly commands: readonly (readonly string[])[];
}

export type ChromiumPlan =
  | { readonly kind: 'found'; readonly path: string }
  | { readonly kind: 'install'; readonly attempts: readonly InstallAttempt[] }
  | { readonly kind: 'error'; readonly message: string };

/** Every place a Chromium may already be, in the order they are preferred. */
export function chromiumCandidates(
  probes: Pick<ChromiumProbes, 'chromiumPathEnv' | 'playwrightPath'>,
): string[] {
  return [
    ...(probes.chromiumPathEnv ? [probes.chromiumPathEnv] : []),
    ...SYSTEM_CHROMIUMS,
    ...(probes.playwrightPath ? [probes.playwrightPath] : []),
  ];
}

/**
 * @param playwrightInstall the command that runs Playwright's installer for Chromium (the
 *   caller knows where playwright-core lives).
 */
export function planChromium(
  probes: ChromiumProbes,
  playwrightInstall: readonly string[],
): ChromiumPlan {
  const fromEnv = probes.chromiumPathEnv;
  if (fromEnv) {
    return probes.exists(fromEnv)
      ? { kind: 'found', path: fromEnv }
      : {
          kind: 'error',
          message: `CHROMIUM_PATH is set to ${fromEnv}, which does not exist.\n${HOW_TO_GET_CHROMIUM}`,
        };
  }
  const found = chromiumCandidates(probes).find((path) => probes.exists(path));
  if (found) return { kind: 'found', path: found };
  const attempts: InstallAttempt[] = [];
  if (probes.isRoot && probes.hasAptGet) {
    attempts.push({
      what: "Debian's chromium package (apt-get, as root)",
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium'],
      ],
    });
  }
  if (probes.playwrightPath) {
    attempts.push({
      what: `Playwright's Chromium download (into ${probes.playwrightPath})`,
      commands: [playwrightInstall],
    });
  }
  return attempts.length > 0
    ? { kind: 'install', attempts }
    : {
        kind: 'error',
        message: `${HOW_TO_GET_CHROMIUM}\nLooked in: ${chromiumCandidates(probes).join(', ')}`,
      };
}

import { describe, expect, it } from 'vitest';
import {
  HOW_TO_GET_CHROMIUM,
  planChromium,
  type ChromiumProbes,
} from '../../scripts/chromium/plan.ts';

const PW = '/home/u/.cache/ms-playwright/chromium-1/chrome-linux/chrome';
const INSTALL = ['node', 'playwright-core/cli.js', 'install', 'chromium'];

function probes(overrides: Partial<ChromiumProbes> & { present?: string[] }): ChromiumProbes {
  const present = new Set(overrides.present ?? []);
  return {
    chromiumPathEnv: undefined,
    playwrightPath: PW,
    isRoot: false,
    hasAptGet: false,
    exists: (path) => present.has(path),
    ...overrides,
  };
}

describe('planChromium: which Chromium npm test uses, or how it gets one', () => {
  it('CHROMIUM_PATH wins over an installed Chromium', () => {
    expect(
      planChromium(
        probes({ chromiumPathEnv: '/opt/c', present: ['/opt/c', '/usr/bin/chromium'] }),
        INSTALL,
      ),
    ).toEqual({ kind: 'found', path: '/opt/c' });
  });

  it('a CHROMIUM_PATH that does not exist is an error, not a silent fallback', () => {
    const plan = planChromium(
      probes({
        chromiumPathEnv: '/nope',
        present: ['/usr/bin/chromium'],
        isRoot: true,
        hasAptGet: true,
      }),
      INSTALL,
    );
    expect(plan.kind).toBe('error');
    expect(plan.kind === 'error' && plan.message).toContain('CHROMIUM_PATH is set to /nope');
  });

  it.each(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', PW])(
    'uses an installed %s',
    (path) => {
      expect(
        planChromium(probes({ present: [path], isRoot: true, hasAptGet: true }), INSTALL),
      ).toEqual({
        kind: 'found',
        path,
      });
    },
  );

  it('prefers the system package to Playwright’s cache', () => {
    expect(planChromium(probes({ present: [PW, '/usr/bin/chromium'] }), INSTALL)).toEqual({
      kind: 'found',
      path: '/usr/bin/chromium',
    });
  });

  it('as root with apt-get: apt-get update and install first, then Playwright’s download', () => {
    const plan = planChromium(probes({ isRoot: true, hasAptGet: true }), INSTALL);
    expect(plan.kind === 'install' && plan.attempts.map((attempt) => attempt.commands)).toEqual([
      [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium'],
      ],
      [INSTALL],
    ]);
  });

  it.each([
    ['not root', { isRoot: false, hasAptGet: true }],
    ['no apt-get', { isRoot: true, hasAptGet: false }],
  ])('%s: only Playwright’s download', (_, machine) => {
    const plan = planChromium(probes(machine), INSTALL);
    expect(plan.kind === 'install' && plan.attempts.map((attempt) => attempt.commands)).toEqual([
      [INSTALL],
    ]);
  });

  it('nothing possible: today’s message, with where it looked', () => {
    const plan = planChromium(probes({ playwrightPath: undefined }), INSTALL);
    expect(plan.kind).toBe('error');
    expect(plan.kind === 'error' && plan.message).toContain(HOW_TO_GET_CHROMIUM);
    expect(plan.kind === 'error' && plan.message).toContain('/usr/bin/chromium');
  });
});

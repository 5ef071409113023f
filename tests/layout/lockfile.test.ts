/**
 * package-lock.json lists every platform's optional binaries (esbuild's, rollup's, Astro's
 * compiler's…), so that `npm install` on a fresh clone rewrites no tracked file and `npm ci`
 * works on Linux, macOS and Windows alike. A lockfile made on one machine with a stale cache
 * can lack the others' entries; this catches it.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}
interface Lockfile {
  readonly lockfileVersion: number;
  readonly packages: Readonly<Record<string, LockEntry>>;
}

const ROOT = resolve(import.meta.dirname, '../..');
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;

/**
 * Where npm would resolve `name` from the package at `from` (a lockfile key): its own nested
 * node_modules, then each enclosing one, up to the top.
 */
function resolvesTo(lock: Lockfile, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (candidate in lock.packages) return candidate;
    if (dir === '') return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

/** `pkg → optional dep` for every optional dependency the lockfile has no entry for. */
function missingOptionalEntries(lock: Lockfile): string[] {
  return Object.entries(lock.packages).flatMap(([key, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((name) => resolvesTo(lock, key, name) === undefined)
      .map((name) => `${key || '(root)'} → ${name}`),
  );
}

describe('package-lock.json', () => {
  it('is a v3 lockfile with the packages map the check reads', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
  });

  it('finds a missing platform entry, top-level or nested (the check can fail)', () => {
    const sample: Lockfile = {
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/esbuild': {
          optionalDependencies: { '@esbuild/linux-x64': '1', '@esbuild/win32-x64': '1' },
        },
        'node_modules/esbuild/node_modules/@esbuild/win32-x64': {},
        'node_modules/@esbuild/linux-x64': {},
        'node_modules/a/node_modules/b': { optionalDependencies: { c: '1', d: '1' } },
        'node_modules/a/node_modules/c': {},
      },
    };
    expect(missingOptionalEntries(sample)).toEqual(['node_modules/a/node_modules/b → d']);
  });

  it('checks real optional binaries (the check is not empty)', () => {
    const withBinaries = Object.values(lock.packages).filter(
      (entry) => Object.keys(entry.optionalDependencies ?? {}).length >= 3,
    );
    expect(withBinaries.length).toBeGreaterThan(0);
  });

  it("lists every package's optional dependencies for every platform", () => {
    expect(missingOptionalEntries(lock)).toEqual([]);
  });

  it('lists the Windows and macOS binaries, not only this machine’s', () => {
    const keys = Object.keys(lock.packages).join('\n');
    expect(keys).toMatch(/win32-x64/u);
    expect(keys).toMatch(/darwin-arm64/u);
    expect(keys).toMatch(/linux-x64/u);
  });
});

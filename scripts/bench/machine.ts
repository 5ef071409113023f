/** The machine a benchmark ran on, for the results file: figures mean little without it. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';
import { fileURLToPath } from 'node:url';

const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));

export interface Machine {
  cpuModel: string;
  /** Logical cores the OS reports (shared with whatever else runs on the machine). */
  cores: number;
  memoryGiB: number;
  os: string;
  kernel: string;
  node: string;
  versions: Record<string, string>;
  /** The commit the figures were measured on, and whether the tree had uncommitted changes. */
  revision: { commit: string; dirty: boolean } | null;
}

function osName(): string {
  if (existsSync('/etc/os-release')) {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty?.[1]) return pretty[1];
  }
  return osType();
}

function packageVersion(name: string): string {
  // Read the file itself: a package's `exports` may not expose its package.json.
  try {
    return (
      JSON.parse(readFileSync(`${NODE_MODULES}${name}/package.json`, 'utf8')) as { version: string }
    ).version;
  } catch {
    return 'not installed';
  }
}

/** The checked-out commit, or null outside a git work tree. */
function sourceRevision(): Machine['revision'] {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
    return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain') !== '' };
  } catch {
    return null;
  }
}

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: osName(),
    kernel: release(),
    node: process.version,
    versions: Object.fromEntries(
      ['astro', 'pagefind', 'playwright-core'].map((name) => [name, packageVersion(name)]),
    ),
    revision: sourceRevision(),
  };
}

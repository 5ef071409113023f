/**
 * Run a command as a child process and measure it the way the operating system sees it:
 * wall, user and system time and the peak resident memory of its largest process from GNU
 * `/usr/bin/time -v`, plus the peak of the whole process tree's resident memory (a pipeline
 * may run Node and Pagefind's binary at once), sampled from /proc.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  /** The command as run, for the results file. */
  command: string;
  exitCode: number;
  wallSeconds: number;
  userSeconds: number | null;
  systemSeconds: number | null;
  /** Peak RSS of the largest single process (GNU time's "Maximum resident set size"). */
  maxRssMiB: number | null;
  /** Peak of the summed RSS of the process and all its descendants, sampled every 200 ms. */
  treePeakRssMiB: number | null;
  /**
   * The machine's mean 1-minute load average while the step ran (sampled with the memory):
   * on a shared 2-core machine, a load above 2 means the step waited for a core, and its wall
   * time says as much about the neighbours as about the step.
   */
  meanLoad: number | null;
  /** Where stdout and stderr were written. */
  logFile: string;
  /** How the figures were taken. */
  source: 'gnu-time' | 'wall-clock+proc-sampling';
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  logFile: string;
}

const GNU_TIME = '/usr/bin/time';

let gnuTimeWorks: boolean | undefined;
/** GNU time with `-v` (BusyBox and BSD time lack it). */
export function hasGnuTime(): boolean {
  if (gnuTimeWorks === undefined) {
    gnuTimeWorks =
      existsSync(GNU_TIME) &&
      spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr.includes(
        'Maximum resident set size',
      );
  }
  return gnuTimeWorks;
}

/** Parse `/usr/bin/time -v` output. */
export function parseGnuTime(text: string): Pick<
  Measurement,
  'userSeconds' | 'systemSeconds' | 'maxRssMiB'
> & {
  wallSeconds: number | null;
} {
  const field = (label: string): string | undefined =>
    new RegExp(`^\\s*${label.replace(/[()]/g, '\\$&')}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
  const number = (label: string): number | null => {
    const value = field(label);
    return value === undefined ? null : Number(value);
  };
  const wall = field('Elapsed (wall clock) time (h:mm:ss or m:ss)');
  let wallSeconds: number | null = null;
  if (wall) {
    wallSeconds = wall
      .split(':')
      .map(Number)
      .reduce((total, part) => total * 60 + part, 0);
  }
  const rssKiB = number('Maximum resident set size (kbytes)');
  return {
    wallSeconds,
    userSeconds: number('User time (seconds)'),
    systemSeconds: number('System time (seconds)'),
    maxRssMiB: rssKiB === null ? null : rssKiB / 1024,
  };
}

/** Every process's parent and resident memory, from /proc (Linux only; empty elsewhere). */
function processTable(): Map<number, { parent: number; rssBytes: number }> {
  const table = new Map<number, { parent: number; rssBytes: number }>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return table;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      const rssPages = Number(fields[21]);
      table.set(Number(entry), { parent, rssBytes: rssPages * 4096 });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

function treeRssBytes(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) {
    const list = children.get(parent) ?? [];
    list.push(pid);
    children.set(parent, list);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += table.get(pid)?.rssBytes ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Quote an argument for the command line shown in the results. */
function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * The command as a shell line, environment first; with `timed`, wrapped in `/usr/bin/time -v`
 * as it was run. Absolute paths under `cwd` are shown relative to it.
 */
export function commandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string>> = {},
  options: { cwd?: string; timed?: boolean } = {},
): string {
  const root = options.cwd?.replace(/\/$/, '');
  const shown = (arg: string): string =>
    root && arg.startsWith(`${root}/`) ? arg.slice(root.length + 1) : arg;
  const assignments = Object.entries(env).map(([key, value]) => `${key}=${shellQuote(value)}`);
  const timer = options.timed ? [GNU_TIME, '-v'] : [];
  return [...assignments, ...timer, ...argv.map(shown).map(shellQuote)].join(' ');
}

/**
 * Run `argv`, appending its output to `logFile`; resolve with its measurement when it exits
 * (a non-zero exit is reported, not thrown: the caller decides what a failure means).
 */
export async function runMeasured(
  argv: readonly string[],
  options: RunOptions & { shownEnv?: Readonly<Record<string, string>> },
): Promise<Measurement> {
  const useGnuTime = hasGnuTime();
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, ...args] = useGnuTime ? [GNU_TIME, '-v', '-o', timeFile, ...argv] : argv;
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const shownCommand = commandLine(argv, options.shownEnv, { cwd: options.cwd, timed: useGnuTime });
  log.write(`$ ${shownCommand}\n`);
  const started = performance.now();
  const child = spawn(file as string, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let treePeak = 0;
  let loadSum = 0;
  let loadSamples = 0;
  const sample = (): void => {
    if (child.pid !== undefined) treePeak = Math.max(treePeak, treeRssBytes(child.pid));
    loadSum += loadavg()[0] ?? 0;
    loadSamples++;
  };
  const sampler = setInterval(sample, 200);
  const exitCode = await new Promise<number>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
  clearInterval(sampler);
  const wallClock = (performance.now() - started) / 1000;
  await new Promise<void>((resolvePromise) => log.end(resolvePromise));

  const base = {
    command: shownCommand,
    exitCode,
    logFile: options.logFile,
    treePeakRssMiB: treePeak > 0 ? treePeak / 1024 / 1024 : null,
    meanLoad: loadSamples > 0 ? loadSum / loadSamples : null,
  };
  if (useGnuTime && existsSync(timeFile)) {
    const parsed = parseGnuTime(readFileSync(timeFile, 'utf8'));
    rmSync(timeFile, { force: true });
    return {
      ...base,
      ...parsed,
      wallSeconds: parsed.wallSeconds ?? wallClock,
      source: 'gnu-time',
    };
  }
  return {
    ...base,
    wallSeconds: wallClock,
    userSeconds: null,
    systemSeconds: null,
    maxRssMiB: null,
    source: 'wall-clock+proc-sampling',
  };
}

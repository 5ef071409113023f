/**
 * `kill -9` in the middle of a run leaves no partial article: every article on disk is whole
 * (byte for byte what a complete run writes), and the next run finishes the job and leaves
 * no temporary file behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, temporaryFolder } from './helpers.ts';

const tsx = join(projectRoot, 'node_modules/.bin/tsx');
const RELEASES = 1000;

/** A release per day from 1 January 2010: each gets its own id. */
function release(index: number): string {
  const day = new Date(Date.UTC(2010, 0, 1 + index));
  const date = `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
  return [
    `贵阳市人民政府与中国联通签署第${index + 1}项合作协议`,
    '',
    `${date}，贵阳市人民政府与中国联合网络通信有限公司贵州省分公司签署合作协议。`,
    '双方将推进5G网络和智慧城市建设。',
    '',
  ].join('\n');
}

function ingestArgs(sources: string, out: string): string[] {
  return [
    join(projectRoot, 'scripts/ingest.ts'),
    '--sources',
    sources,
    '--out',
    out,
    '--jobs',
    '1',
  ];
}

const articles = (folder: string): string[] =>
  readdirSync(folder).filter((name) => name.endsWith('.md'));

let folder: { path: string; remove: () => void };
let sources: string;

beforeAll(() => {
  folder = temporaryFolder('ingest-killed-');
  sources = join(folder.path, 'sources');
  mkdirSync(sources);
  for (let index = 0; index < RELEASES; index += 1)
    writeFileSync(join(sources, `${String(index).padStart(4, '0')}.txt`), release(index));
});
afterAll(() => folder.remove());

describe('a run killed with SIGKILL', { timeout: 240_000 }, () => {
  it('leaves only whole articles, and the next run completes them', async () => {
    const complete = join(folder.path, 'complete');
    const env = { ...process.env, CI: 'true', INIT_CWD: projectRoot };
    const full = spawnSync(tsx, ingestArgs(sources, complete), { cwd: projectRoot, env });
    expect(full.status, full.stderr.toString()).toBe(0);
    expect(articles(complete)).toHaveLength(RELEASES);

    const killed = join(folder.path, 'killed');
    mkdirSync(killed);
    const child = spawn(tsx, ingestArgs(sources, killed), {
      cwd: projectRoot,
      env,
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Kill as soon as the first article is on disk: in the middle of writing them.
    let writtenAtKill = 0;
    while (child.exitCode === null) {
      writtenAtKill = articles(killed).length;
      if (writtenAtKill > 0) {
        child.kill('SIGKILL');
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(await exited).toBe('SIGKILL');
    expect(writtenAtKill).toBeLessThan(RELEASES);

    const left = articles(killed);
    expect(left.length).toBeLessThan(RELEASES);
    for (const name of left) {
      expect(readFileSync(join(killed, name), 'utf8'), name).toBe(
        readFileSync(join(complete, name), 'utf8'),
      );
    }

    const resumed = spawnSync(tsx, ingestArgs(sources, killed), { cwd: projectRoot, env });
    expect(resumed.status, resumed.stderr.toString()).toBe(0);
    expect(readdirSync(killed).sort()).toEqual(readdirSync(complete).sort());
    for (const name of readdirSync(complete)) {
      expect(readFileSync(join(killed, name), 'utf8'), name).toBe(
        readFileSync(join(complete, name), 'utf8'),
      );
    }
  });
});

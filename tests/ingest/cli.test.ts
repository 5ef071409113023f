/** The CLI as users run it: exit codes, the summary table, clean logs. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, temporaryFolder } from './helpers.ts';
import { IMPOSSIBLE_DATE_RELEASE, NEW_RELEASE_IDS, NEW_RELEASES } from './releases.ts';

const tsx = join(projectRoot, 'node_modules/.bin/tsx');

function ingest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tsx, [join(projectRoot, 'scripts/ingest.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', INIT_CWD: projectRoot },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let folder: { path: string; remove: () => void };
let sources: string;
let out: string;

beforeAll(() => {
  folder = temporaryFolder('ingest-cli-');
  sources = join(folder.path, 'sources');
  out = join(folder.path, 'articles');
  mkdirSync(sources);
  for (const [name, text] of Object.entries(NEW_RELEASES)) writeFileSync(join(sources, name), text);
});
afterAll(() => folder.remove());

// Each test starts the CLI (tsx, the gazetteer): slow on a busy machine.
describe('npm run ingest', { timeout: 120_000 }, () => {
  it('writes the articles, prints the summary table, exits 0', () => {
    const result = ingest('--sources', sources, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [header, rule] = result.stdout.split('\n');
    expect(header?.split(/\s{2,}/u)).toEqual([
      'file',
      'id',
      'script',
      'date',
      'operators',
      'places',
      'warnings',
      'status',
    ]);
    expect(rule).toMatch(/^[- ]+$/u);
    for (const [file, id] of Object.entries(NEW_RELEASE_IDS)) {
      expect(result.stdout).toMatch(new RegExp(`^${file}\\s+${id}\\s+.*written$`, 'mu'));
    }
    expect(result.stdout).toMatch(
      /3 sources: 3 written, 0 unchanged, 0 skipped \(unchanged inputs\), 0 failed/u,
    );
    // No progress bar or terminal control codes outside a terminal.
    // eslint-disable-next-line no-control-regex -- ESC is what it looks for
    expect(result.stdout + result.stderr).not.toMatch(/\r|\u001b\[/u);
    expect(readdirSync(out).filter((name) => name.endsWith('.md'))).toHaveLength(3);
  });

  it('--jobs 2 (worker threads) writes the same bytes, and reports errors from workers', () => {
    const parallelOut = join(folder.path, 'articles-parallel');
    writeFileSync(join(sources, 'feb30.txt'), IMPOSSIBLE_DATE_RELEASE);
    try {
      const result = ingest('--sources', sources, '--out', parallelOut, '--jobs', '2');
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(`^error ${join(sources, 'feb30.txt')}:3: .*2019年2月30日`, 'mu'),
      );
      const articles = readdirSync(out).filter((name) => name.endsWith('.md'));
      expect(articles).toHaveLength(3);
      for (const name of articles) {
        expect(readFileSync(join(parallelOut, name), 'utf8')).toBe(
          readFileSync(join(out, name), 'utf8'),
        );
      }
    } finally {
      rmSync(join(sources, 'feb30.txt'));
    }
  });

  it('--check exits 0 when fresh and 1 when an article is stale', () => {
    expect(ingest('--sources', sources, '--out', out, '--check').status).toBe(0);
    writeFileSync(
      join(sources, 'chengdu-mobile.txt'),
      `${NEW_RELEASES['chengdu-mobile.txt']}\nOne more line.\n`,
    );
    const stale = ingest('--sources', sources, '--out', out, '--check');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain(
      `stale: ${NEW_RELEASE_IDS['chengdu-mobile.txt']}.md differs from what a fresh run would write`,
    );
  });

  it('exits 1 when a file fails, naming it on stderr, and still writes the others', () => {
    writeFileSync(join(sources, 'empty.txt'), '');
    const result = ingest('--sources', sources, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`error ${join(sources, 'empty.txt')}: the file is empty`);
    expect(result.stdout).toMatch(/^chengdu-mobile\.txt\s.*written$/mu);
  });

  it('hostile input: one line per error on stderr, exit 1, no BUG or stack trace, in process and in workers', () => {
    const hostile = join(folder.path, 'hostile');
    mkdirSync(hostile);
    try {
      writeFileSync(join(hostile, 'good.txt'), NEW_RELEASES['chengdu-mobile.txt'] ?? '');
      symlinkSync('/etc/passwd', join(hostile, 'passwd.txt'));
      symlinkSync('gone.txt', join(hostile, 'dangling.txt'));
      symlinkSync('loop.txt', join(hostile, 'loop.txt'));
      mkdirSync(join(hostile, 'folder.txt'));
      writeFileSync(join(hostile, 'Release.TXT'), NEW_RELEASES['chengdu-mobile.txt'] ?? '');
      writeFileSync(
        join(hostile, 'russian.txt'),
        'Соглашение подписано\n\nКомпания подписала соглашение о сотрудничестве.\n',
      );
      writeFileSync(join(hostile, 'bomb.txt'), NEW_RELEASES['guiyang-unicom.txt'] ?? '');
      writeFileSync(
        join(hostile, 'bomb.yaml'),
        'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n',
      );
      const expected = [
        /^error .*Release\.TXT: the extension \.TXT is not lower-case/u,
        /^error .*bomb\.yaml:1: YAML error: Excessive alias count/u,
        /^error .*dangling\.txt: a symbolic link to gone\.txt, which does not exist/u,
        /^error .*folder\.txt: a folder, not a file/u,
        /^error .*loop\.txt: a symbolic link to loop\.txt that loops back on itself/u,
        /^error .*passwd\.txt: a symbolic link to \/etc\/passwd, outside the sources folder/u,
        /^error .*russian\.txt:1: the text is written in Cyrillic/u,
      ];
      for (const jobs of ['1', '2']) {
        const hostileOut = join(folder.path, `hostile-articles-${jobs}`);
        const result = ingest('--sources', hostile, '--out', hostileOut, '--jobs', jobs);
        expect(result.status).toBe(1);
        const lines = result.stderr.trimEnd().split('\n').sort();
        expect(lines).toHaveLength(expected.length);
        lines.forEach((line, index) => expect(line).toMatch(expected[index] ?? /^$/u));
        expect(result.stdout).toMatch(/^good\.txt\s.*written$/mu);
        expect(readdirSync(hostileOut).join('\n')).not.toMatch(/passwd|root/u);
      }
    } finally {
      rmSync(hostile, { recursive: true, force: true });
    }
  });

  it('exits 2 with one line for an --out that is a file', () => {
    const file = join(folder.path, 'not-a-folder');
    writeFileSync(file, '');
    const result = ingest('--sources', sources, '--out', file);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd()).toMatch(
      /^error --out .*not-a-folder is a file, not a folder: give a folder for the articles \(npm run ingest -- --help\)$/u,
    );
  });

  it('exits 2 for a missing sources folder or an unknown option', () => {
    const missing = ingest('--sources', join(folder.path, 'nope'), '--out', out);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/sources folder not found: .*nope/u);
    const unknown = ingest('--sauces', sources);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/usage: npm run ingest/u);
    const badJobs = ingest('--sources', sources, '--out', out, '--jobs', 'two');
    expect(badJobs.status).toBe(2);
    expect(badJobs.stderr).toMatch(/--jobs must be a whole number of at least 1, not "two"/u);
  });
});

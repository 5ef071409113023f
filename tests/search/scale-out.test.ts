/**
 * The scale-out workflow (.github/workflows/scale-out.yml), run here: its plan, part and merge
 * steps, each on a machine of its own (a folder with its own copy of the built site), and the
 * merged index compared byte for byte with the one a single machine writes.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
/** This project's search-index command, run by path from any folder. */
const SEARCH_INDEX = `"${process.execPath}" --import "${pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href}" "${join(ROOT, 'scripts/search-index.ts')}"`;
const WORKFLOW = join(ROOT, '.github/workflows/scale-out.yml');

interface Step {
  name?: string;
  run?: string;
  id?: string;
}
interface Workflow {
  env: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}
const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as Workflow;

/** The one step of a job that runs the search-index command. */
function searchIndexStep(job: string): string {
  const runs = (workflow.jobs[job]?.steps ?? [])
    .map((step) => step.run)
    .filter((run): run is string => run?.includes('search-index') === true);
  expect(runs, `${job}: one step runs search-index`).toHaveLength(1);
  return runs[0] ?? '';
}

const page = (lang: string, n: number, date: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${n}</title></head><body>` +
  `<article data-pagefind-body><h1>Agreement ${n} 协议${n}</h1><p>China Unicom signs ${n}</p>` +
  `<div hidden data-pagefind-ignore><span data-pagefind-sort="date">${date}</span>` +
  `<span data-pagefind-filter="year">${date.slice(0, 4)}</span></div></article></body></html>`;

let work: string;
const machine = (name: string) => join(work, name);

/** Runs a workflow step's command in a machine's folder, with the workflow's environment. */
function runStep(command: string, where: string, expressions: Record<string, string>) {
  let script = command.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (whole, expression: string) => {
    const value = expressions[expression];
    if (value === undefined) throw new Error(`the test does not know ${whole}`);
    return value;
  });
  // `npm run search-index --` is this project's script; here the machine's folder is not the
  // project, so the same script is run by path.
  script = script.replace(/npm run (--silent )?search-index --/g, SEARCH_INDEX);
  const output = join(where, 'github-output');
  const run = spawnSync('bash', ['-euo', 'pipefail', '-c', script], {
    cwd: where,
    env: {
      ...process.env,
      ...workflow.env,
      ARCHIVE_SEARCH_PART_SIZE: expressions['inputs.part-size'],
      GITHUB_OUTPUT: output,
    },
    encoding: 'utf8',
  });
  expect(run.status, `${script}\n${run.stdout}\n${run.stderr}`).toBe(0);
  return { ...run, output: existsSync(output) ? readFileSync(output, 'utf8') : '' };
}

/** Every file under a folder, with its bytes, for comparing two indexes. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort()
      .map((path) => [path, readFileSync(join(dir, path)).toString('base64')]),
  );
}

const expressions = { 'inputs.machines': '2', 'inputs.part-size': '2' };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'scale-out-'));
  const site = join(machine('site'), 'dist');
  for (let n = 0; n < 5; n += 1) {
    for (const [lang, folder] of [
      ['en', 'en'],
      ['zh-Hans', 'zh-hans'],
    ] as const) {
      const path = join(site, folder, 'agreements', `a${n}`, 'index.html');
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, page(lang, n, `20${10 + n}-01-0${n + 1}`));
    }
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the scale-out workflow, run on separate folders as separate machines', () => {
  it(
    'merges parts indexed on several machines into the index one machine writes',
    { timeout: 120_000 },
    () => {
      const plan = runStep(searchIndexStep('site'), machine('site'), expressions);
      const shards = JSON.parse(/^shards=(.*)$/m.exec(plan.output)?.[1] ?? 'null') as string[];
      // Five pages of each language in parts of two: three parts each, dealt to two machines.
      expect(shards).toEqual(['en/00 en/02 zh-hans/01', 'en/01 zh-hans/00 zh-hans/02']);

      const merged = machine('merge');
      cpSync(machine('site'), merged, { recursive: true });
      shards.forEach((parts, index) => {
        const here = machine(`parts-${index}`);
        cpSync(machine('site'), here, { recursive: true });
        runStep(searchIndexStep('parts'), here, { ...expressions, 'matrix.parts': parts });
        // download-artifact with merge-multiple: every machine's pagefind/ into one.
        cpSync(join(here, 'dist/pagefind'), join(merged, 'dist/pagefind'), { recursive: true });
      });
      runStep(searchIndexStep('merge'), merged, expressions);

      const single = machine('single');
      cpSync(machine('site'), single, { recursive: true });
      runStep('npm run search-index -- all', single, expressions);

      const mergedIndex = tree(join(merged, 'dist/pagefind'));
      expect(Object.keys(mergedIndex)).toContain('parts.json');
      expect(mergedIndex).toEqual(tree(join(single, 'dist/pagefind')));
    },
  );

  it(
    'refuses to merge when a machine’s parts are missing, and writes no manifest',
    { timeout: 60_000 },
    () => {
      const here = machine('missing');
      cpSync(machine('site'), here, { recursive: true });
      runStep('npm run search-index -- parts en/00 en/01 en/02', here, expressions);
      const script = `${SEARCH_INDEX} merge`;
      const run = spawnSync('bash', ['-c', script], {
        cwd: here,
        env: { ...process.env, ARCHIVE_SEARCH_PART_SIZE: '2' },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/zh-hans\/00: not indexed/);
      expect(existsSync(join(here, 'dist/pagefind/parts.json'))).toBe(false);
    },
  );
});

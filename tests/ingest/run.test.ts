import * as nodeFs from 'node:fs';
import { readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestedFrontMatter, parseArticle } from '../../scripts/ingest/article.ts';
import { MANIFEST_FILE } from '../../scripts/ingest/manifest.ts';
import { runIngest, type RunOptions, type WriteFs } from '../../scripts/ingest/run.ts';
import { agreementSchema } from '../../src/schema/agreement.ts';
import { projectRoot, temporaryFolder } from './helpers.ts';
import { IMPOSSIBLE_DATE_RELEASE, NEW_RELEASE_IDS, NEW_RELEASES } from './releases.ts';

let folder: { path: string; remove: () => void };
let sources: string;
let out: string;

beforeEach(() => {
  folder = temporaryFolder();
  sources = join(folder.path, 'sources');
  out = join(folder.path, 'articles');
  nodeFs.mkdirSync(sources);
  for (const [name, text] of Object.entries(NEW_RELEASES)) writeFileSync(join(sources, name), text);
});
afterEach(() => folder.remove());

function run(options: Partial<RunOptions> = {}) {
  return runIngest({ projectRoot, sourcesDir: sources, outDir: out, ...options });
}

/** Every file of the output folder with its bytes. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(out)
      .sort()
      .map((name) => [name, readFileSync(join(out, name), 'utf8')]),
  );
}

const articleFor = (release: string): string => `${NEW_RELEASE_IDS[release]}.md`;

describe('a folder of releases never seen before', () => {
  it('gives one schema-valid article each, named by the id rule', async () => {
    const result = await run();
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    const articles = readdirSync(out)
      .filter((name) => name.endsWith('.md'))
      .sort();
    expect(articles).toEqual(Object.keys(NEW_RELEASES).map(articleFor).sort());
    for (const name of articles) {
      const { data, body } = parseArticle(readFileSync(join(out, name), 'utf8'));
      const frontMatter = agreementSchema.parse(data);
      expect(`${frontMatter.id}.md`).toBe(name);
      expect(body.trim()).not.toBe('');
    }
    const languages = Object.fromEntries(
      articles.map((name) => [
        name,
        ingestedFrontMatter(readFileSync(join(out, name), 'utf8'))?.language,
      ]),
    );
    expect(languages).toEqual({
      [articleFor('guiyang-unicom.txt')]: 'zh-Hans',
      [articleFor('guangzhou-telecom-tower.txt')]: 'zh-Hant',
      [articleFor('chengdu-mobile.txt')]: 'en',
    });
    expect(result.rows.map((row) => row.status)).toEqual(['written', 'written', 'written']);
  });
});

describe('idempotence and incremental runs', () => {
  it('a second run changes no byte, with or without the manifest', async () => {
    await run();
    const first = snapshot();
    expect(Object.keys(first)).toContain(MANIFEST_FILE);
    const second = await run();
    expect(second.written).toEqual([]);
    expect(snapshot()).toEqual(first);
    const forced = await run({ force: true });
    expect(forced.written).toEqual([]);
    expect(forced.rows.map((row) => row.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(snapshot()).toEqual(first);
  });

  it('skips unchanged sources and re-ingests a changed source or sidecar', async () => {
    await run();
    expect((await run()).rows.map((row) => row.status)).toEqual(['skipped', 'skipped', 'skipped']);

    writeFileSync(
      join(sources, 'chengdu-mobile.txt'),
      `${NEW_RELEASES['chengdu-mobile.txt']}\nA new last line.\n`,
    );
    const afterEdit = await run();
    expect(afterEdit.rows.map((row) => [row.row.file, row.status])).toEqual([
      ['chengdu-mobile.txt', 'written'],
      ['guangzhou-telecom-tower.txt', 'skipped'],
      ['guiyang-unicom.txt', 'skipped'],
    ]);

    writeFileSync(
      join(sources, 'guiyang-unicom.yaml'),
      'decidedBy: Test editors\nurl: https://example.org/guiyang\n',
    );
    const afterSidecar = await run();
    expect(afterSidecar.written).toEqual([articleFor('guiyang-unicom.txt')]);
    const frontMatter = ingestedFrontMatter(
      readFileSync(join(out, articleFor('guiyang-unicom.txt')), 'utf8'),
    );
    expect(frontMatter?.editorial).toEqual({
      decidedBy: 'Test editors',
      url: 'https://example.org/guiyang',
      notes: [],
    });
  });

  it('a manifest from other ingest code is ignored', async () => {
    await run();
    const manifestPath = join(out, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { code: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, code: 'f'.repeat(64) }));
    expect((await run()).rows.map((row) => row.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
  });

  it('a skipped source whose article was edited by hand is ingested again', async () => {
    await run();
    const target = join(out, articleFor('chengdu-mobile.txt'));
    const original = readFileSync(target, 'utf8');
    writeFileSync(target, `${original}\nAn edit.\n`);
    const result = await run();
    expect(result.written).toEqual([articleFor('chengdu-mobile.txt')]);
    expect(readFileSync(target, 'utf8')).toBe(original);
  });
});

describe('--check', () => {
  it('passes on fresh output and writes nothing', async () => {
    await run();
    const before = snapshot();
    const result = await run({ check: true });
    expect(result.ok).toBe(true);
    expect(snapshot()).toEqual(before);
  });

  it('fails on an edited, a missing and a stale article, naming them, and changes nothing', async () => {
    await run();
    const edited = join(out, articleFor('chengdu-mobile.txt'));
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('Chengdu', 'Chengdou'));
    rmSync(join(out, articleFor('guiyang-unicom.txt')));
    rmSync(join(sources, 'guangzhou-telecom-tower.txt'));
    const before = snapshot();

    const result = await run({ check: true });
    expect(result.ok).toBe(false);
    expect(result.written.sort()).toEqual(
      [articleFor('chengdu-mobile.txt'), articleFor('guiyang-unicom.txt')].sort(),
    );
    expect(result.removed).toEqual([articleFor('guangzhou-telecom-tower.txt')]);
    expect(snapshot()).toEqual(before);
  });
});

describe('stale articles', () => {
  it('removes an article whose source is gone, and nothing it did not write', async () => {
    await run();
    writeFileSync(join(out, 'hand-written.md'), '---\ntitle: Notes\n---\nNot from ingest.\n');
    writeFileSync(join(out, 'notes.txt'), 'not an article');
    rmSync(join(sources, 'chengdu-mobile.txt'));
    const result = await run();
    expect(result.removed).toEqual([articleFor('chengdu-mobile.txt')]);
    expect(readdirSync(out).sort()).toEqual(
      [
        MANIFEST_FILE,
        articleFor('guangzhou-telecom-tower.txt'),
        articleFor('guiyang-unicom.txt'),
        'hand-written.md',
        'notes.txt',
      ].sort(),
    );
  });

  it('keeps articles of another sources folder whose sources still exist', async () => {
    await run();
    const otherSources = join(folder.path, 'other');
    nodeFs.mkdirSync(otherSources);
    writeFileSync(join(otherSources, 'chengdu-copy.txt'), NEW_RELEASES['chengdu-mobile.txt'] ?? '');
    writeFileSync(join(otherSources, 'chengdu-copy.yaml'), 'decidedBy: T\nslug: chengdu-copy\n');
    const result = await runIngest({ projectRoot, sourcesDir: otherSources, outDir: out });
    expect(result.ok).toBe(true);
    expect(result.removed).toEqual([]);
    expect(readdirSync(out)).toContain(articleFor('chengdu-mobile.txt'));
    expect(readdirSync(out)).toContain('chengdu-copy.md');
  });

  it('replaces the article of a source whose id changed', async () => {
    await run();
    writeFileSync(join(sources, 'chengdu-mobile.yaml'), 'decidedBy: T\nslug: chengdu-pinned\n');
    const result = await run();
    expect(result.written).toEqual(['chengdu-pinned.md']);
    expect(result.removed).toEqual([articleFor('chengdu-mobile.txt')]);
  });
});

describe('bad input: reported per file, never taking the others down', () => {
  async function messages(): Promise<Record<string, string>> {
    const result = await run();
    expect(result.ok).toBe(false);
    // The good releases still went through.
    for (const release of Object.keys(NEW_RELEASES))
      expect(readdirSync(out)).toContain(articleFor(release));
    return Object.fromEntries(
      result.errors.map((error) => [error.file.split('/').pop(), error.message]),
    );
  }

  it('empty, whitespace-only, binary, undecodable, impossible date, 50 MB', async () => {
    writeFileSync(join(sources, 'empty.txt'), '');
    writeFileSync(join(sources, 'blank.txt'), ' \n\t\n\u3000\n');
    writeFileSync(
      join(sources, 'binary.txt'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x0a, 0x00, 0x00, 0x00]),
    );
    writeFileSync(
      join(sources, 'latin1.txt'),
      Buffer.concat([
        Buffer.from('Title\n\nA caf'),
        Buffer.from([0xe9]),
        Buffer.from(' in Hangzhou.\n'),
      ]),
    );
    writeFileSync(join(sources, 'feb30.txt'), IMPOSSIBLE_DATE_RELEASE);
    // 50 MB, sparse: the size alone must refuse it (its bytes, all NUL, would give another error).
    writeFileSync(join(sources, 'huge.txt'), '');
    truncateSync(join(sources, 'huge.txt'), 50 * 1024 * 1024);

    const byFile = await messages();
    const path = (name: string): string => join(sources, name);
    expect(byFile['empty.txt']).toBe(`${path('empty.txt')}: the file is empty`);
    expect(byFile['blank.txt']).toBe(`${path('blank.txt')}: the file contains only whitespace`);
    expect(byFile['binary.txt']).toMatch(
      new RegExp(`^${path('binary.txt')}:2: binary content: a NUL byte at byte offset 5`),
    );
    expect(byFile['latin1.txt']).toMatch(
      new RegExp(`^${path('latin1.txt')}:3: cannot decode: not UTF-8`),
    );
    expect(byFile['feb30.txt']).toMatch(new RegExp(`^${path('feb30.txt')}:3: .*2019年2月30日`));
    expect(byFile['huge.txt']).toMatch(
      new RegExp(`^${path('huge.txt')}: the file is 50\\.0 MB; a release may be at most 8\\.0 MB`),
    );
    expect(Object.keys(byFile).sort()).toEqual(
      ['binary.txt', 'blank.txt', 'empty.txt', 'feb30.txt', 'huge.txt', 'latin1.txt'].sort(),
    );
  });

  it('a sidecar with a YAML error, an unknown key, an impossible date; a sidecar without a source', async () => {
    const copy = (name: string, sidecar: string): void => {
      writeFileSync(
        join(sources, `${name}.txt`),
        `${NEW_RELEASES['chengdu-mobile.txt']}\n${name}\n`,
      );
      writeFileSync(join(sources, `${name}.yaml`), sidecar);
    };
    copy('bad-yaml', 'decidedBy: Archive editors\ntitle:\n  en: [unclosed\n  zh: x\n');
    copy('unknown-key', 'decidedBy: Archive editors\nslug: unknown-key\nsignedDate: 2020\n');
    copy(
      'bad-date',
      'decidedBy: Archive editors\nslug: bad-date\nsignedOn:\n  value: 2020-02-30\n  precision: day\n  reason: r\n',
    );
    writeFileSync(join(sources, 'orphan.yaml'), 'decidedBy: Archive editors\n');

    const byFile = await messages();
    const path = (name: string): string => join(sources, name);
    expect(byFile['bad-yaml.yaml']).toMatch(
      new RegExp(`^${path('bad-yaml.yaml')}:[34]: YAML error: `),
    );
    expect(byFile['unknown-key.yaml']).toMatch(
      new RegExp(`^${path('unknown-key.yaml')}:3: unknown key "signedDate"`),
    );
    expect(byFile['bad-date.yaml']).toBe(
      `${path('bad-date.yaml')}:4: signedOn.value: "2020-02-30" is not a date: 2020-02 has 29 days`,
    );
    expect(byFile['orphan.yaml']).toMatch(
      /a sidecar without a source \(expected orphan\.txt beside it\)/,
    );
  });

  it('two reports of one signing: both kept, each with an id, grouped as one agreement', async () => {
    const first = await run();
    expect(first.agreements).toEqual([]);
    const twin = join(sources, 'chengdu-mobile-again.txt');
    writeFileSync(
      twin,
      `${NEW_RELEASES['chengdu-mobile.txt']}\nThe same agreement, reported again.\n`,
    );
    // Added to an ingested folder: the new report gets an id of its own and joins the group.
    const added = await run();
    expect(added.ok).toBe(true);
    expect(added.errors).toEqual([]);
    const names = readdirSync(out).filter((name) =>
      name.startsWith('2020-10-12-chengdu-china-mobile'),
    );
    expect(names).toHaveLength(2);
    expect(names).toContain(articleFor('chengdu-mobile.txt'));
    expect(added.agreements).toEqual([
      {
        id: '2020-10-12-chengdu-china-mobile',
        reports: names.map((name) => name.replace(/\.md$/u, '')).sort(),
        bases: ['same-signing'],
      },
    ]);
    // A second run changes no byte and groups the same.
    const again = await run();
    expect(again.written).toEqual([]);
    expect(again.agreements).toEqual(added.agreements);
    // A fresh (check) run agrees with the incremental one.
    expect((await run({ check: true })).ok).toBe(true);

    // An editor splits them, with a reason.
    writeFileSync(
      join(sources, 'chengdu-mobile-again.yaml'),
      'decidedBy: T\nagreement:\n  notSameAs: [chengdu-mobile.txt]\n  reason: A second agreement signed the same day.\n',
    );
    const split = await run();
    expect(split.ok).toBe(true);
    expect(split.agreements).toEqual([]);
  });

  it('a source that fails keeps its previous article', async () => {
    await run();
    const before = readFileSync(join(out, articleFor('chengdu-mobile.txt')), 'utf8');
    writeFileSync(join(sources, 'chengdu-mobile.yaml'), 'decidedBy: [oops\n');
    const result = await run();
    expect(result.ok).toBe(false);
    expect(result.removed).toEqual([]);
    expect(readFileSync(join(out, articleFor('chengdu-mobile.txt')), 'utf8')).toBe(before);
  });
});

describe('atomic writes', () => {
  it('a write that fails midway leaves the previous article whole and no temporary file', async () => {
    await run();
    const target = join(out, articleFor('chengdu-mobile.txt'));
    const before = readFileSync(target, 'utf8');
    writeFileSync(
      join(sources, 'chengdu-mobile.txt'),
      `${NEW_RELEASES['chengdu-mobile.txt']}\nA new paragraph.\n`,
    );

    const failingFs: WriteFs = {
      writeFileSync(path, data) {
        // Half the bytes reach the disk, then the disk is full.
        nodeFs.writeFileSync(path, data.slice(0, data.length / 2));
        throw new Error('ENOSPC: no space left on device');
      },
      renameSync: nodeFs.renameSync,
      unlinkSync: nodeFs.unlinkSync,
    };
    const result = await run({ writeFs: failingFs });
    expect(result.ok).toBe(false);
    expect(result.errors[0]?.message).toMatch(/could not write .*ENOSPC/u);
    expect(readFileSync(target, 'utf8')).toBe(before);
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // The next healthy run writes the new article.
    expect((await run()).written).toEqual([articleFor('chengdu-mobile.txt')]);
    expect(readFileSync(target, 'utf8')).toContain('A new paragraph.');
  });

  it('a failed rename leaves the previous article whole', async () => {
    await run();
    const target = join(out, articleFor('guiyang-unicom.txt'));
    const before = readFileSync(target, 'utf8');
    writeFileSync(
      join(sources, 'guiyang-unicom.txt'),
      `${NEW_RELEASES['guiyang-unicom.txt']}\n新的一段。\n`,
    );
    const result = await run({
      writeFs: {
        writeFileSync: nodeFs.writeFileSync,
        renameSync() {
          throw new Error('EIO: i/o error, rename');
        },
        unlinkSync: nodeFs.unlinkSync,
      },
    });
    expect(result.ok).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe(before);
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('leftover temporary files of a killed run are cleaned up', async () => {
    await run();
    writeFileSync(join(out, `.${articleFor('guiyang-unicom.txt')}.12345.1.tmp`), 'partial');
    await run();
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

/**
 * The build publishes only files inside the project: a source path or a link that leads out
 * of it fails the build, naming it, instead of copying what it points at into dist/.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import projectFilesOnly, { linksOutOfProject } from '../../src/integrations/projectFilesOnly.ts';
import { readSourceFile } from '../../src/lib/archive/source.ts';
import { OutsideFolderError, realPathInside } from '../../src/lib/insideFolder.ts';

let base: string;
let project: string;
let outside: string;

beforeEach(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'project-files-')));
  project = join(base, 'project');
  outside = join(base, 'outside');
  for (const folder of [
    project,
    outside,
    join(project, 'content/sources'),
    join(project, 'public'),
  ])
    mkdirSync(folder, { recursive: true });
  writeFileSync(join(outside, 'secret.txt'), 'SECRET');
  writeFileSync(join(project, 'content/sources/release.txt'), 'a release');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('sources published under sources/', () => {
  it('reads a source inside the project, and one linked within it', () => {
    symlinkSync('release.txt', join(project, 'content/sources/alias.txt'));
    expect(readSourceFile('content/sources/release.txt', project).toString()).toBe('a release');
    expect(readSourceFile('content/sources/alias.txt', project).toString()).toBe('a release');
  });

  it.each([
    ['an absolute path outside', () => join(outside, 'secret.txt'), /outside the project/u],
    ['a path climbing out', () => '../outside/secret.txt', /outside the project/u],
    [
      'a link leading out',
      () => {
        symlinkSync(join(outside, 'secret.txt'), join(project, 'content/sources/passwd.txt'));
        return 'content/sources/passwd.txt';
      },
      /passwd\.txt: leads to .*secret\.txt, outside the project/u,
    ],
    [
      'a dangling link',
      () => {
        symlinkSync('gone.txt', join(project, 'content/sources/dangling.txt'));
        return 'content/sources/dangling.txt';
      },
      /cannot be resolved \(it does not exist or is a broken link\)/u,
    ],
    ['a folder', () => 'content/sources', /not a regular file/u],
  ])('refuses %s', (_name, sourcePath, message) => {
    expect(() => readSourceFile(sourcePath(), project)).toThrow(message);
  });

  it('reads from the content tree a build was pointed at, wherever it lies', () => {
    const tree = join(base, 'tree');
    mkdirSync(join(tree, 'sources'), { recursive: true });
    writeFileSync(join(tree, 'sources/fixture.txt'), 'a fixture');
    const source = join(tree, 'sources/fixture.txt');
    expect(() => readSourceFile(source, project, [project])).toThrow(/outside the project/u);
    expect(readSourceFile(source, project, [project, tree]).toString()).toBe('a fixture');
  });

  it('names a loop of links', () => {
    symlinkSync('loop.txt', join(project, 'loop.txt'));
    expect(() => realPathInside(join(project, 'loop.txt'), project, 'the project')).toThrow(
      OutsideFolderError,
    );
  });
});

describe('the build-start check of public/ and the content folder', () => {
  it('names every link that leads out of the project or nowhere, and passes otherwise', () => {
    const integration = projectFilesOnly({ folders: ['content'] });
    const hooks = integration.hooks as Record<string, (options: unknown) => void>;
    hooks['astro:config:done']?.({
      config: {
        root: new URL(`file://${project}/`),
        publicDir: new URL(`file://${project}/public/`),
      },
    });
    const start = (): void => hooks['astro:build:start']?.({});
    symlinkSync('../content/sources/release.txt', join(project, 'public/inside.txt'));
    expect(start).not.toThrow();

    symlinkSync(join(outside, 'secret.txt'), join(project, 'public/passwd.txt'));
    mkdirSync(join(project, 'content/translations'));
    symlinkSync(outside, join(project, 'content/translations/elsewhere'));
    symlinkSync('nowhere.md', join(project, 'content/translations/dangling.md'));
    expect(start).toThrow(
      /public\/passwd\.txt is a symbolic link to .*secret\.txt, outside the project/u,
    );
    expect(linksOutOfProject(project, ['public', 'content']).sort()).toEqual([
      expect.stringMatching(
        /^content\/translations\/dangling\.md is a symbolic link to nowhere\.md/u,
      ),
      expect.stringMatching(/^content\/translations\/elsewhere is a symbolic link to .*outside,/u),
      expect.stringMatching(/^public\/passwd\.txt is a symbolic link to .*secret\.txt,/u),
    ]);
  });
});

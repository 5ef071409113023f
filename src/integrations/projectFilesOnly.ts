/**
 * The build publishes only files inside the project. Astro copies `public/` into `dist/`
 * following links, and pages read the content folder: a link in either that leads out of the
 * project (`public/passwd.txt` → `/etc/passwd`) would put that file on the site. Before
 * anything is written, the build fails with every such link named. (Sources published under
 * `sources/` are checked as they are read: lib/archive/source.ts.)
 */
import type { AstroIntegration } from 'astro';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linksLeaving } from '../lib/insideFolder.ts';

/** Every link under `folders` (relative to `root`) leading outside `root`, as one message each. */
export function linksOutOfProject(root: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    linksLeaving(resolve(root, folder), root).map(
      ({ link, target }) =>
        `${relative(root, link)} is a symbolic link to ${target}, outside the project: the build publishes only files inside it (copy the file in instead of linking to it)`,
    ),
  );
}

export default function projectFilesOnly(options: {
  folders: readonly string[];
}): AstroIntegration {
  let root = process.cwd();
  let publicDir = resolve(root, 'public');
  return {
    name: 'archive:project-files-only',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        const problems = linksOutOfProject(root, [publicDir, ...options.folders]);
        if (problems.length > 0) throw new Error(problems.join('\n'));
      },
    },
  };
}

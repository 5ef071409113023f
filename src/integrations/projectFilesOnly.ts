/**
 * The build publishes only files inside the project (and the content tree it was pointed at,
 * ARCHIVE_CONTENT_DIR, wherever that is). Astro copies `public/` into `dist/` following
 * links, and pages read the content folder: a link in either that leads out of them
 * (`public/passwd.txt` → `/etc/passwd`) would put that file on the site. Before anything is
 * written, the build fails with every such link named. (Sources published under `sources/`
 * and articles are checked as they are read: lib/archive/source.ts, articleLoader.ts.)
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linksLeaving } from '../lib/insideFolder.ts';

/**
 * Every link under `folders` (relative to `root`) leading outside `root` and `folders`, as one
 * message each.
 */
export function linksOutOfProject(root: string, folders: readonly string[]): string[] {
  const boundaries = [root, ...folders.map((folder) => resolve(root, folder))];
  return folders.flatMap((folder) =>
    linksLeaving(resolve(root, folder), boundaries).map(
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
        const folders = [publicDir, ...options.folders].filter((folder) =>
          existsSync(resolve(root, folder)),
        );
        const problems = linksOutOfProject(root, folders);
        if (problems.length > 0) throw new Error(problems.join('\n'));
      },
    },
  };
}

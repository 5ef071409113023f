/**
 * The content loader of the agreements collection: one entry per `<id>.md` in the articles
 * folder, holding the front matter and the lead sentence of the body, but not the body.
 *
 * Why not Astro's `glob()` loader: it keeps every body, and the HTML it renders from it, in
 * the content data store, which Astro writes as one string. At about 80,000 articles that
 * string passes V8's longest string (~512 MB) and the build fails ("Invalid string length");
 * well before that, the store is most of the build's memory. This site renders bodies itself
 * from the Markdown (lib/markdown.ts), so the store needs neither: a page reads its body from
 * the article file when it is built (`readArticleBody`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import matter from 'gray-matter';
import { realPathInside } from '../insideFolder.ts';
import { leadSentence } from './lead.ts';

const ARTICLE_FILE = /\.md$/;

/**
 * The body of an article file: what follows its front matter, as gray-matter reads it (the
 * text after the closing `---` line, less one line break). Splitting here, rather than
 * parsing the YAML again, keeps a page's cost independent of its front matter.
 */
export function bodyAfterFrontMatter(text: string): string {
  const opening = /^---[^\S\r\n]*\r?\n/.exec(text);
  if (opening === null) return text;
  const closing = /\r?\n---[^\S\r\n]*(?:\r?\n|$)/g;
  closing.lastIndex = opening[0].length - 1;
  const match = closing.exec(text);
  if (match === null) return text;
  return text.slice(match.index + match[0].length);
}

/** The body of the article at `filePath` (relative to the project root, as the store keeps it). */
export function readArticleBody(filePath: string): string {
  return bodyAfterFrontMatter(readFileSync(resolve(filePath), 'utf8'));
}

export function articleLoader({ base }: { base: string }): Loader {
  return {
    name: 'archive:articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const folder = resolve(root, base);
      const unseen = new Set(context.store.keys());
      let names: string[];
      try {
        names = readdirSync(folder).filter((name) => ARTICLE_FILE.test(name));
      } catch (error) {
        throw new Error(`${base}: cannot read the articles folder`, { cause: error });
      }
      for (const name of names.sort()) {
        const id = await loadArticle(context, root, resolve(folder, name));
        unseen.delete(id);
      }
      // Articles whose file is gone (ingest removes stale ones) leave the collection too.
      for (const id of unseen) context.store.delete(id);

      context.watcher?.add(folder);
      const reload = (path: string) => {
        if (resolve(path, '..') !== folder || !ARTICLE_FILE.test(path)) return;
        void loadArticle(context, root, path).catch((error: unknown) =>
          context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      };
      context.watcher?.on('add', reload);
      context.watcher?.on('change', reload);
      context.watcher?.on('unlink', (path) => {
        if (resolve(path, '..') === folder && ARTICLE_FILE.test(path)) {
          context.store.delete(articleId(path));
        }
      });
    },
  };
}

function articleId(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(ARTICLE_FILE, '');
}

/** Reads one article into the store, unless its bytes are those already stored. */
async function loadArticle(context: LoaderContext, root: string, path: string): Promise<string> {
  const id = articleId(path);
  // An article linked in from outside its folder would publish whatever it points at.
  const contents = readFileSync(realPathInside(path, dirname(path), 'the articles folder'), 'utf8');
  const digest = context.generateDigest(contents);
  if (context.store.get(id)?.digest === digest) return id;
  const filePath = relative(root, path).split('\\').join('/');
  // An options object: without one, gray-matter keeps every parsed file in a global cache.
  const { data, content } = matter(contents, {});
  const parsed = await context.parseData({
    id,
    data: { ...data, lead: leadSentence(content) },
    filePath: path,
  });
  context.store.set({ id, data: parsed, filePath, digest });
  return id;
}

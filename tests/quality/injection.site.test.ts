/**
 * Injection gate: hostile releases — `<script>`, `<img onerror>`, `<svg onload>`, `javascript:`
 * links in HTML and Markdown, front-matter delimiters, braces — go through ingest and the build
 * and come out as inert text on every page of every locale.
 *
 * The fixtures: tests/fixtures/injection/ (ingest's own) and tests/quality/fixtures/hostile-zh/.
 * They are copied into one temporary sources folder, ingested into a temporary content tree
 * (`ingest --sources … --out …/articles`), and built with ARCHIVE_CONTENT_DIR pointing at it
 * (src/content.config.ts honours it). Pages are browsed with the CSP switched off, so what is
 * proven is that the text is escaped, not that the CSP would have blocked it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  buildSite,
  htmlPages,
  launchChromium,
  PROJECT_ROOT,
  serveBuiltSite,
  type ServedSite,
} from '../browser/harness.ts';
import { scriptsOf } from '../../scripts/quality/page-weight.ts';

const FIXTURES = [
  resolve(PROJECT_ROOT, 'tests/fixtures/injection'),
  resolve(PROJECT_ROOT, 'tests/quality/fixtures/hostile-zh'),
];
const outDir = resolve(PROJECT_ROOT, 'dist-test/injection');

let work: string;
let site: ServedSite;
let browser: Browser;
let articles: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'injection-'));
  const sources = join(work, 'sources');
  mkdirSync(sources);
  for (const fixture of FIXTURES) {
    for (const file of readdirSync(fixture).filter((name) => /\.(txt|text|yaml)$/.test(name))) {
      cpSync(join(fixture, file), join(sources, file));
    }
  }
  mkdirSync(join(work, 'translations'));
  const ingest = spawnSync(
    process.execPath,
    [
      resolve(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'scripts/ingest.ts',
      '--sources',
      sources,
      '--out',
      join(work, 'articles'),
    ],
    { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, INIT_CWD: PROJECT_ROOT } },
  );
  if (ingest.status !== 0)
    throw new Error(`ingest of the hostile fixtures failed:\n${ingest.stdout}\n${ingest.stderr}`);
  articles = readdirSync(join(work, 'articles')).filter((name) => name.endsWith('.md'));
  await buildSite({ outDir, base: '/', env: { ARCHIVE_CONTENT_DIR: work }, fresh: true });
  site = await serveBuiltSite({ dir: outDir, base: '/' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

test('ingest writes one article per hostile release, with only its own front matter', () => {
  expect(articles.length).toBe(FIXTURES.length);
  for (const article of articles) {
    const text = readFileSync(join(work, 'articles', article), 'utf8');
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
    // The release's own `---`/`layout:` block is body text, never front matter.
    expect(frontMatter, article).not.toMatch(/^layout:/m);
  }
});

test('no built page carries code from the releases', () => {
  const offenders = htmlPages(outDir).flatMap((path) => {
    const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
    const { inline } = scriptsOf(readFileSync(file, 'utf8'));
    return inline.map((code) => `${path}: ${code}`);
  });
  expect(offenders, offenders.join('\n')).toEqual([]);
});

test('in Chromium, every page shows the markup as text and runs none of it', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const dialogs: string[] = [];
  context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  const problems: string[] = [];
  let shownAsText = 0;
  for (const path of htmlPages(outDir)) {
    await page.goto(site.urlOf(path), { waitUntil: 'load' });
    const found = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        javascriptUrls: all
          .flatMap((element) =>
            ['href', 'src', 'action', 'xlink:href'].map((name) => element.getAttribute(name) ?? ''),
          )
          .filter((value) => /^\s*javascript:/i.test(value)),
        handlers: all.flatMap((element) =>
          [...element.attributes]
            .filter((attribute) => /^on/i.test(attribute.name))
            .map((a) => `<${element.localName} ${a.name}>`),
        ),
        embedded: all.filter((element) => ['iframe', 'object', 'embed'].includes(element.localName))
          .length,
        inlineScripts: [...document.scripts].filter(
          (script) => !script.src && script.type !== 'application/ld+json',
        ).length,
        hidden: getComputedStyle(document.body).display === 'none',
        text: document.body.innerText,
      };
    });
    if (found.javascriptUrls.length > 0)
      problems.push(`${path}: javascript: URLs ${found.javascriptUrls.join(', ')}`);
    if (found.handlers.length > 0)
      problems.push(`${path}: event handlers ${found.handlers.join(', ')}`);
    if (found.embedded > 0)
      problems.push(`${path}: ${found.embedded} iframe/object/embed elements`);
    if (found.inlineScripts > 0) problems.push(`${path}: ${found.inlineScripts} inline scripts`);
    if (found.hidden) problems.push(`${path}: a <style> from a release hid the page`);
    if (found.text.includes('<script>alert(')) shownAsText++;
  }
  await context.close();
  expect(dialogs, 'a script from a release ran').toEqual([]);
  expect(problems, problems.join('\n')).toEqual([]);
  // The releases' markup is shown to readers, escaped, on their agreement pages.
  expect(shownAsText, 'no page shows "<script>alert(" as text').toBeGreaterThan(0);
});

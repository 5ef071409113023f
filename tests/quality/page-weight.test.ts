import { expect, test } from 'vitest';
import {
  gzipSize,
  importedModules,
  markupWithoutMainText,
  scriptsOf,
} from '../../scripts/quality/page-weight.ts';

test('scriptsOf finds external and inline code, and ignores JSON-LD', () => {
  const scripts = scriptsOf(
    [
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script type="module" src="/_astro/search.js"></script>',
      '<script>alert(1)</script>',
      '<img src="x.png" onerror="alert(2)" alt="">',
      '<a href=" javascript:alert(3)">x</a>',
      '<a href="/en/">fine</a>',
    ].join(''),
  );
  expect(scripts.external).toEqual(['/_astro/search.js']);
  expect(scripts.inline).toEqual([
    '<script>alert(1)</script>',
    '<img onerror="alert(2)">',
    '<a href=" javascript:alert(3)">',
  ]);
});

test('scriptsOf finds nothing on a page without code', () => {
  expect(scriptsOf('<p>Text about <code>&lt;script&gt;</code> tags</p>')).toEqual({
    external: [],
    inline: [],
  });
});

test('markupWithoutMainText drops the words inside <main> only', () => {
  const html =
    '<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav>' +
    '<main><h1 class="t">Heading</h1><p>Long article text</p><script type="application/ld+json">{"a":1}</script></main>' +
    '<footer>Foot</footer></body></html>';
  expect(markupWithoutMainText(html)).toBe(
    '<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav>' +
      '<main><h1 class="t"></h1><p></p><script type="application/ld+json">{"a":1}</script></main>' +
      '<footer>Foot</footer></body></html>',
  );
});

test('markupWithoutMainText keeps everything when there is no <main>', () => {
  expect(markupWithoutMainText('<body><p>All of it</p></body>')).toBe(
    '<body><p>All of it</p></body>',
  );
});

test('gzipSize shrinks repetitive text', () => {
  expect(gzipSize('a'.repeat(10_000))).toBeLessThan(200);
});

test('importedModules lists static, re-exported and literal dynamic imports', () => {
  const code =
    'import{a as b}from"./chunk.js";import "./side.js";export*from\'./re.js\';' +
    'const p=import("./lazy.js");const q=import(`${base}pagefind/pagefind.js`);';
  expect(importedModules(code).sort()).toEqual(['./chunk.js', './lazy.js', './re.js', './side.js']);
});

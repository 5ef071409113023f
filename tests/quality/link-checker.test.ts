import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStaticSite, type RunningSite } from '../../scripts/preview/static-server.ts';
import { cssUrls, scanHtml, scanXml, srcsetUrls } from '../../scripts/quality/html-references.ts';
import { checkLinks } from '../../scripts/quality/link-checker.ts';

describe('scanHtml', () => {
  test('finds links, assets and anchors with their lines', () => {
    const { references, anchors } = scanHtml(
      [
        '<!doctype html><html><head>',
        '<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://example.org/en/">',
        '<meta property="og:image" content="https://example.org/og.png">',
        '</head><body id="top-of-page">',
        '<a href="/en/about/#who">about</a><img src="x.png" srcset="y.png 2x, z.png 3x">',
        '<h2 id="facts">Facts</h2><a name="legacy"></a>',
        '<div style="background: url(\'/bg.svg\')"></div><style>.a{background:url(/s.png)}</style>',
        '<svg><use href="#icon"/></svg>',
        '</body></html>',
      ].join('\n'),
    );
    expect(references.map((r) => [r.url, r.kind, r.where, r.line])).toEqual([
      ['/_astro/a.css', 'resource', '<link rel="stylesheet">', 2],
      ['https://example.org/en/', 'navigation', '<link rel="canonical">', 2],
      ['https://example.org/og.png', 'resource', '<meta og:image>', 3],
      ['/en/about/#who', 'navigation', '<a href>', 5],
      ['x.png', 'resource', '<img src>', 5],
      ['y.png', 'resource', '<img srcset>', 5],
      ['z.png', 'resource', '<img srcset>', 5],
      ['/bg.svg', 'resource', '<div style> url()', 7],
      ['/s.png', 'resource', '<style> url()', 7],
      ['#icon', 'resource', '<use href>', 8],
    ]);
    expect([...anchors].sort()).toEqual(['facts', 'legacy', 'top-of-page']);
  });

  test('decodes entities in attributes', () => {
    const { references } = scanHtml('<a href="/search/?q=a&amp;year=2019">s</a>');
    expect(references[0]?.url).toBe('/search/?q=a&year=2019');
  });
});

test('srcsetUrls and cssUrls', () => {
  expect(srcsetUrls('a.png 1x,b.png 2x')).toEqual(['a.png', 'b.png']);
  expect(srcsetUrls('/i/a,b.png 100w, /i/c.png 200w')).toEqual(['/i/a,b.png', '/i/c.png']);
  expect(
    cssUrls('@import "x.css"; a{b:url( "y.png" )} c{d:url(data:image/png;base64,AA)}').map(
      (u) => u.url,
    ),
  ).toEqual(['x.css', 'y.png', 'data:image/png;base64,AA']);
});

test('scanXml reads sitemap locs and feed links', () => {
  const urls = scanXml(
    '<urlset><url><loc>https://example.org/en/?a=1&amp;b=2</loc></url></urlset>' +
      '<rss><channel><link>https://example.org/en/</link><atom:link href="https://example.org/en/rss.xml" rel="self"/></channel></rss>',
  ).map((r) => r.url);
  expect(urls).toEqual([
    'https://example.org/en/?a=1&b=2',
    'https://example.org/en/',
    'https://example.org/en/rss.xml',
  ]);
});

describe.each(['/', '/archive/'])('checkLinks on a small site under %s', (base) => {
  let work: string;
  let site: RunningSite;
  const pages: Record<string, string> = {
    'index.html': `<a href="en/">en</a><a href="${base}en/#intro">intro</a>`,
    'en/index.html': [
      `<h1 id="intro">x</h1><link rel="stylesheet" href="${base}style.css">`,
      `<a href="${base}en/about/">ok</a>`,
      `<a href="${base}en/missing/">missing page</a>`,
      `<a href="${base}en/about">no slash</a>`,
      `<a href="${base}en/about/#nowhere">missing anchor</a>`,
      `<a href="${base}sources/raw.txt">raw</a><a href="${base}data/agreements.csv">csv</a>`,
      `<a href="javascript:alert(1)">js</a>`,
      `<img src="https://cdn.example.com/x.png" alt="">`,
      `<a href="https://elsewhere.example.com/">external</a>`,
      `<a href="https://example.org${base}en/about/">absolute, same site</a>`,
      `<a href="https://example.org/not-the-base/">outside base</a>`,
    ].join('\n'),
    'en/about/index.html': '<p>about</p>',
    'sources/raw.txt': '原文',
    'data/agreements.csv': 'slug\n',
    'style.css': 'body{background:url(missing.png)}',
  };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'link-checker-'));
    for (const [name, body] of Object.entries(pages)) {
      mkdirSync(dirname(join(work, name)), { recursive: true });
      writeFileSync(join(work, name), body);
    }
    site = await serveStaticSite({ root: work, base });
  });
  afterAll(async () => {
    await site.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('reports each kind of broken reference, and only those', async () => {
    const result = await checkLinks({
      servedUrl: site.url,
      publicUrl: `https://example.org${base}`,
      pages: ['/', '/en/', '/en/about/'],
      files: ['style.css'],
    });
    const expected = [
      `/en/:3: <a href> "${base}en/missing/" → 404`,
      `/en/:4: <a href> "${base}en/about" redirects (301) to ${base}en/about/: link to the final URL`,
      `/en/:5: <a href> "${base}en/about/#nowhere": ${base}en/about/ has no element with id="nowhere"`,
      `/en/:7: <a href> "javascript:alert(1)" is a javascript: URL`,
      `/en/:8: <img src> "https://cdn.example.com/x.png" loads from another origin`,
      `/en/:11: <a href> "https://example.org/not-the-base/" is outside the site's base ${base}`,
      `style.css:1: url() "missing.png" → 404`,
    ];
    // At the root, /not-the-base/ is inside the base and simply missing.
    if (base === '/') expected[5] = `/en/:11: <a href> "https://example.org/not-the-base/" → 404`;
    expect(result.problems).toEqual(expected.sort());
    expect([...result.externalLinks]).toEqual(['https://elsewhere.example.com/']);
  });
});

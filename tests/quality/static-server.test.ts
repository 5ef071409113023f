import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentTypeFor } from '../../scripts/preview/content-type.ts';
import {
  normaliseBase,
  serveStaticSite,
  type RunningSite,
} from '../../scripts/preview/static-server.ts';

/** A tiny built site: enough files to exercise every rule of a static host. */
function writeSite(root: string): void {
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>home</title>',
    'en/index.html': '<!doctype html><title>en</title>',
    'en/about/index.html': '<!doctype html><title>about</title>',
    '404.html': '<!doctype html><title>not here</title>',
    'data/agreements.json': '[]',
    'data/agreements.csv': 'slug\n',
    'raw/源.txt': '原文',
    'pagefind/pagefind.js': 'export {}',
    'pagefind/wasm.zh.pagefind': 'x',
    'pagefind/pagefind.zh_1.pf_meta': 'x',
    'pagefind/index/zh_1.pf_index': 'x',
    'pagefind/fragment/zh_1.pf_fragment': 'x',
    'pagefind/pagefind.wasm': 'x',
    '.secret': 'hidden',
    _headers: '/*\n  X-Content-Type-Options: nosniff\n/data/*\n  Access-Control-Allow-Origin: *\n',
  };
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), body);
  }
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent exactly as written (fetch would normalise `..` away). */
function get(site: RunningSite, path: string, method = 'GET'): Promise<RawResponse> {
  const { hostname, port } = new URL(site.origin);
  return new Promise((resolveResponse, rejectResponse) => {
    const req = request({ hostname, port, path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolveResponse({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', rejectResponse);
    req.end();
  });
}

let root: string;
let outside: string;
beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'static-server-'));
  root = join(work, 'dist');
  outside = join(work, 'outside.txt');
  writeSite(root);
  writeFileSync(outside, 'must not be served');
});
afterAll(() => rmSync(dirname(root), { recursive: true, force: true }));

describe.each(['/', '/archive/'])('a site served under base %s', (base) => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveStaticSite({ root, base });
  });
  afterAll(() => site.close());

  test('listens on 127.0.0.1 and reports its URL with the base', () => {
    expect(site.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${base}$`));
  });

  test('directories serve their index.html as UTF-8 HTML', async () => {
    const home = await get(site, base);
    expect(home.status).toBe(200);
    expect(home.body).toContain('<title>home</title>');
    expect(home.headers['content-type']).toBe('text/html;charset=utf-8');
    expect((await get(site, `${base}en/about/`)).body).toContain('about');
  });

  test('a directory without its slash redirects to it, keeping the query', async () => {
    const response = await get(site, `${base}en/about?q=1`);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(`${base}en/about/?q=1`);
  });

  test('misses get 404.html with status 404 and the _headers', async () => {
    const response = await get(site, `${base}no/such/page/`);
    expect(response.status).toBe(404);
    expect(response.body).toContain('not here');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  test('_headers rules apply by path inside the site', async () => {
    const data = await get(site, `${base}data/agreements.json`);
    expect(data.headers['x-content-type-options']).toBe('nosniff');
    expect(data.headers['access-control-allow-origin']).toBe('*');
    expect((await get(site, base)).headers['access-control-allow-origin']).toBeUndefined();
  });

  test.each([
    ['data/agreements.json', 'application/json; charset=utf-8'],
    ['data/agreements.csv', 'text/csv; charset=utf-8'],
    ['raw/%E6%BA%90.txt', 'text/plain; charset=utf-8'],
    ['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['pagefind/pagefind.wasm', 'application/wasm'],
    ['pagefind/wasm.zh.pagefind', 'application/octet-stream'],
    ['pagefind/pagefind.zh_1.pf_meta', 'application/octet-stream'],
    ['pagefind/index/zh_1.pf_index', 'application/octet-stream'],
    ['pagefind/fragment/zh_1.pf_fragment', 'application/octet-stream'],
  ])('%s is sent as %s', async (path, type) => {
    const response = await get(site, base + path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
  });

  test.each([
    '../outside.txt',
    '%2e%2e/outside.txt',
    '..%2foutside.txt',
    'en/../../outside.txt',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '.secret',
    '_headers/../../outside.txt',
    '_headers',
  ])('no traversal, hidden or host configuration file: %s', async (path) => {
    const response = await get(site, base + path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('must not be served');
    expect(response.body).not.toContain('hidden');
  });

  test('only GET and HEAD', async () => {
    expect((await get(site, base, 'POST')).status).toBe(405);
    const head = await get(site, base, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('a site under a sub-path', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await serveStaticSite({ root, base: '/archive' });
  });
  afterAll(() => site.close());

  test('paths outside the base are 404', async () => {
    expect((await get(site, '/')).status).toBe(404);
    expect((await get(site, '/en/')).status).toBe(404);
  });

  test('the base without its slash redirects to it', async () => {
    const response = await get(site, '/archive');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/archive/');
  });
});

test('normaliseBase adds the slashes Astro uses', () => {
  expect(normaliseBase()).toBe('/');
  expect(normaliseBase('')).toBe('/');
  expect(normaliseBase('archive')).toBe('/archive/');
  expect(normaliseBase('/a/b')).toBe('/a/b/');
});

test('contentTypeFor knows nothing about names without an extension', () => {
  expect(contentTypeFor('/en/')).toBeUndefined();
  expect(contentTypeFor('/LICENSE')).toBeUndefined();
  expect(contentTypeFor('/feed.xml')).toBe('text/xml; charset=utf-8');
  expect(contentTypeFor('/map.svg')).toBe('image/svg+xml; charset=utf-8');
  expect(contentTypeFor('/icon.png')).toBe('image/png');
});

test('a missing root says to build first', async () => {
  await expect(serveStaticSite({ root: join(tmpdir(), 'no-such-dist-xyz') })).rejects.toThrow(
    /build the site first/,
  );
});

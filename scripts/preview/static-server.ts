import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { contentTypeFor } from './content-type.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';

export interface StaticSiteOptions {
  /** The built site, e.g. `dist`. */
  readonly root: string;
  /** The sub-path the site is built for (Astro's `base`), e.g. `/archive/`; default `/`. */
  readonly base?: string;
}

export interface ServeOptions extends StaticSiteOptions {
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
}

export interface RunningSite {
  /** Origin only, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  /** Origin plus base: the site's home, e.g. `http://127.0.0.1:41234/archive/`. */
  readonly url: string;
  readonly base: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** Files a static host reads as its own configuration and never serves. */
const HOST_CONFIG_FILES = new Set(['/_headers', '/_redirects']);

/** `/archive` → `/archive/`, `` → `/`: Astro's base, always with both slashes. */
export function normaliseBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * A request handler that behaves like a static host (Netlify, Cloudflare Pages, GitHub Pages):
 * files by path with their MIME type, `dir/` → `dir/index.html`, `dir` → redirect to `dir/`,
 * misses → `404.html` with status 404, and the headers of `_headers` on every response. Files are
 * served from sirv's table of what was in `root` at start-up, so no path can leave `root`.
 */
export function createStaticSiteHandler(
  options: StaticSiteOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const root = resolve(options.root);
  if (!existsSync(root))
    throw new Error(`${root}: no such directory — build the site first (npm run build)`);
  const base = normaliseBase(options.base);
  const headersPath = join(root, '_headers');
  const rules: HeaderRule[] = existsSync(headersPath)
    ? parseHeadersFile(readFileSync(headersPath, 'utf8'), headersPath)
    : [];
  const notFoundPage = join(root, '404.html');

  const applyHeaders = (res: ServerResponse, sitePath: string, host: string | undefined) => {
    for (const [name, value] of headersFor(rules, sitePath, host)) res.setHeader(name, value);
  };

  const sendNotFound = (req: IncomingMessage, res: ServerResponse, sitePath: string) => {
    res.statusCode = 404;
    applyHeaders(res, sitePath, req.headers.host);
    if (existsSync(notFoundPage)) {
      const body = readFileSync(notFoundPage);
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
    } else {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
    }
  };

  const files = sirv(root, {
    dev: false,
    dotfiles: false,
    etag: true,
    setHeaders(res, pathname) {
      const type = contentTypeFor(pathname);
      if (type) res.setHeader('Content-Type', type);
    },
  });

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Method not allowed\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res
        .writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Bad request: malformed URL\n');
      return;
    }
    if (pathname === base.slice(0, -1) && base !== '/') {
      res.writeHead(301, { Location: base + url.search }).end();
      return;
    }
    if (!pathname.startsWith(base)) {
      sendNotFound(req, res, pathname);
      return;
    }
    // The path inside dist/: what `_headers` patterns and file names are written against.
    const sitePath = `/${pathname.slice(base.length)}`;
    if (
      sitePath.split('/').includes('..') ||
      sitePath.includes('\0') ||
      HOST_CONFIG_FILES.has(sitePath)
    ) {
      sendNotFound(req, res, sitePath);
      return;
    }
    if (!sitePath.endsWith('/') && isDirectoryWithIndex(root, sitePath)) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    applyHeaders(res, sitePath, req.headers.host);
    req.url = `${encodeURI(sitePath).replace(/[?#]/g, encodeURIComponent)}${url.search}`;
    files(req, res, () => sendNotFound(req, res, sitePath));
  };
}

function isDirectoryWithIndex(root: string, sitePath: string): boolean {
  const directory = resolve(root, `.${sitePath}`);
  if (directory !== root && !directory.startsWith(root + sep)) return false;
  try {
    return statSync(directory).isDirectory() && existsSync(join(directory, 'index.html'));
  } catch {
    return false;
  }
}

/** Serve a built site on `host` (127.0.0.1 by default) and a free port unless one is given. */
export async function serveStaticSite(options: ServeOptions): Promise<RunningSite> {
  const handler = createStaticSiteHandler(options);
  const base = normaliseBase(options.base);
  const server = createServer(handler);
  // Keep-alive sockets would hold close() open until they time out.
  server.keepAliveTimeout = 1000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    url: origin + base,
    base,
    server,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

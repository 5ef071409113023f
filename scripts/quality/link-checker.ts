/**
 * The link gate's engine: fetch every page and file of a served build, follow every internal
 * link, asset and anchor, and say what does not resolve. It asks the static server, so a link
 * counts as working only if a static host would serve it (no redirects, no 404).
 */
import { scanCss, scanHtml, scanRobots, scanXml, type Reference } from './html-references.ts';

export interface LinkCheckInput {
  /** Where the build is served locally: origin plus base, e.g. `http://127.0.0.1:1234/archive/`. */
  readonly servedUrl: string;
  /** The public address it was built for (Astro's `site` plus `base`), e.g. `https://example.org/archive/`. */
  readonly publicUrl: string;
  /** Paths relative to the site of the HTML pages to start from (every page of the build). */
  readonly pages: readonly string[];
  /** Other files to scan: stylesheets, sitemaps, feeds, robots.txt (paths relative to the site). */
  readonly files: readonly string[];
}

export interface LinkCheckResult {
  readonly problems: string[];
  /** Internal URLs checked (deduplicated, without fragments). */
  readonly checkedTargets: number;
  readonly checkedReferences: number;
  /** Links to other sites: listed, not fetched (the tests run offline). */
  readonly externalLinks: Set<string>;
}

interface Fetched {
  readonly status: number;
  readonly location?: string;
  readonly contentType: string;
  readonly body?: string;
}

export async function checkLinks(input: LinkCheckInput): Promise<LinkCheckResult> {
  const publicBase = new URL(input.publicUrl);
  const servedBase = new URL(input.servedUrl);
  const problems: string[] = [];
  const externalLinks = new Set<string>();
  const responses = new Map<string, Promise<Fetched>>();
  const anchorsOf = new Map<string, Promise<Set<string> | undefined>>();
  let checkedReferences = 0;

  /** GET a path of the public site from the local server, once. */
  const fetchPath = (pathname: string): Promise<Fetched> => {
    let response = responses.get(pathname);
    if (!response) {
      response = fetch(new URL(pathname, servedBase.origin), { redirect: 'manual' }).then(
        async (res) => {
          const contentType = res.headers.get('content-type') ?? '';
          const textual = /^(text\/|application\/(xml|json|rss\+xml|atom\+xml))|image\/svg/.test(
            contentType,
          );
          const location = res.headers.get('location') ?? undefined;
          return {
            status: res.status,
            contentType,
            ...(location ? { location } : {}),
            ...(textual ? { body: await res.text() } : {}),
          };
        },
      );
      responses.set(pathname, response);
    }
    return response;
  };

  const anchors = (pathname: string): Promise<Set<string> | undefined> => {
    let found = anchorsOf.get(pathname);
    if (!found) {
      found = fetchPath(pathname).then((res) =>
        res.contentType.startsWith('text/html') && res.body !== undefined
          ? scanHtml(res.body).anchors
          : undefined,
      );
      anchorsOf.set(pathname, found);
    }
    return found;
  };

  const sitePathname = (path: string) => publicBase.pathname + encodeURI(path.replace(/^\//, ''));

  const checkReference = async (
    from: string,
    fromUrl: URL,
    reference: Reference,
  ): Promise<void> => {
    checkedReferences++;
    const at = `${from}:${reference.line}: ${reference.where} "${reference.url}"`;
    let target: URL;
    try {
      target = new URL(reference.url, fromUrl);
    } catch {
      problems.push(`${at} is not a valid URL`);
      return;
    }
    if (target.protocol === 'javascript:') {
      problems.push(`${at} is a javascript: URL`);
      return;
    }
    if (target.protocol === 'data:') {
      if (reference.kind !== 'resource')
        problems.push(`${at} is a data: URL a reader would navigate to`);
      return;
    }
    if (target.protocol === 'mailto:' || target.protocol === 'tel:') return;
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      problems.push(`${at} uses the scheme ${target.protocol}`);
      return;
    }
    if (target.origin !== publicBase.origin) {
      if (reference.kind === 'resource') problems.push(`${at} loads from another origin`);
      else externalLinks.add(target.href);
      return;
    }
    if (!target.pathname.startsWith(publicBase.pathname)) {
      problems.push(`${at} is outside the site's base ${publicBase.pathname}`);
      return;
    }
    const response = await fetchPath(target.pathname);
    if (response.status >= 300 && response.status < 400) {
      problems.push(
        `${at} redirects (${response.status}) to ${response.location ?? '?'}: link to the final URL`,
      );
      return;
    }
    if (response.status !== 200) {
      problems.push(`${at} → ${response.status}`);
      return;
    }
    const fragment = target.hash.slice(1);
    if (fragment === '' || fragment === 'top') return;
    const ids = await anchors(target.pathname);
    if (ids === undefined) return; // a fragment of a non-HTML file (e.g. a text fragment) is not checked
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      // keep it as written
    }
    if (!ids.has(id)) problems.push(`${at}: ${target.pathname} has no element with id="${id}"`);
  };

  const scanFile = async (path: string, kind: 'html' | 'other'): Promise<void> => {
    const pathname = sitePathname(path);
    const response = await fetchPath(pathname);
    if (response.status !== 200) {
      problems.push(
        `${path}: served with status ${response.status}${response.location ? ` → ${response.location}` : ''}`,
      );
      return;
    }
    const body = response.body ?? '';
    const references =
      kind === 'html'
        ? scanHtml(body).references
        : path.endsWith('.css')
          ? scanCss(body)
          : path.endsWith('.txt')
            ? scanRobots(body)
            : scanXml(body);
    const fromUrl = new URL(pathname, publicBase.origin);
    await Promise.all(references.map((reference) => checkReference(path, fromUrl, reference)));
  };

  // A few at a time: the server and the parser share two cores with everything else.
  const queue: [string, 'html' | 'other'][] = [
    ...input.pages.map((page): [string, 'html'] => [page, 'html']),
    ...input.files.map((file): [string, 'other'] => [file, 'other']),
  ];
  const workers = Array.from({ length: 8 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await scanFile(...next);
  });
  await Promise.all(workers);

  return {
    problems: [...new Set(problems)].sort(),
    checkedTargets: responses.size,
    checkedReferences,
    externalLinks,
  };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file of a built site, as paths relative to it with `/` separators, sorted. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** `en/about/index.html` → `/en/about/`; `404.html` → `/404.html`. */
export function pathOfHtmlFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The path of every HTML page of a built site, relative to the site (no base). */
export function htmlPages(dir: string): string[] {
  return siteFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map(pathOfHtmlFile);
}

function xmlLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((match) =>
    (match[1] ?? '').replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '',
    ),
  );
}

/** `https://example.org/archive/en/x/` with base `/archive/` → `/en/x/`; undefined if outside the base. */
export function sitePathOfUrl(url: string, base: string): string | undefined {
  const pathname = decodeURI(new URL(url).pathname);
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined;
}

export interface Sitemap {
  /** Every `<loc>` of every sitemap listed in `sitemap-index.xml`, as written. */
  readonly urls: string[];
  /** Problems found reading it (a listed sitemap missing, a URL outside the base). */
  readonly problems: string[];
}

/** Read `sitemap-index.xml` and the sitemaps it lists, from the built files. */
export function readSitemap(dir: string, base: string): Sitemap {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) return { urls: [], problems: [`${index}: missing`] };
  const urls: string[] = [];
  const problems: string[] = [];
  for (const sitemapUrl of xmlLocs(readFileSync(index, 'utf8'))) {
    const path = sitePathOfUrl(sitemapUrl, base);
    const file = path && join(dir, path);
    if (!file || !existsSync(file)) {
      problems.push(`sitemap-index.xml lists ${sitemapUrl}, which is not in the build`);
      continue;
    }
    urls.push(...xmlLocs(readFileSync(file, 'utf8')));
  }
  for (const url of urls) {
    if (sitePathOfUrl(url, base) === undefined)
      problems.push(`sitemap URL ${url} is outside the base ${base}`);
  }
  return { urls, problems };
}

/**
 * Every page a gate must visit: each HTML file of the build, plus anything the sitemap lists
 * that is not a file (which the link gate then reports as broken). Paths relative to the site.
 */
export function pagesToCheck(dir: string, base: string): string[] {
  const pages = new Set(htmlPages(dir));
  for (const url of readSitemap(dir, base).urls) {
    const path = sitePathOfUrl(url, base);
    if (path !== undefined) pages.add(path);
  }
  return [...pages].sort();
}

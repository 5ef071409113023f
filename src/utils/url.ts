/**
 * The one place the site turns paths into URLs. Every link goes through here, so the site
 * works at the root of a host and under a sub-path (`BASE=/archive/`) alike.
 */

/** `import.meta.env.BASE_URL` with exactly one trailing slash: `/` or `/archive/`. */
const base = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;

function joinSegments(segments: readonly (string | number)[]): string {
  return segments
    .map((segment) => String(segment))
    .filter((segment) => segment !== '')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** A page (a directory URL, ending in `/`): `pagePath('en', 'agreements', id)`. */
export function pagePath(...segments: readonly (string | number)[]): string {
  const joined = joinSegments(segments);
  return joined === '' ? base : `${base}${joined}/`;
}

/** A file (no trailing slash): `filePath('data', 'agreements.csv')`. */
export function filePath(...segments: readonly (string | number)[]): string {
  return `${base}${joinSegments(segments)}`;
}

/** An absolute URL on the configured site, for feeds, sitemaps and meta tags. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (site === undefined) throw new Error('astro.config.mjs: `site` must be set for absolute URLs');
  return new URL(path, site).href;
}

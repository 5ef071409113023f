import { lookup } from 'mrmime';

/**
 * Pagefind's index files have extensions no MIME table knows; they are gzip-compressed binary
 * that pagefind.js fetches as bytes, so static hosts send them as octet-stream.
 */
const EXTRA_TYPES: Readonly<Record<string, string>> = {
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Types that carry text and so get an explicit `charset=utf-8` (the site writes only UTF-8). */
const TEXTUAL =
  /^(text\/|application\/(javascript|json|ld\+json|xml|rss\+xml|atom\+xml|manifest\+json)$|image\/svg\+xml$)/;

/** The Content-Type a static host sends for a file name, or undefined when nothing is known. */
export function contentTypeFor(fileName: string): string | undefined {
  const extension = /\.([^./]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === undefined) return undefined;
  const type = EXTRA_TYPES[extension] ?? lookup(extension);
  if (type === undefined) return undefined;
  return TEXTUAL.test(type) ? `${type}; charset=utf-8` : type;
}

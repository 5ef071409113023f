/**
 * Article bodies are Markdown written by ingest (and by editors for translations). The site
 * parses them to a syntax tree and renders a small, known set of nodes itself: anything
 * else — raw HTML above all — is shown as the literal text it is, so a release can never
 * inject markup or script.
 */
import type { Root } from 'mdast';
import { remark } from 'remark';

export function parseMarkdown(markdown: string): Root {
  return remark.parse(markdown);
}

/** Links are kept only to the web; `javascript:` and the like become plain text. */
export function isSafeHref(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * Everything a built file points at: the links, assets and anchors of an HTML page, the
 * `url()`s of a stylesheet, the URLs of a sitemap or feed, the `Sitemap:` of robots.txt.
 * Pure functions of text, so the link gate's rules are tested without a build.
 */
import { Parser } from 'htmlparser2';

/** `navigation`: something a reader follows; `resource`: something the page loads itself. */
export type ReferenceKind = 'navigation' | 'resource';

export interface Reference {
  readonly url: string;
  readonly kind: ReferenceKind;
  /** Where it was written, for messages: `<img srcset>` or `url()`. */
  readonly where: string;
  readonly line: number;
}

export interface HtmlScan {
  readonly references: Reference[];
  /** Every fragment a link may target: `id` values and `<a name>`. */
  readonly anchors: Set<string>;
}

/** `<link rel>` values that name a document rather than something the page loads. */
const NAVIGATION_RELS = new Set([
  'canonical',
  'alternate',
  'prev',
  'next',
  'author',
  'license',
  'help',
  'search',
  'sitemap',
]);

/** `<meta>` whose content is a URL (OpenGraph, Twitter, Highwire citation tags). */
const URL_METAS = new Set([
  'og:url',
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
  'citation_abstract_html_url',
  'citation_fulltext_html_url',
  'citation_pdf_url',
  'citation_public_url',
]);

const RESOURCE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
};

const NAVIGATION_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'xlink:href'],
  area: ['href'],
  form: ['action'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * `a.png 1x, b.png 2x` → `['a.png', 'b.png']`, as the HTML standard splits a srcset: a URL runs
 * to the next whitespace (commas inside it are its own), then descriptors run to the next comma.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let position = 0;
  while (position < srcset.length) {
    while (position < srcset.length && /[\s,]/.test(srcset[position] ?? '')) position++;
    const start = position;
    while (position < srcset.length && !/\s/.test(srcset[position] ?? '')) position++;
    let url = srcset.slice(start, position);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      for (; position < srcset.length; position++) {
        const character = srcset[position];
        if (character === '(') depth++;
        else if (character === ')') depth = Math.max(0, depth - 1);
        else if (character === ',' && depth === 0) break;
      }
    }
    if (url !== '') urls.push(url);
  }
  return urls;
}

/** `url(a.png)`, `url("b.svg")` and `@import "c.css"` of a stylesheet or a style attribute. */
export function cssUrls(css: string): { url: string; index: number }[] {
  const found: { url: string; index: number }[] = [];
  for (const match of css.matchAll(
    /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g,
  )) {
    const url = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '';
    if (url !== '') found.push({ url, index: match.index });
  }
  return found;
}

export function scanHtml(html: string): HtmlScan {
  const references: Reference[] = [];
  const anchors = new Set<string>();
  let styleStart = -1;
  let inStyle = false;
  let styleText = '';

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const line = lineAt(html, parser.startIndex);
        const add = (url: string | undefined, kind: ReferenceKind, where: string) => {
          if (url !== undefined && url.trim() !== '')
            references.push({ url: url.trim(), kind, where, line });
        };
        if (attributes['id'] !== undefined) anchors.add(attributes['id']);
        if (name === 'a' && attributes['name'] !== undefined) anchors.add(attributes['name']);

        for (const attribute of RESOURCE_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          if (attribute === 'srcset')
            for (const url of srcsetUrls(value)) add(url, 'resource', `<${name} srcset>`);
          else add(value, 'resource', `<${name} ${attribute}>`);
        }
        for (const attribute of NAVIGATION_ATTRIBUTES[name] ?? [])
          add(attributes[attribute], 'navigation', `<${name} ${attribute}>`);
        if (name === 'link') {
          const rels = (attributes['rel'] ?? '').toLowerCase().split(/\s+/);
          const navigation = rels.some((rel) => NAVIGATION_RELS.has(rel));
          add(
            attributes['href'],
            navigation ? 'navigation' : 'resource',
            `<link rel="${attributes['rel'] ?? ''}">`,
          );
          if (attributes['imagesrcset']) {
            for (const url of srcsetUrls(attributes['imagesrcset']))
              add(url, 'resource', '<link imagesrcset>');
          }
        }
        if (name === 'meta') {
          const key = (attributes['property'] ?? attributes['name'] ?? '').toLowerCase();
          if (URL_METAS.has(key))
            add(
              attributes['content'],
              key.includes('image') ? 'resource' : 'navigation',
              `<meta ${key}>`,
            );
        }
        if (name === 'input' && attributes['type']?.toLowerCase() === 'image')
          add(attributes['src'], 'resource', '<input src>');
        if (attributes['style'] !== undefined) {
          for (const { url } of cssUrls(attributes['style']))
            add(url, 'resource', `<${name} style> url()`);
        }
        if (name === 'style') {
          inStyle = true;
          styleText = '';
          styleStart = parser.endIndex + 1;
        }
      },
      ontext(text) {
        if (inStyle) styleText += text;
      },
      onclosetag(name) {
        if (name !== 'style' || !inStyle) return;
        inStyle = false;
        for (const { url, index } of cssUrls(styleText)) {
          references.push({
            url,
            kind: 'resource',
            where: '<style> url()',
            line: lineAt(html, styleStart + index),
          });
        }
      },
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    },
  );
  parser.end(html);
  return { references, anchors };
}

export function scanCss(css: string): Reference[] {
  return cssUrls(css).map(({ url, index }) => ({
    url,
    kind: 'resource',
    where: 'url()',
    line: lineAt(css, index),
  }));
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const decodeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name] ?? '');

/** The absolute URLs of a sitemap or an RSS/Atom feed: `<loc>`, `<link>`, `<guid>`, `href=`, `url=`. */
export function scanXml(xml: string): Reference[] {
  const references: Reference[] = [];
  const pattern =
    /<(loc|link|guid|url|image:loc)(?:\s[^>]*)?>\s*(?:<!\[CDATA\[)?\s*(https?:[^<\]\s]+)\s*(?:\]\]>)?\s*<\/\1>|\s(href|url)="(https?:[^"]+)"/g;
  for (const match of xml.matchAll(pattern)) {
    const url = match[2] ?? match[4];
    if (url === undefined) continue;
    references.push({
      url: decodeXml(url),
      kind: 'navigation',
      where: match[1] ? `<${match[1]}>` : `${match[3]}=`,
      line: lineAt(xml, match.index),
    });
  }
  return references;
}

/** `Sitemap:` lines of robots.txt. */
export function scanRobots(text: string): Reference[] {
  return [...text.matchAll(/^\s*sitemap:\s*(\S+)/gim)].map((match) => ({
    url: match[1] ?? '',
    kind: 'navigation',
    where: 'Sitemap:',
    line: lineAt(text, match.index),
  }));
}

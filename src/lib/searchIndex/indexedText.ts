/**
 * Reads a built page the way Pagefind does: its `<html lang>` and the text of its
 * `data-pagefind-body` element. Pagefind does not expose its own reading, and the other-script
 * copy (otherScript.ts) must be made of exactly the words Pagefind would index.
 */
import { Parser } from 'htmlparser2';

/** Elements whose text Pagefind never indexes (its own list), plus what pages mark as not text. */
const SKIPPED_ELEMENTS = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);
/** Elements inside a line of text: they do not separate words (`签署<a>协议</a>`). */
const INLINE_ELEMENTS = new Set(
  (
    'a abbr b bdi bdo cite code data del dfn em i ins kbd mark q rp rt ruby s samp small span ' +
    'strong sub sup time u var wbr'
  ).split(' '),
);

/** The page's `<html lang>`, lower-cased, or undefined. */
export function pageLanguage(html: string): string | undefined {
  return /<html\b[^>]*?\slang=["']?([A-Za-z-]+)/i.exec(html)?.[1]?.toLowerCase();
}

export interface IndexedRegion {
  /** The text Pagefind indexes from the page's `data-pagefind-body` element. */
  text: string;
  /** Where that element's closing tag starts in the HTML. */
  closingTagAt: number;
}

/**
 * The text inside the `data-pagefind-body` element, as Pagefind would index it: without
 * `data-pagefind-ignore`d, `hidden` or never-indexed elements (the hidden names block is
 * already in every script). Undefined when the page has no such element (Pagefind skips it).
 */
export function indexedRegion(html: string, file: string): IndexedRegion | undefined {
  const texts: string[] = [];
  let depth = 0;
  let bodyDepth: number | undefined;
  let skipDepth: number | undefined;
  let closingTagAt: number | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth += 1;
        if (bodyDepth === undefined && attributes['data-pagefind-body'] !== undefined) {
          bodyDepth = depth;
        } else if (
          bodyDepth !== undefined &&
          skipDepth === undefined &&
          (SKIPPED_ELEMENTS.has(name) ||
            attributes['data-pagefind-ignore'] !== undefined ||
            attributes['hidden'] !== undefined)
        ) {
          skipDepth = depth;
        }
        // Block boundaries separate words, as they do in Pagefind's reading of the page.
        if (bodyDepth !== undefined && !INLINE_ELEMENTS.has(name)) texts.push(' ');
      },
      ontext(text) {
        if (bodyDepth !== undefined && closingTagAt === undefined && skipDepth === undefined) {
          texts.push(text);
        }
      },
      onclosetag(name, isImplied) {
        if (bodyDepth !== undefined && !INLINE_ELEMENTS.has(name)) texts.push(' ');
        if (skipDepth === depth) skipDepth = undefined;
        if (bodyDepth === depth && closingTagAt === undefined) {
          if (isImplied) {
            throw new Error(`${file}: the data-pagefind-body element has no closing tag`);
          }
          closingTagAt = parser.startIndex;
        }
        depth -= 1;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (bodyDepth === undefined) return undefined;
  if (closingTagAt === undefined) {
    throw new Error(`${file}: the data-pagefind-body element is never closed`);
  }
  return { text: texts.join('').replace(/\s+/g, ' ').trim(), closingTagAt };
}

/**
 * Pagefind's excerpts are HTML: the page's text, escaped, with the matched words in
 * `<mark>`. The search page never assigns them as HTML; it reads them into plain runs of
 * text, marked or not, and builds the nodes itself, so nothing in an indexed page can ever
 * become markup on the search page.
 */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The runs of an excerpt; any tag other than `<mark>` is dropped, its text kept. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let position = 0;
  for (const tag of html.matchAll(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gi)) {
    push(html.slice(position, tag.index));
    position = tag.index + tag[0].length;
    if (tag[2]?.toLowerCase() === 'mark') marked = tag[1] !== '/';
  }
  push(html.slice(position));
  return parts;
}

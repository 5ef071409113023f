/**
 * Finding words of the cleaned text in the raw text, to report the line of the raw file a
 * problem comes from. Cleaning changes spacing, line breaks and punctuation width, so the
 * search ignores whitespace and compares characters under NFKC (`，` matches `,`).
 */

/** 1-based line of a character offset; `\r\n`, `\r` and `\n` each end a line. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    const character = text[index];
    if (character === '\n' || (character === '\r' && text[index + 1] !== '\n')) line += 1;
  }
  return line;
}

interface Folded {
  folded: string;
  /** For each character of `folded`, the offset in the original text it came from. */
  origin: number[];
}

function fold(text: string): Folded {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const character of text) {
    if (!/\s/u.test(character)) {
      for (const unit of character.normalize('NFKC')) {
        folded += unit;
        for (let k = 0; k < unit.length; k += 1) origin.push(offset);
      }
    }
    offset += character.length;
  }
  return { folded, origin };
}

/** The 1-based line of the raw text where `excerpt` starts, or undefined if it cannot be found. */
export function locateExcerpt(raw: string, excerpt: string): number | undefined {
  const exact = raw.indexOf(excerpt);
  if (excerpt !== '' && exact >= 0) return lineAt(raw, exact);
  const needle = fold(excerpt).folded;
  if (needle === '') return undefined;
  const haystack = fold(raw);
  const found = haystack.folded.indexOf(needle);
  if (found < 0) return undefined;
  return lineAt(raw, haystack.origin[found] ?? 0);
}

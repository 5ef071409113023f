import { HAN } from '../../../src/lib/chinese.ts';
import type { CleaningRule } from '../types.ts';

/** The half-width marks Chinese text sets full width. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
const CANDIDATE = /[,:;?!()]/u;
const HAN_CHARACTER = new RegExp(HAN.source, 'u');
/** Addresses are copied as written: `https://…/?id=1`, `www.iqilu.com`, `name@host.cn`. */
const ADDRESS =
  /(?:https?:\/\/|ftp:\/\/|www\.)[\w\-.~:/?#[\]@!$&'*+;=%]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
/** Punctuation that ends the sentence around an address rather than the address itself. */
const ADDRESS_TRAILER = /[.:;!?]+$/u;

function isHan(character: string | undefined): boolean {
  return character !== undefined && HAN_CHARACTER.test(character);
}

/** Positions (code-unit offsets) inside web or mail addresses. */
function addressPositions(line: string): Set<number> {
  const positions = new Set<number>();
  for (const match of line.matchAll(ADDRESS)) {
    const address = match[0].replace(ADDRESS_TRAILER, '');
    for (let offset = 0; offset < address.length; offset += 1) positions.add(match.index + offset);
  }
  return positions;
}

/** The nearest non-space character on each side. */
function neighbours(
  characters: readonly string[],
  index: number,
): [string | undefined, string | undefined] {
  let before = index - 1;
  while (before >= 0 && characters[before] === ' ') before -= 1;
  let after = index + 1;
  while (after < characters.length && characters[after] === ' ') after += 1;
  return [characters[before], characters[after]];
}

/**
 * Which brackets and marks to convert in one line. A mark converts when a Han character stands
 * next to it (spaces skipped), except between two digits (`1,000`, `17:54:11`). Brackets convert
 * as a pair, so that `（` never meets `)`: a pair converts when Han stands inside or outside
 * either bracket (`(記者 吳天旭)`), and stays when the context is Latin (`China Mobile(Rizhao)`).
 */
function marksToConvert(
  characters: readonly string[],
  protectedPositions: ReadonlySet<number>,
): Set<number> {
  const convert = new Set<number>();
  const openBrackets: number[] = [];
  const hanBeside = (index: number) => neighbours(characters, index).some(isHan);
  characters.forEach((character, index) => {
    if (protectedPositions.has(index) || !(character in FULL_WIDTH)) return;
    if (character === '(') {
      openBrackets.push(index);
      return;
    }
    if (character === ')') {
      const open = openBrackets.pop();
      if (open === undefined) {
        if (hanBeside(index)) convert.add(index);
      } else if (hanBeside(open) || hanBeside(index)) {
        convert.add(open);
        convert.add(index);
      }
      return;
    }
    const [before, after] = neighbours(characters, index);
    const betweenDigits = /\d/u.test(before ?? '') && /\d/u.test(after ?? '');
    if (!betweenDigits && (isHan(before) || isHan(after))) convert.add(index);
  });
  // An opening bracket never closed is judged on its own neighbours.
  for (const open of openBrackets) if (hanBeside(open)) convert.add(open);
  return convert;
}

/** Code-unit offsets to code-point indexes, so that address positions line up with characters. */
function codePointProtection(line: string, codeUnitPositions: ReadonlySet<number>): Set<number> {
  const protectedIndexes = new Set<number>();
  let offset = 0;
  [...line].forEach((character, index) => {
    if (codeUnitPositions.has(offset)) protectedIndexes.add(index);
    offset += character.length;
  });
  return protectedIndexes;
}

/** Chinese text typed on a Latin keyboard, or converted by a careless tool, mixes in half-width marks. */
export const fullWidthPunctuation: CleaningRule = {
  name: 'fullWidthPunctuation',
  apply(text) {
    let changes = 0;
    const lines = text.split('\n').map((line) => {
      // Every conversion needs Han beside the mark: a line without Han (English) keeps all.
      if (!CANDIDATE.test(line) || !HAN_CHARACTER.test(line)) return line;
      const characters = [...line];
      const convert = marksToConvert(characters, codePointProtection(line, addressPositions(line)));
      changes += convert.size;
      return characters
        .map((character, index) =>
          convert.has(index) ? (FULL_WIDTH[character] ?? character) : character,
        )
        .join('');
    });
    return { text: lines.join('\n'), changes };
  },
};

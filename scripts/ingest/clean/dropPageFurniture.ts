import type { CleaningRule } from '../types.ts';
import { endsParagraph, startsNumberedItem } from './lineShape.ts';
import { scriptTolerantSource } from './scriptTolerantPattern.ts';
import furniture from './page-furniture.json' with { type: 'json' };

/** Written in Simplified; `第 2 頁` in Traditional matches too. */
const PAGE_NUMBER = new RegExp(
  `^\\s*(?:${furniture.pageNumbers.map((source) => `(?:${scriptTolerantSource(source)})`).join('|')})\\s*$`,
  'iu',
);
/** Two cells of text set far apart on one line: `上海…总师室      …第二十三讲`. */
const COLUMN_GAP = new RegExp(
  `\\S(?:[ \\u00a0\\u3000]{${furniture.columnGapMinimum},}|\\t+)(?=\\S)`,
  'u',
);
const COLUMN_GAP_SPLIT = new RegExp(
  `(?:[ \\u00a0\\u3000]{${furniture.columnGapMinimum},}|\\t+)`,
  'u',
);

export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line);
}

function hasColumnGap(line: string): boolean {
  return COLUMN_GAP.test(line.trim());
}

function hasPageNumberCell(line: string): boolean {
  return line
    .trim()
    .split(COLUMN_GAP_SPLIT)
    .some((cell) => isPageNumber(cell));
}

/** Running headers differ from page to page only in their numbers. */
function headerKey(line: string): string {
  return line.trim().replace(/\s+/gu, ' ').replace(/\d+/gu, '#');
}

/** A line that could be a running header: short, not a sentence, not a section heading. */
function couldBeRunningHeader(line: string): boolean {
  return (
    line.trim() !== '' && !endsParagraph(line) && !startsNumberedItem(line) && !isPageNumber(line)
  );
}

interface Neighbourhood {
  readonly lines: readonly string[];
  /** For each line, the nearest non-blank line before and after it. */
  readonly previous: readonly (number | undefined)[];
  readonly next: readonly (number | undefined)[];
}

function neighbourhood(lines: readonly string[]): Neighbourhood {
  const previous: (number | undefined)[] = [];
  const next: (number | undefined)[] = new Array<number | undefined>(lines.length).fill(undefined);
  let last: number | undefined;
  lines.forEach((line, index) => {
    previous.push(last);
    if (line.trim() !== '') last = index;
  });
  last = undefined;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    next[index] = last;
    if ((lines[index] ?? '').trim() !== '') last = index;
  }
  return { lines, previous, next };
}

function nextToPageNumber(index: number, around: Neighbourhood): boolean {
  return [around.previous[index], around.next[index]].some(
    (neighbour) => neighbour !== undefined && isPageNumber(around.lines[neighbour] ?? ''),
  );
}

/** A year standing alone (`2020`), and a month/day that can follow it (`07/07`). */
const LONE_YEAR = /^\s*(?:19|20)\d{2}\s*$/u;
const MONTH_DAY = /^\s*(0?[1-9]|1[0-2])\s*[/／]\s*(0?[1-9]|[12]\d|3[01])\s*$/u;

/** `07/07` under `2020` is the rest of a page date split over two lines, not `page 7 of 7`. */
function completesDate(index: number, around: Neighbourhood): boolean {
  const before = around.previous[index];
  return (
    before !== undefined &&
    LONE_YEAR.test(around.lines[before] ?? '') &&
    MONTH_DAY.test(around.lines[index] ?? '')
  );
}

/** Indexes of the lines that are page furniture. */
function furnitureLines(lines: readonly string[]): Set<number> {
  const around = neighbourhood(lines);
  const furnitureIndexes = new Set<number>();
  const byKey = new Map<string, number[]>();
  lines.forEach((line, index) => {
    if (isPageNumber(line)) {
      if (!completesDate(index, around)) furnitureIndexes.add(index);
      return;
    }
    if (!couldBeRunningHeader(line)) return;
    const key = headerKey(line);
    byKey.set(key, [...(byKey.get(key) ?? []), index]);
    const headerBesidePage =
      hasColumnGap(line) && (nextToPageNumber(index, around) || hasPageNumberCell(line));
    if (headerBesidePage) furnitureIndexes.add(index);
  });
  // A running header recurs through the text, page after page. A line repeated around the first
  // sentence only is a web page's headline, set as its title, its heading and an image's caption.
  const firstSentence = lines.findIndex((line) => endsParagraph(line));
  const throughTheText = (indexes: readonly number[]) =>
    firstSentence !== -1 && indexes.filter((index) => index > firstSentence).length >= 2;
  for (const indexes of byKey.values()) {
    const onEveryPage = indexes.length >= furniture.repeatedOnPages && throughTheText(indexes);
    const besidePageNumbers =
      indexes.length >= 2 && indexes.every((index) => nextToPageNumber(index, around));
    if (onEveryPage || besidePageNumbers) indexes.forEach((index) => furnitureIndexes.add(index));
  }
  return furnitureIndexes;
}

/**
 * Text extracted from a PDF carries each page's running header, footer and number into the
 * middle of a paragraph. The blank lines around a dropped line go with it, so that the two
 * halves of a paragraph split by a page break meet again for unwrapHardLines.
 */
export const dropPageFurniture: CleaningRule = {
  name: 'dropPageFurniture',
  apply(text) {
    const lines = text.split('\n');
    const furnitureIndexes = furnitureLines(lines);
    if (furnitureIndexes.size === 0) return { text, changes: 0 };
    const kept: string[] = [];
    let afterFurniture = false;
    lines.forEach((line, index) => {
      if (furnitureIndexes.has(index)) {
        while (kept.length > 0 && (kept.at(-1) ?? '').trim() === '') kept.pop();
        afterFurniture = true;
        return;
      }
      if (afterFurniture && line.trim() === '') return;
      afterFurniture = false;
      kept.push(line);
    });
    return { text: kept.join('\n'), changes: furnitureIndexes.size };
  },
};

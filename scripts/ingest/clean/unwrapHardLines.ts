import type { CleaningRule } from '../types.ts';
import { displayWidth, endsParagraph, isCjk, startsNumberedItem } from './lineShape.ts';

/**
 * How the text was laid out, read from the lines themselves.
 * A PDF wraps at a fixed measure: most lines are nearly the same width, none much wider.
 * A web page puts each paragraph on one line: widths vary freely, and nothing is wrapped.
 */
export const LAYOUT = {
  /** A line at least this share of the measure is full: the text went on to the next line. */
  fullLineShare: 0.85,
  /** Lines within this share below a candidate measure count as set to that measure. */
  measureBand: 0.1,
  /** Wrapped lines are rarely narrower than this (columns); list items often are. */
  narrowestMeasure: 40,
  /** ... and never wider than this: longer lines are paragraphs of a web page. */
  widestMeasure: 200,
  /** The measure must hold at least this many lines, and this share of all lines. */
  minimumWrappedLines: 4,
  minimumWrappedShare: 0.4,
  /** At most this share of lines may run clearly past the measure (1.15 × measure). */
  maximumOverlongShare: 0.1,
  /** Double-spaced: this share of line breaks are followed by a blank line. */
  doubleSpacedShare: 0.8,
} as const;

/**
 * The width at which the text was wrapped, or null when the lines show none (a web page).
 */
export function wrapMeasure(lineWidths: readonly number[]): number | null {
  const widths = lineWidths.filter((width) => width > 0);
  if (widths.length < LAYOUT.minimumWrappedLines) return null;
  let measure: number | null = null;
  let measureCount = 0;
  for (const candidate of new Set(widths)) {
    if (candidate < LAYOUT.narrowestMeasure || candidate > LAYOUT.widestMeasure) continue;
    const count = widths.filter(
      (width) => width <= candidate && width >= candidate * (1 - LAYOUT.measureBand),
    ).length;
    if (
      count > measureCount ||
      (count === measureCount && measure !== null && candidate > measure)
    ) {
      measure = candidate;
      measureCount = count;
    }
  }
  if (measure === null) return null;
  const overlong = widths.filter((width) => width > measure * 1.15).length;
  const enoughWrapped =
    measureCount >= LAYOUT.minimumWrappedLines &&
    measureCount >= widths.length * LAYOUT.minimumWrappedShare;
  return enoughWrapped && overlong <= widths.length * LAYOUT.maximumOverlongShare ? measure : null;
}

interface TextLine {
  readonly text: string;
  /** Blank lines between this line and the previous non-blank one. */
  readonly blankLinesBefore: number;
}

function nonBlankLines(text: string): { lines: TextLine[]; leading: string[]; trailing: string[] } {
  const all = text.split('\n');
  const lines: TextLine[] = [];
  let blanks = 0;
  const leading: string[] = [];
  for (const line of all) {
    if (line.trim() === '') {
      if (lines.length === 0) leading.push(line);
      blanks += 1;
      continue;
    }
    lines.push({ text: line, blankLinesBefore: lines.length === 0 ? 0 : blanks });
    blanks = 0;
  }
  return { lines, leading, trailing: new Array<string>(lines.length === 0 ? 0 : blanks).fill('') };
}

/** Ends mid-sentence: on a letter, digit, comma or hyphen, not on closing punctuation. */
const ENDS_MID_SENTENCE = /[\p{L}\p{N},，、-]$/u;
const STARTS_LOWER_CASE = /^\p{Ll}/u;
/** A web or mail address: a line of its own, never the rest of a sentence. */
const STARTS_ADDRESS = /^(?:https?:\/\/|www\.|\S+@\S+\.\w)/iu;

/**
 * Two lines of one paragraph, as a PDF wrapped them: the first is full and does not end its
 * sentence, the second does not start a numbered section.
 */
function isWrapped(
  previous: TextLine,
  next: TextLine,
  measure: number | null,
  blanksMeanBreaks: boolean,
): boolean {
  if (measure === null) return false;
  if (blanksMeanBreaks && next.blankLinesBefore > 0) return false;
  const full = displayWidth(previous.text) >= measure * LAYOUT.fullLineShare;
  return full && !endsParagraph(previous.text) && !startsNumberedItem(next.text);
}

/**
 * A paragraph cut in two on a web page: the first part stops mid-sentence and the second
 * goes on in lower case (`Wang Liming, vice governor of` / `and deputy general manager…`).
 * Whatever words fell out between them cannot be restored; joining keeps the sentence whole.
 */
function continuesInLowerCase(previous: TextLine, next: TextLine): boolean {
  const before = previous.text.trim();
  const after = next.text.trim();
  return (
    next.blankLinesBefore <= 2 &&
    ENDS_MID_SENTENCE.test(before) &&
    // A Chinese line does not go on in Latin lower case: what follows is a line of its own
    // (a heading, then the page's `http://www.wenweipo.com [2012-03-14]`).
    !isCjk([...before].at(-1) ?? '') &&
    STARTS_LOWER_CASE.test(after) &&
    !STARTS_ADDRESS.test(after) &&
    !startsNumberedItem(next.text)
  );
}

/**
 * CJK joins without a space, Latin with one. A hyphen at the end is kept and joined without a
 * space: `well-` + `developed` must stay hyphenated, and `infor-` + `mation` is left as printed
 * rather than guessed at.
 */
function joinLines(previous: string, next: string): string {
  const left = previous.trimEnd();
  const right = next.trimStart();
  const last = [...left].at(-1) ?? '';
  const first = [...right][0] ?? '';
  const tight = isCjk(last) || isCjk(first) || last === '-';
  return tight ? left + right : `${left} ${right}`;
}

/** Blank lines carry no meaning when (nearly) every line is followed by one. */
function isDoubleSpaced(lines: readonly TextLine[]): boolean {
  const breaks = lines.slice(1);
  if (breaks.length === 0) return false;
  const followedByBlank = breaks.filter((line) => line.blankLinesBefore > 0).length;
  return followedByBlank >= breaks.length * LAYOUT.doubleSpacedShare;
}

export const unwrapHardLines: CleaningRule = {
  name: 'unwrapHardLines',
  apply(text) {
    const { lines, leading, trailing } = nonBlankLines(text);
    const measure = wrapMeasure(lines.map((line) => displayWidth(line.text)));
    const blanksMeanBreaks = !isDoubleSpaced(lines);
    let changes = 0;
    const output: string[] = [...leading];
    let paragraph: string | null = null;
    let previous: TextLine | null = null;
    for (const line of lines) {
      const join =
        previous !== null &&
        paragraph !== null &&
        (isWrapped(previous, line, measure, blanksMeanBreaks) ||
          continuesInLowerCase(previous, line));
      if (join && paragraph !== null) {
        paragraph = joinLines(paragraph, line.text);
        changes += 1;
      } else {
        if (paragraph !== null) output.push(paragraph);
        output.push(...new Array<string>(line.blankLinesBefore).fill(''));
        paragraph = line.text;
      }
      previous = line;
    }
    if (paragraph !== null) output.push(paragraph);
    output.push(...trailing);
    return { text: changes === 0 ? text : output.join('\n'), changes };
  },
};

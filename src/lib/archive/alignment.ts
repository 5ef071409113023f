/**
 * Which source paragraphs each translated paragraph renders, so the page can set them side by
 * side. By default the translation's blocks render the source's one for one, in order. A
 * translator who merges or splits paragraphs says so with a marker on its own line just before
 * a block: `<!-- ¶3 -->` (this block renders source block 3) or `<!-- ¶3-4 -->` (blocks 3 to 4).
 * Unmarked blocks after a marker go on from there. Blocks are counted from 1, as the source's
 * Markdown has them (paragraphs, headings, lists).
 */
import type { Root, RootContent } from 'mdast';

export interface AlignedRow {
  source: RootContent[];
  translation: RootContent[];
}

const MARKER = /^<!--\s*¶\s*(\d+)(?:\s*[-–]\s*(\d+))?\s*-->$/u;

function markerOf(node: RootContent): [number, number] | undefined {
  if (node.type !== 'html') return undefined;
  const match = MARKER.exec(node.value.trim());
  if (match === null) return undefined;
  const first = Number(match[1]);
  return [first, match[2] === undefined ? first : Number(match[2])];
}

/** `file` names the translation in errors. */
export function alignBlocks(source: Root, translation: Root, file: string): AlignedRow[] {
  const sourceBlocks = source.children;
  const rows: { first: number; last: number; translation: RootContent[] }[] = [];
  let next = 1;
  let pending: [number, number] | undefined;
  for (const node of translation.children) {
    const marker = markerOf(node);
    if (marker !== undefined) {
      const [first, last] = marker;
      if (first < 1 || last < first || last > sourceBlocks.length) {
        throw new Error(
          `${file}: marker ¶${first}${last === first ? '' : `-${last}`} names source blocks the original does not have (it has ${sourceBlocks.length}); fix the number`,
        );
      }
      pending = marker;
      continue;
    }
    const [first, last] = pending ?? [next, next];
    pending = undefined;
    const previous = rows.at(-1);
    if (previous !== undefined && first <= previous.last) {
      if (first < previous.first) {
        throw new Error(
          `${file}: a block renders source block ${first}, before the previous block's ${previous.first}; paragraphs must keep the source's order`,
        );
      }
      // A source paragraph split in two: both halves stand beside it.
      previous.translation.push(node);
      previous.last = Math.max(previous.last, last);
    } else {
      rows.push({ first, last, translation: [node] });
    }
    next = Math.max(last, previous?.last ?? 0) + 1;
  }
  const aligned: AlignedRow[] = [];
  let covered = 0;
  for (const row of rows) {
    // Source blocks no translated block renders stand alone, with nothing beside them.
    for (let index = covered + 1; index < row.first; index++)
      aligned.push({ source: sourceBlocks.slice(index - 1, index), translation: [] });
    aligned.push({
      source: sourceBlocks.slice(row.first - 1, Math.min(row.last, sourceBlocks.length)),
      translation: row.translation,
    });
    covered = Math.max(covered, row.last);
  }
  for (let index = covered + 1; index <= sourceBlocks.length; index++)
    aligned.push({ source: sourceBlocks.slice(index - 1, index), translation: [] });
  return aligned;
}

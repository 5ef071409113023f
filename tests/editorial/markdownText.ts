/**
 * The text a reader sees in a Markdown body: escapes resolved, markup dropped, and the
 * numbers of ordered lists kept (a rendered list shows them, so they are part of the text).
 */
import type { Nodes, Root } from 'mdast';
import { remark } from 'remark';

function collect(node: Nodes, out: string[]): void {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
    out.push(node.value);
    return;
  }
  if (node.type === 'break') {
    out.push('\n');
    return;
  }
  if (!('children' in node)) return;
  node.children.forEach((child, index) => {
    if (node.type === 'list' && node.ordered) out.push(`${(node.start ?? 1) + index}. `);
    collect(child, out);
    if (child.type !== 'text' && child.type !== 'inlineCode' && child.type !== 'break')
      out.push('\n\n');
  });
}

/** Plain text of a Markdown document, blocks separated by blank lines. */
export function markdownToText(markdown: string): string {
  const tree: Root = remark.parse(markdown);
  const out: string[] = [];
  collect(tree, out);
  return out
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

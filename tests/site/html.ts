/** Reading built pages: parse once, walk elements, find the language a text node is in. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';

export type { Element };

export function readPage(dir: string, page: string): Document {
  const file = join(dir, page.endsWith('/') ? `${page}index.html` : page);
  return parseDocument(readFileSync(file, 'utf8'));
}

export function elements(root: Document | Element, test: (element: Element) => boolean): Element[] {
  return DomUtils.findAll(test, root.children);
}

export function byAttribute(root: Document | Element, name: string, value?: string): Element[] {
  return elements(root, (element) =>
    value === undefined ? name in element.attribs : element.attribs[name] === value,
  );
}

export function textOf(node: AnyNode | AnyNode[]): string {
  return DomUtils.textContent(node).replace(/\s+/g, ' ').trim();
}

/** The `lang` in force at a node: its nearest ancestor's (or own) `lang` attribute. */
export function langAt(node: AnyNode): string | undefined {
  for (let current: AnyNode | null = node; current; current = current.parent) {
    if (current.type === 'tag' && 'lang' in (current as Element).attribs)
      return (current as Element).attribs['lang'];
  }
  return undefined;
}

/**
 * Every text node a reader meets under `root`, with its trimmed text: not inside <script>,
 * <style> or <title>, nor inside an element that is `hidden` (search metadata).
 */
export function textNodes(root: Document | Element): { node: AnyNode; text: string }[] {
  const found: { node: AnyNode; text: string }[] = [];
  const walk = (node: AnyNode) => {
    if (node.type === 'text') {
      const text = node.data.trim();
      if (text !== '') found.push({ node, text });
      return;
    }
    if (node.type === 'tag' || node.type === 'root') {
      if (
        node.type === 'tag' &&
        (['script', 'style', 'title'].includes(node.name) || 'hidden' in node.attribs)
      )
        return;
      for (const child of node.children) walk(child);
    }
  };
  walk(root as AnyNode);
  return found;
}

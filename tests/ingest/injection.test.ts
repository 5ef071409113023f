/**
 * The injection fixture (tests/fixtures/injection/): markup in a release's text must come out
 * of ingest as escaped, inert text. The site tests build the same article and check the page.
 */
import type { Root } from 'mdast';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../scripts/ingest/article.ts';
import { ingestRelease } from '../../scripts/ingest/ingestRelease.ts';
import { projectRoot } from './helpers.ts';

const fixture = join(projectRoot, 'tests/fixtures/injection/hostile-release.txt');
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '*like this*',
  '# marks',
];

function nodeTypes(
  node: { type: string; children?: unknown[] },
  into = new Set<string>(),
): Set<string> {
  into.add(node.type);
  for (const child of node.children ?? []) nodeTypes(child as typeof node, into);
  return into;
}

function textOf(node: object): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  const children =
    'children' in node && Array.isArray(node.children) ? (node.children as object[]) : [];
  return children.map(textOf).join('');
}

describe('injection fixture', () => {
  const result = ingestRelease({
    sourcePath: 'tests/fixtures/injection/hostile-release.txt',
    bytes: readFileSync(fixture),
  });
  const { body } = parseArticle(result.article);
  const tree = remark.parse(body) as Root;

  it('parses to paragraphs of plain text only: no HTML, link, image, emphasis or rule', () => {
    expect([...nodeTypes(tree)].sort()).toEqual(['paragraph', 'root', 'text']);
  });

  it('keeps every hostile string, verbatim, as text', () => {
    const text = tree.children.map((node) => textOf(node)).join('\n');
    for (const hostile of HOSTILE) expect(text).toContain(hostile);
    expect(tree.children.map((node) => textOf(node))).toContain('---');
  });

  it('escapes them in the Markdown source', () => {
    expect(body).toContain('\\<script>alert(1)\\</script>');
    expect(body).toContain('\\<img src=x onerror=alert(1)>');
    expect(body).toContain('\\[click]\\(javascript:alert(1))');
    expect(body).toMatch(/^\\---$/mu);
    expect(body).toContain('\\*like this\\*');
  });
});

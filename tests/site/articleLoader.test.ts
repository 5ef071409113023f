import { readFileSync, readdirSync } from 'node:fs';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { bodyAfterFrontMatter } from '../../src/lib/archive/articleLoader.ts';

describe('reading an article body without parsing its front matter', () => {
  it('gives what gray-matter gives, for every article of the archive', () => {
    const folder = 'content/articles';
    const names = readdirSync(folder).filter((name) => name.endsWith('.md'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const text = readFileSync(`${folder}/${name}`, 'utf8');
      expect(bodyAfterFrontMatter(text), name).toBe(matter(text, {}).content);
    }
  });

  it.each([
    ['LF', '---\nid: x\n---\nBody.\n', 'Body.\n'],
    ['CRLF', '---\r\nid: x\r\n---\r\nBody.\r\n', 'Body.\r\n'],
    ['a blank line after the front matter', '---\nid: x\n---\n\nBody.', '\nBody.'],
    ['an empty body', '---\nid: x\n---\n', ''],
    ['no front matter', 'Body only.\n', 'Body only.\n'],
    ['a body with its own rule', '---\nid: x\n---\nOne.\n\n---\n\nTwo.\n', 'One.\n\n---\n\nTwo.\n'],
  ])('%s', (_, text, body) => {
    expect(bodyAfterFrontMatter(text)).toBe(body);
    expect(body).toBe(matter(text, {}).content);
  });
});

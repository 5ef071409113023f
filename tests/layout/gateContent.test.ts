import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/test-sites/builtSites.ts';
import { inGateContent } from '../../scripts/test-sites/gateContent.ts';

/** content/articles as (source file name, language) pairs. */
function articles(): { source: string; language: string }[] {
  const dir = join(PROJECT_ROOT, 'content/articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return {
        source: /^ {2}path: content\/sources\/(.+)$/mu.exec(text)?.[1] ?? '',
        language: /^language: (\S+)$/mu.exec(text)?.[1] ?? '',
      };
    });
}

describe("the site gates' content tree", () => {
  const all = articles();
  const chosen = all.filter((article) => inGateContent(article.source));

  it('holds every seed', () => {
    const seeds = all.filter((article) => !article.source.startsWith('real-'));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    expect(chosen).toEqual(expect.arrayContaining(seeds));
  });

  it('holds real releases in each language, and far fewer than the archive', () => {
    const real = chosen.filter((article) => article.source.startsWith('real-'));
    expect(new Set(real.map((article) => article.language))).toEqual(
      new Set(['en', 'zh-Hans', 'zh-Hant']),
    );
    expect(chosen.length).toBeLessThan(all.length / 3);
  });
});

/**
 * What the site was built from, read independently of the site's code: the articles' front
 * matter, from the same content tree the build used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { agreementSchema, type Agreement } from '../../src/schema/agreement.ts';
import { PROJECT_ROOT } from '../../scripts/test-sites/builtSites.ts';

/** The content tree, as src/content.config.ts chooses it. */
export const CONTENT_DIR = resolve(PROJECT_ROOT, process.env['ARCHIVE_CONTENT_DIR'] ?? 'content');

export interface Article {
  file: string;
  data: Agreement;
  body: string;
}

/** YAML 1.2 (the `yaml` package) keeps `2019-11-20` a string, as the schema wants. */
const yamlEngine = { parse: (text: string) => parseYaml(text) as object };

export function readArticles(): Article[] {
  const dir = join(CONTENT_DIR, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const parsed = matter(readFileSync(file, 'utf8'), { engines: { yaml: yamlEngine } });
      return { file, data: agreementSchema.parse(parsed.data), body: parsed.content };
    });
}

/**
 * Reads the editorial content the tests check: generated articles, translations and sidecars.
 * Parsing failures are reported with the file name; validation is left to the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { Language } from '../../src/schema/agreement.ts';

export const ARTICLES_DIR = 'content/articles';
export const TRANSLATIONS_DIR = 'content/translations';
export const SOURCES_DIR = 'content/sources';

export interface MarkdownFile {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function markdownFiles(dir: string): MarkdownFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      // Passing options turns off gray-matter's cache, which would share `data` between calls.
      const parsed = matter(readFileSync(file, 'utf8'), {});
      return { file, data: parsed.data, body: parsed.content };
    });
}

export const loadArticles = (): MarkdownFile[] => markdownFiles(ARTICLES_DIR);
export const loadTranslations = (): MarkdownFile[] => markdownFiles(TRANSLATIONS_DIR);

export interface SidecarFile {
  file: string;
  /** The raw release the sidecar belongs to (same basename, `.txt`). */
  source: string;
  data: unknown;
}

export function loadSidecars(): SidecarFile[] {
  if (!existsSync(SOURCES_DIR)) return [];
  return readdirSync(SOURCES_DIR)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = join(SOURCES_DIR, name);
      return {
        file,
        source: join(SOURCES_DIR, name.replace(/\.ya?ml$/, '.txt')),
        data: parseYaml(readFileSync(file, 'utf8')) as unknown,
      };
    });
}

/**
 * A release of the real-release yardstick (issue 11: `content/sources/real-NNN-*.txt`). They
 * are archived in their original language; their translations are editorial work still to do,
 * so the bilingual gates list them as pending instead of failing on them.
 */
export function isRealRelease(sourcePath: string): boolean {
  return /(^|\/)content\/sources\/real-\d{3}-[^/]+\.(txt|ya?ml)$/.test(sourcePath);
}

/** The two reading languages of the archive: English, and Chinese in either script. */
export type ReadingLanguage = 'en' | 'zh';

export function readingLanguage(language: Language): ReadingLanguage {
  return language === 'en' ? 'en' : 'zh';
}

/** File-name suffix of a translation in a language: `<original>.en.md`, `<original>.zh-hans.md`. */
export function translationFileName(original: string, language: 'en' | 'zh-Hans'): string {
  return `${original}.${language.toLowerCase()}.md`;
}

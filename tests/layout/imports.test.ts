/**
 * Which way imports may point. The site (src/) is built from data and its own modules: it
 * never imports the ingest scripts or the tests. Nothing outside tests/ imports tests/.
 * Specifiers are resolved against the importing file, so a folder of the same name
 * elsewhere is not mistaken for the top-level one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CODE = /\.(?:ts|mts|js|mjs|astro)$/u;

function codeFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => CODE.test(path) && statSync(join(ROOT, folder, path)).isFile())
    .map((path) => join(folder, path).split(sep).join('/'));
}

/** Relative specifiers of static imports, re-exports and dynamic imports. */
function relativeImports(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gu,
    /\bimport\s*['"]([^'"]+)['"]/gu,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gu,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.')) found.push(specifier);
    }
  }
  return found;
}

/** `importer → target` for each import of `file` that lands in one of `folders`. */
function importsInto(file: string, folders: readonly string[]): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  return relativeImports(source).flatMap((specifier) => {
    const target = relative(ROOT, resolve(ROOT, dirname(file), specifier))
      .split(sep)
      .join('/');
    return folders.some((folder) => target === folder || target.startsWith(`${folder}/`))
      ? [`${file} → ${target}`]
      : [];
  });
}

describe('import boundaries', () => {
  it('finds the imports it checks (the scanner is not blind)', () => {
    expect(relativeImports(`import a from '../x.ts';\nexport { b } from "./y.ts";`)).toEqual([
      '../x.ts',
      './y.ts',
    ]);
    expect(relativeImports(`import './z.css';\nconst m = await import('../w.ts');`)).toEqual([
      './z.css',
      '../w.ts',
    ]);
    expect(
      importsInto('src/lib/archive/cleaningRules.ts', ['src/lib/archive']).length,
    ).toBeGreaterThan(0);
  });

  it('src/ imports nothing from scripts/ or tests/', () => {
    const files = codeFiles('src');
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => importsInto(file, ['scripts', 'tests']))).toEqual([]);
  });

  it('nothing outside tests/ imports tests/', () => {
    const files = [
      ...codeFiles('scripts'),
      ...readdirSync(ROOT).filter((name) => CODE.test(name) && statSync(join(ROOT, name)).isFile()),
    ];
    expect(files).toContain('scripts/bench/search.ts');
    expect(files.flatMap((file) => importsInto(file, ['tests']))).toEqual([]);
  });
});

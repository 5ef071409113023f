/**
 * Pagefind on one language at a time: the same binary the site's integration runs
 * (pagefind_extended, which segments Chinese), on the build's pages of one locale, measured on
 * its own. The build indexes every locale in one process; this shows what each index costs in
 * time and memory, and so what bounds the whole.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { runMeasured, type Measurement } from './measure.ts';

export interface LanguageIndex extends Measurement {
  locale: Locale;
  pages: number | null;
  words: number | null;
}

/** The Pagefind binary, found the way Pagefind's Node API finds it. */
async function pagefindBinary(root: string): Promise<string> {
  // Not in the package's `exports`: imported by path, so that no second resolver can disagree.
  const module = (await import(
    pathToFileURL(join(root, 'node_modules/pagefind/lib/resolveBinary.js')).href
  )) as { resolveBinaryPath(names: string[]): string };
  return module.resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

export async function indexEachLanguage(
  root: string,
  dist: string,
  outDir: string,
  logDir: string,
): Promise<LanguageIndex[]> {
  const binary = await pagefindBinary(root);
  const results: LanguageIndex[] = [];
  for (const locale of LOCALES) {
    const logFile = join(logDir, `pagefind-${locale}.log`);
    const measurement = await runMeasured(
      [
        binary,
        '--site',
        dist,
        '--glob',
        `${locale}/**/*.html`,
        '--output-path',
        join(outDir, locale),
      ],
      { cwd: root, logFile },
    );
    const log = readFileSync(logFile, 'utf8');
    const count = (what: string): number | null => {
      const match = new RegExp(`Indexed (\\d+) ${what}`).exec(log);
      return match ? Number(match[1]) : null;
    };
    results.push({ ...measurement, locale, pages: count('pages'), words: count('words') });
  }
  return results;
}

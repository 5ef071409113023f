/**
 * What a build weighs: the whole of dist/, Pagefind's index, and the gzip weight of the pages
 * a reader lands on (an agreement, a browse page, a listing, the home page) — both whole and
 * "beyond the main text", the measure the quality budgets use (scripts/quality/page-weight.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSize, markupWithoutMainText } from '../quality/page-weight.ts';

export interface PageWeight {
  /** Path inside dist/, e.g. `en/agreements/2019-yantai-china-mobile/index.html`. */
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Gzip bytes of the page without the text inside <main>: its chrome and markup. */
  beyondTextGzipBytes: number;
}

export interface DistStats {
  bytes: number;
  files: number;
  htmlPages: number;
  pagefind: { bytes: number; files: number; fragments: number; indexChunks: number };
  /** The raw sources served as downloads (`sources/`): they grow with the archive by design. */
  sources: { bytes: number; files: number };
  /** Data downloads (`data/`): one file of every agreement, growing with the archive by design. */
  data: { bytes: number; files: number };
  /** The heaviest HTML page by gzip bytes beyond its main text: does any page grow with the archive? */
  heaviestChrome: PageWeight;
  /** The heaviest HTML page by total gzip bytes. */
  heaviestPage: PageWeight;
  /** Every page measured for the CSS budget: all stylesheets together, gzip. */
  cssGzipBytes: number;
  /** Pages whose HTML beyond the main text exceeds the budget. */
  pagesOverChromeBudget: number;
  /** The first few of them, with their weight. */
  overChromeBudget: PageWeight[];
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

export function weighPage(dist: string, file: string): PageWeight {
  const html = readFileSync(join(dist, file), 'utf8');
  return {
    file,
    bytes: Buffer.byteLength(html),
    gzipBytes: gzipSize(html),
    beyondTextGzipBytes: gzipSize(markupWithoutMainText(html)),
  };
}

/**
 * Walk dist/ once. Every HTML page is gzipped (twice: whole and without its main text), which
 * at 100,000 releases is a few hundred thousand pages: a minute or two, reported separately.
 */
export function distStats(dist: string, chromeBudgetBytes: number): DistStats {
  const stats: DistStats = {
    bytes: 0,
    files: 0,
    htmlPages: 0,
    pagefind: { bytes: 0, files: 0, fragments: 0, indexChunks: 0 },
    sources: { bytes: 0, files: 0 },
    data: { bytes: 0, files: 0 },
    heaviestChrome: { file: '', bytes: 0, gzipBytes: 0, beyondTextGzipBytes: 0 },
    heaviestPage: { file: '', bytes: 0, gzipBytes: 0, beyondTextGzipBytes: 0 },
    cssGzipBytes: 0,
    pagesOverChromeBudget: 0,
    overChromeBudget: [],
  };
  for (const path of walk(dist)) {
    const file = relative(dist, path);
    const { size } = statSync(path);
    stats.bytes += size;
    stats.files++;
    const top = file.split('/')[0];
    if (top === 'pagefind') {
      stats.pagefind.bytes += size;
      stats.pagefind.files++;
      if (file.endsWith('.pf_fragment')) stats.pagefind.fragments++;
      if (file.endsWith('.pf_index')) stats.pagefind.indexChunks++;
      continue;
    }
    if (top === 'sources') {
      stats.sources.bytes += size;
      stats.sources.files++;
      continue;
    }
    if (top === 'data') {
      stats.data.bytes += size;
      stats.data.files++;
      continue;
    }
    if (file.endsWith('.css')) stats.cssGzipBytes += gzipSize(readFileSync(path));
    if (!file.endsWith('.html')) continue;
    stats.htmlPages++;
    const weight = weighPage(dist, file);
    if (weight.beyondTextGzipBytes > stats.heaviestChrome.beyondTextGzipBytes)
      stats.heaviestChrome = weight;
    if (weight.gzipBytes > stats.heaviestPage.gzipBytes) stats.heaviestPage = weight;
    if (weight.beyondTextGzipBytes > chromeBudgetBytes) {
      stats.pagesOverChromeBudget++;
      if (stats.overChromeBudget.length < 12) stats.overChromeBudget.push(weight);
    }
  }
  return stats;
}

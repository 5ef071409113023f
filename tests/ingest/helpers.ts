/** Shared helpers of the ingest tests: the seeds, re-encoded copies, temporary folders. */
import iconv from 'iconv-lite';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const seedsDir = join(projectRoot, 'content/sources');

export const SEEDS = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();

/** A seed's file name by its number prefix (`000`…`004`). */
export function seedName(prefix: string): string {
  const name = SEEDS.find((candidate) => candidate.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}_*.txt in ${seedsDir}`);
  return name;
}

export function seedBytes(prefix: string): Buffer {
  return readFileSync(join(seedsDir, seedName(prefix)));
}

export function seedText(prefix: string): string {
  return seedBytes(prefix).toString('utf8');
}

export type Reencoding = 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

/** A seed's text in another encoding; UTF-16 gets its byte-order mark. Throws if lossy. */
export function reencode(text: string, encoding: Reencoding): Buffer {
  const bytes = iconv.encode(text, encoding, { addBOM: encoding.startsWith('utf-16') });
  const back = iconv.decode(bytes, encoding, { stripBOM: true });
  if (back !== text) throw new Error(`${encoding} cannot represent this text losslessly`);
  return bytes;
}

/** A fresh temporary folder, removed by the returned function. */
export function temporaryFolder(prefix = 'ingest-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

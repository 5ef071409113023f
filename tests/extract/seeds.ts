/** The five raw seed releases, read as they are (uncleaned): the extractors must cope. */
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../../content/sources/', import.meta.url);

export function seed(prefix: string): string {
  const name = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`content/sources: no seed ${prefix}_*.txt`);
  return readFileSync(new URL(name, dir), 'utf8');
}

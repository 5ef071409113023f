/**
 * Reading content/gazetteer/ from disk, for both the ingest CLI (tsx, vitest) and the
 * Astro build. Under tsx and vitest this module sits in src/lib/gazetteer/; in an Astro
 * build it is bundled into dist/ (Vite rewrites `new URL(…, import.meta.url)` only for
 * client code). So the folder is looked for in each directory above this module, then in
 * the working directory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'zod';

const GAZETTEER = 'content/gazetteer';

let directory: string | undefined;

function gazetteerDirectory(): string {
  if (directory) return directory;
  const candidates: string[] = [];
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    candidates.push(join(dir, GAZETTEER));
    if (dirname(dir) === dir) break;
  }
  candidates.push(resolve(process.cwd(), GAZETTEER));
  const found = candidates.find((dir) => existsSync(join(dir, 'places.json')));
  if (!found) {
    throw new Error(
      `${GAZETTEER}/places.json not found above ${fileURLToPath(import.meta.url)} or in ${process.cwd()}`,
    );
  }
  directory = found;
  return found;
}

/** The text of a gazetteer file, e.g. `operators.yaml`. */
export function readGazetteerFile(name: string): string {
  return readFileSync(join(gazetteerDirectory(), name), 'utf8');
}

/** Parses and validates a YAML file; errors name the file, the line or key, and the problem. */
export function loadYaml<T extends z.ZodType>(name: string, schema: T): z.infer<T> {
  const path = `${GAZETTEER}/${name}`;
  let data: unknown;
  try {
    data = parse(readGazetteerFile(name));
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      throw new Error(`${path}${line ? `:${line}` : ''}: ${error.message}`, { cause: error });
    }
    throw error;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new Error(`${path}: ${problems.join('; ')}`);
  }
  return result.data;
}

/**
 * The real-release set as the search tool returned it: bench/real/retrieved.jsonl holds one
 * JSON object a line, `{ file, query, result: { url, excerpt, … } }`, the `result` being the
 * tool's answer for that page, unchanged. Line order fixes each release's number.
 */
import { z } from 'zod';

const retrievedLineSchema = z.object({
  /** What the release is: `<place>-<operator>-<outlet>[-en|-hant]`, lower-case. */
  file: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case slug'),
  query: z.string().min(1),
  result: z.object({ url: z.url(), excerpt: z.string().min(1) }),
});

export interface RetrievedRelease {
  file: string;
  query: string;
  url: string;
  excerpt: string;
}

/** Parses the JSONL file; a bad line is an error naming the line and what is wrong. */
export function readRetrieved(text: string, fileName: string): RetrievedRelease[] {
  const releases: RetrievedRelease[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new Error(`${fileName}:${index + 1}: not JSON (${(error as Error).message})`, {
        cause: error,
      });
    }
    const parsed = retrievedLineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `${fileName}:${index + 1}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`,
      );
    }
    const { file, query, result } = parsed.data;
    releases.push({ file, query, url: result.url, excerpt: result.excerpt });
  });
  return releases;
}

/** `real-007-jilin-china-mobile-cnjiwang`: numbered so the set sorts in retrieval order. */
export function realSourceName(index: number, file: string): string {
  return `real-${String(index + 1).padStart(3, '0')}-${file}`;
}

import { describe, expect, it } from 'vitest';
import { FrontMatterBug } from '../../scripts/ingest/article.ts';
import { IngestError } from '../../scripts/ingest/types.ts';
import {
  defaultJobs,
  deserialiseError,
  ingestInProcess,
  PARALLEL_THRESHOLD,
  serialiseError,
} from '../../scripts/ingest/workerPool.ts';

describe('errors crossing the worker boundary', () => {
  it('come back as the same classes with the same messages', () => {
    const errors = [
      new IngestError('a/b.txt', 'the file is empty'),
      new IngestError('a/b.yaml', 'YAML error: bad', 7),
      new FrontMatterBug('a/b.txt', ['id: a lower-case slug']),
      new Error('boom'),
    ];
    for (const error of errors) {
      const copy = deserialiseError(structuredClone(serialiseError(error)));
      expect(copy.constructor).toBe(error.constructor);
      expect(copy.message).toBe(error.message);
    }
    const located = deserialiseError(serialiseError(new IngestError('x.yaml', 'm', 3)));
    expect(located).toMatchObject({ file: 'x.yaml', line: 3 });
  });
});

describe('jobs', () => {
  it('uses workers only for runs large enough to repay starting them', () => {
    expect(defaultJobs(5)).toBe(1);
    expect(defaultJobs(PARALLEL_THRESHOLD - 1, 8, 0)).toBe(1);
    expect(defaultJobs(PARALLEL_THRESHOLD)).toBeGreaterThanOrEqual(1);
  });

  it('uses one worker per idle core, and none on a busy machine', () => {
    expect(defaultJobs(PARALLEL_THRESHOLD, 2, 0.1)).toBe(2);
    expect(defaultJobs(PARALLEL_THRESHOLD, 8, 3)).toBe(5);
    expect(defaultJobs(PARALLEL_THRESHOLD, 2, 1.2)).toBe(1);
    expect(defaultJobs(PARALLEL_THRESHOLD, 2, 8)).toBe(1);
  });

  it('in process: settles every item, errors included, in order', async () => {
    const seen: string[] = [];
    await ingestInProcess(
      ['empty', 'nul'],
      (name) => ({
        sourcePath: `${name}.txt`,
        bytes: name === 'empty' ? new Uint8Array(0) : new Uint8Array([0x41, 0x42, 0, 0x43]),
      }),
      (name, outcome) =>
        seen.push(`${name}:${'error' in outcome ? (outcome.error as Error).message : 'ok'}`),
    );
    expect(seen).toEqual([
      'empty:empty.txt: the file is empty',
      'nul:nul.txt:1: binary content: a NUL byte at byte offset 2 (a text file has none; is this a document or an image? save the text as UTF-8)',
    ]);
  });
});

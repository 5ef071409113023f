/**
 * Ingesting on several cores: a pool of worker threads, each running the pure `ingestRelease`.
 * Inputs are read only when a worker is free, so a large corpus never sits in memory at once.
 * Errors cross the thread boundary as data and come back as the same classes.
 */
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { FrontMatterBug } from './article.ts';
import { ingestRelease, type IngestInput, type IngestResult } from './ingestRelease.ts';
import { IngestError } from './types.ts';

export type SerialisedError =
  | { kind: 'ingest'; file: string; message: string; line?: number | undefined }
  | { kind: 'bug'; file: string; issues: string[] }
  | { kind: 'crash'; message: string; stack?: string | undefined };

export interface WorkerRequest {
  input: IngestInput;
}

export type WorkerReply = { result: IngestResult } | { error: SerialisedError };

export function serialiseError(error: unknown): SerialisedError {
  if (error instanceof IngestError) {
    const prefix = `${error.file}${error.line === undefined ? '' : `:${error.line}`}: `;
    const message = error.message.startsWith(prefix)
      ? error.message.slice(prefix.length)
      : error.message;
    return { kind: 'ingest', file: error.file, message, line: error.line };
  }
  if (error instanceof FrontMatterBug)
    return { kind: 'bug', file: error.file, issues: error.issues };
  if (error instanceof Error) return { kind: 'crash', message: error.message, stack: error.stack };
  return { kind: 'crash', message: String(error) };
}

export function deserialiseError(error: SerialisedError): Error {
  switch (error.kind) {
    case 'ingest':
      return new IngestError(error.file, error.message, error.line);
    case 'bug':
      return new FrontMatterBug(error.file, error.issues);
    case 'crash': {
      const crash = new Error(error.message);
      if (error.stack) crash.stack = error.stack;
      return crash;
    }
  }
}

/**
 * Below this many sources to ingest, starting workers costs more than it saves. Measured
 * (2 cores): a release costs ~2.5 ms of CPU in process; a worker costs ~0.8 s of CPU and
 * ~185 MB to start (it loads and compiles everything again) and ~0.8 ms more per release
 * (messages, copies, contention). A second worker saves wall time only past ~1,000 releases.
 */
export const PARALLEL_THRESHOLD = 1000;

/**
 * Workers to use by default: none for a small run; for a large one, one per core that is
 * idle (cores minus the load average). On a busy machine workers only add their overhead:
 * 10,000 releases with load ~8 on 2 cores took 40 s (24 s CPU) in process and 43 s (33 s
 * CPU) with 2 workers.
 */
export function defaultJobs(
  sourcesToIngest: number,
  cores: number = availableParallelism(),
  load: number = loadavg()[0] ?? 0,
): number {
  if (sourcesToIngest < PARALLEL_THRESHOLD) return 1;
  return Math.min(cores, Math.max(1, Math.round(cores - load)));
}

export type Settle<T> = (item: T, outcome: { result: IngestResult } | { error: unknown }) => void;

/** Runs `ingestRelease` on each item in this thread, in order. */
export async function ingestInProcess<T>(
  items: readonly T[],
  toInput: (item: T) => IngestInput,
  settle: Settle<T>,
): Promise<void> {
  for (const item of items) {
    try {
      settle(item, { result: ingestRelease(toInput(item)) });
    } catch (error) {
      settle(item, { error });
    }
  }
}

/** A worker thread that loads the TypeScript worker module through tsx, as the CLI itself runs. */
function startWorker(): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const workerModule = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(workerModule)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true });
}

function ask(worker: Worker, request: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolveReply, rejectReply) => {
    const cleanUp = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: WorkerReply): void => {
      cleanUp();
      resolveReply(reply);
    };
    const onError = (error: Error): void => {
      cleanUp();
      rejectReply(error);
    };
    const onExit = (code: number): void => {
      cleanUp();
      rejectReply(new Error(`ingest worker exited with code ${code}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(request);
  });
}

/**
 * Runs `ingestRelease` on each item in `jobs` worker threads. Each worker takes the next item
 * when it is free; `settle` sees every item exactly once (in completion order). A worker that
 * dies fails its item and is replaced.
 */
export async function ingestInWorkers<T>(
  items: readonly T[],
  jobs: number,
  toInput: (item: T) => IngestInput,
  settle: Settle<T>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    let worker = startWorker();
    try {
      while (next < items.length) {
        const item = items[next] as T;
        next += 1;
        let input: IngestInput;
        try {
          input = toInput(item);
        } catch (error) {
          settle(item, { error });
          continue;
        }
        try {
          const reply = await ask(worker, { input });
          settle(item, 'result' in reply ? reply : { error: deserialiseError(reply.error) });
        } catch (error) {
          settle(item, { error });
          await worker.terminate();
          worker = startWorker();
        }
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, lane));
}

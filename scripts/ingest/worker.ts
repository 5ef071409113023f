/** One ingest worker thread (see workerPool.ts): takes an input, answers with an article or an error. */
import { parentPort } from 'node:worker_threads';
import { ingestRelease } from './ingestRelease.ts';
import { serialiseError, type WorkerReply, type WorkerRequest } from './workerPool.ts';

if (!parentPort) throw new Error('scripts/ingest/worker.ts runs only as a worker thread');
const port = parentPort;

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { result: ingestRelease(request.input) };
  } catch (error) {
    reply = { error: serialiseError(error) };
  }
  port.postMessage(reply);
});

/**
 * The process that indexes one part of the site (indexPart.ts): started by buildIndex.ts with
 * `fork`, sent one job, it answers with what it indexed and exits, so the memory of its
 * Pagefind process is gone before the next part starts.
 */
import { indexPart } from './indexPart.ts';
import type { IndexPart } from './parts.ts';

/** The job a part's process is sent. */
export interface PartJob {
  readonly siteDir: string;
  readonly outputPath: string;
  readonly part: IndexPart;
}

/** What it answers. */
export type PartAnswer =
  | { readonly ok: true; readonly pages: number; readonly seconds: number }
  | { readonly ok: false; readonly error: string };

const logger = {
  info: (message: string) => console.log(message),
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
};

process.once('message', (job: PartJob) => {
  const started = performance.now();
  indexPart(job.siteDir, job.part, job.outputPath, logger).then(
    () => {
      const answer: PartAnswer = {
        ok: true,
        pages: job.part.files.length,
        seconds: (performance.now() - started) / 1000,
      };
      process.send?.(answer, () => process.exit(0));
    },
    (error: unknown) => {
      const answer: PartAnswer = {
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
      process.send?.(answer, () => process.exit(1));
    },
  );
});

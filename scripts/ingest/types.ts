/** Shared shapes of the ingest pipeline: pure stages pass these along; only the CLI does I/O. */

/** What one cleaning rule did to a text. */
export interface RuleResult {
  text: string;
  /** How many places the rule changed (0 when it left the text alone). */
  changes: number;
}

/**
 * A small, pure, named cleaning step. Rules see the whole text (lines separated by `\n`)
 * and must work on any release: never key on a file name or one release's wording.
 */
export interface CleaningRule {
  /**
   * camelCase, named for what it does: `stripPinyinAnnotations`. Its one-line description
   * for readers is data: src/lib/archive/cleaning-rules.json.
   */
  name: string;
  apply(text: string): RuleResult;
}

/** A problem with one input, reported with the file (and line where it applies). */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'IngestError';
  }
}

/**
 * A problem found in a text by a pure stage, which knows no file name. `excerpt` is the
 * offending words; the CLI locates them in the raw file to report the line.
 */
export class TextProblem extends Error {
  constructor(
    message: string,
    readonly excerpt: string,
  ) {
    super(message);
    this.name = 'TextProblem';
  }
}

/**
 * What an ingest run reported, read from its output: the summary line and its errors by kind.
 * The kinds are patterns over ingest's messages (scripts/ingest); an error that matches none is
 * counted as `other`, so a new kind of failure shows up rather than vanishing.
 */
export interface IngestReport {
  sources: number;
  written: number;
  unchanged: number;
  skipped: number;
  failed: number;
  errorsByKind: Record<string, number>;
  /** A few failing messages of each kind, for the results file. */
  examples: Record<string, string[]>;
}

const ERROR_KINDS: readonly [string, RegExp][] = [
  ['id-collision', /is also the id of/],
  ['undecodable', /decod|encoding/i],
  ['invalid-date', /date that does not exist|not a date|invalid date/i],
  ['schema', /schema|front matter/i],
];

const SUMMARY =
  /(\d+) sources: (\d+) written, (\d+) unchanged, (\d+) skipped \(unchanged inputs\), (\d+) failed/;

export function readIngestLog(log: string): IngestReport | null {
  const summary = SUMMARY.exec(log);
  if (!summary) return null;
  const [sources, written, unchanged, skipped, failed] = summary.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const errorsByKind: Record<string, number> = {};
  const examples: Record<string, string[]> = {};
  for (const line of log.split('\n')) {
    // ingest prints `error <file>: <message>`, or `BUG <file>: <message>` for its own faults.
    const match = /^(BUG|error) (.+)$/.exec(line);
    if (!match) continue;
    const error = match[2] as string;
    const kind =
      match[1] === 'BUG'
        ? 'bug'
        : (ERROR_KINDS.find(([, pattern]) => pattern.test(error))?.[0] ?? 'other');
    errorsByKind[kind] = (errorsByKind[kind] ?? 0) + 1;
    const list = (examples[kind] ??= []);
    if (list.length < 3) list.push(error.length > 240 ? `${error.slice(0, 240)}…` : error);
  }
  return { sources, written, unchanged, skipped, failed, errorsByKind, examples };
}

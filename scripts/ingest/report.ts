/**
 * What a run tells its user: a summary table (file, id, script, date, operators, places,
 * warnings) and, on a terminal, a progress bar. Plain text, no colours: logs stay clean in CI.
 */
import type { SummaryRow } from './ingestRelease.ts';

export type RowStatus = 'written' | 'unchanged' | 'skipped' | 'stale' | 'failed';

export interface StatusRow {
  row: SummaryRow;
  status: RowStatus;
}

const MAX_CELL = 48;

function cell(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/** A fixed-width table; the first row is the header. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((value, index) => {
      widths[index] = Math.max(widths[index] ?? 0, value.length);
    });
  }
  const line = (row: readonly string[]): string =>
    row
      .map((value, index) => (index === row.length - 1 ? value : value.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...body.map(line),
  ].join('\n');
}

export function summaryTable(rows: readonly StatusRow[]): string {
  return formatTable([
    ['file', 'id', 'script', 'date', 'operators', 'places', 'warnings', 'status'],
    ...rows.map(({ row, status }) => [
      cell(row.file),
      cell(row.id),
      row.script,
      row.date || '—',
      cell(row.operators.join(' ') || '—'),
      cell(row.places.join(', ') || '—'),
      String(row.warnings.length),
      status,
    ]),
  ]);
}

/** A one-line progress bar redrawn in place on a terminal's stderr; silent anywhere else. */
export class ProgressBar {
  // -Infinity, not 0: performance.now() counts from process start, so 0 would skip a first
  // update made in the process's first 100 ms.
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly width = 30,
  ) {}

  /** Shown only on an interactive terminal, outside CI, and for runs long enough to need it. */
  static wanted(total: number, stream: NodeJS.WriteStream = process.stderr): boolean {
    return stream.isTTY === true && !process.env['CI'] && total >= 20;
  }

  update(done: number, label: string): void {
    const now = performance.now();
    if (done < this.total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const filled = Math.round((done / this.total) * this.width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}`;
    const columns = this.stream.columns || 80;
    const text = `[${bar}] ${done}/${this.total} ${label}`.slice(0, columns - 1);
    this.stream.write(`\r${text.padEnd(columns - 1)}`);
    this.drawn = true;
  }

  finish(): void {
    if (this.drawn) this.stream.write(`\r${' '.repeat((this.stream.columns || 80) - 1)}\r`);
  }
}

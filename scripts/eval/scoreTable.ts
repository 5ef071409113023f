/**
 * The eval's printed report: per part, per field, right / missing / wrong; the signing-date
 * and undated-id figures the targets name; then each miss of the dev part (held-part misses
 * only when asked, so that whoever tunes on dev never sees them).
 */
import { FIELDS, type PartSummary, type ReleaseScore, type Tally } from './score.ts';
import type { TruthRelease } from './truth.ts';

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, index) => cell.padEnd(widths[index] ?? 0))
    .join('  ')
    .trimEnd();
}

function tallyCells(tally: Tally): string[] {
  const whole = tally.right + tally.missing + tally.wrong;
  return [
    String(tally.right),
    String(tally.missing),
    String(tally.wrong),
    percent(tally.right, whole),
  ];
}

export function formatSummary(summary: PartSummary): string {
  const widths = [12, 6, 8, 6, 7];
  const lines = [
    `${summary.part} part: ${summary.releases} releases`,
    row(['field', 'right', 'missing', 'wrong', 'right%'], widths),
  ];
  for (const field of FIELDS)
    lines.push(row([field, ...tallyCells(summary.byField[field])], widths));
  lines.push(row(['all fields', ...tallyCells(summary.total)], widths));
  const fixed = summary.signingDateFixed;
  const fixedCount = fixed.right + fixed.missing + fixed.wrong;
  lines.push(
    `signing date, where the text fixes it (${fixedCount}): ${fixed.right} right, ${fixed.missing} missing, ${fixed.wrong} wrong (${percent(fixed.right, fixedCount)} right)`,
    `signing date stated where the text fixes none: ${summary.signingDateInvented}`,
    `the text gives a date in ${summary.dated}: ${summary.dated - summary.undatedDespiteDate} got a dated id, ${summary.undatedDespiteDate} an undated- one`,
  );
  return lines.join('\n');
}

export function formatMisses(scores: readonly ReleaseScore[]): string {
  const lines: string[] = [];
  for (const score of scores) {
    for (const miss of score.misses) {
      lines.push(
        `  ${score.source}  ${miss.field}: ${miss.outcome}: expected ${miss.expected}, got ${miss.observed}`,
      );
    }
    if (score.undatedDespiteDate) {
      lines.push(`  ${score.source}  id: ${score.id} although the text gives a date`);
    }
  }
  return lines.join('\n');
}

export function formatReport(
  summaries: readonly PartSummary[],
  scores: readonly ReleaseScore[],
  showHeld: boolean,
): string {
  const sections = summaries.map(formatSummary);
  const dev = scores.filter((score) => score.part === 'dev');
  const held = scores.filter((score) => score.part === 'held');
  sections.push(`misses of the dev part:\n${formatMisses(dev) || '  none'}`);
  if (showHeld) {
    sections.push(`misses of the held part:\n${formatMisses(held) || '  none'}`);
  } else {
    const count = held.reduce((sum, score) => sum + score.misses.length, 0);
    sections.push(
      `misses of the held part: ${count}, not listed (--show-held lists them; do not tune on them)`,
    );
  }
  return sections.join('\n\n');
}

/** The set's make-up, so a reader sees what the figures are over. */
export function formatComposition(truth: readonly TruthRelease[]): string {
  const count = <T extends string>(values: readonly T[]): string =>
    [
      ...values.reduce(
        (map, value) => map.set(value, (map.get(value) ?? 0) + 1),
        new Map<T, number>(),
      ),
    ]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([value, n]) => `${value} ${n}`)
      .join(', ');
  const levelOf = (code: string): string =>
    code === 'national'
      ? 'national'
      : code.endsWith('0000')
        ? 'province'
        : code.endsWith('00')
          ? 'prefecture'
          : 'county or district';
  const bySigning = new Map<string, number>();
  for (const release of truth) {
    if (release.signing) bySigning.set(release.signing, (bySigning.get(release.signing) ?? 0) + 1);
  }
  const groups = [...bySigning.values()].filter((n) => n >= 2).length;
  return [
    `set: ${truth.length} releases (${count(truth.map((release) => release.part))})`,
    `languages: ${count(truth.map((release) => release.language))}`,
    `operators: ${count(truth.flatMap((release) => release.operators))}; ${truth.filter((release) => release.operators.length > 1).length} with several`,
    `most specific government: ${count(truth.map((release) => levelOf(release.governments.at(-1) ?? 'national')))}`,
    `signings reported more than once in the set: ${groups}; signing date fixed by the text: ${truth.filter((release) => release.signedOn !== null).length}`,
  ].join('\n');
}

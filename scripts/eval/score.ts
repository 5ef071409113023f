/**
 * Scoring one field of one release against the truth table: right, missing (ingest states
 * nothing, or only part of a list, and nothing false) or wrong (ingest states something the
 * text does not say: worse than missing). Pure: no files, no ingest.
 */
import type { Part, TruthFacts } from './truth.ts';

export const FIELDS = [
  'language',
  'operators',
  'governments',
  'province',
  'city',
  'signedOn',
  'publishedOn',
  'amounts',
] as const satisfies readonly (keyof TruthFacts)[];
export type Field = (typeof FIELDS)[number];

export type Outcome = 'right' | 'missing' | 'wrong';

/** A single value: null in the truth means the text does not say, so anything stated is wrong. */
export function compareValue(expected: string | null, observed: string | null): Outcome {
  if (observed === expected) return 'right';
  return observed === null ? 'missing' : 'wrong';
}

/** A set: every stated member must be in the truth; stating fewer is missing, not wrong. */
export function compareSet(expected: readonly string[], observed: readonly string[]): Outcome {
  const want = new Set(expected);
  const got = new Set(observed);
  if ([...got].some((member) => !want.has(member))) return 'wrong';
  return got.size === want.size ? 'right' : 'missing';
}

/** Amounts compared as `CNY:3000000000`, to the unit (parsing `2.36亿` may leave a float tail). */
export function amountKey(amount: { value: number; currency: string }): string {
  return `${amount.currency}:${Math.round(amount.value)}`;
}

export function compareField(field: Field, expected: TruthFacts, observed: TruthFacts): Outcome {
  switch (field) {
    case 'operators':
    case 'governments':
      return compareSet(expected[field], observed[field]);
    case 'amounts':
      return compareSet(expected.amounts.map(amountKey), observed.amounts.map(amountKey));
    default:
      return compareValue(expected[field], observed[field]);
  }
}

export function showField(field: Field, facts: TruthFacts): string {
  switch (field) {
    case 'operators':
    case 'governments':
      return facts[field].length === 0 ? '[]' : `[${[...facts[field]].sort().join(', ')}]`;
    case 'amounts':
      return facts.amounts.length === 0
        ? '[]'
        : `[${facts.amounts.map(amountKey).sort().join(', ')}]`;
    default:
      return facts[field] ?? 'null';
  }
}

export interface FieldMiss {
  field: Field;
  outcome: Exclude<Outcome, 'right'>;
  expected: string;
  observed: string;
}

export interface ReleaseScore {
  source: string;
  part: Part;
  id: string;
  outcomes: Record<Field, Outcome>;
  misses: FieldMiss[];
  /** The text gives a signing or publication date (the truth has one). */
  dateInText: boolean;
  /** … and yet the id is `undated-…`. */
  undatedDespiteDate: boolean;
  /** The text fixes the signing date (the truth has one). */
  signingDateInText: boolean;
}

export function scoreRelease(
  release: { source: string; part: Part },
  expected: TruthFacts,
  observed: TruthFacts,
  id: string,
): ReleaseScore {
  const outcomes = {} as Record<Field, Outcome>;
  const misses: FieldMiss[] = [];
  for (const field of FIELDS) {
    const outcome = compareField(field, expected, observed);
    outcomes[field] = outcome;
    if (outcome !== 'right') {
      misses.push({
        field,
        outcome,
        expected: showField(field, expected),
        observed: showField(field, observed),
      });
    }
  }
  const dated = expected.signedOn !== null || expected.publishedOn !== null;
  return {
    source: release.source,
    part: release.part,
    id,
    outcomes,
    misses,
    dateInText: dated,
    undatedDespiteDate: dated && id.startsWith('undated-'),
    signingDateInText: expected.signedOn !== null,
  };
}

export interface Tally {
  right: number;
  missing: number;
  wrong: number;
}

export interface PartSummary {
  part: Part;
  releases: number;
  byField: Record<Field, Tally>;
  total: Tally;
  /** Signing date over the releases whose text fixes it. */
  signingDateFixed: Tally;
  /** Releases whose text does not fix the signing date but got one. */
  signingDateInvented: number;
  /** Releases with a date in the text: how many, and how many still got an `undated-` id. */
  dated: number;
  undatedDespiteDate: number;
}

const emptyTally = (): Tally => ({ right: 0, missing: 0, wrong: 0 });

export function summarise(part: Part, scores: readonly ReleaseScore[]): PartSummary {
  const inPart = scores.filter((score) => score.part === part);
  const byField = Object.fromEntries(FIELDS.map((field) => [field, emptyTally()])) as Record<
    Field,
    Tally
  >;
  const total = emptyTally();
  const signingDateFixed = emptyTally();
  let signingDateInvented = 0;
  for (const score of inPart) {
    for (const field of FIELDS) {
      byField[field][score.outcomes[field]] += 1;
      total[score.outcomes[field]] += 1;
    }
    if (score.signingDateInText) signingDateFixed[score.outcomes.signedOn] += 1;
    else if (score.outcomes.signedOn === 'wrong') signingDateInvented += 1;
  }
  return {
    part,
    releases: inPart.length,
    byField,
    total,
    signingDateFixed,
    signingDateInvented,
    dated: inPart.filter((score) => score.dateInText).length,
    undatedDespiteDate: inPart.filter((score) => score.undatedDespiteDate).length,
  };
}

/** A release ingest refused: every field is missing, and the error is the observation. */
export function scoreRefused(
  release: { source: string; part: Part },
  expected: TruthFacts,
  error: string,
): ReleaseScore {
  const outcomes = Object.fromEntries(FIELDS.map((field) => [field, 'missing'])) as Record<
    Field,
    Outcome
  >;
  const dated = expected.signedOn !== null || expected.publishedOn !== null;
  return {
    source: release.source,
    part: release.part,
    id: '',
    outcomes,
    misses: FIELDS.map((field) => ({
      field,
      outcome: 'missing' as const,
      expected: showField(field, expected),
      observed: `nothing (ingest refused it: ${error})`,
    })),
    dateInText: dated,
    undatedDespiteDate: false,
    signingDateInText: expected.signedOn !== null,
  };
}

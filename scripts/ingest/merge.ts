/**
 * Merging a sidecar's curated facts with what the text says. A sidecar fact is recorded with
 * basis `sidecar` and its reason; where it contradicts a fact read in the text, the sidecar's
 * value stands and a warning names both. Nothing the sidecar supplies goes unrecorded.
 * A sidecar value replaces the text's reading of that fact, so a date in the text that does
 * not exist (`2019年13月45日`) is an error only when the sidecar supplies no date: sources
 * are never edited, and the sidecar is how an editor publishes such a release.
 */
import type { DatedFact, Editorial } from '../../src/schema/agreement.ts';
import type { Sidecar } from '../../src/schema/sidecar.ts';
import { TextProblem } from './types.ts';

export interface TextFacts {
  title: string;
  titleBasis: 'heading' | 'first-sentence';
  titleTruncated: boolean;
  publishedOn: DatedFact | null;
  signedOn: DatedFact | null;
  /** A date in the text that does not exist, which stopped the text's dates being read. */
  dateProblem?: TextProblem | null;
}

export interface MergedFacts {
  title: string;
  titleBasis: 'heading' | 'first-sentence' | 'sidecar';
  titleTruncated: boolean;
  publishedOn: DatedFact | null;
  signedOn: DatedFact | null;
  editorial: Editorial | null;
  warnings: string[];
}

const DATE_FIELDS = ['publishedOn', 'signedOn'] as const;

function describeDate(fact: DatedFact): string {
  return `${fact.value} ("${fact.evidence}")`;
}

/**
 * The warning for a text date that does not exist when the sidecar gives a date; throws
 * `TextProblem` (an error with the line) when it gives none.
 */
function impossibleDateWarning(
  problem: TextProblem,
  sidecar: Sidecar | null,
  sidecarName: string,
): string {
  const supplied = DATE_FIELDS.filter((field) => sidecar?.[field]);
  if (supplied.length === 0) {
    throw new TextProblem(
      `${problem.message}: give the dates in ${sidecarName} (signedOn, publishedOn), which replace the text's`,
      problem.excerpt,
    );
  }
  const missing = DATE_FIELDS.filter((field) => !sidecar?.[field]);
  return (
    `the text's dates were not read (${problem.message}); the sidecar's ${supplied.join(' and ')} ${supplied.length === 1 ? 'stands' : 'stand'}` +
    (missing.length > 0
      ? `, and ${missing.join(' and ')} is left out (give it in ${sidecarName} if the text states it)`
      : '')
  );
}

export function mergeSidecar(
  facts: TextFacts,
  sidecar: Sidecar | null,
  sidecarName = 'the sidecar',
): MergedFacts {
  const { dateProblem, ...textFacts } = facts;
  const problemWarning = dateProblem
    ? [impossibleDateWarning(dateProblem, sidecar, sidecarName)]
    : [];
  if (!sidecar) return { ...textFacts, editorial: null, warnings: [] };

  const merged: MergedFacts = { ...textFacts, editorial: null, warnings: problemWarning };
  const notes: Editorial['notes'] = [];

  for (const field of DATE_FIELDS) {
    const supplied = sidecar[field];
    if (!supplied) continue;
    const fromSidecar: DatedFact = {
      value: supplied.value,
      precision: supplied.precision,
      basis: 'sidecar',
      evidence: supplied.reason.en ?? supplied.reason.zh ?? '',
    };
    const fromText = facts[field];
    if (
      fromText?.basis === 'text' &&
      (fromText.value !== fromSidecar.value || fromText.precision !== fromSidecar.precision)
    ) {
      merged.warnings.push(
        `${field}: the sidecar's ${fromSidecar.value} replaces the text's ${describeDate(fromText)}`,
      );
    }
    merged[field] = fromSidecar;
    notes.push({ field, reason: supplied.reason });
  }

  if (sidecar.completeTitle) {
    // An editor's title that carries the heading on is the editor saying the heading was cut.
    if (
      facts.titleBasis === 'heading' &&
      extendsHeading(sidecar.completeTitle.value, facts.title)
    ) {
      merged.titleTruncated = true;
    }
    merged.title = sidecar.completeTitle.value;
    merged.titleBasis = 'sidecar';
    notes.push({ field: 'title', reason: sidecar.completeTitle.reason });
  }

  if (sidecar.agreement) notes.push({ field: 'agreement', reason: sidecar.agreement.reason });

  merged.editorial = {
    decidedBy: sidecar.decidedBy,
    ...(sidecar.title ? { title: sidecar.title } : {}),
    ...(sidecar.summary ? { summary: sidecar.summary } : {}),
    ...(sidecar.url ? { url: sidecar.url } : {}),
    ...(sidecar.agreement?.sameAs ? { sameAgreementAs: sidecar.agreement.sameAs } : {}),
    ...(sidecar.agreement?.notSameAs ? { notSameAgreementAs: sidecar.agreement.notSameAs } : {}),
    notes,
  };
  return merged;
}

/** `complete` starts with all of `heading` and goes on (white space and case aside). */
export function extendsHeading(complete: string, heading: string): boolean {
  const fold = (text: string) => text.replace(/\s+/gu, ' ').trim().toLowerCase();
  const [full, cut] = [fold(complete), fold(heading)];
  return full.length > cut.length && full.startsWith(cut);
}

/** An agreement's date for ordering: signed on, else published on; its year for browsing. */
import type { Agreement, DatedFact } from '../../schema/agreement.ts';

export const UNDATED = 'undated';

/** The date the archive files an agreement under: signing, else publication. */
export function filingDate(
  agreement: Pick<Agreement, 'signedOn' | 'publishedOn'>,
): DatedFact | null {
  return agreement.signedOn ?? agreement.publishedOn;
}

/**
 * A full `YYYY-MM-DD` for sorting (a year-precision date sorts as its 1 January), or null
 * for an undated agreement.
 */
export function sortDate(agreement: Pick<Agreement, 'signedOn' | 'publishedOn'>): string | null {
  const date = filingDate(agreement);
  if (date === null) return null;
  const [year, month = '01', day = '01'] = date.value.split('-');
  return `${year}-${month}-${day}`;
}

export function yearOf(agreement: Pick<Agreement, 'signedOn' | 'publishedOn'>): string {
  return filingDate(agreement)?.value.slice(0, 4) ?? UNDATED;
}

/** Newest first; undated agreements last; ties by id so the order never depends on disk order. */
export function compareNewestFirst(a: Agreement, b: Agreement): number {
  const dateA = sortDate(a);
  const dateB = sortDate(b);
  if (dateA !== dateB) {
    if (dateA === null) return 1;
    if (dateB === null) return -1;
    return dateA < dateB ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

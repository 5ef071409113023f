/**
 * When a release was published and when its agreement was signed, read from the text as a
 * news reader reads them: the publication date first (publicationDate.ts), then the signing
 * date resolved against it (signingDate.ts). The dates as written are read by the grammars
 * in dateGrammars.ts; the words they go by are in date-words.json.
 *
 * A date that does not exist (`2月30日`, `2019-02-30`, `April 31`) throws `TextProblem`.
 */
import type { DatedFact, DayWithoutYear, Language } from '../../../src/schema/agreement.ts';
import { dateOrderOf, findDateMentions } from './dateGrammars.ts';
import { readPublication } from './publicationDate.ts';
import { readSigningDate } from './signingDate.ts';

export interface DateReading {
  publishedOn: DatedFact | null;
  signedOn: DatedFact | null;
  /** Words about the signing's time that gave no date (`日前`, `今天`, `8月5日`), else null. */
  unresolved: string | null;
  /** The month and day of a signing the text gives without a year, else null. */
  signedDayWithoutYear: DayWithoutYear | null;
}

/** Both dates, and the words of a signing date that could not be resolved. */
export function readDates(paragraphs: readonly string[], language: Language): DateReading {
  const order = dateOrderOf(paragraphs.join('\n\n'), language);
  const mentionsByParagraph = paragraphs.map((paragraph) =>
    findDateMentions(paragraph, language, order),
  );
  const { publishedOn, bodyParagraphs } = readPublication(paragraphs, mentionsByParagraph);
  const signing = readSigningDate(bodyParagraphs, language, order, publishedOn);
  return {
    publishedOn,
    signedOn: signing.signedOn,
    unresolved: signing.unresolved,
    signedDayWithoutYear: signing.dayWithoutYear,
  };
}

/** The publication and signing dates of a release. */
export function extractDates(
  paragraphs: readonly string[],
  language: Language,
): { publishedOn: DatedFact | null; signedOn: DatedFact | null } {
  const { publishedOn, signedOn } = readDates(paragraphs, language);
  return { publishedOn, signedOn };
}

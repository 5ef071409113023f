/**
 * Runs every extractor on a release's cleaned paragraphs and gathers what they found.
 * Each extractor is pure and owns one kind of fact; this module only calls them in turn.
 * The text is read for names once (its view, then places, operators and parties together),
 * and that reading is passed to the extractors that need it.
 */
import type {
  Amount,
  DatedFact,
  DayWithoutYear,
  Language,
  OperatorId,
  Party,
  PlaceRef,
} from '../../../src/schema/agreement.ts';
import { placeByCode } from '../../../src/lib/gazetteer/index.ts';
import { TextProblem } from '../types.ts';
import { extractAmounts, type OperatorNamed } from './amounts.ts';
import { extractByline } from './byline.ts';
import { readDates } from './dates.ts';
import { readNames, type NamesInText } from './namesInText.ts';
import { operatorIds } from './operatorMentions.ts';
import { placeRefs } from './placeMentions.ts';
import { viewOf, type TextView } from './textView.ts';
import { extractTitle, firstSentence } from './title.ts';
import { extractTopics } from './topics.ts';

export interface ExtractedTitle {
  title: string;
  basis: 'heading' | 'first-sentence';
  truncated: boolean;
  /** The paragraph the heading was read from (not repeated in the body), or null. */
  paragraphIndex: number | null;
}

export interface Extracted {
  title: ExtractedTitle;
  publishedOn: DatedFact | null;
  signedOn: DatedFact | null;
  /** A date in the text that does not exist, which stopped the dates being read (both null). */
  dateProblem: TextProblem | null;
  /** Words about the signing's time that gave no date (`日前`, `今天` with no dateline), else null. */
  unresolvedSigningDate: string | null;
  /** The month and day of a signing the text gives without a year, else null. */
  signedDayWithoutYear: DayWithoutYear | null;
  publisher: string | null;
  author: string | null;
  operators: OperatorId[];
  parties: Party[];
  places: PlaceRef[];
  amounts: Amount[];
  topics: string[];
}

function titleOf(paragraphs: string[]): ExtractedTitle {
  const heading = extractTitle(paragraphs);
  if (heading) {
    return {
      title: heading.title,
      basis: 'heading',
      truncated: heading.truncated,
      paragraphIndex: heading.paragraphIndex,
    };
  }
  return {
    title: firstSentence(paragraphs),
    basis: 'first-sentence',
    truncated: false,
    paragraphIndex: null,
  };
}

/**
 * The places of an article: those mentioned, plus those governed by a government party
 * (a party may be named in a form the mention scan does not list), unique, sorted by code.
 */
function placesOf(mentioned: readonly PlaceRef[], parties: readonly Party[]): PlaceRef[] {
  const byCode = new Map(mentioned.map((place) => [place.code, place]));
  for (const party of parties) {
    if (party.placeCode === undefined || byCode.has(party.placeCode)) continue;
    const place = placeByCode(party.placeCode);
    if (place) byCode.set(place.code, { code: place.code, level: place.level });
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The dates, or the impossible date that stopped them: a sidecar may supply them (merge.ts decides). */
function datesOf(
  paragraphs: string[],
  language: Language,
): Pick<
  Extracted,
  'publishedOn' | 'signedOn' | 'dateProblem' | 'unresolvedSigningDate' | 'signedDayWithoutYear'
> {
  try {
    const { publishedOn, signedOn, unresolved, signedDayWithoutYear } = readDates(
      paragraphs,
      language,
    );
    return {
      publishedOn,
      signedOn,
      dateProblem: null,
      unresolvedSigningDate: unresolved,
      signedDayWithoutYear,
    };
  } catch (error) {
    if (!(error instanceof TextProblem)) throw error;
    return {
      publishedOn: null,
      signedOn: null,
      dateProblem: error,
      unresolvedSigningDate: null,
      signedDayWithoutYear: null,
    };
  }
}

/** Where the text names each operator (offsets in the text), and whether it is a party. */
function operatorsNamed(view: TextView, names: NamesInText): OperatorNamed[] {
  const parties = new Set(names.operators.map((mention) => mention.operator));
  return names.mentionedOperators
    .map((mention) => ({
      start: view.origin[mention.start] ?? 0,
      party: parties.has(mention.operator),
    }))
    .sort((a, b) => a.start - b.start);
}

/** All metadata of one release. An impossible date is reported in `dateProblem`, not thrown. */
export function extractAll(paragraphs: string[], language: Language): Extracted {
  const text = paragraphs.join('\n\n');
  const { publishedOn, signedOn, dateProblem, unresolvedSigningDate, signedDayWithoutYear } =
    datesOf(paragraphs, language);
  const { publisher, author } = extractByline(paragraphs);
  const view = viewOf(text);
  const names = readNames(view);
  return {
    title: titleOf(paragraphs),
    publishedOn,
    signedOn,
    dateProblem,
    unresolvedSigningDate,
    signedDayWithoutYear,
    publisher,
    author,
    operators: operatorIds(names.operators),
    parties: names.parties,
    places: placesOf(placeRefs(names.places.mentions), names.parties),
    amounts: extractAmounts(text, operatorsNamed(view, names)),
    topics: extractTopics(view),
  };
}

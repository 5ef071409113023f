/**
 * The names a release's text holds: the places, operators and parties, read from one view
 * of the text. The three depend on each other (a branch name vouches for its place, a party
 * is a place or an operator plus a word), so they are read together, once per release.
 */
import type { Party } from '../../../src/schema/agreement.ts';
import { readOperators, type OperatorMention } from './operatorMentions.ts';
import { readParties } from './parties.ts';
import { readPlaces, type PlaceReading } from './placeMentions.ts';
import { signingOperators } from './signingOperators.ts';
import type { TextView } from './textView.ts';

export interface NamesInText {
  places: PlaceReading;
  /** The operators the text places in the signing. */
  operators: OperatorMention[];
  /** Every operator the text names, in the signing or not (a competitor's deal). */
  mentionedOperators: OperatorMention[];
  parties: Party[];
}

export function readNames(view: TextView): NamesInText {
  let places = readPlaces(view);
  let operators = readOperators(view, places);
  // A branch name vouches for its place, even one that is an ordinary word (大同移动):
  // read the places again with those, and the branches with the places.
  const refusedStarts = new Set(
    places.candidates.filter((c) => c.forms.every((f) => f.refused)).map((c) => c.start),
  );
  const vouched = new Set(
    operators.flatMap((o) =>
      o.branch && refusedStarts.has(o.branch.placeStart) ? [o.branch.placeStart] : [],
    ),
  );
  if (vouched.size > 0) {
    places = readPlaces(view, vouched);
    operators = readOperators(view, places);
  }
  // Operators only mentioned (background, a competitor's deal) are not parties.
  const signers = signingOperators(view, operators);
  const parties = readParties(view, places, operators, signers);
  return { places, operators: signers, mentionedOperators: operators, parties };
}

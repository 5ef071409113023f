/**
 * One reading of a text for the extractors: its view, the places, operators and parties
 * it names. Each extractor asks for the same text in turn, so the last reading is kept.
 */
import type { Party } from '../../../schema/agreement.ts';
import { readOperators, type OperatorMention } from './operators.ts';
import { readParties } from './parties.ts';
import { readPlaces, type PlaceReading } from './places.ts';
import { viewOf, type TextView } from './text.ts';

export interface TextReading {
  view: TextView;
  places: PlaceReading;
  operators: OperatorMention[];
  parties: Party[];
}

let last: { text: string; reading: TextReading } | undefined;

export function readText(text: string): TextReading {
  if (last?.text === text) return last.reading;
  const view = viewOf(text);
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
  const parties = readParties(view, places, operators);
  last = { text, reading: { view, places, operators, parties } };
  return last.reading;
}

export { viewOf } from './text.ts';
export { readTopics } from './topics.ts';
